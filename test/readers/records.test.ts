// Records by repetition and fields by their values: layouts no fixture had, one small page each.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const page = (body: string, title = 'Manage Education'): string =>
  `<!DOCTYPE html><html><head><title>${title}</title></head><body><h1>${title}</h1>${body}</body></html>`;

describe('course records found by what they hold, whatever the tags', () => {
  it('cards whose title is plain text (not bold, not a heading)', () => {
    const card = (title: string, day: number) =>
      `<div class="c"><div>${title}</div><div>Completed ${day < 10 ? '0' : ''}${day}/03/2025</div><div>2.00 hours</div><div>CAPCE 25-ABC-F3-00${10 + day}</div></div>`;
    const titles = Array.from({ length: 12 }, (_, i) => `Course number ${i + 1} refresher`);
    const snap = readHtml(page(`<p>All sections must be complete to recertify.</p><div>${titles.map((t, i) => card(t, i + 1)).join('')}</div>`));
    expect(snap.courses?.map((c) => c.title)).toEqual(titles);
    expect(snap.courses?.[0]).toMatchObject({ completedOn: '2025-01-03', hours: 2, approvalNumber: '25-ABC-F3-0011' });
  });

  it('component and topic shown as chips inside each row (no Component column)', () => {
    const row = (title: string, chips: string) =>
      `<tr><td>${title}</td><td>01/14/2026</td><td>2</td><td>${chips}</td></tr>`;
    const snap = readHtml(
      page(
        `<table><thead><tr><th>Course</th><th>Completed</th><th>Credits</th><th></th></tr></thead><tbody>${[
          row('Airway Update', '<span class="chip">National</span><span class="chip">Airway, Respiration &amp; Ventilation</span>'),
          row('Protocol Review', '<span class="chip">State/Local</span>'),
          row('Geriatrics', '<span class="chip">Individual</span>'),
        ].join('')}</tbody></table>`,
      ),
    );
    expect(snap.courses?.map((c) => [c.component, c.topic])).toEqual([
      ['national', 'airway'],
      ['local', null],
      ['individual', null],
    ]);
  });

  it('<li><strong>Title</strong><br><small>Completed … | 2.00 hours | CAPCE …</small> under component headings', () => {
    const li = (title: string, date: string, hours: string, approval: string) =>
      `<li><strong>${title}</strong><br><small>Completed ${date} | ${hours} | CAPCE ${approval}</small></li>`;
    const snap = readHtml(
      page(
        `<h2>National Component</h2><h3>Trauma</h3><ul>${li('Bleeding Control', '06/03/2025', '2.00 hours', '25-ABC-F3-0001')}${li('Burns', '07/03/2025', '1.0 CEH', '25-ABC-F3-0002')}</ul>` +
          `<h2>Local Component</h2><ul>${li('Protocols 2025', '08/03/2025', '1.5 hrs', '25-ABC-F1-0003')}</ul>`,
      ),
    );
    expect(snap.courses).toEqual([
      { title: 'Bleeding Control', completedOn: '2025-06-03', hours: 2, component: 'national', topic: 'trauma', approvalNumber: '25-ABC-F3-0001' },
      { title: 'Burns', completedOn: '2025-07-03', hours: 1, component: 'national', topic: 'trauma', approvalNumber: '25-ABC-F3-0002' },
      { title: 'Protocols 2025', completedOn: '2025-08-03', hours: 1.5, component: 'local', topic: null, approvalNumber: '25-ABC-F1-0003' },
    ]);
  });

  it.each([
    ['1.0 CEH', 1],
    ['0.75 CEU', 0.75],
    ['2 credit hours', 2],
    ['1.25 hrs', 1.25],
    ['3 credits', 3],
  ])('hours written %j', (hours, expected) => {
    const row = (title: string) => `<tr><td>${title}</td><td>02/02/2026</td><td>${hours}</td><td>25-ABC-F3-0102</td></tr>`;
    const snap = readHtml(page(`<table><tr><th>Course Title</th><th>Comp. Date</th><th>CE</th><th>Appr. #</th></tr>${row('A course')}${row('B course')}</table>`));
    expect(snap.courses?.map((c) => c.hours)).toEqual([expected, expected]);
    expect(snap.unread ?? []).toEqual([]);
  });

  it('a list rendered inside an open (declarative) shadow root', () => {
    const snap = readHtml(
      page(
        `<edu-list><template shadowrootmode="open"><h2>National – Medical</h2><div role="list">` +
          `<div role="listitem"><span>Stroke Update</span><span>03/05/2026</span><span>1.5 hrs</span></div>` +
          `<div role="listitem"><span>Sepsis</span><span>03/06/2026</span><span>2 hrs</span></div></div></template></edu-list>`,
      ),
    );
    expect(snap.unreadReason).toBeUndefined();
    expect(snap.courses?.map((c) => [c.title, c.component, c.topic])).toEqual([
      ['Stroke Update', 'national', 'medical'],
      ['Sepsis', 'national', 'medical'],
    ]);
  });

  it('a header table apart from its body table', () => {
    const snap = readHtml(
      page(
        `<table><tr><th>Title</th><th>Date Added</th><th>Date Completed</th><th>Hours</th></tr></table>` +
          `<table><tr><td>Airway</td><td>01/01/2026</td><td>01/05/2026</td><td>2</td></tr><tr><td>Cardio</td><td>01/02/2026</td><td>01/06/2026</td><td>1</td></tr></table>`,
      ),
    );
    expect(snap.courses?.map((c) => [c.title, c.completedOn, c.hours])).toEqual([
      ['Airway', '2026-01-05', 2],
      ['Cardio', '2026-01-06', 1],
    ]);
  });

  it('a row of column titles drawn with custom elements (no table, no roles) is no unread course', () => {
    const row = (cells: string[], tag = 'x-td') => `<x-trow>${cells.map((cell) => `<${tag}>${cell}</${tag}>`).join('')}</x-trow>`;
    const snap = readHtml(
      page(
        `<x-table>${row(['Course', 'Completed', 'CEH', 'Approval #'], 'x-th')}${row(['Airway Update', 'Monday, February 2, 2026', '2.0 CEH', '26-RESP-F3-0020'])}` +
          `${row(['Trauma Review', 'Friday, March 14, 2025', '3.0 CEH', '25-0611-T1'])}</x-table>`,
      ),
    );
    expect(snap.courses?.map((c) => [c.title, c.hours])).toEqual([
      ['Airway Update', 2],
      ['Trauma Review', 3],
    ]);
    expect(snap.unread ?? []).toEqual([]);
  });

  it('hidden rows are not read', () => {
    const snap = readHtml(
      page(
        `<table><tr><th>Title</th><th>Date</th><th>Hours</th></tr><tr><td>Shown</td><td>01/05/2026</td><td>2</td></tr>` +
          `<tr style="display: none"><td>Template row</td><td>01/01/2026</td><td>9</td></tr><tr hidden><td>Old</td><td>01/01/2026</td><td>9</td></tr></table>`,
      ),
    );
    expect(snap.courses?.map((c) => c.title)).toEqual(['Shown']);
  });
});

describe('never zeros as truth', () => {
  it('a page of course-like records none of which can be read is "could not read"', () => {
    const snap = readHtml(
      page(`<div><div><span>Airway</span><span>soon</span><span>2 hrs</span></div><div><span>Cardio</span><span>later</span><span>1 hr</span></div></div><p>Total: 3 hours</p>`),
    );
    expect(snap.courses ?? []).toEqual([]);
    expect(snap.unreadReason).toMatch(/could not read/i);
  });
});

describe("the page's own figures against what was read", () => {
  const rows = (hours: number[]) =>
    `<table><tr><th>Course</th><th>Date Completed</th><th>Hours</th></tr>${hours
      .map((h, i) => `<tr><td>Course ${i + 1}</td><td>01/0${i + 1}/2026</td><td>${h}</td></tr>`)
      .join('')}</table>`;

  it('a section total that disagrees with the courses read is kept beside it', () => {
    const snap = readHtml(page(`<h2>National Component</h2><p>23.5 / 25 credits</p>${rows([10, 11.5])}<h2>Local Component</h2><p>2 / 12.5 credits</p>${rows([2])}`));
    expect(snap.pageFigures).toEqual([{ component: 'national', topic: null, shown: 23.5, read: 21.5 }]);
  });

  it('a progress bar is a figure too', () => {
    const snap = readHtml(page(`<h2>Local Component</h2><div role="progressbar" aria-valuenow="4" aria-valuemax="12.5"></div>${rows([2])}`));
    expect(snap.pageFigures).toEqual([{ component: 'local', topic: null, shown: 4, read: 2 }]);
  });

  it('figures that agree (or are capped at the requirement) say nothing', () => {
    const snap = readHtml(page(`<h2>Local Component</h2><p>12.5 / 12.5 credits</p>${rows([10, 4])}`));
    expect(snap.pageFigures).toBeUndefined();
  });

  it('a figure that counts a listed repeat once agrees (NREMT does not credit duplicate hours)', () => {
    const same = `<tr><td>Stroke Triage</td><td>11/05/2025</td><td>2.00</td></tr>`;
    const table = `<table><tr><th>Course</th><th>Date Completed</th><th>Hours</th></tr><tr><td>Sepsis</td><td>05/14/2025</td><td>3.00</td></tr>${same}${same}</table>`;
    expect(readHtml(page(`<h2>National Component</h2><p>5 / 25 credits</p>${table}`)).pageFigures).toBeUndefined();
    expect(readHtml(page(`<h2>National Component</h2><p>7 / 25 credits</p>${table}`)).pageFigures).toBeUndefined();
    expect(readHtml(page(`<h2>National Component</h2><p>4 / 25 credits</p>${table}`)).pageFigures).toEqual([
      { component: 'national', topic: null, shown: 4, read: 7 },
    ]);
  });

  it('hours shown but no course read is "could not read", not zero', () => {
    const snap = readHtml(page(`<h2>National Component</h2><p>12 / 25 credits</p><table><tr><th>Course</th><th>Date Completed</th><th>Hours</th></tr><tr><td>Airway</td><td>soon</td><td>2</td></tr></table>`));
    expect(snap.courses).toEqual([]);
    expect(snap.unreadReason).toMatch(/could not read/i);
  });
});
