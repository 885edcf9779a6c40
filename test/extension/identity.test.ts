// Whose page is it? Driven through the background's message handler exactly as tabs reach it:
// the sender's tab id (and the tab it was opened from) is the only session evidence.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createPageService } from '../../lib/extension/page-service';
import type { Course, PageSnapshot } from '../../lib/model';
import { RecertStore } from '../../lib/storage/store';

const NOW = new Date(2026, 10, 24, 12);
const course = (title: string, hours = 2): Course => ({
  title,
  completedOn: '2026-01-10',
  hours,
  component: 'national',
  topic: 'medical',
  approvalNumber: '26-ABC-F3-0001',
});
const dashboard = (name: string, registryNumber: string, level: 'emt' | 'aemt' = 'aemt'): PageSnapshot => ({
  url: 'https://www.nremt.org/dashboard',
  kind: 'nremt-dashboard',
  person: { name, registryNumber },
  certification: { level, expiresOn: '2027-03-31', cycleStart: '2025-02-11' },
  agency: { name: 'Pioneer Valley Ambulance', status: 'active' },
});
const education = (courses: Course[], extra: Partial<PageSnapshot> = {}): PageSnapshot => ({
  url: 'https://www.nremt.org/manage-education',
  kind: 'nremt-education',
  courses,
  ...extra,
});
const license = (number: string, level: 'emt' | 'aemt' = 'aemt'): PageSnapshot => ({
  url: 'https://healthprofessionlicensing.mass.gov/license',
  kind: 'elicensing-license',
  person: { licenseNumber: number },
  license: { number, level, status: 'current', expiresOn: '2028-03-31' },
});
const signedOut: PageSnapshot = { url: 'https://www.nremt.org/login', kind: 'unknown' };

const A_COURSES = [course('Airway A'), course('Cardiac A'), course('Trauma A')];
const STRANGER_COURSES = [course('Stranger One', 10), course('Stranger Two', 15)];

interface View {
  personKey: string | null;
  result: unknown;
  question?: { pendingId: string; candidates: Array<{ key: string }> } | null;
}

function background() {
  const service = createPageService(new RecertStore(), () => NOW);
  const send = async (snapshot: PageSnapshot, tabId: number, openerTabId?: number, extra: object = {}) => {
    const sender = { tab: { id: tabId, ...(openerTabId !== undefined ? { openerTabId } : {}) } };
    const reply = await service.ingestPage(structuredClone({ snapshot, ...extra }), sender);
    return structuredClone(reply).view as View;
  };
  const assign = async (pendingId: string, personKey: string, tabId: number) =>
    structuredClone(await service.assignPage({ pendingId, personKey }, { tab: { id: tabId } }));
  const discard = async (pendingId: string, tabId: number) => structuredClone(await service.discardPage({ pendingId }, { tab: { id: tabId } }));
  return { send, assign, discard };
}

const people = async () => (await new RecertStore().load()).people.people;
const titles = (courses: Course[] | undefined) => (courses ?? []).map((c) => c.title);

describe('identity before merging', () => {
  beforeEach(() => fakeBrowser.reset());

  it("a stranger's unnamed education page in another tab never replaces A's courses; the panel asks", async () => {
    const bg = background();
    await bg.send(dashboard('Jordan Rivera', 'A3187642'), 1);
    await bg.send(education(A_COURSES), 1);
    const view = await bg.send(education(STRANGER_COURSES), 2);
    expect(titles((await people())['reg:A3187642']!.record.courses)).toEqual(titles(A_COURSES));
    expect(view.personKey).toBeNull();
    expect(view.result).toBeNull();
    expect(view.question?.candidates.map((c) => c.key)).toEqual(['reg:A3187642']);
  });

  it('a single provider on their own computer is never asked: a fresh tab sharing courses joins them', async () => {
    const bg = background();
    await bg.send(dashboard('Jordan Rivera', 'A3187642'), 1);
    await bg.send(education(A_COURSES), 1);
    const view = await bg.send(education([...A_COURSES, course('New course')]), 7);
    expect(view.personKey).toBe('reg:A3187642');
    expect(view.question ?? null).toBeNull();
    expect(titles((await people())['reg:A3187642']!.record.courses)).toContain('New course');
  });

  it('a tab opened from A’s tab is A’s session; an unrelated tab with two people known is asked about', async () => {
    const bg = background();
    await bg.send(dashboard('Sam Lee', 'A5550123'), 9);
    await bg.send(dashboard('Jordan Rivera', 'A3187642'), 1);
    const child = await bg.send(education(A_COURSES), 2, 1);
    expect(child.personKey).toBe('reg:A3187642');
    const unrelated = await bg.send(education([course('Who is this')]), 3);
    expect(unrelated.personKey).toBeNull();
    expect(unrelated.question?.candidates.map((c) => c.key).sort()).toEqual(['reg:A3187642', 'reg:A5550123']);
    expect(titles((await people())['reg:A5550123']!.record.courses)).toEqual([]);
  });

  it('one click assigns a held page to the person named, or discards it', async () => {
    const bg = background();
    await bg.send(dashboard('Sam Lee', 'A5550123'), 9);
    await bg.send(dashboard('Jordan Rivera', 'A3187642'), 1);
    const asked = await bg.send(education([course('Held course')]), 3);
    const id = asked.question!.pendingId;
    await bg.assign(id, 'reg:A5550123', 3);
    expect(titles((await people())['reg:A5550123']!.record.courses)).toEqual(['Held course']);
    expect((await new RecertStore().load()).people.pending).toEqual({});
    const again = await bg.send(education([course('Other held')]), 4);
    await bg.discard(again.question!.pendingId, 4);
    const state = await new RecertStore().load();
    expect(state.people.pending).toEqual({});
    expect(titles(state.people.people['reg:A3187642']!.record.courses)).toEqual([]);
  });

  it('an eLicensing page with another license number never marks A’s Step B', async () => {
    const bg = background();
    await bg.send(dashboard('Jordan Rivera', 'A3187642'), 1);
    await bg.send(license('A123456'), 5);
    expect((await people())['reg:A3187642']!.record.license?.number).toBe('A123456');
    const view = await bg.send(license('A999999'), 6);
    expect(view.personKey).toBeNull();
    expect((await people())['reg:A3187642']!.record.license?.number).toBe('A123456');
  });

  it('a page of another level is not joined to the only person known', async () => {
    const bg = background();
    await bg.send(dashboard('Jordan Rivera', 'A3187642', 'aemt'), 1);
    const view = await bg.send(license('E123456', 'emt'), 5);
    expect(view.personKey).toBeNull();
    expect((await people())['reg:A3187642']!.record.license).toBeUndefined();
  });

  it('a dashboard and an unnamed education page arriving together make one person, in either order', async () => {
    for (const order of [0, 1]) {
      fakeBrowser.reset();
      const bg = background();
      const pages = [() => bg.send(dashboard('Jordan Rivera', 'A3187642'), 1), () => bg.send(education(A_COURSES), 2)];
      if (order) pages.reverse();
      await Promise.all(pages.map((p) => p()));
      const stored = await people();
      expect(Object.keys(stored)).toEqual(['reg:A3187642']);
      expect(titles(stored['reg:A3187642']!.record.courses)).toEqual(titles(A_COURSES));
    }
  });

  it('Training Officer pages never go into the officer’s own record', async () => {
    const bg = background();
    await bg.send(dashboard('Pat Officer', 'E1112222', 'emt'), 1);
    const view = await bg.send(education([course('Member course')], { role: 'training-officer' } as Partial<PageSnapshot>), 1);
    expect(view.personKey).toBeNull();
    expect(titles((await people())['reg:E1112222']!.record.courses)).toEqual([]);
  });

  it('a signed-out page shows nobody and ends the tab’s session', async () => {
    const bg = background();
    await bg.send(dashboard('Sam Lee', 'A5550123'), 9);
    await bg.send(dashboard('Jordan Rivera', 'A3187642'), 1);
    const out = await bg.send(signedOut, 1);
    expect(out.personKey).toBeNull();
    expect(out.result).toBeNull();
    const next = await bg.send(education([course('After sign-out')]), 1);
    expect(next.personKey).toBeNull();
    expect(titles((await people())['reg:A3187642']!.record.courses)).toEqual([]);
  });

  it('the page cannot choose the tab’s owner: a tabOwner in the message is ignored', async () => {
    const bg = background();
    await bg.send(dashboard('Sam Lee', 'A5550123'), 9);
    await bg.send(dashboard('Jordan Rivera', 'A3187642'), 1);
    const view = await bg.send(education([course('Forged')]), 4, undefined, { tabOwner: 'reg:A5550123' });
    expect(view.personKey).toBeNull();
    expect(titles((await people())['reg:A5550123']!.record.courses)).toEqual([]);
  });
});
