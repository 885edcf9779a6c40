import { describe, expect, it } from 'vitest';
import { readHtml } from '../../lib/cli/html';

// An icon drawn inline with its own stylesheet (as drawing tools export it) stands before a
// page's content in many saved pages: the content after it must still be read, as a browser shows it.
const ICONS: [string, string][] = [
  ['a style element inside the logo', '<svg viewBox="0 0 24 24"><style type="text/css">.st0{fill:#515151;}</style><path class="st0" d="M1 1h22v22H1z"/></svg>'],
  ['a style with its rules on lines of their own, and a second drawing', '<svg\n\t width="24px" viewBox="0 0 24 24">\n<style>\n\t.a{fill:red}\n</style>\n<path d="M1"/>\n</svg><svg><path d="M2"/></svg>'],
];

describe('a saved page whose inline drawing holds a stylesheet', () => {
  it.each(ICONS)('%s: the page after it is read', async (_name, icon) => {
    const body =
      `<header><a href="/">${icon} Station Notes</a></header>` +
      '<h1>Manage Education</h1><table><tr><th>Course</th><th>Completed</th><th>Hours</th></tr>' +
      '<tr><td>Airway Management Update</td><td>05/01/2026</td><td>2</td></tr><tr><td>Stroke Scales</td><td>06/02/2026</td><td>1.5</td></tr></table>';
    const page = await readHtml(`<!doctype html><html><head><title>Manage Education</title></head><body>${body}</body></html>`, 'https://www.nremt.org/manage-education');
    expect((page.courses ?? []).map((course) => course.title)).toEqual(['Airway Management Update', 'Stroke Scales']);
  });
});
