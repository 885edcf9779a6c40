// The person's summary drawn like a course card above the course list (domain.md: the dashboard
// shows "name, certification level, registry / EMS ID number, expiration date, the recert cycle
// dates"; Manage Education shows each section's progress): a block whose date is one end of a
// stated date range (the cycle), or that carries the registry number, or whose hours are an
// aggregate (hours still to assign, a total, what remains) is no course record, even where it
// sits among the course cards: neither a course nor an unread one. Unknown beats wrong.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const LIST = `<section><h2>National Component</h2><p>9.5 of 30 hours</p><table><thead><tr><th>Course</th><th>Date Completed</th><th>Hours</th><th>Approval</th></tr></thead><tbody>
<tr><td>Obstetric Emergencies in the Field</td><td>06/11/2025</td><td>2.00</td><td>CAPCE 25-OBEM-F3-0415</td></tr>
<tr><td>Hemorrhage Control Update</td><td>10/30/2025</td><td>1.50</td><td>OEMS 25-0377-T3</td></tr>
</tbody></table></section>`;

const page = (summary: string): string => `<!DOCTYPE html><html><head><title>Manage Education | NREMT</title></head><body>
<main><h1>Manage Education</h1>${summary}${LIST}<p>All sections must be complete to recertify.</p></main></body></html>`;

// Two cards side by side in one row: the person's card and the hours card.
const row = (...cards: string[]): string => `<div>${cards.map((card) => `<div><div>${card}</div></div>`).join('')}</div>`;

const SUMMARIES: Record<string, string> = {
  'name and level, registry number and cycle range; hours not yet assigned': row(
    '<h5>Marisol T. Quintana — Advanced EMT</h5><p>Registry No. A3390128 · Recert cycle 04/01/2024 – 03/31/2026</p>',
    '<p>Credits applied</p><h4>21.00 <small>of 50</small></h4><p>3.5 hours not yet assigned</p>',
  ),
  'level and registry number, the cycle written "to", a total': row(
    '<p><b>Paramedic</b> · NREMT # P2209334</p><p>Cycle: Apr 1, 2025 to Mar 31, 2027</p>',
    '<p>Total 41.25 credits on your transcript</p>',
  ),
  'only the cycle range and hours waiting to be assigned': row('<p>Recertification cycle dates 04/01/2025 - 03/31/2027</p>', '<p>6.25 hours waiting to be assigned</p>'),
  'registry number and the cycle start, hours still needed': row('<p>EMS ID E7781204</p><p>Current cycle began 04/01/2025</p>', '<p>14.5 hours still needed</p>'),
  'the certification period range alone beside an hours figure': `<div><p>Certification period: 04/01/2025 – 03/31/2027</p><p>12.75 hrs</p></div>`,
};

describe('a summary card among the course cards is no course', () => {
  for (const [layout, summary] of Object.entries(SUMMARIES)) {
    it(layout, () => {
      const snapshot = readHtml(page(summary), 'https://www.nremt.org/recertification/manage-education');
      expect(snapshot.kind).toBe('nremt-education');
      expect(snapshot.courses?.map((c) => [c.title, c.completedOn, c.hours, c.component, c.approvalNumber])).toEqual([
        ['Obstetric Emergencies in the Field', '2025-06-11', 2, 'national', '25-OBEM-F3-0415'],
        ['Hemorrhage Control Update', '2025-10-30', 1.5, 'national', '25-0377-T3'],
      ]);
      expect(snapshot.unread ?? []).toEqual([]);
    });
  }

  it('a course card with a date, hours and an approval number beside the list is still a course', () => {
    const card = `<div><h5>Behavioral Emergencies Refresher</h5><p>Completed 11/02/2025 · 1.25 hours · CAPCE 25-BEHV-F3-0902</p></div>`;
    const snapshot = readHtml(page(card), 'https://www.nremt.org/recertification/manage-education');
    expect(snapshot.courses?.map((c) => [c.title, c.completedOn, c.hours])).toContainEqual(['Behavioral Emergencies Refresher', '2025-11-02', 1.25]);
  });
});
