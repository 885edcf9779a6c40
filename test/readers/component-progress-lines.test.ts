// A course list pasted as lines (a chat message, a note) where each component's group starts
// with its name and a progress figure ("STATE/LOCAL  3 of 10 hrs", "Individual 2 of 10 credits"):
// that line ends the previous group's component and topic, so the National topic above it is
// never carried into the Local or Individual courses under it.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const page = (title: string, body: string): string => `<!DOCTYPE html><html><head><title>${title}</title></head><body>${body}</body></html>`;
/** A chat message whose lines are kept (pre-wrap), then its time. */
const message = (lines: readonly string[], time = '20:42'): string => `<div><div style="white-space: pre-wrap">${lines.join('\n')}</div><span>${time}</span></div>`;
const divs = (lines: readonly string[]): string => lines.map((line) => `<div>${line}</div>`).join('');
const tabs = (...cells: string[]): string => cells.join('\t');

type Row = [string, string | null, string | null];
const rows = (html: string): Row[] => (readHtml(html).courses ?? []).map((course) => [course.title, course.component, course.topic]);

const cases: Array<[string, string, Row[]]> = [
  [
    'chat: one message, National topics, then STATE/LOCAL and INDIVIDUAL with their figures',
    page(
      'Recert notes',
      `<main>${message(['NREMT manage education, pasted here'])}${message([
        'NATIONAL  12 of 20 hrs',
        'Trauma',
        tabs('Burn Care Basics', '4 March 2026', '2 hrs', 'CAPCE 26-BURN-F3-0104'),
        'EMS Operations',
        tabs('Vehicle Extrication Awareness', '2 April 2026', '1 hr', 'CAPCE 26-VEXT-F3-0402'),
        'STATE/LOCAL  3 of 10 hrs',
        tabs('Stroke Scale Review', '9 April 2026', '2 hrs', '—'),
        tabs('County Protocol Update', '9 May 2026', '1 hr', 'OEMS 26-0509-T3'),
        'INDIVIDUAL  2 of 10 hrs',
        tabs('Hazmat Awareness', '2 June 2026', '2 hrs', 'CAPCE 26-FIRE-F1-0077'),
      ])}</main>`,
    ),
    [
      ['Burn Care Basics', 'national', 'trauma'],
      ['Vehicle Extrication Awareness', 'national', 'operations'],
      ['Stroke Scale Review', 'local', null],
      ['County Protocol Update', 'local', null],
      ['Hazmat Awareness', 'individual', null],
    ],
  ],
  [
    'chat: National topics in one message, STATE/LOCAL and INDIVIDUAL with their figures in the next',
    page(
      'Recert notes',
      `<main>${message(['NREMT manage education, pasted here'])}${message([
        'NATIONAL  12 of 20 hrs',
        'Trauma',
        tabs('Burn Care Basics', '4 March 2026', '2 hrs', 'CAPCE 26-BURN-F3-0104'),
        'EMS Operations',
        tabs('Vehicle Extrication Awareness', '2 April 2026', '1 hr', 'CAPCE 26-VEXT-F3-0402'),
      ])}${message([
        'STATE/LOCAL  3 of 10 hrs',
        tabs('Stroke Scale Review', '9 April 2026', '2 hrs', '—'),
        tabs('County Protocol Update', '9 May 2026', '1 hr', 'OEMS 26-0509-T3'),
        'INDIVIDUAL  2 of 10 hrs',
        tabs('Hazmat Awareness', '2 June 2026', '2 hrs', 'CAPCE 26-FIRE-F1-0077'),
      ])}</main>`,
    ),
    [
      ['Burn Care Basics', 'national', 'trauma'],
      ['Vehicle Extrication Awareness', 'national', 'operations'],
      ['Stroke Scale Review', 'local', null],
      ['County Protocol Update', 'local', null],
      ['Hazmat Awareness', 'individual', null],
    ],
  ],
  [
    'note: one course per line, "Local 4 of 10 hours" after a National topic whose group is empty',
    page(
      'notes',
      divs([
        'my education, copied out of NREMT',
        'National 6 of 20 hours',
        'Medical',
        tabs('Neonatal Resuscitation', '03/18/2026', '1.5', 'CAPCE 26-NRPX-F3-0318'),
        tabs('Diabetic Emergencies', '04/29/2026', '1.5', 'CAPCE 26-MEDC-F3-0388'),
        'EMS Operations',
        'No courses assigned',
        'Local 4 of 10 hours',
        tabs('Agency EVOC Refresher', '07/22/2026', '2', '—'),
        tabs('Protocol Update', '09/09/2026', '2', 'OEMS 26-0902-T3'),
      ]),
    ),
    [
      ['Neonatal Resuscitation', 'national', 'medical'],
      ['Diabetic Emergencies', 'national', 'medical'],
      ['Agency EVOC Refresher', 'local', null],
      ['Protocol Update', 'local', null],
    ],
  ],
  [
    'note: cell-per-line records, "Individual Component 2 of 10 credits" after a Cardiovascular course',
    page(
      'notes',
      divs([
        'my education, copied out of NREMT',
        'Cardiovascular',
        'CPR Pro Recert',
        'September 19, 2025',
        '3 hrs',
        'Stroke Scales Review',
        'January 14, 2026',
        '1 hr',
        'Individual Component 2 of 10 credits',
        'Hazmat Awareness',
        'March 2, 2026',
        '2 hrs',
      ]),
    ),
    [
      ['CPR Pro Recert', 'national', 'cardiovascular'],
      ['Stroke Scales Review', 'national', 'cardiovascular'],
      ['Hazmat Awareness', 'individual', null],
    ],
  ],
];

describe('a component line with its progress figure starts the next group', () => {
  it.each(cases)('%s', (_name, html, expected) => {
    expect(rows(html)).toEqual(expected);
  });
});
