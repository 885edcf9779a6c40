import { describe, expect, it } from 'vitest';
import { isLineListing, printoutText } from '../../lib/readers/printout-text';
import { parseHtml } from './load';

const first = (html: string, selector: string): Element => parseHtml(`<!DOCTYPE html><html><body>${html}</body></html>`).document.querySelector(selector)!;

describe('a printout drawn a line per element', () => {
  it.each([
    ['a <pre> of text is its text', '<pre id=p>Name: A\nHours: 2.0</pre>', 'Name: A\nHours: 2.0'],
    ['a terminal: a <div> per line inside the <pre> (an empty one has no height, as innerText has it)', '<pre id=p><div><span>Course: Airway</span></div><div></div><div>Credits: 2.0</div></pre>', 'Course: Airway\nCredits: 2.0\n'],
    ['a code view: a row per line, the gutter left out', '<table id=p style="white-space: pre"><tr><th><a data-n="1"></a></th><td>DATE        CEH</td></tr><tr><td>2</td><td>2026-04-11  2.00</td></tr></table>', 'DATE        CEH\n2026-04-11  2.00\n'],
    ['the indentation between a table\'s rows is no line', '<table id=p style="white-space: pre">\n <tbody>\n  <tr><td>a</td></tr>\n  <tr><td>b</td></tr>\n </tbody>\n</table>', 'a\nb\n'],
    ['a row of cells keeps a tab between them', '<table id=p><tr><td>Airway</td><td>2.0</td></tr></table>', 'Airway\t2.0\n'],
    ['<br> breaks a line; hidden lines are not shown', '<div id=p>one<br>two<div hidden>gone</div><span>three</span></div>', 'one\ntwothree'],
  ])('%s', (_name, html, text) => {
    expect(printoutText(first(html, '#p'))).toBe(text);
  });
});

describe('what is a line listing', () => {
  const rows = (n: number) => Array.from({ length: n }, (_, i) => `<tr><td>${i + 1}</td><td>line ${i}</td></tr>`).join('');
  it.each([
    ['a pre-styled table of text rows', `<table id=p style="white-space: pre"><tbody>${rows(3)}</tbody></table>`, true],
    ['a table whose code cells keep their spaces, numbers beside them', '<table id=p><tr><td data-line-number="1"></td><td style="white-space: pre">a  b</td></tr><tr><td data-line-number="2"></td><td style="white-space: pre">c</td></tr><tr><td data-line-number="3"></td><td style="white-space: pre">d</td></tr></table>', true],
    ['divs of text in a pre-styled box', '<div id=p style="white-space: pre"><div>a</div><div>b <b>c</b></div><div>d</div></div>', true],
    ['a table without white-space: pre is a table', `<table id=p><tbody>${rows(3)}</tbody></table>`, false],
    ['two lines are too few to tell', `<table id=p style="white-space: pre"><tbody>${rows(2)}</tbody></table>`, false],
    ['a line holding a block is a layout, not a listing', '<div id=p style="white-space: pre"><div>a</div><div><div>b</div><div>b2</div></div><div>c</div></div>', false],
    ['a wrapper around a line is the line\'s', '<div id=p style="white-space: pre"><div>a</div><div><div>b</div></div><div>c</div></div>', true],
    ['spans broken by <br> are one block (a 3270 screen)', '<div id=p style="white-space: pre"><span>a</span><br><span>b</span><br><span>c</span></div>', false],
  ])('%s', (_name, html, listing) => {
    expect(isLineListing(first(html, '#p'))).toBe(listing);
  });
});
