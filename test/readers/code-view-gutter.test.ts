// Manage Education copied as plain text and shown by a code highlighter (CodeRay, Pygments' and
// Rouge's "table" line numbers): a layout table whose first cell is the gutter (1, 2, 3 … as their own
// lines) and whose second is the text. The site's menu copied with it ("My Certification    Manage
// Education    Transcript") is a line of words, no table's column names; the header's facts and the
// component sections' course lines (domain.md) make it the course list, not the dashboard.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const TEXT = [
  'NATIONAL REGISTRY OF EMERGENCY MEDICAL TECHNICIANS',
  'My Certification    Manage Education    Transcript    Recertification Application',
  'Manage Education',
  'Omar Lindqvist  -  Advanced EMT  -  Registry #A4417206',
  'Expiration Date: 03/31/2027',
  'Recertification Cycle: 04/01/2025 - 03/31/2027',
  '',
  'NATIONAL COMPONENT                                   6.50 of 25.00 hours',
  '  Airway, Respiration & Ventilation                  2.00 of 5.00',
  '     Bag-Valve-Mask Skills Review     05/14/2025     2.00 hours     25-AIRX-F3-0101',
  '  Medical                                            4.50 of 7.00',
  '     Stroke Recognition Update        09/02/2025     1.50 hours     25-NEUR-F3-0442',
  '     Toxic Exposures in the Home      02/11/2026     3.00 hours     26-TOXI-F1-0090',
  'STATE/LOCAL COMPONENT                                2.00 of 12.50 hours',
  '     Region IV Protocol Rollout       06/20/2026     2.00 hours     MA-T1-26-0311',
].join('\n');
const lines = TEXT.split('\n').length;
const escape = (text: string): string => text.replaceAll('&', '&amp;');

const gutterTable = (): string =>
  `<!DOCTYPE html><html><head><title>nremt-copy.txt</title></head><body><table class="code"><tr><td class="gutter"><pre>${Array.from({ length: lines }, (_, i) => `<a href="#L${i + 1}">${i + 1}</a>`).join('\n')}</pre></td><td class="source"><pre>${escape(TEXT)}</pre></td></tr></table></body></html>`;
const barePre = (): string => `<!DOCTYPE html><html><head><title>nremt-copy.txt</title></head><body><pre>${escape(TEXT)}</pre></body></html>`;

// Saved, or open at NREMT.org's own address as the content script reads it: the address only breaks
// ties, and a page on nremt.org whose lines hold the records is no dashboard for its header's facts.
const ADDRESSES = [null, 'https://www.nremt.org/', 'https://www.nremt.org/account/manage-education'];

describe('Manage Education copied as text, in a code view', () => {
  it.each(
    ADDRESSES.flatMap((url) => [
      { name: 'a line-number gutter in a layout table', html: gutterTable(), url },
      { name: 'a bare printout', html: barePre(), url },
    ]),
  )('$name, at $url: the course list, its header facts and every course', ({ html, url }) => {
    const snapshot = readHtml(html, url);
    expect(snapshot.kind).toBe('nremt-education');
    expect(snapshot.certification).toMatchObject({ level: 'aemt', expiresOn: '2027-03-31', cycleStart: '2025-04-01' });
    expect((snapshot.courses ?? []).map((c) => [c.title, c.completedOn, c.hours, c.component, c.topic, c.approvalNumber])).toEqual([
      ['Bag-Valve-Mask Skills Review', '2025-05-14', 2, 'national', 'airway', '25-AIRX-F3-0101'],
      ['Stroke Recognition Update', '2025-09-02', 1.5, 'national', 'medical', '25-NEUR-F3-0442'],
      ['Toxic Exposures in the Home', '2026-02-11', 3, 'national', 'medical', '26-TOXI-F1-0090'],
      ['Region IV Protocol Rollout', '2026-06-20', 2, 'local', null, 'MA-T1-26-0311'],
    ]);
  });
});

describe('a cycle range on a line that gives the last recertification too', () => {
  it('the range ends at the expiration; the cycle starts the day after the last recertification', () => {
    const html = `<!DOCTYPE html><html><head><title>notes</title></head><body><h1>My NREMT transcript, copied</h1><pre># Advanced EMT | recert cycle 2025-04-01 -> 2027-03-31 (last recertified 2025-03-31)
| Course                       | Completed  | Hours | Approval        |
|------------------------------|------------|-------|-----------------|
| Bag-Valve-Mask Skills Review | 05/14/2025 | 2.00  | 25-AIRX-F3-0101 |
| Stroke Recognition Update    | 09/02/2025 | 1.50  | 25-NEUR-F3-0442 |
</pre></body></html>`;
    expect(readHtml(html).certification).toMatchObject({ expiresOn: '2027-03-31', cycleStart: '2025-04-01' });
  });
});
