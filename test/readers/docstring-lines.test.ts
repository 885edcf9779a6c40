// A CE log kept in a script's docstring and shown by a documentation generator (pydoc, a module's
// page): the lines broken by <br> in one block, not a <pre>; the date first, the title last, an empty
// approval cell written "none"; the functions' notes below speak of "the row's date", a thing's,
// nobody's name. The header line names NREMT, the level, the registry number and the expiration.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const LOG = [
  'Personal CE log -- Lena Marsh, NREMT Advanced EMT (registry A4417206)',
  'Certification expires 03/31/2027. Cycle began 04/01/2025.',
  'Date&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Hrs&nbsp;&nbsp;Approval&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Course',
  '05/14/2025 2.00 25-AIRX-F3-0101 Bag-Valve-Mask Skills Review',
  '09/02/2025 1.50 25-NEUR-F3-0442 Stroke Recognition Update',
  '02/11/2026 1.00 none Journal Club: Airway Pressure',
  '06/20/2026 2.00 MA-26-T1-0311 Region IV Protocol Rollout',
];
const page = (): string =>
  `<!DOCTYPE html><html><head><title>Python: module ce_log</title></head><body><table><tr><td><big><strong>ce_log</strong></big></td></tr></table><p><tt>${LOG.join('<br>\n')}</tt></p>` +
  `<table><tr><td><strong>Functions</strong></td></tr><tr><td><dl><dt><strong>in_cycle</strong>(row)</dt><dd><tt>True&nbsp;if&nbsp;the&nbsp;row's&nbsp;date&nbsp;falls&nbsp;inside&nbsp;the&nbsp;cycle.</tt></dd></dl></td></tr></table></body></html>`;

describe('a CE log in a docstring, its lines broken by <br>', () => {
  it('is the user’s own list, every course read, the "none" row with its title', () => {
    const snapshot = readHtml(page());
    expect(snapshot.kind).toBe('nremt-education');
    expect(snapshot.person?.registryNumber).toBe('A4417206');
    expect((snapshot.courses ?? []).map((c) => [c.title, c.completedOn, c.hours, c.approvalNumber])).toEqual([
      ['Bag-Valve-Mask Skills Review', '2025-05-14', 2, '25-AIRX-F3-0101'],
      ['Stroke Recognition Update', '2025-09-02', 1.5, '25-NEUR-F3-0442'],
      ['Journal Club: Airway Pressure', '2026-02-11', 1, null],
      ['Region IV Protocol Rollout', '2026-06-20', 2, 'MA-26-T1-0311'],
    ]);
  });
  it('a line naming a person’s own list ("Dana’s hours") still makes it someone else’s', () => {
    const html = page().replace('True&nbsp;if&nbsp;the&nbsp;row\'s&nbsp;date', 'Dana\'s&nbsp;hours&nbsp;checked');
    expect(readHtml(html).kind).toBe('unknown');
  });
});
