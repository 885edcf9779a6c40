// A fact's label with a help sentence under it, and its value after the sentence (settings-style
// rows: GitHub Primer boxes, admin forms): the label takes the date after its help, not the help.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const dashboard = (rows: string): string =>
  '<!DOCTYPE html><html><head><title>Dashboard | NREMT</title></head><body><h1>My Certification</h1>' +
  `<div><span>Certification Level</span> <span>Advanced EMT</span></div><div><span>Expiration Date</span> <span>Mar 31, 2027</span></div>${rows}</body></html>`;

describe('a label, its help sentence, then its date', () => {
  it.each([
    [
      'a Primer box row',
      '<div><div><span>Last Recertification Date</span><div>Courses completed after this date count toward your current cycle.</div></div><div><relative-time>Mar 28, 2025</relative-time></div></div>',
    ],
    ['a form row of label, hint and read-only value', '<div><label>Last Recertification Date</label><p>The date your last recertification was processed.</p><p>03/28/2025</p></div>'],
    ['a cycle start with its hint', '<div><div><b>Cycle Start Date</b><small>Your current cycle began on this day.</small></div><div>Mar 29, 2025</div></div>'],
  ])('%s', (_, rows) => {
    expect(readHtml(dashboard(rows)).certification).toMatchObject({ level: 'aemt', expiresOn: '2027-03-31', cycleStart: '2025-03-29' });
  });

  it('a label whose next line is no sentence and no date gives nothing from further lines', () => {
    const snap = readHtml(dashboard('<div><div><span>Last Recertification Date</span><div>Pending review</div></div><div>Mar 28, 2025</div></div>'));
    expect(snap.certification?.cycleStart ?? null).toBeNull();
  });
});
