// A written CE record (a word processor's or typesetter's export: paragraphs, then a table of
// courses) states what the cycle requires in a paragraph of its own, often with a footnote
// saying where the numbers came from. That paragraph holds hours figures but no date and no
// approval number: it is the page's text, never a course (read as one, it shifts every course).
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const TABLE = `<div><table><tbody>
<tr><td><div><b>Date completed</b></div></td><td><div><b>Course title</b></div></td><td><div><b>Hours</b></div></td><td><div><b>Component</b></div></td><td><div><b>Approval number</b></div></td></tr>
<tr><td><div>12 May 2025</div></td><td><div>Pediatric Airway Emergencies</div></td><td><div>2.00</div></td><td><div>National</div></td><td><div>CAPCE 25-ABC-F3-0101</div></td></tr>
<tr><td><div>3 June 2025</div></td><td><div>Stroke Assessment Update</div></td><td><div>1.50</div></td><td><div>Local</div></td><td><div>OEMS 25-0970-T3</div></td></tr>
</tbody></table></div>`;

const NOTE = (mark: string) =>
  `<div>Numbers taken from the NREMT recertification page.</div>`.replace('<div>', `<div><div>${mark}</div><div>`) + '</div>';

const PARAGRAPHS: Record<string, string> = {
  'hours by component, a footnote block numbered 1': `<div>Required under the 2025 model: 20 hours National (Airway 4, Cardiovascular 5, Trauma 3, Medical 6, Operations 2), 10 hours Local, 10 hours Individual; 40 hours in total.${NOTE('1')}</div>`,
  'hours by component, a superscript mark': `<div>Requirement for the 2025 NCCP model: 25 credits National, 12.5 credits Local and 12.5 credits Individual.<sup>1</sup></div>`,
  'the total only, a footnote block numbered 2': `<div>The cycle requires 60 hours in all; every hour needs an approval number.${NOTE('2')}</div>`,
};

describe('a paragraph stating the requirement beside a course table is no course', () => {
  for (const [name, paragraph] of Object.entries(PARAGRAPHS)) {
    for (const where of ['before the table', 'after the table', 'before the table, a dated remark between', 'after the table, a dated remark between']) {
      it(`${name}, ${where}`, () => {
        const remark = where.includes('remark') ? '<div>The refresher on 3 June 2025 (4 hours) counts 1.5 hours to Local only.</div>' : '';
        const body = where.startsWith('after') ? `<h2>Courses completed</h2>${TABLE}${remark}${paragraph}` : `${paragraph}<h2>Courses completed</h2>${remark}${TABLE}`;
        const html = `<h1>Continuing Education Record</h1><div>Name: Dana Okafor</div><div>Level: EMT</div>${body}`;
        const read = readHtml(html, null);
        expect(read.courses?.map((c) => [c.title, c.completedOn, c.hours, c.component, c.approvalNumber])).toEqual([
          ['Pediatric Airway Emergencies', '2025-05-12', 2, 'national', '25-ABC-F3-0101'],
          ['Stroke Assessment Update', '2025-06-03', 1.5, 'local', '25-0970-T3'],
        ]);
      });
    }
  }
});
