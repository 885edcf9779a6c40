// The provider's own NREMT pages as a terminal printed them, saved to HTML (a console library's
// HTML export, an ANSI-to-HTML converter): the text in a <pre> with coloured spans.
// - A table drawn with box-drawing characters (│ ┃ ║ ─ ━ ═ ╭ ┏ ╔ …) is a table whose rows are lines,
//   whose cells are cut at the vertical bars, whose border lines are rules; a panel's framed line
//   is the line inside its frame.
// - A status mark (✔ ✓ ✗ ✘ ☑) beside a value is no part of the value.
// - A shell prompt line ("$ command …", "user@host:~/dir$ …") and a "saved <date> <time>" stamp are
//   no courses (unknown beats wrong).
// - A line of text inside a rule ("== My Certification ====", "-- Agency Affiliation ----") is a
//   section heading; an indented "Label      value" line (a known label, a gap, the value) is a pair.
// Wording from domain.md: My Certification, Registry, Expiration Date, Agency Affiliation "Pending
// Approval", Recertification CE Summary, Message Center; application sections and Submit.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const esc = (text: string): string => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;');
const pre = (text: string, title = ''): string => `<!DOCTYPE html><html><head><meta charset="UTF-8"><title>${title}</title></head><body><pre><code>${esc(text)}</code></pre></body></html>`;

interface Box {
  top: string;
  head: string;
  under: string;
  row: string;
  rule: string;
  bottom: string;
}
const HEAVY_HEAD: Box = { top: '┏━┳┓', head: '┃', under: '┡━╇┩', row: '│', rule: '├─┼┤', bottom: '└─┴┘' };
const ROUNDED: Box = { top: '╭─┬╮', head: '│', under: '├─┼┤', row: '│', rule: '├─┼┤', bottom: '╰─┴╯' };
const DOUBLE: Box = { top: '╔═╦╗', head: '║', under: '╠═╬╣', row: '║', rule: '╟─╫╢', bottom: '╚═╩╝' };
const LIGHT: Box = { top: '┌─┬┐', head: '│', under: '├─┼┤', row: '│', rule: '├─┼┤', bottom: '└─┴┘' };

/** A box-drawn table of these rows (each cell padded to its column). */
function boxTable(box: Box, rows: string[][], total?: string[]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...[...rows, ...(total ? [total] : [])].map((row) => row[c]!.length)) + 2);
  const line = (chars: string): string => chars[0] + widths.map((w) => chars[1]!.repeat(w)).join(chars[2]) + chars[3];
  const cells = (bar: string, row: string[]): string => bar + row.map((cell, c) => ` ${cell.padEnd(widths[c]! - 1)}`).join(bar) + bar;
  const body = rows.slice(1).map((row) => cells(box.row, row));
  const foot = total ? [line(box.rule), cells(box.row, total)] : [];
  return [line(box.top), cells(box.head, rows[0]!), line(box.under), ...body, ...foot, line(box.bottom)].join('\n');
}

const COURSES = [
  ['Course', 'Date Completed', 'Hours', 'Component', 'Topic', 'Approval Number'],
  ['Pediatric Airway Management', '05/02/2025', '2 hrs', 'National', 'Airway, Respiration & Ventilation', '25-EMSX-F3-0502'],
  ['Stroke Recognition: BE-FAST', '08/16/2025', '1.5 hrs', 'National', 'Cardiovascular', '25-NEUR-F1-0816'],
  ['Regional Protocol Update', '01/09/2026', '4 hrs', 'Local', '', 'MA-26-0109-T'],
  ['Hazmat Awareness Refresher', '03/21/2026', '3 hrs', 'Individual', '', '—'],
];
const EXPECTED = [
  ['Pediatric Airway Management', '2025-05-02', 2, 'national', 'airway', '25-EMSX-F3-0502'],
  ['Stroke Recognition: BE-FAST', '2025-08-16', 1.5, 'national', 'cardiovascular', '25-NEUR-F1-0816'],
  ['Regional Protocol Update', '2026-01-09', 4, 'local', null, 'MA-26-0109-T'],
  ['Hazmat Awareness Refresher', '2026-03-21', 3, 'individual', null, null],
];
const TOTAL = ['Total', '', '10.5 hrs', '', '', ''];

const PANEL = `╭────────────── NREMT Recertification Application ──────────────╮
│ Renata Quill  ·  Paramedic  ·  Registry No. P2203318              │
│ Expiration Date: 03/31/2027                                        │
│ Agency: Berkshire County Ambulance  ✔ Affiliated                   │
│ Application Status: NOT SUBMITTED   Fee: Paid                      │
╰────────────────────────────────────────────────────────────────────╯`;
const PROMPT = '$ python recert_notes.py --show application --save-html app-2026-11-30.html';
const SECTIONS = `Sections
  ✔ Continuing Education                 Complete
  ✔ Make Payment                         Paid
  ✘ Submit                               NOT DONE. Paying does not submit!`;
const STAMP = '  saved 2026-11-30 21:47:13';

const readCourses = (html: string) => readHtml(html).courses?.map((c) => [c.title, c.completedOn, c.hours, c.component ?? null, c.topic ?? null, c.approvalNumber ?? null]);

describe('a course table drawn with box-drawing characters: rows are lines, cells are cut at the bars', () => {
  it.each([
    ['heavy head, light body, a total row', PANEL + '\n\n' + boxTable(HEAVY_HEAD, COURSES, TOTAL)],
    ['rounded corners', PANEL + '\n\n' + boxTable(ROUNDED, COURSES)],
    ['double lines, a total row', PANEL + '\n\n' + boxTable(DOUBLE, COURSES, TOTAL)],
    ['light lines, prompt above and save stamp below', PROMPT + '\n' + PANEL + '\n\n' + SECTIONS + '\n\n' + boxTable(LIGHT, COURSES, TOTAL) + '\n' + STAMP],
  ])('%s', (_, text) => {
    const read = readHtml(pre(text));
    expect(read.kind).toBe('nremt-application');
    expect(read.courses?.map((c) => [c.title, c.completedOn, c.hours, c.component ?? null, c.topic ?? null, c.approvalNumber ?? null])).toEqual(EXPECTED);
    expect(read.person?.registryNumber).toBe('P2203318');
    expect(read.certification?.expiresOn).toBe('2027-03-31');
  });

  it('an education page printed so (its title names the list) reads the same courses', () => {
    const text = 'NREMT Manage Education — Renata Quill, Registry No. P2203318\n\n' + boxTable(ROUNDED, COURSES, TOTAL);
    expect(readCourses(pre(text, 'NREMT Manage Education'))).toEqual(EXPECTED);
  });
});

describe('a status mark beside a value is no part of it', () => {
  it.each([
    ['✔ after the name, status word after it', '│ Agency: Berkshire County Ambulance  ✔ Affiliated │'],
    ['✓ after the name, status word after it', 'Agency: Berkshire County Ambulance ✓ Active'],
    ['☑ before the status word', 'Agency: Berkshire County Ambulance — ☑ Affiliated'],
  ])('%s', (_, line) => {
    const text = `${PROMPT}\nNREMT Recertification Application\nRenata Quill · Paramedic · Registry No. P2203318\nExpiration Date: 03/31/2027\n${line}\nApplication Status: NOT SUBMITTED`;
    const read = readHtml(pre(text));
    expect(read.agency?.name).toBe('Berkshire County Ambulance');
  });
});

describe('a shell prompt or a save stamp is never a course', () => {
  it.each([
    ['a prompt naming a dated file', `${PROMPT}\n${PANEL}\n${STAMP}`],
    ['a prompt with user and host', `renata@laptop:~/recert$ ./snapshot application > app-2026-11-30.html\n${PANEL}\n${STAMP}\nrenata@laptop:~/recert$ `],
  ])('%s', (_, text) => {
    const read = readHtml(pre(text));
    expect(read.courses ?? []).toEqual([]);
  });
});

const DASHBOARD = (heading: (text: string) => string, signedIn: string) => `alex@medbox:~/recert$ ./nremt-snapshot dashboard | ansi2html > dashboard-2026-12-01.html
${heading('National Registry of EMTs :: My Certification')}
snapshot of the Dashboard taken Tue Dec  1 07:58:12 EST 2026

${signedIn}

  Certification          Emergency Medical Technician (NREMT)
  Registry #             E4410927
  Status                 Active
  Expiration Date        31 March 2028
  Recert cycle           1 April 2026 to 31 March 2028

${heading('Agency Affiliation')}
  Chicopee Valley Ambulance          Pending Approval   requested 17 November 2026
  [Add or Remove Agency Affiliation]

${heading('Recertification CE Summary')}
  National     ██████████████░░░░░░░░░░░░░░░░  45%
  Local        ██████░░░░░░░░░░░░░░░░░░░░░░░░  20%
  Individual   ██████████████████████░░░░░░░░  75%
  All sections must be complete to recertify.

${heading('Message Center (2)')}
  18 November 2026  Affiliation request sent to Chicopee Valley Ambulance.
  2 April 2026      Your recertification has been processed. New expiration 31 March 2028.
ok 6 sections scraped in 2.1s
alex@medbox:~/recert$ `;

describe('a dashboard printed by a terminal: headings inside rules, "Label   value" lines', () => {
  const ruled = (char: string) => (text: string) => `${char.repeat(2)} ${text} ${char.repeat(60 - text.length)}`;
  it.each([
    ['"==" and "--" rules, "Signed in as … ;"', ruled('='), 'Signed in as Alex Brandt-Moreau; the dashboard shows one certification.'],
    ['"--" rules', ruled('-'), 'Signed in as Alex Brandt-Moreau'],
    ['"##" rules', ruled('#'), 'Logged in as: Alex Brandt-Moreau'],
  ])('%s', (_, heading, signedIn) => {
    const read = readHtml(pre(DASHBOARD(heading, signedIn)));
    expect(read.kind).toBe('nremt-dashboard');
    expect(read.person).toEqual({ name: 'Alex Brandt-Moreau', registryNumber: 'E4410927' });
    expect(read.certification).toMatchObject({ level: 'emt', expiresOn: '2028-03-31', cycleStart: '2026-04-01' });
    expect(read.agency).toEqual({ name: 'Chicopee Valley Ambulance', status: 'pending' });
    expect(read.courses ?? []).toEqual([]);
  });
});
