// A course list pasted into a paste or code viewer (Pastebin, a gist, dpaste) sits under the
// viewer's meta line: the author's handle, the day it was pasted, its views, its syntax and size
// ("kmarchetti_emt · Dec 1st, 2026 · 7"). Read as the first course it shifts every course after it.
// And a footnote's mark after a title ("ACLS Update ¹", "CPAP in the Field *", "[1]") is no part of
// the course's name. domain.md: Manage Education lists title, date completed, hours, approval number.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const page = (title: string, body: string): string => `<!DOCTYPE html><html><head><title>${title}</title></head><body>${body}</body></html>`;
const titles = (html: string): string[] => (readHtml(html).courses ?? []).map((course) => course.title);

type Row = readonly [title: string, date: string, hours: string, approval: string];
const ROWS: Row[] = [
  ['Airway Adjuncts Review', '05/14/2026', '2.00', '26-EMSX-F3-0412'],
  ['CPAP in the Field', '06/02/2026', '1.50', '26-0412-T'],
  ['STEMI Recognition', '07/09/2026', '2.00', '26-TLCE-F3-1187'],
  ['Diabetic Emergencies', '08/20/2026', '1.25', '26-EMSX-F3-0630'],
];
const TITLES = ROWS.map(([title]) => title);
const HEAD = 'NREMT - Manage Education\nSam Ortiz | Registry #: E5512034\n\n=== NATIONAL COMPONENT ===  (7.75 of 20.00 hours)\n\n-- Airway, Respiration & Ventilation --  3.50 / 4.00';

/** The pasted text's lines, each course's title marked by `mark`. */
const pasted = (mark: (title: string, at: number) => string = (title) => title): string[] => [
  ...HEAD.split('\n'),
  ...ROWS.flatMap(([title, date, hours, approval], at) => [
    ...(at === 2 ? ['', '-- Cardiology --  2.00 / 5.00'] : []),
    `  ${mark(title, at).padEnd(32)} ${date}   ${hours} hrs   CAPCE ${approval}`,
  ]),
];

/** Pastebin's view: the title as a heading, then handle, date, views and expiry, then the lines as an ordered list. */
const pastebin = (lines: string[]): string =>
  `<h1>nremt manage ed copy</h1><div><div><a href="/u/x">kmarchetti_emt</a></div><div><span>Dec 1st, 2026</span></div><div>7</div><div>Never</div></div>` +
  `<div><a>text</a> 1.87 KB | <a>None</a></div><ol>${lines.map((line) => `<li><div>${line.replace(/&/g, '&amp;')}</div></li>`).join('')}</ol>`;
/** A gist-like view: the author and the day on one line over the file, its lines in a <pre>. */
const gist = (lines: string[]): string =>
  `<h1>ce-list.txt</h1><div><span>kmarchetti_emt</span> <span>Dec 1, 2026</span> <span>7</span></div><pre>${lines.join('\n')}</pre>`;
/** A dpaste-like view: the meta line under the heading, then a table of numbered lines. */
const numbered = (lines: string[]): string =>
  `<h2>Paste 8f3k</h2><p>k_marchetti · December 1, 2026 · 7</p><div>${lines.map((line) => `<div>${line}</div>`).join('')}</div>`;

const VIEWERS = [
  ['Pastebin (ordered list of lines)', pastebin],
  ['a gist (one <pre>)', gist],
  ['a numbered view (a block per line)', numbered],
] as const;

describe('a paste viewer\'s meta line above a pasted course list is no course', () => {
  it.each(VIEWERS)('%s', (_, view) => {
    expect(titles(page('nremt manage ed copy - Pastebin.com', view(pasted())))).toEqual(TITLES);
  });
});

describe('a footnote mark after a title is no part of it', () => {
  const MARKS: readonly (readonly [string, (title: string, at: number) => string])[] = [
    ['superscript figures', (title, at) => (at === 1 ? `${title} ¹` : at === 3 ? `${title}²` : title)],
    ['an asterisk and a dagger', (title, at) => (at === 1 ? `${title} *` : at === 2 ? `${title}†` : title)],
    ['a bracketed note number', (title, at) => (at === 0 ? `${title} [1]` : title)],
  ];
  for (const [viewName, view] of VIEWERS) {
    it.each(MARKS)(`${viewName}, %s`, (_, mark) => {
      expect(titles(page('nremt manage ed copy', view(pasted(mark))))).toEqual(TITLES);
    });
  }

  it('a title whose own words end in a number or brackets keeps them', () => {
    const named = ROWS.map((row, at): Row => (at === 0 ? ['ACLS Part 2', row[1], row[2], row[3]] : at === 1 ? ['Trauma (PHTLS)', row[1], row[2], row[3]] : row));
    const html = `<h2>Manage Education</h2><table><tr><th>Course</th><th>Completed</th><th>Hours</th><th>Approval #</th></tr>${named.map(([t, d, h, a]) => `<tr><td>${t}</td><td>${d}</td><td>${h}</td><td>${a}</td></tr>`).join('')}</table>`;
    expect(titles(page('Manage Education', html))).toEqual(['ACLS Part 2', 'Trauma (PHTLS)', ...TITLES.slice(2)]);
  });
});
