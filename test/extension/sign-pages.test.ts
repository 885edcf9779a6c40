// A sign-in or sign-out page, on either site, ends the browsing session: the next page that names
// nobody is not joined to whoever was signed in before. The content scripts tell such a page
// apart (signInOrOut on the snapshot); the background ends the sender tab's session and the
// sessions of every other tab, since signing in or out is the whole browser's, not one tab's.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createPageService } from '../../lib/extension/page-service';
import { isSignInOrOutPage } from '../../lib/extension/sign-page';
import { endAllSessions, type TabStates } from '../../lib/extension/tab-sessions';
import type { PageSnapshot } from '../../lib/model';
import { RecertStore } from '../../lib/storage/store';
import { dashboardSnapshot } from '../support/snapshots';

function doc(body: string, title = 'Page'): Document {
  const d = document.implementation.createHTMLDocument(title);
  d.body.innerHTML = body;
  document.body.replaceChildren(...Array.from(d.body.childNodes).map((n) => document.importNode(n, true)));
  document.title = title;
  return document;
}

describe('a sign-in or sign-out page', () => {
  it('a visible password field is a sign-in page', () => {
    expect(isSignInOrOutPage(doc('<form><label>User <input name="u"></label><label>Password <input type="password"></label><button>Continue</button></form>'))).toBe(true);
  });

  it('a page that says it signed or logged you out', () => {
    expect(isSignInOrOutPage(doc('<main><p>You have been signed out.</p><a href="/">Home</a></main>'))).toBe(true);
    expect(isSignInOrOutPage(doc('<main><h2>Logged out</h2><p>You have successfully logged out of eLicensing.</p></main>'))).toBe(true);
    expect(isSignInOrOutPage(doc('<main><p>Your session has expired. Please log in again.</p></main>'))).toBe(true);
  });

  it('not: a signed-in page with its "Sign Out" link, a loading shell, a login form not rendered, a session countdown', () => {
    expect(isSignInOrOutPage(doc('<header><a href="/logout">Sign Out</a></header><main><h1>Manage My Licenses and Applications</h1></main>'))).toBe(false);
    expect(isSignInOrOutPage(doc('<main><p>Loading…</p></main>'))).toBe(false);
    expect(isSignInOrOutPage(doc('<div style="display:none"><input type="password"></div><main><h1>My License</h1></main>'))).toBe(false);
    expect(isSignInOrOutPage(doc('<p>Your session expires in 4:59</p><main><h1>Dashboard</h1></main>'))).toBe(false);
  });
});

describe('ending every tab’s session', () => {
  it('owners are forgotten, sessions renewed, and tabs that shared one still share the new one', () => {
    const states: TabStates = {
      '1': { session: 's-a', owner: 'reg:A', shown: 'reg:A', held: null, note: null },
      '2': { session: 's-a', owner: 'reg:A', shown: 'reg:A', held: null, note: null },
      '3': { session: 's-b', owner: 'reg:B', shown: 'reg:B', held: 's-b:nremt-education', note: null },
    };
    let n = 0;
    const next = endAllSessions(states, () => `s-new-${++n}`);
    expect(Object.values(next).map((s) => s.owner)).toEqual([null, null, null]);
    expect(next['1']!.session).toBe(next['2']!.session);
    expect(next['1']!.session).not.toBe('s-a');
    expect(next['3']!.session).not.toBe(next['1']!.session);
    expect(next['3']!.session).not.toBe('s-b');
    expect(next['3']!.held).toBe('s-b:nremt-education');
  });
});

const NOW = new Date(2026, 10, 24, 12);
const dashboard = dashboardSnapshot;
const license: PageSnapshot = {
  url: 'https://healthprofessionlicensing.mass.gov/s/manage-licenses-applications',
  kind: 'elicensing-license',
  person: { licenseNumber: 'A123456' },
  license: { number: 'A123456', level: 'aemt', status: 'current', expiresOn: '2027-03-31' },
};
const renewal: PageSnapshot = {
  url: 'https://healthprofessionlicensing.mass.gov/s/renewal-application',
  kind: 'elicensing-renewal',
  renewal: { state: 'paid-not-submitted', paid: true, submitControl: true },
};
const signedOut: PageSnapshot = { url: 'https://healthprofessionlicensing.mass.gov/s/login', kind: 'unknown', signInOrOut: true };
const loadingShell: PageSnapshot = { url: 'https://www.nremt.org/help', kind: 'unknown' };

interface View {
  personKey: string | null;
  question?: { pendingId: string } | null;
}

function background() {
  const service = createPageService(new RecertStore(), () => NOW);
  return async (snapshot: PageSnapshot, tabId: number, openerTabId?: number) => {
    const sender = { tab: { id: tabId, ...(openerTabId !== undefined ? { openerTabId } : {}) } };
    return structuredClone(await service.ingestPage(structuredClone({ snapshot }), sender)).view as View;
  };
}

const people = async () => (await new RecertStore().load()).people;

describe('after an eLicensing sign-out, the next unnamed page is not the previous person’s', () => {
  beforeEach(() => fakeBrowser.reset());

  it('in the tab that signed out, and in the tab it was opened from', async () => {
    const send = background();
    await send(dashboard('Sam Lee', 'A5550123'), 9);
    await send(dashboard('Jordan Rivera', 'A3187642'), 1);
    expect((await send(license, 2, 1)).personKey).toBe('reg:A3187642');
    expect((await send(signedOut, 2)).personKey).toBeNull();
    // Someone else signs in on the station: their renewal page names nobody.
    const here = await send(renewal, 2);
    expect(here.personKey).toBeNull();
    const opener = await send(renewal, 1);
    expect(opener.personKey).toBeNull();
    expect(opener.question?.pendingId).toBeTruthy();
    const stored = await people();
    expect(stored.people['reg:A3187642']!.record.renewal).toBeUndefined();
    expect(Object.keys(stored.pending ?? {}).length).toBeGreaterThan(0);
  });

  it('a page that is merely unrecognised ends only its own tab’s session (a renewal journey elsewhere goes on)', async () => {
    const send = background();
    await send(dashboard('Sam Lee', 'A5550123'), 9);
    await send(dashboard('Jordan Rivera', 'A3187642'), 1);
    await send(license, 2, 1);
    await send(loadingShell, 1);
    expect((await send(renewal, 2)).personKey).toBe('reg:A3187642');
    expect((await people()).people['reg:A3187642']!.record.renewal?.state).toBe('paid-not-submitted');
  });

  it('a single provider on their own computer is still never asked after signing in again', async () => {
    const send = background();
    await send(dashboard('Jordan Rivera', 'A3187642'), 1);
    await send(license, 1);
    await send(signedOut, 1);
    expect((await send(renewal, 1)).personKey).toBe('reg:A3187642');
  });
});
