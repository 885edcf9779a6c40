// Whole pages of courses that were read as none: a course list inside one window of a portal
// (portlets, widgets, panels, tabs) whose other windows carry headings of their own, and course
// records written as plain text lines (a text-only transcoding: fields on lines a <br> separates,
// or cut by "|", " - ", ","; component headings written as text). Each case is a minimal page of
// its family; a page that shows courses but yields none says it could not read them.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const page = (body: string, title: string): string =>
  `<!DOCTYPE html><html><head><title>${title}</title></head><body>${body}</body></html>`;

const certificationCard = '<h2>My Certification</h2><dl><dt>Registry Number</dt><dd>E1234567</dd><dt>Expiration Date</dt><dd>03/31/2027</dd></dl>';
const courseTable =
  '<table><thead><tr><th>Course</th><th>Completed</th><th>Hours</th><th>Approval #</th></tr></thead><tbody>' +
  '<tr><td>Airway Update</td><td>2026-01-09</td><td>2 hrs</td><td>26-ABCD-F3-0123</td></tr>' +
  '<tr><td>Trauma Review</td><td>2026-01-19</td><td>1.5 hrs</td><td>26-ABCD-F3-0124</td></tr></tbody></table>';
const courseCards =
  '<div><div><strong>Airway Update</strong><br>Completed 01/09/2026 · 2 hrs · CAPCE 26-ABCD-F3-0123</div>' +
  '<div><strong>Trauma Review</strong><br>Completed 01/19/2026 · 1.5 hrs · CAPCE 26-ABCD-F3-0124</div></div>';

const titles = (html: string): string[] => (readHtml(html).courses ?? []).map((course) => course.title);

describe('a course list inside one window of a portal is the education page', () => {
  it.each([
    ['portlets titled "Portal : Manage Education"', page(`<h1>NREMT Provider Portal</h1><div><div>${certificationCard}</div><div><h2>National Component — 3.5 of 30 hrs</h2>${courseTable}</div></div>`, 'NREMT Provider Portal : Manage Education')],
    ['widgets under a title naming the page', page(`<h1>NREMT</h1><section><h2>Certification</h2><p>Expires 03/31/2027</p></section><section><h2>Courses</h2>${courseCards}</section>`, 'Manage Education | NREMT')],
    ['tabs, the menu marking the transcript current', page(`<nav><a href="/d">Dashboard</a><a aria-current="page" href="/t">Transcript</a></nav>${certificationCard}<div role="tabpanel">${courseTable}</div>`, 'NREMT')],
  ])('%s', (_, html) => {
    const snap = readHtml(html);
    expect(snap.kind).toBe('nremt-education');
    expect(titles(html)).toEqual(['Airway Update', 'Trauma Review']);
  });

  it('a dashboard whose own heading names it stays a dashboard, its recent courses not read as the whole list', () => {
    const html = page(`<h1>Dashboard</h1>${certificationCard}<h2>Recent Courses</h2>${courseTable}`, 'Manage Education | NREMT');
    expect(readHtml(html).kind).toBe('nremt-dashboard');
  });

  it('a card heading naming the dashboard stays, when the title names no education page', () => {
    const html = page(`<h1>NREMT Provider Portal</h1>${certificationCard}<h2>Recent activity</h2>${courseTable}`, 'NREMT Provider Portal');
    expect(readHtml(html).kind).toBe('nremt-dashboard');
  });
});

const facts = '<p>Dana Okafor<br>Registry No: E1234567<br>Expiration Date: 03/31/2027</p>';

describe('course records written as plain text lines', () => {
  it.each([
    [
      'one block per course, a field per line, bare hours',
      `${facts}<p><b>Course Title</b><br><b>Date Completed</b><br><b>Hours</b><br><b>Approval Number</b></p>` +
        '<p>Airway Update<br>01/09/2026<br>2.00<br>26-ABCD-F3-0123</p><p>Trauma Review<br>01/19/2026<br>1.50<br>26-ABCD-F3-0124</p><p>Cardiac Care<br>02/02/2026<br>3<br>26-ABCD-F3-0125</p><p>[ Back to top ]</p>',
    ],
    ['one line per course, fields cut by "|"', '<p>Airway Update | 01/09/2026 | 2.00 | 26-ABCD-F3-0123<br>Trauma Review | 01/19/2026 | 1.50 | 26-ABCD-F3-0124<br>Cardiac Care | 02/02/2026 | 3 | 26-ABCD-F3-0125</p>'],
    ['one block per course, fields cut by " - "', '<div>Airway Update - 01/09/2026 - 2.00 - 26-ABCD-F3-0123</div><div>Trauma Review - 01/19/2026 - 1.50 - 26-ABCD-F3-0124</div><div>Cardiac Care - 02/02/2026 - 3 - 26-ABCD-F3-0125</div>'],
    ['one block per course, fields cut by ","', '<p>Airway Update, 01/09/2026, 2.00, 26-ABCD-F3-0123</p><p>Trauma Review, 01/19/2026, 1.50, 26-ABCD-F3-0124</p><p>Cardiac Care, 02/02/2026, 3, 26-ABCD-F3-0125</p>'],
  ])('%s', (_, body) => {
    const snap = readHtml(page(`<p><b>Transcript</b></p>${body}`, 'Text only: Transcript | NREMT'));
    expect(snap.kind).toBe('nremt-education');
    expect(snap.courses?.map((course) => [course.title, course.completedOn, course.hours, course.approvalNumber])).toEqual([
      ['Airway Update', '2026-01-09', 2, '26-ABCD-F3-0123'],
      ['Trauma Review', '2026-01-19', 1.5, '26-ABCD-F3-0124'],
      ['Cardiac Care', '2026-02-02', 3, '26-ABCD-F3-0125'],
    ]);
    expect(snap.unreadReason).toBeUndefined();
  });

  it('the page text around a text-only list is no unread course, and its facts are read from text lines', () => {
    const snap = readHtml(
      page(
        `<p>[ Skip links ] [ Larger text ]</p><p>Dashboard | Transcript | Log out</p><p><b>Transcript</b></p>${facts}` +
          '<p><b>Course Title</b><br><b>Date Completed</b><br><b>Hours</b></p><p>Airway Update<br>01/09/2026<br>2.00</p><p>Geriatric Falls<br>01/12/2026<br>TBD</p><p>Trauma Review<br>01/19/2026<br>1.50</p><p>Text-only pages. [ Leave text-only ]</p>',
        'Text only: Transcript | NREMT',
      ),
    );
    expect(snap.courses?.map((course) => course.title)).toEqual(['Airway Update', 'Trauma Review']);
    expect(snap.unread?.map((row) => row.text)).toEqual([expect.stringContaining('Geriatric Falls')]);
    expect(snap.person?.registryNumber).toBe('E1234567');
    expect(snap.certification?.expiresOn).toBe('2027-03-31');
  });

  it.each([
    ['headings as text lines in one block', '<p>NATIONAL COMPONENT<br>Airway Update | 01/09/2026 | 2.00 | 26-ABCD-F3-0123<br>Trauma Review | 01/19/2026 | 1.50 | 26-ABCD-F3-0124<br>=== Local ===<br>Cardiac Care | 02/02/2026 | 3 | 26-ABCD-F3-0125</p>'],
    ['headings as their own blocks', '<p>NATIONAL COMPONENT</p><p>Airway Update<br>01/09/2026<br>2.00<br>26-ABCD-F3-0123</p><p>Trauma Review<br>01/19/2026<br>1.50<br>26-ABCD-F3-0124</p><p>=== Local ===</p><p>Cardiac Care<br>02/02/2026<br>3<br>26-ABCD-F3-0125</p>'],
  ])('component %s', (_, body) => {
    const snap = readHtml(page(body, 'Text only: Manage Education'));
    expect(snap.courses?.map((course) => [course.title, course.component])).toEqual([
      ['Airway Update', 'national'],
      ['Trauma Review', 'national'],
      ['Cardiac Care', 'local'],
    ]);
  });

  it('a text-only list whose lines cannot be read says so, never that nothing is done', () => {
    const snap = readHtml(page('<p>Airway Update\t01/09/2026\tpending<br>Trauma Review\t01/19/2026\tpending</p>', 'Text only: Transcript'));
    expect(snap.courses ?? []).toEqual([]);
    expect(snap.unreadReason).toMatch(/could not read/i);
  });
});
