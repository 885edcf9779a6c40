// The provider's dashboard pasted into a rich-text editor (a notes app, a mail draft, a wiki's
// edit form): the editor's toolbar and the app's controls ("Undo Redo", "Bullets Numbers",
// "Align Left", "Clear Formatting", "Reply Forward") stand above the pasted dashboard, two
// capitalised words on a line as a name stands. A control's label is never a person's name
// (wrong is worse than unknown): the name is the one the pasted dashboard shows (domain.md:
// "Dashboard: name, certification level, registry / EMS ID number, expiration date, the recert
// cycle dates"), or none.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const button = (label: string): string => `<button type="button" title="${label}" tabindex="-1">${label}</button>`;
const group = (...labels: string[]): string => `<span>${labels.map(button).join('')}</span>`;

// Toolbars as editors draw them: groups of buttons, each group its own line.
const TOOLBARS: Record<string, string> = {
  'a text editor whose history group is last': `<div>${group('Bold', 'Italic', 'Strikethrough')}${group('Heading', 'Quote', 'Code')}${group('Bullets', 'Numbers')}${group('Undo', 'Redo')}</div>`,
  'a history group first': `<div>${group('Undo', 'Redo')}${group('Paragraph')}${group('Bold', 'Italic', 'Underline')}</div>`,
  'list and block buttons in words': `<div>${group('Bulleted List', 'Numbered List')}${group('Block Quote')}${group('Insert Table')}</div>`,
  'alignment and formatting buttons': `<div>${group('Align Left', 'Align Center', 'Justify')}${group('Clear Formatting')}</div>`,
  'a mail draft\u2019s controls': `<div>${group('Reply', 'Forward')}${group('Attach Files')}${group('Send')}</div>`,
  'indent buttons and a highlight': `<div>${group('Indent', 'Outdent')}${group('Highlight', 'Subscript', 'Superscript')}</div>`,
};

const DASHBOARD = `<h1>NREMT dashboard – copy 11/30/2026</h1><div><strong>Imogen Castellanos</strong><br>Paramedic<br>Registry #: P3318822<br>Expiration Date: 03/31/2027<br>Recertification Cycle: 04/01/2025 – 03/31/2027</div>
<h1>Agency Affiliation</h1><div>Harbor City Fire Rescue — Active</div>`;

// Only the pasted dashboard's facts, without the person's name: then no name at all.
const NAMELESS = `<h1>NREMT dashboard – copy 11/30/2026</h1><div>Paramedic<br>Registry #: P3318822<br>Expiration Date: 03/31/2027<br>Recertification Cycle: 04/01/2025 – 03/31/2027</div>`;

const page = (toolbar: string, body: string): string => `<!DOCTYPE html><html><head><title>Edit note · Logbook</title></head><body>
<nav><a href="/">Home</a> <a href="/notes">Notes</a> <a href="/shifts">Shifts</a> <span>Signed in as crew12 · <a href="/session">Sign out</a></span></nav>
<main><form><label for="t">Title</label><input id="t" type="text" value="recert"><label>Body</label>${toolbar}<div contenteditable="" role="textbox">${body}</div>
<input type="submit" value="Update Note"></form></main></body></html>`;

describe("an editor's or app's control labels are never the person's name", () => {
  for (const [name, toolbar] of Object.entries(TOOLBARS)) {
    it(`${name}: the pasted dashboard's name`, () => {
      const snapshot = readHtml(page(toolbar, DASHBOARD), 'http://logbook.local/notes/12/edit');
      expect(snapshot.kind).toBe('nremt-dashboard');
      expect(snapshot.person?.name).toBe('Imogen Castellanos');
      expect(snapshot.person?.registryNumber).toBe('P3318822');
    });

    it(`${name}: no name where the paste shows none`, () => {
      const snapshot = readHtml(page(toolbar, NAMELESS), 'http://logbook.local/notes/12/edit');
      expect(snapshot.person?.name).toBeUndefined();
    });
  }
});
