// The signed-in person on a user menu's toggle in the page header: the name on a button (or a
// link drawn as one) whose menu, open or closed, ends with the sign-out control. Only the toggle's
// own shown words are read as the name: initials on the toggle, or a name found only inside the
// closed menu, give none; a header toggle of another menu ("Quick Links") gives none. Also: a
// header line of the registry number then the name, and a control's verb is no name.
import { describe, expect, it } from 'vitest';
import { readPage } from '../../lib/readers';
import { readLicensePageUnchecked } from '../../lib/readers/judge-page';
import { readHtml } from './load';

const transcript = (header: string): string =>
  `<!DOCTYPE html><html><head><title>Transcript | NREMT</title></head><body><header>${header}</header><main><h1>Transcript</h1>` +
  '<table><thead><tr><th>Course</th><th>Completed</th><th>Hours</th></tr></thead><tbody>' +
  '<tr><td>Airway Update</td><td>01/14/2026</td><td>2</td></tr><tr><td>Trauma Review</td><td>01/20/2026</td><td>1.5</td></tr></tbody></table></main></body></html>';

describe("a user menu's toggle in the header", () => {
  it.each([
    ['a nav bar button, its menu closed (Oracle APEX)', '<ul><li><button type="button"><span>Amara Lindqvist</span></button><div style="display:none"><ul><li><a href="/logout">Sign Out</a></li></ul></div></li></ul>'],
    [
      'a link drawn as a button, its dropdown closed (CoreUI)',
      '<ul><li><a href="/messages">Messages</a></li><li><a href="#" role="button" aria-haspopup="true" aria-expanded="false"><span>Amara Lindqvist</span></a><div style="display:none"><div>Account</div><a href="/profile">Profile</a><a href="/roles">My Roles</a><a href="/logout">Sign out</a></div></li></ul>',
    ],
    ['a menu button with its popup after it (Material)', '<nav><ul><li><button aria-haspopup="menu">Amara Lindqvist</button><ul role="menu" hidden><li><a>My Profile</a></li><li><a>Log out</a></li></ul></li></ul></nav>'],
    ['a toggle whose menu is open', '<ul><li><button aria-expanded="true">Amara Lindqvist</button><ul><li><a>Settings</a></li><li><a>Logout</a></li></ul></li></ul>'],
  ])('%s', (_, header) => {
    expect(readHtml(transcript(header)).person?.name).toBe('Amara Lindqvist');
  });

  it.each([
    ["initials on the toggle, the name only in the closed menu", '<ul><li><button>AL</button><div hidden><p>Amara Lindqvist</p><a>Sign Out</a></div></li></ul>'],
    ['a "Menu" toggle, the name only in the closed menu', '<ul><li><button aria-haspopup="true">Menu ▾</button><div hidden><a>Amara Lindqvist</a><a>Sign Out</a></div></li></ul>'],
    ['another menu of the header', '<ul><li><button aria-haspopup="true">Quick Links</button><div hidden><a>Protocols</a><a>Field Guides</a></div></li></ul>'],
  ])('%s gives no name', (_, header) => {
    expect(readHtml(transcript(header)).person?.name).toBeUndefined();
  });

  it('a header line of the registry number, then the name (Banner)', () => {
    const snap = readHtml(transcript('<div>R2077154 Ana L. Ferreira-Quintal<br>Feb 17, 2026 10:41 am</div>'));
    expect(snap.person).toMatchObject({ name: 'Ana L. Ferreira-Quintal', registryNumber: 'R2077154' });
  });

  it("a control's verb is no name beside the licensee's menu (\"Download Wallet Card\")", () => {
    const url = 'https://healthprofessionlicensing.mass.gov/#/licenses';
    const page = new DOMParser().parseFromString(
      '<!DOCTYPE html><html><head><title>Health Professions Licensing</title></head><body><header><button aria-expanded="false">Keon R. Abernathy ▾</button></header>' +
        '<h1>Manage My Licenses and Applications</h1><table><thead><tr><th>License Number</th><th>License Status</th><th>Expiration Date</th></tr></thead>' +
        '<tbody><tr><td>P418822</td><td>Current</td><td>03/31/2028</td></tr></tbody></table><button>Print License</button><button>Download Wallet Card</button></body></html>',
      'text/html',
    );
    expect(readPage(page, url).person?.name).toBe('Keon R. Abernathy');
    expect(readLicensePageUnchecked(page, url).person?.name).toBe('Keon R. Abernathy');
  });
});

describe('a time-of-day greeting names the signed-in person', () => {
  it.each([
    ['a header heading with the name in bold (Star Admin)', '<ul><li><h1>Good Morning, <span><b>Ana Lucía Ferreira</b></span></h1><h3>Paramedic · Registry No. P3017765</h3></li></ul>'],
    ['a greeting line in the top bar', '<div>Good afternoon, Ana Lucía Ferreira | <a>My Profile</a></div>'],
    ['a greeting sentence', '<p>Good evening, Ana Lucía Ferreira.</p>'],
  ])('%s', (_, header) => {
    expect(readHtml(transcript(header)).person?.name).toBe('Ana Lucía Ferreira');
  });

  it('a greeting without a name names nobody', () => {
    expect(readHtml(transcript('<p>Good morning! Your transcript was updated.</p>')).person?.name).toBeUndefined();
  });
});
