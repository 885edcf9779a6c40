// Which rows of a page are a course list's rows: told by what the rows repeat and where the list's
// own column titles stand, never by one page's words. Each case is a minimal page of its kind.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';
import { headingAssignment } from '../../lib/readers/education';

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

describe("dates printed by the program behind the page (Java's Date, a Unix date)", () => {
  it.each([
    ['Tue Feb 11 00:00:00 EST 2025', 'Thu Jun 05 00:00:00 EDT 2025'],
    ['Tue Feb 11 09:30 UTC 2025', 'Thu Jun 05 14:00 UTC 2025'],
  ])('%s: the rows of the list are its courses, the time no hours figure', (first, second) => {
    const snap = readHtml(
      page(
        '<h1>Show Recertification Application</h1><ol><li><span>Recertification Cycle</span><div>Apr 1, 2024 – Mar 31, 2026</div></li>' +
          '<li><span>Courses</span><div><table><thead><tr><th>Title</th><th>Date Completed</th><th>Hours</th><th>Applied To</th><th>Approval Number</th></tr></thead><tbody>' +
          `<tr><td>Asthma Update</td><td>${first}</td><td>2.0</td><td>National – Airway, Respiration &amp; Ventilation</td><td>25-RESP-F3-0211</td></tr>` +
          `<tr><td>Cardiac Arrest Review</td><td>${second}</td><td>1.5</td><td>Local</td><td>none</td></tr>` +
          '</tbody></table></div></li></ol>',
        'Recertification Application',
      ),
    );
    expect(rows(snap)).toEqual([
      ['Asthma Update', '2025-02-11', 2, 'national', 'airway', '25-RESP-F3-0211'],
      ['Cardiac Arrest Review', '2025-06-05', 1.5, 'local', null, null],
    ]);
  });
});

describe('the component or topic a list is under, told by its section names', () => {
  const table = (...titles: string[]) =>
    '<table><thead><tr><th>Course</th><th>Completed</th><th>Credits</th></tr></thead><tbody>' +
    titles.map((title, i) => `<tr><td>${title}</td><td>0${i + 1}/12/2026</td><td>2.00</td></tr>`).join('') +
    '</tbody></table>';
  const assigned = (snap: ReturnType<typeof readHtml>) => snap.courses?.map((c) => [c.title, c.component, c.topic]);

  it.each([
    ['below its table', (caption: string, list: string) => `<figure>${list}<figcaption>${caption}</figcaption></figure>`],
    ['above its table', (caption: string, list: string) => `<figure><figcaption>${caption}</figcaption>${list}</figure>`],
  ])("a figure's caption names its table, %s", (_, figure) => {
    const snap = readHtml(
      page(
        '<h1>Manage Education</h1>' +
          figure('National Component — Trauma — 2 of 4 credits', table('Burns Update')) +
          '<h2>State/Local Component</h2><p>No courses assigned yet.</p>' +
          figure('Individual Component — 2 of 12.5 credits', table('Wilderness Refresher')),
      ),
    );
    expect(assigned(snap)).toEqual([
      ['Burns Update', 'national', 'trauma'],
      ['Wilderness Refresher', 'individual', null],
    ]);
  });

  it.each([
    ['a progress figure before the name', '10.75 of 25 hrs National Component', '3 / 5 hrs Trauma', '7 of 12.5 hrs State/Local Component'],
    ["an info icon's letter after the name", 'National Component', 'Trauma i 3 / 5', 'State/Local info'],
  ])('%s', (_, component, topic, local) => {
    const snap = readHtml(page(`<h1>Manage Education</h1><h2>${component}</h2><h3>${topic}</h3>${table('Burns Update')}<h2>${local}</h2>${table('Protocol Update')}`));
    expect(assigned(snap)).toEqual([
      ['Burns Update', 'national', 'trauma'],
      ['Protocol Update', 'local', null],
    ]);
  });

  it.each([
    ['10.75 of 25 hrs National Component', { component: 'national', topic: null }],
    ['1 course Unassigned Courses', 'unassigned'],
    ['Airway/Respiration/Ventilation i 3.75 / 6', { component: 'national', topic: 'airway' }],
    ['Cardiology help_outline', { component: 'national', topic: 'cardiovascular' }],
    // A lower-case word that is part of the name stays.
    // A card's headline and subhead side by side: the component, then its topic.
    ['National Component Airway, Respiration & Ventilation', { component: 'national', topic: 'airway' }],
    ['Component: Not assigned (Count: 1)', 'unassigned'],
    ['Not assigned', 'unassigned'],
    ['Not yet assigned expand_more', 'unassigned'],
    // One "not assigned" vocabulary for headings and a course's own cell (record-courses.ts).
    ['Awaiting Assignment', 'unassigned'],
    ['Awaiting assignment (2)', 'unassigned'],
    ['Unassigned', 'unassigned'],
  ])('%j names %j', (text, named) => {
    expect(headingAssignment(text)).toEqual(named);
  });

  it("a card per topic, its title a headline (the component) and a subhead (the topic)", () => {
    const item = (title: string, date: string, hours: string) => `<li><div><h3>${title}</h3><p>${date} · 26-AIRW-F3-0001</p></div><span>${hours}</span></li>`;
    const card = (headline: string, subhead: string, ...items: string[]) =>
      `<section><div><span>${headline}</span><span>${subhead}</span></div><ul>${items.join('')}</ul></section>`;
    const snap = readHtml(
      page(
        '<h1>Manage Education</h1>' +
          card('National Component', 'Airway, Respiration &amp; Ventilation', item('Capnography Review', '11/15/2025', '1:30'), item('Supraglottic Airways', '02/03/2026', '1:30')) +
          card('National Component', 'Trauma', item('Burns Update', '09/20/2025', '2:00'), item('Spinal Care', '09/21/2025', '1:00')),
      ),
    );
    expect(assigned(snap)).toEqual([
      ['Capnography Review', 'national', 'airway'],
      ['Supraglottic Airways', 'national', 'airway'],
      ['Burns Update', 'national', 'trauma'],
      ['Spinal Care', 'national', 'trauma'],
    ]);
  });

  it("a closed disclosure's list is not shown (its summary is)", () => {
    const snap = readHtml(
      page(
        `<h1>Manage Education</h1><details open><summary>Unassigned courses (1)</summary>${table('Burns Update')}</details>` +
          `<details><summary>Removed from this cycle (1)</summary>${table('Hazmat Operations')}</details>`,
      ),
    );
    expect(assigned(snap)).toEqual([['Burns Update', null, null]]);
  });
});

describe("a report's own lines inside its table are no course", () => {
  const report = (footer: string) =>
    page(
      '<h1>Manage Education</h1><table><tr><th>Course</th><th>Completed</th><th>Credits</th><th>Component</th></tr>' +
        '<tr><td>Burns Update</td><td>Dec 7, 2025</td><td>2</td><td>National</td></tr>' +
        '<tr><td>Ice Rescue Awareness</td><td>Dec 7, 2024</td><td>TBD</td><td>State/Local</td></tr>' +
        `<tr><td>Total credits:</td><td></td><td>2</td><td></td></tr>${footer}</table>`,
    );
  it.each([
    ['a footer with its generation date and page count', '<tr><td>Generated 11/30/26 9:12 AM</td><td></td><td></td><td>Page 1 of 1</td></tr>'],
    ['the page count alone', '<tr><td></td><td></td><td></td><td>Page 1 of 3</td></tr>'],
  ])('%s', (_, footer) => {
    const snap = readHtml(report(footer));
    expect(snap.courses?.map((c) => c.title)).toEqual(['Burns Update']);
    expect(snap.unread?.map((u) => u.text)).toEqual([expect.stringContaining('Ice Rescue Awareness')]);
  });
});

describe('a saved page whose template tags sit inside table rows (Wicket dev mode, other server templates)', () => {
  // The browser ignores an end tag that would close an element outside the table part it stands in.
  const panel = (name: string) =>
    page(
      `<div><${name}><h3>National Component</h3><h4>Trauma</h4><table><thead>` +
        '<tr><td colspan="3">Showing 1 to 2 of 2</td></tr>' +
        `<tr><${name}><th>Course</th><th>Completed</th><th>Hours</th></${name}></tr></thead><tbody>` +
        '<tr><td>Burns Update</td><td>5/12/26</td><td>1.5</td></tr><tr><td>Spinal Care</td><td>6/3/26</td><td>1.0</td></tr>' +
        `</tbody></table></${name}></div>`,
    );
  it.each([['wicket:panel'], ['ui:fragment'], ['my-panel']])('<%s>', (name) => {
    const snap = readHtml(panel(name));
    expect(snap.courses?.map((c) => [c.title, c.completedOn, c.hours, c.component, c.topic])).toEqual([
      ['Burns Update', '2026-05-12', 1.5, 'national', 'trauma'],
      ['Spinal Care', '2026-06-03', 1, 'national', 'trauma'],
    ]);
  });
});
