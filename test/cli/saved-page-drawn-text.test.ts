import { describe, expect, it } from 'vitest';
import { readHtml } from '../../lib/cli/html';

// A code editor in the page (a notebook's cell, a repository's file view) draws its lines for the
// eye alone, `role="presentation" aria-hidden="true"`, and reads them out through its own hidden
// input: a browser shows them, so a saved copy of the page is read with them.
const line = (text: string) => `<div class="view-line"><span><span class="mtk1">${text.replaceAll(' ', '&nbsp;')}</span></span></div>`;
const editor = (lines: string[]) =>
  `<div class="editor" role="code"><textarea class="inputarea" aria-label="Editor content"></textarea><div class="lines-content"><div class="view-lines" role="presentation" aria-hidden="true">${lines.map(line).join('')}</div></div></div>`;
const page = (body: string) => `<!doctype html><html><head><title>ce-notes.txt</title></head><body><h1>My NREMT recert CE, pasted from Manage Education</h1>${body}</body></html>`;
const courses = [
  'Course | Completed | Hours | Approval',
  'Airway Management Update | 05/01/2026 | 2 | 26-AMU-F3-0501',
  'Stroke Scales | 06/02/2026 | 1.5 | 26-STS-F3-0602',
  'Pediatric Assessment | 07/09/2026 | 3 | 26-PDA-F3-0709',
];

describe('lines a page draws for the eye alone', () => {
  it('are read where they are the page’s only copy', async () => {
    const read = await readHtml(page(editor(courses)), null);
    expect((read.courses ?? []).map((course) => course.title)).toEqual(['Airway Management Update', 'Stroke Scales', 'Pediatric Assessment']);
  });
  it('stay out where they copy lines the page shows (no course read twice)', async () => {
    const cells = (text: string, tag: string) => `<tr>${text.split(' | ').map((cell) => `<${tag}>${cell}</${tag}>`).join('')}</tr>`;
    const shown = `<table>${cells(courses[0]!, 'th')}${courses.slice(1).map((course) => cells(course, 'td')).join('')}</table>`;
    const read = await readHtml(page(shown + editor(courses)), null);
    expect((read.courses ?? []).map((course) => course.title)).toEqual(['Airway Management Update', 'Stroke Scales', 'Pediatric Assessment']);
  });
});
