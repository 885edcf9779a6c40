// A document converted from a plain-text format (a man page, POD, a text log) puts each section
// under a top heading of the same level: NAME, CERTIFICATION, COURSES, NOTES. One section's
// heading naming the certification does not name the page: the title does ("my NREMT
// transcript"), and the page holding the courses' records is the course list. A document whose
// title names the dashboard stays the dashboard.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const COURSES = [
  ['Airway Adjuncts Review', '05/14/2025', '2.0 hrs', 'CAPCE 25-ABCD-F3-0417'],
  ['Stroke Scales in the Field', '07/02/2025', '1.0 hrs', 'CAPCE 25-EFGH-F3-1182'],
  ['Trauma Triage Update', '10/19/2025', '1.5 hrs', 'OEMS MA-25-T2-0290'],
];

function page(title: string, tag: 'h1' | 'h2', sections: readonly string[], list: 'ul' | 'p'): string {
  const courses = COURSES.map(([t, d, h, a]) => `<b>${t}</b> -- completed ${d}, ${h}, ${a}`);
  const body = list === 'ul' ? `<ul>${courses.map((c) => `<li><p>${c}</p></li>`).join('')}</ul>` : courses.map((c) => `<p>${c}</p>`).join('');
  return (
    `<!DOCTYPE html><html><head><title>${title}</title></head><body>` +
    `<${tag}>${sections[0]}</${tag}><p>CE log of Jordan Q. Pellham</p>` +
    `<${tag}>${sections[1]}</${tag}><dl><dt>Level</dt><dd>Nationally Registered EMT</dd><dt>Registry #</dt><dd>E2910406</dd><dt>Cycle</dt><dd>04/01/2025 to 03/31/2027</dd></dl>` +
    `<${tag}>${sections[2]}</${tag}>${body}` +
    `<${tag}>${sections[3]}</${tag}><p>Still need about 13 hrs.</p>` +
    `</body></html>`
  );
}

const SECTIONS = [
  ['NAME', 'CERTIFICATION', 'COURSES', 'TODO'],
  ['Name', 'My Certification', 'Courses', 'Notes'],
];

describe("a document's top section headings name its parts, the title names the page", () => {
  it.each([
    ['CE-LOG - my NREMT transcript, kept in POD', 'h1', SECTIONS[0]!, 'ul'],
    ['My Transcript', 'h1', SECTIONS[1]!, 'p'],
    ['ce-log(1) - my NREMT transcript', 'h2', SECTIONS[0]!, 'p'],
  ] as const)('%s, %s sections', (title, tag, sections, list) => {
    const read = readHtml(page(title, tag, sections, list));
    expect(read.kind).toBe('nremt-education');
    expect(read.courses?.map((c) => [c.title, c.completedOn, c.hours])).toEqual([
      ['Airway Adjuncts Review', '2025-05-14', 2],
      ['Stroke Scales in the Field', '2025-07-02', 1],
      ['Trauma Triage Update', '2025-10-19', 1.5],
    ]);
  });

  it('a document whose title names the dashboard stays the dashboard', () => {
    const read = readHtml(page('My NREMT Dashboard (copy)', 'h1', SECTIONS[0]!, 'p'));
    expect(read.kind).toBe('nremt-dashboard');
  });
});
