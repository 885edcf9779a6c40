// A form laid out in a table: a row of labels, the fields they name in the row below, then the
// next row of labels (an old intranet page, a Nintex/InfoPath-style form, a print layout). Each
// label names the field in its column of the row under it.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const FACTS = [
  ['Name', 'Dana M. Okafor'],
  ['Registry Number', 'P3318204'],
  ['Certification Level', 'Paramedic'],
  ['Expiration Date', '03/31/2027'],
  ['Cycle Start Date', '04/01/2025'],
  ['Status', 'Active'],
] as const;

type Shape = (label: string) => string;
const plain: Shape = (label) => label;
const bold: Shape = (label) => `<b>${label}:</b>`;
const field = (value: string, input: boolean) => (input ? `<input type="text" readonly value="${value}">` : `<span>${value}</span>`);

function form(shape: Shape, input: boolean, perRow: number, aria = false): string {
  const [table, tr, td] = aria ? ['div role="table"', 'div role="row"', 'div role="cell"'] : ['table', 'tr', 'td'];
  const close = (tag: string) => `</${tag.split(' ')[0]}>`;
  let rows = '';
  for (let i = 0; i < FACTS.length; i += perRow) {
    const group = FACTS.slice(i, i + perRow);
    rows += `<${tr}>${group.map(([label]) => `<${td}>${shape(label)}${close(td)}`).join('')}${close(tr)}`;
    rows += `<${tr}>${group.map(([, value]) => `<${td}>${field(value, input)}${close(td)}`).join('')}${close(tr)}`;
  }
  return `<!DOCTYPE html><html><head><title>NREMT Dashboard</title></head><body><h1>National Registry Dashboard</h1><${table}>${rows}${close(table)}</body></html>`;
}

describe('labels in one row of a layout table, their fields in the row below', () => {
  it.each([
    ['plain labels over read-only inputs, three a row', form(plain, true, 3)],
    ['bold labels with colons over text, three a row', form(bold, false, 3)],
    ['plain labels over text, two a row', form(plain, false, 2)],
    ['an ARIA table of the same', form(plain, false, 3, true)],
  ])('%s', (_, html) => {
    const snap = readHtml(html);
    expect(snap.kind).toBe('nremt-dashboard');
    expect(snap.person).toMatchObject({ name: 'Dana M. Okafor', registryNumber: 'P3318204' });
    expect(snap.certification).toEqual({ level: 'paramedic', expiresOn: '2027-03-31', cycleStart: '2025-04-01' });
  });

  it('a course table whose header repeats over each one-course section still reads each course once', () => {
    const header = '<tr><td><b>Course Title</b></td><td><b>Completed</b></td><td><b>Hours</b></td></tr>';
    const section = (name: string, title: string, date: string, hours: string) =>
      `<tr><td colspan="3"><b>${name}</b></td></tr>${header}<tr><td>${title}</td><td>${date}</td><td>${hours}</td></tr>`;
    const snap = readHtml(
      `<!DOCTYPE html><html><head><title>Manage Education</title></head><body><h1>Manage Education</h1><table>` +
        `${section('National', 'Airway Update', '01/14/2026', '2')}${section('Local', 'Protocol Update', '02/10/2026', '3')}</table></body></html>`,
    );
    expect(snap.courses?.map((c) => [c.title, c.completedOn, c.hours, c.component])).toEqual([
      ['Airway Update', '2026-01-14', 2, 'national'],
      ['Protocol Update', '2026-02-10', 3, 'local'],
    ]);
  });
});
