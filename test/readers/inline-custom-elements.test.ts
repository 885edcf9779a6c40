// A custom element inside a sentence (a kit's chip or badge, <x-chip>, <ui-badge>) is drawn inline,
// as the browser draws an unknown element, unless a display sets it apart: the line it sits in
// stays one line (domain.md: the dashboard's Agency Affiliation and its status). Read the same
// as the <span> it stands for: in a sentence, a labelled line, a list item; styled inline by the
// page's stylesheet, or not styled at all. One styled as a block, or an inline-block (a badge's box), is apart.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';
import { inertWindow, savedDocument } from '../../lib/cli/html';
import { isInline } from '../../lib/readers/text';

const dashboard = (agency: string, style = ''): string =>
  `<!DOCTYPE html><html><head><title>Dashboard | NREMT</title>${style}</head><body><h1>Dashboard</h1><h2>Sam Ortiz</h2><p>Registry #: E5512034</p>` +
  `<p>Certification Level: EMT</p><p>Expiration Date: 03/31/2027</p><h2>Agency Affiliation</h2>${agency}</body></html>`;

const LINES: ReadonlyArray<readonly [string, (chip: (text: string) => string) => string]> = [
  ['a sentence', (chip) => `<p>Your agency: ${chip('North Shore')} Regional Fire Rescue — status ${chip('Affiliated')} since 04/02/2025.</p>`],
  ['a labelled line', (chip) => `<p><b>Agency:</b> North Shore ${chip('Regional')} Fire Rescue (${chip('Affiliated')})</p>`],
  ['a list item', (chip) => `<ul><li>North Shore ${chip('Regional')} Fire Rescue · ${chip('Affiliated')}</li></ul>`],
];

const CHIPS: ReadonlyArray<readonly [string, (text: string) => string, string]> = [
  ['a <span>', (text) => `<span>${text}</span>`, ''],
  ['an unstyled custom element', (text) => `<x-chip>${text}</x-chip>`, ''],
  ['a custom element styled inline', (text) => `<ui-badge-12>${text}</ui-badge-12>`, '<style>ui-badge-12 { display: inline }</style>'],
];

describe('a custom element inside a line is drawn inline', () => {
  for (const [layout, line] of LINES) {
    it.each(CHIPS)(`${layout}: %s`, (_, chip, style) => {
      expect(readHtml(dashboard(line(chip), style)).agency).toEqual({ name: 'North Shore Regional Fire Rescue', status: 'active' });
    });
  }
});

describe('whether a custom element is drawn inline, in a saved page', () => {
  it.each([
    ['the line\'s words running into it, no display', '<p>Agency: <x-chip id="t">North Shore</x-chip> Fire Rescue</p>', '', true],
    ['no words beside it, no display (a kit\'s box whose style is lost)', '<div><x-chip id="t">North Shore</x-chip></div>', '', false],
    ['styled inline by the stylesheet', '<div><x-chip id="t">North Shore</x-chip></div>', 'x-chip { display: inline }', true],
    ['an inline-block: a badge\'s box of its own', '<p>Agency: <x-chip id="t">North Shore</x-chip> Fire Rescue</p>', 'x-chip { display: inline-block }', false],
    ['opening the line, no display', '<p><x-chip id="t">Submitted</x-chip> Your renewal was submitted.</p>', '', false],
    ['styled as a block by the stylesheet, words beside it', '<p>Agency: <x-chip id="t">North Shore</x-chip> Fire Rescue</p>', 'p x-chip { display: block }', false],
    ['a display of its own', '<p>Agency: <x-chip id="t" style="display:flex">North Shore</x-chip> Fire Rescue</p>', '', false],
    ['a div among words stays a block', '<p>Agency: <div id="t">North Shore</div> Fire Rescue</p>', '', false],
  ])('%s', (_, body, css, inline) => {
    const window = inertWindow();
    const document = savedDocument(window, `<!DOCTYPE html><html><head><style>${css}</style></head><body>${body}</body></html>`);
    const el = document.getElementById('t')!;
    expect(isInline(el, el.tagName.toUpperCase())).toBe(inline);
    void window.happyDOM.close();
  });
});
