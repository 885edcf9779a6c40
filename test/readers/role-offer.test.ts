// A menu that offers to switch to the Training Officer role ("Switch role › Training Officer",
// domain.md: "Training Officers switch MY ROLES to 'Training Officer'") is not the role the page is
// seen under: the provider's own dashboard, with their facts, keeps its facts. The role the page
// does show ("MY ROLES: Training Officer", a role select, the officer's own headings) still makes
// it a Training Officer's view, read as nothing: unknown beats wrong.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const page = (chrome: string, main: string): string =>
  `<!DOCTYPE html><html><head><title>Dashboard | NREMT</title></head><body>${chrome}<main><h1>Dashboard</h1>${main}</main></body></html>`;

const OWN_FACTS =
  '<h2>My Certification</h2><table><tr><th>Name</th><td>Renata S. Okonkwo</td></tr>' +
  '<tr><th>Registry Number</th><td>E4410982</td></tr><tr><th>Certification Level</th><td>EMT</td></tr>' +
  '<tr><th>Expiration Date</th><td>03/31/2028</td></tr></table>' +
  '<h2>Agency Affiliation</h2><p>Agency: Ludlow Ambulance (Pending Approval)</p>';

describe("a menu's offer to switch to the Training Officer role is not the role", () => {
  it.each([
    ['a sidebar section "Switch role" with the role as a link', '<nav><h5>My Certification</h5><a href="/">Dashboard</a><a href="/t">Transcript</a><h5>Switch role</h5><a href="/to">Training Officer</a></nav>'],
    ['"Change role:" before the role', '<nav><a href="/">Dashboard</a> <span>Change role: <a href="/to">Training Officer</a></span></nav>'],
    ['"Switch to role" in a user menu', '<header><div>NREMT</div><ul><li><a href="/account">Account</a></li><li><a href="/to">Switch to role Training Officer</a></li></ul></header>'],
    ['the chosen role shown beside the offer', '<header><span>MY ROLES: My Certification</span><span>Switch roles: <a href="/to">Training Officer</a></span></header>'],
    // A closed dropdown whose toggle names only the menu: its items are offers, the last no chosen value.
    ['a Bootstrap dropdown "MY ROLES" listing both roles', '<nav><ul><li><a href="#" data-toggle="dropdown" aria-haspopup="true">MY ROLES <span class="caret"></span></a><ul class="dropdown-menu"><li class="active"><a href="#">My Certification</a></li><li><a href="#">Training Officer</a></li></ul></li></ul></nav>'],
    ['a button toggle "Roles" with a list of links', '<header><div><button type="button" aria-haspopup="menu">Roles</button><div role="menu"><a href="/me">My Certification</a> <a href="/to">Training Officer</a></div></div></header>'],
  ])('%s', (_, chrome) => {
    const snap = readHtml(page(chrome, OWN_FACTS), 'https://www.nremt.org/dashboard');
    expect(snap.role).toBeUndefined();
    expect(snap.kind).toBe('nremt-dashboard');
    expect(snap.person?.registryNumber).toBe('E4410982');
    expect(snap.certification).toMatchObject({ level: 'emt', expiresOn: '2028-03-31' });
  });

  it.each([
    ['"MY ROLES: Training Officer" in the header', '<header>NREMT · MY ROLES: Training Officer · Paul Reyes</header>'],
    ['"Role: Training Officer" with an offer to switch back', '<header><span>Role: Training Officer</span> <span>Switch role: <a href="/me">My Certification</a></span></header>'],
    ['a role select whose chosen value is the Training Officer', '<div>Role: <select aria-label="Role"><option>My Certification</option><option selected>Training Officer</option></select></div>'],
    ['an offer beside the chosen Training Officer role', '<header><span>Switch role</span> <span>MY ROLES: Training Officer</span></header>'],
  ])("%s: still the Training Officer's view", (_, chrome) => {
    const snap = readHtml(page(chrome, OWN_FACTS), 'https://www.nremt.org/dashboard');
    expect(snap.role).toBe('training-officer');
    expect(snap.kind).toBe('unknown');
  });
});
