// Which rows of a page are a course list's rows: told by what the rows repeat and where the list's
// own column titles stand, never by one page's words. Each case is a minimal page of its kind.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const page = (body: string, title = 'Manage Education'): string =>
  `<!DOCTYPE html><html><head><title>${title}</title></head><body>${body}</body></html>`;

const rows = (snap: ReturnType<typeof readHtml>) => snap.courses?.map((c) => [c.title, c.completedOn, c.hours, c.component, c.topic, c.approvalNumber]);

describe('a spreadsheet copied to a page: facts and a title above the row of column titles, then the courses', () => {
  // Cells of one sheet row; `number` is the sheet's own row number in a row-header cell.
  const sheetRow = (number: number | null, cells: string[]) =>
    `<tr>${number === null ? '' : `<th><div>${number}</div></th>`}${cells.map((text) => `<td>${text}</td>`).join('')}</tr>`;
  const sheet = (numbered: boolean, letters: boolean) => {
    let n = 0;
    const row = (...cells: string[]) => sheetRow(numbered ? ++n : null, [...cells, ...Array(6 - cells.length).fill('')]);
    const head = letters ? `<thead><tr>${numbered ? '<th></th>' : ''}${['A', 'B', 'C', 'D', 'E', 'F'].map((l) => `<th>${l}</th>`).join('')}</tr></thead>` : '';
    return page(
      `<table>${head}<tbody>` +
        row('Recertification working copy') +
        row('Name', 'Dana M. Okafor') +
        row('Registry #', 'P3318204') +
        row('Recert cycle', '4/1/2024 – 3/31/2026') +
        row() +
        row('Course', 'Date Completed', 'Credits', 'Component', 'Topic', 'Approval #') +
        row('Airway Update', '2/7/2026', '2', 'National', 'Airway, Respiration & Ventilation', '26-SFEM-F5-0071') +
        row('Trauma Review', '1/17/2026', '1.5', 'National', 'Trauma', '25-SFEM-F3-0904') +
        row('Protocol Update', '12/13/2025', '3', 'State/Local', '', '25-0707-T1') +
        row('Neonatal Refresher', '1/11/2025', 'TBD') +
        row() +
        row('Total assigned', '6.5') +
        '</tbody></table>',
    );
  };
  // The same sheet drawn with ARIA roles instead of table tags.
  const aria = (html: string) =>
    html
      .replace(/<table>/g, '<div role="table">').replace(/<\/table>/g, '</div>')
      .replace(/<(thead|tbody)>/g, '<div role="rowgroup">').replace(/<\/(thead|tbody|tr|td|th)>/g, '</div>')
      .replace(/<tr>/g, '<div role="row">').replace(/<td>/g, '<div role="cell">')
      .replace(/<th>(<div>\d)/g, '<div role="rowheader">$1').replace(/<th>/g, '<div role="columnheader">');
  it.each([
    ['row numbers in row-header cells, column letters above', true, true, false],
    ['row numbers, no column letters', true, false, false],
    ['column letters only', false, true, false],
    ['neither (a plain export)', false, false, false],
    ['row numbers and column letters, drawn with ARIA roles', true, true, true],
  ])('%s', (_, numbered, letters, roles) => {
    const html = sheet(numbered, letters);
    const snap = readHtml(roles ? aria(html) : html);
    expect(rows(snap)).toEqual([
      ['Airway Update', '2026-02-07', 2, 'national', 'airway', '26-SFEM-F5-0071'],
      ['Trauma Review', '2026-01-17', 1.5, 'national', 'trauma', '25-SFEM-F3-0904'],
      ['Protocol Update', '2025-12-13', 3, 'local', null, '25-0707-T1'],
    ]);
    // The row without hours is a course not read; the facts above the column titles are no course.
    expect(snap.unread?.map((u) => u.text)).toEqual([expect.stringContaining('Neonatal Refresher')]);
    // The facts are the sheet's label/value rows.
    expect([snap.person?.name, snap.person?.registryNumber, snap.certification?.cycleStart, snap.certification?.expiresOn]).toEqual([
      'Dana M. Okafor',
      'P3318204',
      '2024-04-01',
      '2026-03-31',
    ]);
  });
});
