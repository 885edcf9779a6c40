// The person's name where domain.md puts it ("Dashboard: name, certification level, registry /
// EMS ID number"), in two shapes pages draw:
// - a user dropdown drawn as lines of its own: the name alone in the top bar's list item, then the
//   menu's items ("Profile", "Account Settings") down to the sign-out control, however the saved
//   page's source is indented;
// - a summary line naming the person, then after a comma their labelled registry number, the
//   sentence's period right after it ("Emergency Medical Technician — Noah Q. Park, Registry No.
//   E6120938. Certification expires …").
// A name the chrome does not tie to the sign-out, or to the page's registry number, stays unread.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const page = (title: string, body: string): string => `<!DOCTYPE html><html><head><title>${title}</title></head><body>${body}</body></html>`;

const DASHBOARD_FACTS =
  '<h1>Dashboard</h1><span>Last login: 11/30/2026 6:15 AM ET</span><div>Immediate Action Required: your agency affiliation is pending approval.</div>' +
  '<div><div>Certification Level</div><div>Nationally Registered Paramedic (NRP)</div></div>' +
  '<div><div>Registry Number</div><div>P3370915</div></div><div><div>Expiration Date</div><div>Mar 31, 2028</div></div>';

const topbar = (user: string) => `<nav><ul><li><a href="/alerts">Alerts <span>2</span></a></li>${user}</ul></nav>`;

describe("a user dropdown drawn as lines: the name, then its menu's items down to the sign-out", () => {
  it.each([
    [
      'a name and an avatar in the toggle, then Profile, Account Settings, Logout',
      topbar('<li><a href="#" role="button"><span>Marisol T. Ekwueme</span><img src="avatar.svg"></a><div><a href="#">Profile</a><a href="#">Account Settings</a><a href="#">Logout</a></div></li>'),
      'Marisol T. Ekwueme',
    ],
    [
      'the menu as a list: My Account, Sign out',
      topbar('<li><span>Marisol Ekwueme</span><ul><li><a href="/account">My Account</a></li><li><a href="/logout">Sign out</a></li></ul></li>'),
      'Marisol Ekwueme',
    ],
    [
      'the toggle written with the source indentation of a saved page (its whitespace is no text)',
      topbar(
        `<li>\n${' '.repeat(28)}<a href="#" role="button" aria-haspopup="true">\n${' '.repeat(32)}<span>Marisol T. Ekwueme</span>\n${' '.repeat(32)}<img src="avatar.svg">\n${' '.repeat(28)}</a>\n` +
          `${' '.repeat(28)}<div>\n${' '.repeat(32)}<a href="#">Profile</a>\n${' '.repeat(32)}<a href="#">Account Settings</a>\n${' '.repeat(32)}<a href="#">Logout</a>\n${' '.repeat(28)}</div>\n${' '.repeat(24)}</li>`,
      ),
      'Marisol T. Ekwueme',
    ],
    [
      'an indented button toggle with a caret icon, its menu a list ending in Sign out',
      topbar(
        `<li>\n${' '.repeat(20)}<button type="button" aria-expanded="false">\n${' '.repeat(24)}<i class="icon"></i>\n${' '.repeat(24)}<span>Marisol Ekwueme</span>\n${' '.repeat(24)}<i class="caret"></i>\n${' '.repeat(20)}</button>\n` +
          `${' '.repeat(20)}<ul>\n${' '.repeat(24)}<li><a href="/account">My Account</a></li>\n${' '.repeat(24)}<li><a href="/logout">Sign out</a></li>\n${' '.repeat(20)}</ul>\n${' '.repeat(16)}</li>`,
      ),
      'Marisol Ekwueme',
    ],
    [
      'a name then only the sign-out',
      topbar('<li><button type="button">Marisol T. Ekwueme</button><ul><li><a href="/logout">Log off</a></li></ul></li>'),
      'Marisol T. Ekwueme',
    ],
  ])('%s', (_, chrome, name) => {
    const snap = readHtml(page('My Certification - Dashboard | NREMT', `${chrome}<main>${DASHBOARD_FACTS}</main>`), 'https://www.nremt.org/dashboard');
    expect(snap.kind).toBe('nremt-dashboard');
    expect(snap.person).toMatchObject({ name, registryNumber: 'P3370915' });
  });

  it.each([
    ['a name followed by other words before the sign-out', topbar('<li><span>Marisol Ekwueme</span><ul><li><a>Nashoba Valley Regional</a></li><li><a href="/logout">Logout</a></li></ul></li>')],
    ['a name far from the sign-out, with another name between', topbar('<li><span>Marisol Ekwueme</span></li><li><span>Devon Achterberg</span></li><li><a href="/logout">Logout</a></li>')],
  ])('%s: no name', (_, chrome) => {
    const snap = readHtml(page('My Certification - Dashboard | NREMT', `${chrome}<main>${DASHBOARD_FACTS}</main>`), 'https://www.nremt.org/dashboard');
    expect(snap.person?.name).not.toBe('Marisol Ekwueme');
  });
});

const APPLICATION = (summary: string) =>
  page(
    'Recertification Application | NREMT',
    `<main><h1>Recertification Application</h1><p>${summary}</p><p>Status: Not Submitted</p>` +
      '<table><thead><tr><th>Course</th><th>Date completed</th><th>Credits</th><th>Approval</th></tr></thead><tbody>' +
      '<tr><td>Trauma Assessment Refresher</td><td>Apr 18, 2026</td><td>2</td><td>26-EMSX-F3-0301</td></tr>' +
      '<tr><td>Pediatric Airway</td><td>May 21, 2026</td><td>1.5</td><td>26-MEDU-F3-0712</td></tr></tbody></table>' +
      '<button type="button">Submit Application</button></main>',
  );

describe("a summary line: the name, then the labelled registry number ending the sentence", () => {
  it.each([
    ['level, dash, name in bold, comma, "Registry No."', 'Emergency Medical Technician — <strong>Noah Q. Park</strong>, Registry No. E6120938. Certification expires March 31, 2027.', 'Noah Q. Park'],
    ['name first, comma, "NREMT ID"', 'Noah Park, NREMT ID E6120938 · Emergency Medical Technician · expires 03/31/2027', 'Noah Park'],
    ['level with a middle dot, name, comma, "Registry #"', 'Emergency Medical Technician · Noah Delacroix-Park, Registry # E6120938', 'Noah Delacroix-Park'],
    ['a sentence: name, then "registry number" and the number before its period', 'Noah Q. Park, registry number E6120938. Your certification expires March 31, 2027.', 'Noah Q. Park'],
    ['"NREMT #" and the number before a period', 'Advanced EMT – Noah Delacroix-Park – NREMT # E6120938. Cycle ends 03/31/2027.', 'Noah Delacroix-Park'],
  ])('%s', (_, summary, name) => {
    const snap = readHtml(APPLICATION(summary), 'https://www.nremt.org/recertification');
    expect(snap.kind).toBe('nremt-application');
    expect(snap.person).toMatchObject({ name, registryNumber: 'E6120938' });
  });

  it.each([
    ['the level and the number, no name', 'Emergency Medical Technician — Registry No. E6120938. Certification expires March 31, 2027.'],
    ['a number alone at a sentence end', 'Your registry number is E6120938.'],
  ])('%s: no name', (_, summary) => {
    const snap = readHtml(APPLICATION(summary), 'https://www.nremt.org/recertification');
    expect(snap.person?.name).toBeUndefined();
    expect(snap.person?.registryNumber).toBe('E6120938');
  });
});
