// Component kits that render on the server write their shadow trees into the page as
// `<template shadowrootmode="open">` (older kits: `shadowroot="open"`). A browser attaches them
// as the page loads, so the content script walks attached shadow roots; a saved page parsed by
// `recert` (happy-dom) keeps them as templates. Both are the same page to a person and must read
// alike: a table whose parts are hosts each with its own tree and slotted cells, cells reordered
// by named slots, lists whose items live only in nested trees, built-in elements as hosts.
import { describe, expect, it } from 'vitest';
import { parseHtml, readHtml } from './load';
import { readPage } from '../../lib/readers/index';
import type { PageSnapshot } from '../../lib/model';
import { hoursWithUnit } from '../../lib/readers/values';

const COURSES = [
  ['Airway Management Update', 'Jan 14, 2026', '2.00', '26-AIRW-F1-0101'],
  ['Trauma Triage Review', 'Feb 10, 2026', '1.50', '26-TRAU-F2-0202'],
  ['Pediatric Assessment Lab', 'Mar 5, 2026', '3.00', '26-PEDS-F3-0303'],
] as const;
const EXPECTED = [
  ['Airway Management Update', '2026-01-14', 2, '26-AIRW-F1-0101'],
  ['Trauma Triage Review', '2026-02-10', 1.5, '26-TRAU-F2-0202'],
  ['Pediatric Assessment Lab', '2026-03-05', 3, '26-PEDS-F3-0303'],
];

const tree = (inner: string, attr = 'shadowrootmode') => `<template ${attr}="open"><style>:host{display:block}</style>${inner}</template>`;
const page = (body: string): string =>
  `<!DOCTYPE html><html><head><title>Manage Education</title></head><body><h1>Manage Education</h1>` +
  `<p>Dana M. Okafor · Registry P3318204 · Paramedic</p>${body}</body></html>`;

// Table parts as hosts (a table, its head and body, rows, cells), each with a tree of its own
// that only slots its children in; credits written "2.00 cr".
function tableOfHosts(attr = 'shadowrootmode'): string {
  const slot = tree('<slot></slot>', attr);
  const cell = (text: string) => `<k-cell role="cell">${slot}${text}</k-cell>`;
  const rows = COURSES.map((c) => `<k-row role="row">${slot}${cell(c[0])}${cell(c[1])}${cell(`${c[2]} cr`)}${cell(`CAPCE ${c[3]}`)}</k-row>`).join('\n');
  const head = ['Course title', 'Completed', 'Credits', 'Approval no.'].map((h) => `<k-head-cell role="columnheader">${slot}${h}</k-head-cell>`).join('');
  return page(
    `<k-table>${tree('<div class="scroll"><div role="table" aria-label="Courses"><slot></slot></div></div>', attr)}` +
      `<k-head role="rowgroup">${slot}<k-head-row role="row">${slot}${head}</k-head-row></k-head>` +
      `<k-body role="rowgroup">${slot}<template id="row-tpl"><k-row role="row"><k-cell>{{title}}</k-cell><k-cell>{{date}}</k-cell></k-row></template>${rows}</k-body></k-table>`,
  );
}

// Named slots put the light children in the tree's order (title, then date, then credits), and
// the tree adds its own captions around them.
function namedSlots(): string {
  const row = (c: readonly string[]) =>
    `<course-row>${tree('<div class="t"><slot name="title"></slot></div><div><span>Completed</span> <slot name="date"></slot></div><div><span>Credits</span> <slot name="credits"></slot></div><div><slot name="approval"></slot></div>')}` +
    `<span slot="credits">${c[2]}</span><span slot="approval">${c[3]}</span><span slot="date">${c[1]}</span><strong slot="title">${c[0]}</strong></course-row>`;
  return page(`<course-list>${tree('<section><h2>Your courses</h2><slot></slot></section>')}${COURSES.map(row).join('')}</course-list>`);
}

// A list drawn entirely inside nested trees: the list's tree holds the items, each item's own
// tree holds its words; nothing is slotted.
function nestedTreesOnly(attr = 'shadowrootmode'): string {
  const item = (c: readonly string[]) => `<course-item>${tree(`<h3>${c[0]}</h3><p>Completed ${c[1]} · ${c[2]} hours · CAPCE ${c[3]}</p>`, attr)}</course-item>`;
  return page(`<app-shell>${tree(`<main><course-list>${tree(`<ul>${COURSES.map((c) => `<li>${item(c)}</li>`).join('')}</ul>`, attr)}</course-list></main>`, attr)}</app-shell>`);
}

// Built-in elements may be hosts too (a <section>, a <div>, an <article>).
function builtInHosts(): string {
  const card = (c: readonly string[]) => `<article>${tree('<div class="card"><slot name="title"></slot><dl><slot></slot></dl></div>')}<h3 slot="title">${c[0]}</h3><dt>Completed</dt><dd>${c[1]}</dd><dt>Hours</dt><dd>${c[2]}</dd><dt>Approval #</dt><dd>${c[3]}</dd></article>`;
  return page(`<section>${tree('<div class="list"><slot></slot></div>')}${COURSES.map(card).join('')}</section>`);
}

/** The page as a browser has it: every declarative tree attached to its host, its template gone. */
function readLive(html: string): PageSnapshot {
  const { document, close } = parseHtml(html);
  const attach = (root: ParentNode): void => {
    for (const template of Array.from(root.querySelectorAll('template'))) {
      const mode = template.getAttribute('shadowrootmode') ?? template.getAttribute('shadowroot');
      const host = template.parentElement;
      if (mode !== 'open' || !host || host.shadowRoot || !template.parentNode || template.parentNode !== host) continue;
      const shadow = host.attachShadow({ mode: 'open' });
      shadow.appendChild((template as HTMLTemplateElement).content.cloneNode(true));
      template.remove();
      attach(shadow);
    }
  };
  attach(document);
  try {
    return readPage(document, null);
  } finally {
    close();
  }
}

const coursesOf = (snapshot: PageSnapshot) => (snapshot.courses ?? []).map((c) => [c.title, c.completedOn, c.hours, c.approvalNumber]);

describe('declarative shadow roots: saved as templates, or attached by the browser', () => {
  it.each([
    ['table parts as hosts, cells slotted, "2.00 cr"', tableOfHosts()],
    ['named slots reorder the light children', namedSlots()],
    ['items only inside nested trees', nestedTreesOnly()],
    ['built-in elements as hosts', builtInHosts()],
    ['the older shadowroot="open" attribute, slotted', tableOfHosts('shadowroot')],
    ['the older shadowroot="open" attribute, nested trees', nestedTreesOnly('shadowroot')],
  ])('%s: every course, saved and live', (_name, html) => {
    for (const snapshot of [readHtml(html), readLive(html)]) {
      expect(snapshot.kind).toBe('nremt-education');
      expect(coursesOf(snapshot)).toEqual(EXPECTED);
      expect(snapshot.unread ?? []).toEqual([]);
    }
  });
});

describe('credits abbreviated "cr" (a kit\'s compact cell)', () => {
  it.each([
    ['0.75 cr', 0.75],
    ['2.00 cr.', 2],
    ['Credits 1.5 cr', 1.5],
  ])('%j is an hours figure', (text, hours) => {
    expect(hoursWithUnit(text)?.hours).toBe(hours);
  });

  it.each(['CR-2201', 'Room 3CR2', '25-CRSB-F3-0520'])('%j is none', (text) => {
    expect(hoursWithUnit(text)).toBeNull();
  });
});
