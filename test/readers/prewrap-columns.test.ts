// A message body kept as text with `white-space: pre-wrap` (a webmail's plain-text view, a ticket's
// comment) holding a course list in fixed-width columns under their titles ("-" in an empty cell), its dates marked in
// inline spans (a mail client's detected dates): read as a printout, its
// rows under their columns, as a <pre> is. A one-line message whose spaces only part two labelled
// values ("Certification Level: EMT   Registry #: E3310472") stays a line of labelled values.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const esc = (text: string): string => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;');
const COLUMNS = [
  'My NREMT transcript, copied for the training officer:',
  '',
  'Completed    Hours  Approval #        Component    Topic     Course',
  '----------   -----  ----------------  -----------  --------  ------------------------------',
  '04/09/2026   1.0    26-ABCD-F3-0211   National     Airway    Capnography Beyond the Basics',
  '08/27/2026   2.5    -                 State/Local  -         OEMS Protocol Changes',
  '03/20/2026   1.0    26-IJKL-F3-0388   Individual   -         Behavioral Emergencies',
  '10/06/2026   2.0    26-EFGH-F3-0902   Individual   -         IO Access and Pain Management',
].join('\n');

// Each date in a span, as a mail client marks the dates it detects.
const marked = (text: string): string => esc(text).replace(/\d\d\/\d\d\/\d{4}/g, (date) => `<span class="date">${date}</span>`);
const body = (text: string, how: 'style' | 'class'): string =>
  how === 'style' ? `<div style="white-space: pre-wrap">${marked(text)}</div>` : `<div class="msg-body">${marked(text)}</div>`;

describe('a pre-wrap message body of columns', () => {
  it.each([['style' as const], ['class' as const]])('white-space from its %s', (how) => {
    const html = `<!DOCTYPE html><html><head><title>Re: CE hours</title><style>.msg-body{white-space:pre-wrap}</style></head><body><h2>Re: CE hours</h2>${body(COLUMNS, how)}</body></html>`;
    const read = readHtml(html);
    expect(read.kind).toBe('nremt-education');
    expect(read.courses?.map((c) => [c.title, c.completedOn, c.hours, c.approvalNumber, c.component])).toEqual([
      ['Capnography Beyond the Basics', '2026-04-09', 1, '26-ABCD-F3-0211', 'national'],
      ['OEMS Protocol Changes', '2026-08-27', 2.5, null, 'local'],
      ['Behavioral Emergencies', '2026-03-20', 1, '26-IJKL-F3-0388', 'individual'],
      ['IO Access and Pain Management', '2026-10-06', 2, '26-EFGH-F3-0902', 'individual'],
    ]);
  });

  it('a one-line message of two labelled values stays its values', () => {
    const html = `<!DOCTYPE html><html><head><title>NREMT dashboard</title></head><body><h1>My Certification</h1><div style="white-space: pre-wrap">Certification Level: EMT   Registry #: E3310472</div><div style="white-space: pre-wrap">Expiration Date: 03/31/2027   Last Recertification Date: 03/28/2025</div></body></html>`;
    const read = readHtml(html);
    expect(read.person?.registryNumber).toBe('E3310472');
    expect(read.certification).toMatchObject({ level: 'emt', expiresOn: '2027-03-31' });
  });
});
