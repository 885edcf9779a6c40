// A course table as a text browser dumps it (w3m -dump, lynx -dump) into one <pre>: columns aligned
// by spaces, but not always under their names. A blank line may stand between the column names and
// the rows (the table's head and body drawn apart); the header may be a table of its own, its names
// narrower than the rows' cells (a grid with a fixed header); a row may carry cells under no column
// (a row number before it, an "Edit  |  Certificate" control after it); a column may have a name
// that is no field ("Progress", "Actions") or one we do not know ("NCCP section") whose cells name
// where the course counts; a title cell may run on into its second line, the approval number.
// Each course is read from its own row, its fields from their column or their values.
// Wording from domain.md: Registry, Expiration Date, National/State/Local components, CAPCE numbers.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const esc = (text: string): string => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;');
const page = (text: string): string =>
  `<!DOCTYPE html><html><head><meta charset="UTF-8"><title>Transcript</title></head><body><pre>${esc(text)}</pre></body></html>`;

/** Columns as a text browser aligns them: each as wide as its widest cell, two spaces apart. */
function columns(rows: string[][], indent = ''): string[] {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((row) => (row[c] ?? '').length)));
  return rows.map((row) => indent + row.map((cell, c) => (c === row.length - 1 ? cell : cell.padEnd(widths[c]! + 2))).join('').trimEnd());
}

const FACTS = 'National Registry of EMTs\n\nTranscript\n\nName\nDana R. Okafor\nRegistry Number\nE3012458\nExpiration Date\n03/31/2027\n';
const ROWS = [
  ['Pediatric Airway Management', '05/02/2026', '2', 'CAPCE 26-EMSX-F3-0502'],
  ['Regional Protocol Update', '01/09/2026', '4', 'OEMS 26-0109-T3'],
  ['Hazmat Awareness Refresher', '03/21/2026', '1.5', 'CAPCE 26-HAZM-F1-0321'],
];
const EXPECTED = [
  ['Pediatric Airway Management', '2026-05-02', 2, '26-EMSX-F3-0502'],
  ['Regional Protocol Update', '2026-01-09', 4, '26-0109-T3'],
  ['Hazmat Awareness Refresher', '2026-03-21', 1.5, '26-HAZM-F1-0321'],
];
const TITLES = ['Course', 'Completed', 'Hours', 'Approval'];

const read = (table: string[]) => {
  const snapshot = readHtml(page(`${FACTS}\n${table.join('\n')}\n\nShowing 3 of 3 courses\n`));
  return { kind: snapshot.kind, courses: snapshot.courses?.map((c) => [c.title, c.completedOn, c.hours, c.approvalNumber ?? null]), full: snapshot.courses };
};

describe('a course table dumped as text', () => {
  it.each([
    ['a blank line between the names and the rows', () => { const t = columns([TITLES, ...ROWS]); return [t[0]!, '', ...t.slice(1)]; }],
    ['the names drawn as a table of their own, narrower', () => [TITLES.join('  '), '', ...columns(ROWS)]],
    ['the names drawn apart, each row with a control after it', () => ['  ' + TITLES.concat('Actions').join('  '), '', ...columns(ROWS.map((r) => [...r, 'Edit', '|', 'Certificate']), '  ')]],
    ['a column naming no field between', () => columns([['Course', 'Completed', 'Progress', 'Hours', 'Approval'], ...ROWS.map((r) => [r[0]!, r[1]!, '100%', r[2]!, r[3]!])])],
    ['a row number under no column before each row', () => columns([['', ...TITLES], ...ROWS.map((r, i) => [String(i), ...r])])],
    ['the approval run on into the title cell', () => columns([['Course', 'Completed', 'Hours'], ...ROWS.map((r) => [`${r[0]} Approval ${r[3]!.split(' ')[1]}`, r[1]!, r[2]!])])],
  ])('%s', (_, table) => {
    const got = read(table());
    expect(got.kind).toBe('nremt-education');
    expect(got.courses).toEqual(EXPECTED);
  });

  it('a column of an unknown name whose cells name a component gives the component', () => {
    const table = columns([['Course', 'Completed', 'Hours', 'NCCP section', 'Approval'], ...ROWS.map((r, i) => [r[0]!, r[1]!, r[2]!, ['National – Airway, Respiration & Ventilation', 'State/Local', 'Individual'][i]!, r[3]!])]);
    const got = read(table);
    expect(got.courses).toEqual(EXPECTED);
    expect(got.full?.map((c) => c.component)).toEqual(['national', 'local', 'individual']);
  });

  it('an agency table with a row number before its row keeps the agency name', () => {
    const agency = columns([['', 'Agency', 'City', 'Status'], ['0', 'Pioneer Valley Ambulance', 'Holyoke, MA', 'Active']]);
    const text = `National Registry of EMTs\n\nMy Certification\n\nName\nDana R. Okafor\nRegistry Number\nE3012458\nCertification Level\nEMT\nExpiration Date\n03/31/2027\n\nAgency Affiliation\n\n${agency.join('\n')}\n`;
    expect(readHtml(page(text)).agency).toEqual({ name: 'Pioneer Valley Ambulance', status: 'active' });
  });

  it('a line of words after the table and a blank is no row of it', () => {
    const t = columns([TITLES, ...ROWS]);
    const got = readHtml(page(`${FACTS}\n${t.join('\n')}\n\nPrivacy Policy  Terms of Use  Contact\n`));
    expect(got.courses?.length).toBe(3);
  });
});

describe('a page pasted as text, its lines set in columns without column names', () => {
  const lines = (menu: string, rows: string[][]) =>
    [menu, 'Dashboard    Transcript    Manage Education    Recertification Application', '', 'Manage Education', 'Dana Okafor  -  Emergency Medical Technician (NREMT)', 'Registry Number: E3012458', 'Expiration Date: 03/31/2027', '', 'NATIONAL COMPONENT   3.5 / 20 hours   18%', ...columns(rows, '    ')].join('\n');
  const ROWS_WITH_YEAR = [
    ['Region 2 Protocol Update 2025', 'Mar 12, 2025', '2.0 hrs', 'OEMS 25-0190-T'],
    ['Oxygen Delivery Devices Review', 'Jun 12, 2025', '1:30', 'CAPCE 25-EMSX-F3-0318'],
    ['Infection Control Refresher', 'Sep 9, 2025', '1.0 hrs', 'OEMS 25-0655-T3'],
  ];
  it.each([
    ['the site named in a menu line of words', 'NREMT          My Certification v      Dana Okafor v'],
    ['the site named among the menu words, two gaps apart', 'National Registry of EMTs  Help  Sign Out'],
  ])('%s: the user’s own list, a title’s year none of its date', (_, menu) => {
    const got = readHtml(`<!DOCTYPE html><html><head><title>paste</title></head><body><pre>${esc(lines(menu, ROWS_WITH_YEAR))}</pre></body></html>`);
    expect(got.kind).toBe('nremt-education');
    expect(got.courses?.map((c) => [c.title, c.completedOn, c.hours])).toEqual([
      ['Region 2 Protocol Update 2025', '2025-03-12', 2],
      ['Oxygen Delivery Devices Review', '2025-06-12', 1.5],
      ['Infection Control Refresher', '2025-09-09', 1],
    ]);
  });

  it('without the site named anywhere it is nobody’s list', () => {
    // The level's "(NREMT)" would name the site: left out too.
    const text = lines('Notes          Shared v      Dana Okafor v', ROWS_WITH_YEAR).replace('Dashboard    Transcript    Manage Education    Recertification Application', 'Inbox    Drafts').replace('Manage Education', 'Some classes').replace(' (NREMT)', '');
    const got = readHtml(`<!DOCTYPE html><html><head><title>paste</title></head><body><pre>${esc(text)}</pre></body></html>`);
    expect(got.courses ?? []).toEqual([]);
  });
});
