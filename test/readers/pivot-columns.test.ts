// A course list shown as a pivot table (a cross-tab, a report's summary by component): one column
// per component or National topic, its header naming it, each course's credits in the column it
// counts toward, a Total column and a Grand Total row summing them. A course split across
// components (domain.md: "A class may be split across components until its credits are used up")
// shows a figure in each column it counts in: one course per figure, each with that column's
// component. Total columns and rows are no course; a summary of the components without dates is
// no course either.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const page = (body: string): string =>
  `<!DOCTYPE html><html><head><title>Recertification CE Summary</title></head><body>` +
  `<h1>Manage Education</h1><p>Dana M. Okafor · Registry P3318204 · Paramedic · expires 03/31/2028</p>${body}</body></html>`;

function read(html: string) {
  const snapshot = readHtml(html);
  return (snapshot.courses ?? []).map((c) => [c.title, c.completedOn, c.hours, c.component ?? null, c.topic ?? null, c.approvalNumber ?? null]);
}

const th = (text: string, attrs = ''): string => `<th${attrs}>${text}</th>`;
const td = (text: string): string => `<td>${text}</td>`;
const tr = (cells: string): string => `<tr>${cells}</tr>`;

// [title, approval, date, figures by column]
type Row = [string, string, string, string[]];

function pivot(superHeader: string | null, rowFields: string[], columns: string[], rows: Row[], total: string | null): string {
  const head =
    (superHeader ? tr(th('Sum of Credits', ` colspan="${rowFields.length}"`) + th(superHeader, ` colspan="${columns.length + (total ? 1 : 0)}"`)) : '') +
    tr(rowFields.map((f) => th(f)).join('') + columns.map((c) => th(c)).join('') + (total ? th(total) : ''));
  const body = rows
    .map(([title, approval, date, figures]) => {
      const sum = figures.reduce((s, f) => s + (f ? Number(f) : 0), 0);
      return tr(th(title) + th(approval) + th(date) + figures.map(td).join('') + (total ? td(String(sum)) : ''));
    })
    .join('');
  const grand = columns.map((_, i) => rows.reduce((s, r) => s + Number(r[3][i] || 0), 0));
  const foot = total ? tr(th('Grand Total', ' colspan="3"') + grand.map((g) => td(String(g))).join('') + td(String(grand.reduce((a, b) => a + b, 0)))) : '';
  return page(`<table><thead>${head}</thead><tbody>${body}${foot}</tbody></table>`);
}

const FIELDS = ['Course Title', 'Approval Number', 'Date Completed'];

describe('a pivot table of courses by component', () => {
  it('reads each course once per component figure, under a "Component" header, with a Total column and row', () => {
    const rows: Row[] = [
      ['Pediatric Airway Review', '26-AIRW-F3-0101', '01/14/2026', ['2', '', '']],
      ['Sepsis Recognition', '26-MEDX-F3-0202', '02/10/2026', ['1', '', '1.5']],
      ['Regional Protocol Update', '25-0502-T3', '11/20/2025', ['', '4', '']],
    ];
    expect(read(pivot('Component', FIELDS, ['National', 'State/Local', 'Individual'], rows, 'Grand Total'))).toEqual([
      ['Pediatric Airway Review', '2026-01-14', 2, 'national', null, '26-AIRW-F3-0101'],
      ['Sepsis Recognition', '2026-02-10', 1, 'national', null, '26-MEDX-F3-0202'],
      ['Sepsis Recognition', '2026-02-10', 1.5, 'individual', null, '26-MEDX-F3-0202'],
      ['Regional Protocol Update', '2025-11-20', 4, 'local', null, '25-0502-T3'],
    ]);
  });

  it('reads a flat pivot whose component names stand beside the course columns, without totals', () => {
    const rows: Row[] = [
      ['Cardiac Arrest Management', 'CAPCE 26-CARD-F1-0044', 'Mar 3, 2026', ['3.00', '', '']],
      ['Hazmat Awareness', '—', 'Apr 9, 2026', ['', '2.00', '1.00']],
    ];
    expect(read(pivot(null, ['Course', 'Approval #', 'Completed'], ['National', 'Local', 'Individual'], rows, null))).toEqual([
      ['Cardiac Arrest Management', '2026-03-03', 3, 'national', null, '26-CARD-F1-0044'],
      ['Hazmat Awareness', '2026-04-09', 2, 'local', null, null],
      ['Hazmat Awareness', '2026-04-09', 1, 'individual', null, null],
    ]);
  });

  it('reads National topics as columns: the topic names the component too', () => {
    const rows: Row[] = [
      ['BVM and Capnography', '26-AIRW-F3-0311', '2026-05-02', ['1.5', '', '', '']],
      ['Chest Trauma Update', '26-TRMA-F1-0330', '2026-06-11', ['', '2', '', '']],
      ['ACLS Renewal', '26-CARD-F1-0412', '2026-07-23', ['', '', '3', '1']],
    ];
    expect(read(pivot('Topic', FIELDS, ['Airway, Respiration & Ventilation', 'Trauma', 'Cardiovascular', 'Local'], rows, 'Total'))).toEqual([
      ['BVM and Capnography', '2026-05-02', 1.5, 'national', 'airway', '26-AIRW-F3-0311'],
      ['Chest Trauma Update', '2026-06-11', 2, 'national', 'trauma', '26-TRMA-F1-0330'],
      ['ACLS Renewal', '2026-07-23', 3, 'national', 'cardiovascular', '26-CARD-F1-0412'],
      ['ACLS Renewal', '2026-07-23', 1, 'local', null, '26-CARD-F1-0412'],
    ]);
  });

  it('keeps a plain table with a Component column as it was', () => {
    const html = page(
      `<table><thead>${tr(['Course Title', 'Date Completed', 'Credits', 'Component', 'Approval Number'].map((h) => th(h)).join(''))}</thead><tbody>` +
        tr(['Stroke Assessment', '03/05/2026', '2.00', 'National', '26-CARD-F3-0101'].map(td).join('')) +
        tr(['Local Protocols', '03/06/2026', '1.00', 'Local', '26-0101-T3'].map(td).join('')) +
        `</tbody></table>`,
    );
    expect(read(html)).toEqual([
      ['Stroke Assessment', '2026-03-05', 2, 'national', null, '26-CARD-F3-0101'],
      ['Local Protocols', '2026-03-06', 1, 'local', null, '26-0101-T3'],
    ]);
  });

  it('reads no course from a progress summary by component (figures under component headers, no dates)', () => {
    const html = page(
      `<table><thead>${tr(['', 'National', 'Local', 'Individual'].map((h) => th(h)).join(''))}</thead><tbody>` +
        tr(th('Required') + ['30', '15', '15'].map(td).join('')) +
        tr(th('Completed') + ['12.5', '4', '6'].map(td).join('')) +
        `</tbody></table>`,
    );
    const snapshot = readHtml(html);
    expect(snapshot.courses ?? []).toEqual([]);
  });
});
