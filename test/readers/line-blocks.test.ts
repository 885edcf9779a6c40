// A course list typed or pasted as short blocks of lines (a text message, a note), read from the
// lines alone: a line may hold two of the record's values side by side ("3 April 2026 · 2 hrs"); a
// chat's receipt ("Read", "Delivered") and time between messages is no line of a record; a remark
// where the other records show a value ("no approval # on it") is that record's, not the next
// title; "(not assigned yet)" is the record's component cell. One course per line: the approval's
// issuer word ("CAPCE", "OEMS") or an empty cell ("—") after the hours leaves the hours alone.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const page = (title: string, body: string): string => `<!DOCTYPE html><html><head><title>${title}</title></head><body>${body}</body></html>`;
const divs = (list: readonly string[]): string => list.map((line) => `<div>${line}</div>`).join('');
/** A chat's outgoing message, its lines kept, then its receipt and time. */
const sent = (list: readonly string[], receipt = 'Read', time = '9:02 PM'): string =>
  `<div><div style="white-space: pre-wrap">${list.join('\n')}</div><div>${receipt}</div><div>${time}</div></div>`;
const chat = (messages: string): string => page('Messages', `<main>${messages}</main>`);
const OWN = 'copying my list out of the NREMT app, one course per block';

type Row = [string, string | null, number, string | null, string | null, string | null];
const rows = (html: string): Row[] =>
  (readHtml(html).courses ?? []).map((course) => [course.title, course.completedOn, course.hours, course.component, course.topic, course.approvalNumber]);

const cases: Array<[string, string, Row[]]> = [
  [
    'four-line blocks in messages with receipts; one block says it has no approval number',
    chat(
      sent([OWN]) +
        sent(['Burn Care Basics', '4 March 2027 · 2 hrs', 'National – Trauma', 'CAPCE 27-BURN-F3-0104', 'Neonatal Resuscitation', '18 March 2027 · 1.5 hrs', 'National – Medical', 'CAPCE 27-NRPX-F3-0318']) +
        sent(['Vehicle Extrication Awareness', '2 April 2027 · 1 hr', 'National – Operations', 'no approval # on it', 'Stroke Scale Review', '9 April 2027 · 1 hr', 'Local', 'OEMS 27-0409-T3'], 'Delivered', '9:04 PM'),
    ),
    [
      ['Burn Care Basics', '2027-03-04', 2, 'national', 'trauma', '27-BURN-F3-0104'],
      ['Neonatal Resuscitation', '2027-03-18', 1.5, 'national', 'medical', '27-NRPX-F3-0318'],
      ['Vehicle Extrication Awareness', '2027-04-02', 1, 'national', 'operations', null],
      ['Stroke Scale Review', '2027-04-09', 1, 'local', null, '27-0409-T3'],
    ],
  ],
  [
    'a note: title, "date – hours", approval',
    page(
      'notes',
      divs([
        OWN,
        'Burn Care Basics',
        'Mar 4, 2027 – 2 hrs',
        'CAPCE 27-BURN-F3-0104',
        'Neonatal Resuscitation',
        'Mar 18, 2027 – 1.5 hrs',
        'CAPCE 27-NRPX-F3-0318',
        'Stroke Scale Review',
        'Apr 9, 2027 – 1 hr',
        'OEMS 27-0409-T3',
      ]),
    ),
    [
      ['Burn Care Basics', '2027-03-04', 2, null, null, '27-BURN-F3-0104'],
      ['Neonatal Resuscitation', '2027-03-18', 1.5, null, null, '27-NRPX-F3-0318'],
      ['Stroke Scale Review', '2027-04-09', 1, null, null, '27-0409-T3'],
    ],
  ],
  [
    'blocks with "(not assigned yet)" in the component line, hours before the date',
    chat(
      sent([OWN, 'Burn Care Basics', '2 hrs | 03/04/2027', 'National – Trauma', 'CAPCE 27-BURN-F3-0104', 'Heat Illness Update', '1 hr | 04/20/2027', '(not assigned yet)', 'CAPCE 27-HEAT-F3-0420']),
    ),
    [
      ['Burn Care Basics', '2027-03-04', 2, 'national', 'trauma', '27-BURN-F3-0104'],
      ['Heat Illness Update', '2027-04-20', 1, null, null, '27-HEAT-F3-0420'],
    ],
  ],
  [
    'one course per line, the issuer word before the approval and a dash for none (tabs lost)',
    page(
      'Forum',
      divs([
        'My Manage Education page, copied out of NREMT as text:',
        'Burn Care Basics 03/04/2027 2 CAPCE 27-BURN-F3-0104',
        'Neonatal Resuscitation 03/18/2027 1.5 CAPCE 27-NRPX-F3-0318',
        'Stroke Scale Review 04/09/2027 1 OEMS 27-0409-T3',
        'Vehicle Extrication Awareness 04/02/2027 1 —',
      ]),
    ),
    [
      ['Burn Care Basics', '2027-03-04', 2, null, null, '27-BURN-F3-0104'],
      ['Neonatal Resuscitation', '2027-03-18', 1.5, null, null, '27-NRPX-F3-0318'],
      ['Stroke Scale Review', '2027-04-09', 1, null, null, '27-0409-T3'],
      ['Vehicle Extrication Awareness', '2027-04-02', 1, null, null, null],
    ],
  ],
  [
    'one course per line under component lines, "n/a" for no approval',
    page(
      'Forum',
      divs([
        'My Manage Education page, copied out of NREMT as text:',
        'NATIONAL — Trauma (2 of 4)',
        'Burn Care Basics 03/04/2027 2 CAPCE 27-BURN-F3-0104',
        'STATE/LOCAL (1 of 10)',
        'Stroke Scale Review 04/09/2027 1 OEMS 27-0409-T3',
        'Vehicle Extrication Awareness 04/02/2027 1 n/a',
      ]),
    ),
    [
      ['Burn Care Basics', '2027-03-04', 2, 'national', 'trauma', '27-BURN-F3-0104'],
      ['Stroke Scale Review', '2027-04-09', 1, 'local', null, '27-0409-T3'],
      ['Vehicle Extrication Awareness', '2027-04-02', 1, 'local', null, null],
    ],
  ],
];

describe('a course list typed as short blocks of lines', () => {
  it.each(cases)('%s', (_, html, expected) => {
    expect(readHtml(html).kind).toBe('nremt-education');
    expect(rows(html)).toEqual(expected);
  });

  it('a title and its provider line before the values stay unread as before (the lines cannot tell which is the title)', () => {
    const html = page(
      'notes',
      divs([OWN, 'Burn Care Basics', 'Mar 4, 2027 – 2 hrs', 'CAPCE 27-BURN-F3-0104', 'Neonatal Resuscitation', 'Mercy Hospital EMS Education', 'Mar 18, 2027 – 1.5 hrs', 'CAPCE 27-NRPX-F3-0318']),
    );
    expect(rows(html).map((row) => row[0])).not.toContain('Mercy Hospital EMS Education');
  });
});
