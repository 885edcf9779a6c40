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

describe('a mobile list view: divider items name the component/topic, items show "2 CE"', () => {
  it('reads each item under its divider', () => {
    const item = (title: string, approval: string, date: string, hours: string) =>
      `<li><a href="#"><h2>${title}</h2><p>${approval}</p><p><strong>${date}</strong></p><span>${hours}</span></a></li>`;
    const snap = readHtml(
      page(
        '<ul>' +
          '<li role="heading">National — Trauma <span>1.5 of 3</span></li>' +
          item('Burns Update', 'OEMS T3-25-0132', '1/22/2025', '1.5 CE') +
          '<li role="heading">State/Local <span>2 of 10</span></li>' +
          item('Infection Control', 'OEMS 25-0301-T1', '3/1/2025', '2 CE') +
          item('Narcan Orientation', 'Approval pending', '4/9/2025', '1 CE') +
          '</ul>',
        'Manage Education',
      ),
    );
    expect(snap.courses?.map((c) => [c.title, c.completedOn, c.hours, c.component, c.topic])).toEqual([
      ['Burns Update', '2025-01-22', 1.5, 'national', 'trauma'],
      ['Infection Control', '2025-03-01', 2, 'local', null],
      ['Narcan Orientation', '2025-04-09', 1, 'local', null],
    ]);
  });
});

describe("a saved page's own stylesheet hides elements (no layout to ask)", () => {
  const item = (title: string, date: string, hours: string, attrs = '') => `<li${attrs}><h3>${title}</h3><p>Completed ${date} · ${hours} credits</p></li>`;
  it('a class the page hides is not shown; a later rule that shows it again wins; media rules do not apply', () => {
    const snap = readHtml(
      page(
        `<ul>${item('Airway Update', '01/14/2026', '2')}${item('Airway Update (duplicate)', '01/14/2026', '2', ' class="gone"')}` +
          `${item('Trauma Review', '02/14/2026', '1.5', ' class="tab active"')}${item('Hidden Tab', '02/15/2026', '1', ' class="tab"')}` +
          `${item('Print Only', '02/16/2026', '1', ' class="print"')}</ul>`,
        'Transcript',
        '<style>/* a { display:none } */ .gone{color:red; display: none !important} ul .tab{display:none} .tab.active{display:block}' +
          ' @media (max-width:600px){ .print{display:none} } a:hover{display:none}</style>',
      ),
    );
    expect(snap.courses?.map((c) => c.title)).toEqual(['Airway Update', 'Trauma Review', 'Print Only']);
  });
});

describe('a title that holds a figure or a dash, beside the values shown on their own', () => {
  const list = (...items: string[]) => page(`<ul>${items.map((item) => `<li>${item}</li>`).join('')}</ul>`);
  it.each([
    ['hours inside the title line, the credit on its own line', '<p>Trauma Update: 3.0 hrs of Case Reviews</p><p>11/11/2025 · 1 credit</p>', 'Trauma Update: 3.0 hrs of Case Reviews', 1],
    ['a title that starts with a figure', '<p>2.5 hrs of Oxygen Therapy (Module 3 of 4)</p><p>Completed 09/12/2025 · Online</p><p>1:15</p>', '2.5 hrs of Oxygen Therapy (Module 3 of 4)', 1.25],
    ['a bold title holding a figure, the same figure beside', '<strong>Medical Emergencies in the Elderly - 2.5 hrs bundle</strong><br><small>Completed 12/12/2025 | 2.50 hours</small>', 'Medical Emergencies in the Elderly - 2.5 hrs bundle', 2.5],
    ['a heading with a dash and a figure in brackets', '<h3>Pharmacology — Albuterol, Epi 1 mg (2 credits National)</h3><div>Completed Jan 30, 2025 · 1 credit</div>', 'Pharmacology — Albuterol, Epi 1 mg (2 credits National)', 1],
    ['a dash between words', '<div>Town of Hadley Fire Dept. — Rehab Sector SOP</div><div>2 credits · Completed 18 Oct 2025</div>', 'Town of Hadley Fire Dept. — Rehab Sector SOP', 2],
    ['a dash before a part number', '<p>Case Review Series — Session 4: Lessons</p><p>10/01/2025</p><p>2 hrs</p>', 'Case Review Series — Session 4: Lessons', 2],
  ])('%s', (_, item, title, hours) => {
    const other = '<p>Airway Refresher</p><p>01/14/2026 · 2 credits</p>';
    expect(readHtml(list(item, other)).courses?.map((c) => [c.title, c.hours])).toEqual([
      [title, hours],
      ['Airway Refresher', 2],
    ]);
  });

  it('a one-line course is still cut at its dashes', () => {
    const snap = readHtml(list('Trauma Review — 10/02/2025 — 2 hrs — CAPCE 25-ABC-F3-0102', 'Airway Update — Classroom — 11/02/2025 — 1.5 hrs'));
    expect(snap.courses?.map((c) => [c.title, c.completedOn, c.hours])).toEqual([
      ['Trauma Review', '2025-10-02', 2],
      ['Airway Update', '2025-11-02', 1.5],
    ]);
  });
});
