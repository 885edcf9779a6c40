// A user menu open in the page header: the name, then the menu's own items, then its sign-out
// control, all in one run of text ("Danielle Okafor Administration Preferences Log Out"). The
// items a tool's user menu holds (Administration, Admin, Preferences, Settings, My Account, Help,
// Switch Account) are no part of the name: the name is the words before them, never a name
// swollen with them (a wrong name is worse than none).
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const transcript = (header: string): string =>
  `<!DOCTYPE html><html><head><title>Transcript | NREMT</title></head><body><div class="navbar">${header}</div><main><h1>Transcript</h1>` +
  '<table><thead><tr><th>Course</th><th>Completed</th><th>Hours</th></tr></thead><tbody>' +
  '<tr><td>Airway Update</td><td>01/14/2026</td><td>2</td></tr><tr><td>Trauma Review</td><td>01/20/2026</td><td>1.5</td></tr></tbody></table></main></body></html>';

// A dropdown under a toggle, the name its first item (EspoCRM, SuiteCRM, Odoo's user menus).
const menu = (...items: string[]): string =>
  `<ul><li><a href="#" role="button" title="Menu"><span class="icon"></span></a><ul role="menu">${items.map((item) => `<li><a href="#">${item}</a></li>`).join('')}</ul></li></ul>`;

describe("a user menu's items between the name and the sign-out", () => {
  it.each([
    ['Administration, Preferences (a CRM)', menu('Amara Lindqvist', 'Administration', 'Preferences', 'Log Out'), 'Amara Lindqvist'],
    ['Admin, Preferences', menu('Amara Lindqvist', 'Admin', 'Preferences', 'Sign out'), 'Amara Lindqvist'],
    ['Preferences alone', menu('Jo M. Harrington', 'Preferences', 'Logout'), 'Jo M. Harrington'],
    ['Help, Switch Account', menu('Amara Lindqvist', 'Help', 'Switch Account', 'Sign Out'), 'Amara Lindqvist'],
    ['a one-line run of the items', '<div>Amara Lindqvist Administration Preferences Log Out</div>', 'Amara Lindqvist'],
  ])('%s', (_, header, name) => {
    expect(readHtml(transcript(header)).person?.name).toBe(name);
  });

  it('items that are no menu words keep the run from being read as a name', () => {
    expect(readHtml(transcript(menu('Amara Lindqvist', 'Harbor Lights', 'Sign Out'))).person?.name).not.toBe('Amara Lindqvist Harbor Lights');
  });
});
