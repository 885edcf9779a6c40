// A spreadsheet view of the person's own course log (a spreadsheet app, a spreadsheet's HTML
// export): its first row may be the column letters (A, B, C …) and its first column the row
// numbers (1, 2, 3 …), drawn with plain cells as often as with header cells. The coordinates are
// not data: once they are dropped, the sheet's own rows are read as any table's (a title and the
// certification's facts above the row of column titles, then the courses). The app's toolbar and
// menu words around the sheet (File, Edit, CSV, HTML, Excel …) are never a name or a fact.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

// [title, date completed, hours, component, topic, approval number]
const COURSES = [
  ['Patient Assessment Refresher', '3/14/2026', '2', 'National', 'Medical', '26-EMSX-F3-0410'],
  ['Airway Management Update', '4/2/2026', '1.5', 'National', 'Airway, Respiration & Ventilation', '26-AIRW-F1-0101'],
  ['Regional Protocol Update', '5/20/2026', '3', 'Local', '', 'OEMS 26-0502-T1'],
  ['Cardiac Arrest Review', '6/11/2026', '1', 'National', 'Cardiology', '26-CARD-F3-0202'],
  ['Ice Rescue Awareness', '7/9/2026', '2', 'Individual', '', ''],
] as const;
const EXPECTED = [
  ['Patient Assessment Refresher', '2026-03-14', 2, 'national', 'medical', '26-EMSX-F3-0410'],
  ['Airway Management Update', '2026-04-02', 1.5, 'national', 'airway', '26-AIRW-F1-0101'],
  ['Regional Protocol Update', '2026-05-20', 3, 'local', null, '26-0502-T1'],
  ['Cardiac Arrest Review', '2026-06-11', 1, 'national', 'cardiovascular', '26-CARD-F3-0202'],
  ['Ice Rescue Awareness', '2026-07-09', 2, 'individual', null, null],
];
const HEADER = ['Course', 'Date Completed', 'Hours', 'Component', 'Topic', 'Approval #'];
const LETTERS = ['A', 'B', 'C', 'D', 'E', 'F'];
const esc = (text: string): string => text.replaceAll('&', '&amp;');

interface Sheet {
  /** Column letters above the sheet: in plain cells, header cells, or none. */
  letters: 'td' | 'th' | 'thead-td' | null;
  /** Row numbers down its left edge: in plain cells, row-header cells, or none. */
  numbers: 'td' | 'th' | null;
  /** The sheet's own rows above its column titles (a title, the facts, a blank row). */
  above: boolean;
  /** The app's toolbar and download links around the sheet. */
  toolbar: boolean;
}

function sheet({ letters, numbers, above, toolbar }: Sheet, title = 'CE transcript – Sheet'): string {
  let n = 0;
  const row = (...texts: string[]): string => {
    const cells = [...texts, ...Array(6 - texts.length).fill('')].map((text) => `<td>${esc(text)}</td>`).join('');
    if (!numbers) return `<tr>${cells}</tr>`;
    n += 1;
    return `<tr>${numbers === 'td' ? `<td>${n}</td>` : `<th>${n}</th>`}${cells}</tr>`;
  };
  const corner = numbers ? (letters === 'th' ? '<th></th>' : '<td></td>') : '';
  const letterCells = LETTERS.map((l) => (letters === 'th' ? `<th>${l}</th>` : `<td>${l}</td>`)).join('');
  const lettersRow = letters ? `<tr>${corner}${letterCells}</tr>` : '';
  const head = letters === 'thead-td' ? `<thead>${lettersRow}</thead><tbody>` : `<tbody>${lettersRow}`;
  const rows =
    (above ? row('Jordan Ellison – CE log') + row('Level:', 'EMT', 'NREMT #', 'E1290554', 'Expires', '3/31/2028') + row() : '') +
    row(...HEADER) +
    COURSES.map((c) => row(...c)).join('') +
    row('TOTAL', '', '9.5') +
    row() +
    row();
  const bar = toolbar
    ? `<div><span>File</span> <span>Edit</span> <span>View</span> <span>Insert</span> <span>Format</span> <span>Data</span></div>` +
      `<div><a href="/csv">CSV</a> · <a href="/html">HTML</a> · <a href="/xlsx">Excel</a></div><div><span>A1</span></div>`
    : '';
  return (
    `<!DOCTYPE html><html><head><title>${title}</title></head><body>${bar}` +
    `<table cellspacing="0">${head}${rows}</tbody></table><div>Sheet1</div></body></html>`
  );
}

function read(html: string) {
  const snapshot = readHtml(html);
  return {
    kind: snapshot.kind,
    courses: (snapshot.courses ?? []).map((c) => [c.title, c.completedOn, c.hours, c.component ?? null, c.topic ?? null, c.approvalNumber ?? null]),
    unread: (snapshot.unread ?? []).map((u) => u.text),
    name: snapshot.person?.name,
  };
}

describe('a spreadsheet view: its coordinates dropped, its own rows read', () => {
  const cases: Array<[string, Sheet]> = [];
  for (const letters of ['td', 'th', 'thead-td', null] as const) {
    for (const numbers of ['td', 'th', null] as const) {
      if (!letters && !numbers) continue;
      for (const above of [false, true]) cases.push([`letters ${letters ?? 'none'}, row numbers ${numbers ?? 'none'}${above ? ', title and facts above' : ''}`, { letters, numbers, above, toolbar: false }]);
    }
  }
  it.each(cases)('%s', (_name, shape) => {
    const got = read(sheet(shape));
    expect(got.kind).toBe('nremt-education');
    expect(got.courses).toEqual(EXPECTED);
    // Neither the coordinates nor the sheet's title, facts or total row are courses not read.
    expect(got.unread.filter((text) => !text.startsWith('TOTAL'))).toEqual([]);
  });

  it.each([
    ['plain-cell coordinates', { letters: 'td', numbers: 'td', above: true, toolbar: true }],
    ['header-cell coordinates', { letters: 'th', numbers: 'th', above: true, toolbar: true }],
  ] as const)('the toolbar and download words around the sheet are no name (%s)', (_name, shape) => {
    const got = read(sheet(shape));
    expect(got.courses).toEqual(EXPECTED);
    // Unknown beats wrong: a name only from the sheet itself.
    expect([undefined, 'Jordan Ellison']).toContain(got.name);
  });

  it.each([
    ['plain-cell coordinates', { letters: 'td', numbers: 'td', above: true, toolbar: true }],
    ['row numbers only', { letters: null, numbers: 'td', above: true, toolbar: false }],
  ] as const)('a sheet titled by nothing but its file name is the course list its column titles name (%s)', (_name, shape) => {
    const got = read(sheet(shape, 'kb-recert-2028'));
    expect(got.kind).toBe('nremt-education');
    expect(got.courses).toEqual(EXPECTED);
  });

  it('row numbers in plain cells beside hours written with a decimal comma ("2,00"): the hours are the figure', () => {
    const rows = COURSES.map((c, i) => `<tr><td>${i + 1}</td>${[c[0], c[1], c[2].replace('.', ',') + (c[2].includes('.') ? '0' : ',00'), c[3], c[4], c[5]].map((t) => `<td>${esc(t)}</td>`).join('')}</tr>`).join('');
    const html =
      `<!DOCTYPE html><html><head><title>CE transcript</title></head><body>` +
      `<table><thead><tr><th></th>${HEADER.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${rows}</tbody></table></body></html>`;
    expect(read(html).courses).toEqual(EXPECTED);
  });
});
