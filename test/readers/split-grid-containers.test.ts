// A course grid drawn as two or more containers side by side: a frozen (pinned) part holding the
// title column, a scrolling part holding the completion date, the hours, the component, the topic
// and the approval number (perhaps a part pinned right holding the last columns), each with as many
// repeated rows in the same order. Each part's n-th row is one record's: the rows are joined by
// position, whatever the tags (tables or boxes).
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

// [title, date completed, credits, component, topic, approval number]
const COURSES = [
  ['Trauma Assessment Refresher', '05/14/2026', '2.00', 'National', 'Trauma', '26-EMSX-F3-0655'],
  ['Respiratory Distress in Children', '06/02/2026', '1.50', 'National', 'Airway, Respiration & Ventilation', '26-RSQD-F5-0412'],
  ['Regional Spinal Protocol Update', '08/30/2026', '2.00', 'State/Local', '', 'OEMS 26-0540-T3'],
  ['Ice Rescue Operations', '10/10/2026', '4.00', 'Individual', '', ''],
] as const;
const EXPECTED = [
  ['Trauma Assessment Refresher', '2026-05-14', 2, 'national', 'trauma', '26-EMSX-F3-0655'],
  ['Respiratory Distress in Children', '2026-06-02', 1.5, 'national', 'airway', '26-RSQD-F5-0412'],
  ['Regional Spinal Protocol Update', '2026-08-30', 2, 'local', null, '26-0540-T3'],
  ['Ice Rescue Operations', '2026-10-10', 4, 'individual', null, null],
];
const esc = (text: string): string => text.replaceAll('&', '&amp;');

const page = (body: string, title = 'Manage Education'): string =>
  `<!DOCTYPE html><html><head><title>${title}</title></head><body><h1>${title}</h1>${body}</body></html>`;

function read(html: string) {
  const snapshot = readHtml(html);
  return {
    kind: snapshot.kind,
    courses: (snapshot.courses ?? []).map((c) => [c.title, c.completedOn, c.hours, c.component ?? null, c.topic ?? null, c.approvalNumber ?? null]),
  };
}

const box = (texts: readonly string[], style = ''): string => `<div class="row"${style}>${texts.map((text) => `<div class="cell">${esc(text)}</div>`).join('')}</div>`;

/** One part of the grid: its column titles, then its body of rows a few wrappers down. */
function part(name: string, head: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  return (
    `<div class="part-${name}"><div class="head">${box(head)}</div>` +
    `<div class="body"><div class="body-inner"><div class="rows">${rows.map((r) => box(r, ' style="height: 33px;"')).join('')}</div></div></div></div>`
  );
}

// A frozen title part and a scrolling part of the other fields.
const twoParts = (counter: boolean): string =>
  `<div class="grid" role="grid">` +
  part('left', counter ? ['', 'Course'] : ['Course'], COURSES.map((c, i) => (counter ? [String(i + 1), c[0]] : [c[0]]))) +
  part('right', ['Completed', 'Hours', 'Component', 'Topic', 'Approval #'], COURSES.map((c) => c.slice(1))) +
  `</div>`;

// Pinned left (title), scrolling centre (date, hours, component, topic), pinned right (approval number).
const threeParts = (): string =>
  `<div class="grid" role="grid">` +
  part('left', ['Course'], COURSES.map((c) => [c[0]])) +
  part('center', ['Completed', 'Hours', 'Component', 'Topic'], COURSES.map((c) => c.slice(1, 5))) +
  part('right', ['Approval #'], COURSES.map((c) => [c[5]])) +
  `</div>`;

// Two tables side by side: the locked table of titles and the scrolling table of the rest.
const table = (head: readonly string[], rows: ReadonlyArray<readonly string[]>): string =>
  `<table><thead><tr>${head.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((t) => `<td>${esc(t)}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
const twoTables = (): string =>
  `<div class="grid"><div class="locked">${table(['Course'], COURSES.map((c) => [c[0]]))}</div>` +
  `<div class="scrolling">${table(['Completed', 'Hours', 'Component', 'Topic', 'Approval #'], COURSES.map((c) => c.slice(1)))}</div></div>`;

describe('a grid drawn as containers side by side, rows joined by position', () => {
  it.each([
    ['two parts, the title part frozen', twoParts(false)],
    ['two parts, a row counter beside the frozen title', twoParts(true)],
    ['three parts: pinned left, scrolling centre, pinned right', threeParts()],
    ['two tables side by side: locked titles and scrolling fields', twoTables()],
  ])('%s', (_name, body) => {
    const got = read(page(body));
    expect(got.kind).toBe('nremt-education');
    expect(got.courses).toEqual(EXPECTED);
  });
});
