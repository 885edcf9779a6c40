// Whether a page showed the whole course list, and the role a page is seen under.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readListCoverage } from '../../lib/readers/coverage';
import { readRole } from '../../lib/readers/role';
import { parseHtml, readHtml } from './load';

const ROWS = (n: number) =>
  Array.from({ length: n }, (_, i) => `<tr><td>Course ${i + 1}</td><td>01/${String((i % 28) + 1).padStart(2, '0')}/2026</td><td>1</td><td>26-ABC-F3-${String(i + 1).padStart(4, '0')}</td></tr>`).join('');
const TABLE = (n: number, attrs = '') =>
  `<table ${attrs}><thead><tr><th>Course Title</th><th>Date Completed</th><th>Hours</th><th>Approval Number</th></tr></thead><tbody>${ROWS(n)}</tbody></table>`;
const LINKS = (n: number) => Array.from({ length: n }, (_, i) => `<a href="#L${i + 1}">${i + 1}</a>`).join('\n');
const PAGE = (body: string) => `<html><head><title>Transcript</title></head><body><h1>Transcript</h1>${body}</body></html>`;

function coverage(html: string, rows = 10) {
  const { document, close } = parseHtml(html);
  try {
    return readListCoverage(document.body, rows);
  } finally {
    close();
  }
}

describe('list coverage', () => {
  const partial: Array<[string, string, object]> = [
    ['"Showing 1–10 of 37"', PAGE(`${TABLE(10)}<p>Showing 1–10 of 37 courses</p>`), { shown: 10, total: 37, reason: 'pager' }],
    ['"Showing 1 - 10 of 18" (hyphen)', PAGE(`${TABLE(10)}<div>Showing 1 - 10 of 18</div>`), { shown: 10, total: 18, reason: 'pager' }],
    ['a Material paginator "11 – 20 of 37"', PAGE(`${TABLE(10)}<div role="group"><span>11 – 20 of 37</span></div>`), { shown: 10, total: 37, reason: 'pager' }],
    ['"Showing 10 of 37"', PAGE(`${TABLE(10)}<p>Showing 10 of 37</p>`), { shown: 10, total: 37, reason: 'pager' }],
    ['"Page 1 of 4"', PAGE(`${TABLE(10)}<p>Page 1 of 4</p>`), { reason: 'pager' }],
    ['a report export holding pages 1 and 3 of 3', PAGE(`${TABLE(10)}<p>Page 1 of 3</p><p>Page 3 of 3</p>`), { reason: 'pager' }],
    ['numbered page links', PAGE(`${TABLE(10)}<nav><a href="?p=1">1</a><a href="?p=2">2</a><a href="?p=3">3</a></nav>`), { reason: 'pager' }],
    ['twelve numbered page links and "Next"', PAGE(`${TABLE(10)}<nav>${LINKS(12)}<a href="?p=2">Next</a></nav>`), { reason: 'pager' }],
    ['an enabled "Next" button', PAGE(`${TABLE(10)}<button>Next</button>`), { reason: 'pager' }],
    ['"Load more"', PAGE(`${TABLE(10)}<button type="button">Load more</button>`), { reason: 'pager' }],
    ['a virtualised grid (aria-rowcount above the rows present)', PAGE(TABLE(10, 'aria-rowcount="38"')), { shown: 10, total: 37, reason: 'virtualised' }],
    ['"Loading…" in the table', PAGE(`${TABLE(0)}<p>Loading…</p>`), { reason: 'loading' }],
    ['aria-busy', PAGE(`<div aria-busy="true">${TABLE(3)}</div>`), { reason: 'loading' }],
    ['an indeterminate spinner', PAGE(`${TABLE(3)}<div role="progressbar" aria-label="Please wait"></div>`), { reason: 'loading' }],
    ['a collapsed section', PAGE(`<button aria-expanded="false">Local courses</button>${TABLE(3)}`), { reason: 'collapsed' }],
    ['a closed <details> section', PAGE(`${TABLE(3)}<details><summary>Individual</summary>${TABLE(2)}</details>`), { reason: 'collapsed' }],
    ['a search box with text', PAGE(`<input type="search" aria-label="Search courses" value="cardiac">${TABLE(3)}`), { reason: 'filter' }],
    ['a filter select not on "All"', PAGE(`<label>Filter by year <select><option>All</option><option selected>2025</option></select></label>${TABLE(3)}`), { reason: 'filter' }],
    ['"Filtered by: Trauma"', PAGE(`<p>Filtered by: Trauma</p>${TABLE(3)}`), { reason: 'filter' }],
  ];
  it.each(partial)('%s is partial', (_name, html, expected) => {
    expect(coverage(html)).toMatchObject({ complete: false, ...expected });
  });

  const whole: Array<[string, string]> = [
    ['a plain table', PAGE(TABLE(10))],
    ['"Showing 1–10 of 10"', PAGE(`${TABLE(10)}<p>Showing 1–10 of 10</p>`)],
    ['"Patient Loading and Transport" is a course, not a spinner', PAGE(`${TABLE(3)}<table><tr><td>Loading and Transport</td></tr></table><p>Patient Loading and Transport Techniques for Bariatric Patients</p>`)],
    ['a section progress bar with a value', PAGE(`<div role="progressbar" aria-valuenow="40" aria-valuemin="0" aria-valuemax="100"></div>${TABLE(3)}`)],
    ['a disabled "Next"', PAGE(`${TABLE(10)}<button disabled>Next</button>`)],
    ['a collapsed site menu', PAGE(`<button aria-expanded="false">Menu</button>${TABLE(3)}`)],
    ['an empty search box', PAGE(`<input type="search" aria-label="Search" value="">${TABLE(3)}`)],
    ['a hidden "Loading…"', PAGE(`${TABLE(3)}<p hidden>Loading…</p><p style="display: none">Loading...</p>`)],
    ['a grid whose aria-rowcount matches its rows', PAGE(TABLE(3, 'aria-rowcount="4"'))],
    // A list pasted into a code view: its line numbers are links (CodeRay, Pygments), "1" … "20".
    ['a code view\'s line numbers, each a link', PAGE(`<table><tr><td><pre>${LINKS(20)}</pre></td><td><pre>${Array.from({ length: 20 }, (_, i) => `01/0${(i % 9) + 1}/2026  Course ${i}  1.00 hours`).join('\n')}</pre></td></tr></table>`)],
    // A report exported whole (Crystal, Jasper, SSRS): each printed page keeps its footer.
    ['a report export showing every page\'s "Page k of M" footer', PAGE(`${TABLE(2)}<p>Page 1 of 2</p>${TABLE(1)}<p>Page 2 of 2</p>`)],
  ];
  it.each(whole)('%s is whole', (_name, html) => {
    expect(coverage(html, 3).complete).toBe(true);
  });

  it('reaches the snapshot only for a partial list (absent means whole)', () => {
    expect(readHtml(PAGE(`${TABLE(10)}<p>Showing 1–10 of 37 courses</p>`), 'https://www.nremt.org/transcript').listCoverage).toEqual({
      complete: false,
      shown: 10,
      total: 37,
      reason: 'pager',
    });
    expect(readHtml(PAGE(TABLE(10)), 'https://www.nremt.org/transcript').listCoverage).toBeUndefined();
  });

  it('no bundled fixture page is taken for a partial list', () => {
    for (const dir of ['pages', 'outsider', 'replica']) {
      const path = join(__dirname, '..', 'fixtures', dir);
      for (const name of readdirSync(path).filter((n) => n.endsWith('.html'))) {
        const snapshot = readHtml(readFileSync(join(path, name), 'utf8'), 'https://www.nremt.org/x');
        expect(snapshot.listCoverage, `${dir}/${name}`).toBeUndefined();
        expect(snapshot.role, `${dir}/${name}`).toBeUndefined();
      }
    }
  });
});

describe('role', () => {
  const role = (html: string) => {
    const { document, close } = parseHtml(html);
    try {
      return readRole(document.body);
    } finally {
      close();
    }
  };
  it('reads the role switcher’s chosen value', () => {
    expect(role('<div>Role: <select aria-label="Role"><option>My Certification</option><option selected>Training Officer</option></select></div>')).toBe('training-officer');
    expect(role('<div>Role: <select aria-label="Role"><option selected>My Certification</option><option>Training Officer</option></select></div>')).toBe('provider');
  });
  it('knows the Training Officer’s own views by their headings', () => {
    expect(role('<h2>PENDING ACTIONS &amp; REQUESTS</h2>')).toBe('training-officer');
    expect(role('<h1>Agency Roster</h1>')).toBe('training-officer');
  });
  it('a status that mentions the Training Officer is not a role', () => {
    expect(role('<h2>Recertification Application</h2><p>Status: Pending Training Officer Sign Off</p>')).toBeUndefined();
  });
  it('a Training Officer page reaches the snapshot', () => {
    const html = `<html><body><div>Role: <select aria-label="Role"><option>My Certification</option><option selected>Training Officer</option></select></div><h1>Manage Education</h1>${TABLE(2)}</body></html>`;
    expect(readHtml(html, 'https://www.nremt.org/manage-education').role).toBe('training-officer');
  });
});
