// A footnote's mark after a title (Pandoc, GitHub Markdown, word processors: a superscript
// linking to a note further down the page) refers to the note: it is no part of the title.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const MARKS: Record<string, string> = {
  'a link around a superscript (Pandoc)': '<a href="#fn1" class="footnote-ref" id="fnref1" role="doc-noteref"><sup>1</sup></a>',
  'a superscript around a link (GitHub Markdown)': '<sup><a href="#user-content-fn-1" id="user-content-fnref-1" data-footnote-ref>1</a></sup>',
  'a superscript symbol linking to its note': '<sup><a href="#note-a">†</a></sup>',
};
const LAYOUTS: Record<string, (mark: string) => string> = {
  'a table': (mark) =>
    `<table><thead><tr><th>Course</th><th>Date Completed</th><th>Hours</th></tr></thead><tbody><tr><td>Behavioral Emergencies for EMRs${mark}</td><td>2026-02-07</td><td>1.0</td></tr><tr><td>Stop the Bleed<sup>®</sup> Refresher</td><td>2026-01-07</td><td>2.0</td></tr></tbody></table>`,
  'cards with a heading': (mark) =>
    `<div><h3>Behavioral Emergencies for EMRs${mark}</h3><p>Completed: 2026-02-07</p><p>Hours: 1.0</p></div><div><h3>Stop the Bleed<sup>®</sup> Refresher</h3><p>Completed: 2026-01-07</p><p>Hours: 2.0</p></div>`,
  'list lines': (mark) => `<ul><li>Behavioral Emergencies for EMRs${mark} — 2026-02-07 — 1.0 hrs</li><li>Stop the Bleed<sup>®</sup> Refresher — 2026-01-07 — 2.0 hrs</li></ul>`,
};

describe('a footnote mark after a title is no part of it', () => {
  for (const [layout, render] of Object.entries(LAYOUTS)) {
    for (const [markup, mark] of Object.entries(MARKS)) {
      it(`${layout}, ${markup}`, () => {
        const html = `<h1>Transcript</h1>${render(mark)}<section role="doc-endnotes"><ol><li id="fn1"><p>Imported from a CAPCE provider.</p></li></ol></section>`;
        const read = readHtml(html, 'https://www.nremt.org/transcript');
        expect(read.courses?.map((course) => [course.title, course.completedOn, course.hours])).toEqual([
          ['Behavioral Emergencies for EMRs', '2026-02-07', 1],
          ['Stop the Bleed® Refresher', '2026-01-07', 2],
        ]);
      });
    }
  }
});
