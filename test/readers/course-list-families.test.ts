// Course lists in markup families the readers were not built on, each as one minimal page of
// the family: the general rule a person reads it by, never the page it came from.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const page = (body: string, title = 'Transcript', head = ''): string =>
  `<!DOCTYPE html><html><head><title>${title}</title>${head}</head><body><h1>${title}</h1>${body}</body></html>`;

const rows = (snap: ReturnType<typeof readHtml>) => snap.courses?.map((c) => [c.title, c.completedOn, c.hours, c.approvalNumber]);

describe('a column title repeated inside every cell (responsive "reflow"/"stacked" tables)', () => {
  const cell = (label: string, value: string) => `<td><span class="col-title">${label}</span>${value}</td>`;
  const table = (labels: [string, string, string, string]) =>
    `<table><thead><tr>${labels.map((l) => `<th>${l}</th>`).join('')}</tr></thead><tbody>` +
    `<tr>${cell(labels[0], 'Airway Update')}${cell(labels[1], '01/14/2026')}${cell(labels[2], '2.0')}${cell(labels[3], '26-AIRW-F3-0001')}</tr>` +
    `<tr>${cell(labels[0], 'Trauma Review')}${cell(labels[1], '02/14/2026')}${cell(labels[2], '1.25')}${cell(labels[3], 'N/A')}</tr></tbody></table>`;
  it.each([
    ['the header words themselves', ['Course Title', 'Date Completed', 'Hours', 'Approval Number']],
    ['other words for the same fields', ['Course', 'Completed', 'Credit Hours', 'CAPCE #']],
  ] as const)('%s', (_, labels) => {
    expect(rows(readHtml(page(table([...labels] as [string, string, string, string]))))).toEqual([
      ['Airway Update', '2026-01-14', 2, '26-AIRW-F3-0001'],
      ['Trauma Review', '2026-02-14', 1.25, null],
    ]);
  });

  it('a caption label before the value in a card without columns', () => {
    const card = (title: string, date: string, hours: string) =>
      `<li><h3>${title}</h3><div><span>Completed</span> ${date}</div><div><span>Credits</span> ${hours}</div></li>`;
    expect(rows(readHtml(page(`<ul>${card('Airway Update', '01/14/2026', '2')}${card('Trauma Review', '02/14/2026', '1.5')}</ul>`)))).toEqual([
      ['Airway Update', '2026-01-14', 2, null],
      ['Trauma Review', '2026-02-14', 1.5, null],
    ]);
  });
});
