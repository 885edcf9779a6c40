import { describe, expect, it } from 'vitest';
import { emptyRecord, mergeSnapshot } from '../../lib/merge';
import type { Course, PageSnapshot } from '../../lib/model';
import { normalizeName, personKey } from '../../lib/storage/identity';
import { agrees, applyPage, mostRecentPerson, type IdentitySession } from '../../lib/storage/routing';
import type { PeopleStore } from '../../lib/storage/schema';

const course = (title: string, hours: number): Course => ({
  title,
  completedOn: '2026-01-10',
  hours,
  component: 'national',
  topic: 'medical',
  approvalNumber: '26-ABC-F3-0001',
});

const dashboard = (name: string, registryNumber: string): PageSnapshot => ({
  url: 'https://www.nremt.org/dashboard',
  kind: 'nremt-dashboard',
  person: { name, registryNumber },
  certification: { level: 'emt', expiresOn: '2027-03-31', cycleStart: '2025-03-01' },
});
const education = (courses: Course[]): PageSnapshot => ({
  url: 'https://www.nremt.org/manage-education',
  kind: 'nremt-education',
  courses,
});
const license = (number: string, name?: string, level?: 'emt' | 'aemt' | 'paramedic'): PageSnapshot => ({
  url: 'https://healthprofessionlicensing.mass.gov/license',
  kind: 'elicensing-license',
  person: { ...(name ? { name } : {}), licenseNumber: number },
  license: { number, status: 'current', expiresOn: '2027-03-31', ...(level ? { level } : {}) },
});

/** Reads pages in order in one tab's session, as the background does; returns the store. */
function visit(pages: PageSnapshot[], start: PeopleStore = { people: {} }, session: IdentitySession = { id: 'tab-1', owner: null }) {
  let store = start;
  let current = session;
  let clock = Date.UTC(2026, 10, 24, 12);
  const outcomes = [];
  for (const page of pages) {
    const at = new Date((clock += 60_000)).toISOString();
    const applied = applyPage(store, page, current, at, mergeSnapshot, () => `after-${at}`);
    current = applied.session;
    store = applied.store;
    outcomes.push(applied.outcome);
  }
  return { store, owner: current.owner, session: current, outcomes };
}
const freshTab = (id = 'tab-2'): IdentitySession => ({ id, owner: null });

describe('person keys', () => {
  it('registry number wins; names are normalized (case, punctuation, order)', () => {
    expect(personKey({ name: 'Jordan Rivera', registryNumber: ' a-3187642 ' })).toBe('reg:A3187642');
    expect(personKey({ name: 'RIVERA, Jordan' })).toBe(personKey({ name: 'jordan  rivera' }));
    expect(personKey({})).toBeNull();
    expect(normalizeName('José Núñez')).toBe('jose nunez');
  });
});

describe('routing pages to people', () => {
  it('a Training Officer opening a member’s pages does not overwrite their own record', () => {
    const { store: afterTo, owner, session } = visit([dashboard('Sam Lee', 'T1112222'), education([course('TO course', 4)])]);
    expect(owner).toBe('reg:T1112222');
    const toBefore = structuredClone(afterTo.people['reg:T1112222']!.record);
    expect(toBefore.courses.map((c) => c.title)).toEqual(['TO course']);

    // Same tab: the TO opens a member's dashboard, then the member's education page (no name on it).
    const { store, owner: nextOwner } = visit(
      [dashboard('Jordan Rivera', 'A3187642'), education([course('Member course', 2)])],
      afterTo,
      session,
    );
    expect(nextOwner).toBe('reg:A3187642');
    expect(store.people['reg:T1112222']!.record).toEqual(toBefore);
    expect(store.people['reg:A3187642']!.record.courses.map((c) => c.title)).toEqual(['Member course']);
    expect(store.people['reg:A3187642']!.record.person.name).toBe('Jordan Rivera');
  });

  it('pages seen under the Training Officer role are never stored, and leave the session as it was', () => {
    const { store, session } = visit([dashboard('Sam Lee', 'T1112222')]);
    const roster: PageSnapshot = { ...education([course('Member course', 2)]), role: 'training-officer' };
    const applied = applyPage(store, roster, session, '2026-11-24T13:00:00.000Z');
    expect(applied.changed).toBe(false);
    expect(applied.outcome).toEqual({ kind: 'nobody', why: 'another-role' });
    expect(applied.session).toEqual(session);
  });

  it('with two people known, an education page in a fresh tab is held, not given to the most recent', () => {
    const { store } = visit([dashboard('Sam Lee', 'T1112222'), dashboard('Jordan Rivera', 'A3187642')]);
    expect(mostRecentPerson(store)).toBe('reg:A3187642');
    const { store: after, outcomes } = visit([education([course('Later course', 1)])], store, freshTab());
    expect(outcomes[0]!.kind).toBe('held');
    expect(after.people['reg:A3187642']!.record.courses).toHaveLength(0);
    expect(after.people['reg:T1112222']!.record.courses).toHaveLength(0);
    expect(Object.values(after.pending ?? {}).map((p) => p.snapshot.courses?.length)).toEqual([1]);
  });

  it('never merges two people with the same name but different registry numbers', () => {
    const { store } = visit([dashboard('Alex Kim', 'E1000001'), dashboard('Alex Kim', 'E2000002')]);
    expect(Object.keys(store.people).sort()).toEqual(['reg:E1000001', 'reg:E2000002']);
  });

  it('eLicensing links by name first, then by license number', () => {
    const { store } = visit([dashboard('Jordan Rivera', 'A3187642'), license('A123456', 'RIVERA, JORDAN')]);
    expect(Object.keys(store.people)).toEqual(['reg:A3187642']);
    expect(store.people['reg:A3187642']!.record.license?.number).toBe('A123456');
    // A later license page without a name, in another tab, still finds the person by license number.
    expect(visit([license('a-123456')], store, freshTab()).outcomes[0]).toEqual({ kind: 'stored', key: 'reg:A3187642' });
  });

  it('an eLicensing page of someone unknown becomes a new person', () => {
    const { store } = visit([dashboard('Jordan Rivera', 'A3187642'), license('P777777', 'Morgan Blake')]);
    expect(Object.keys(store.people).sort()).toEqual(['name:blake morgan', 'reg:A3187642']);
    expect(store.people['reg:A3187642']!.record.license).toBeUndefined();
  });

  it('a name-only page never takes over someone with a different license number', () => {
    const { store } = visit([dashboard('Jordan Rivera', 'A3187642'), license('A123456', 'Jordan Rivera')]);
    const { outcomes } = visit([license('E999999', 'Jordan Rivera')], store, freshTab());
    expect(outcomes[0]!.kind).toBe('stored');
    expect(outcomes[0]).not.toEqual({ kind: 'stored', key: 'reg:A3187642' });
  });

  it('unreadable pages change nothing; unknown (signed-out) pages show nobody and end the session', () => {
    const { store, session } = visit([dashboard('Jordan Rivera', 'A3187642')]);
    const unreadable = applyPage(store, { url: null, kind: 'nremt-education', unreadReason: 'no course table' }, session, '2026-11-24T13:00:00.000Z');
    expect(unreadable.changed).toBe(false);
    expect(unreadable.outcome).toEqual({ kind: 'unread', key: 'reg:A3187642' });
    const unknown = applyPage(store, { url: null, kind: 'unknown' }, session, '2026-11-24T13:00:00.000Z', mergeSnapshot, () => 'new');
    expect(unknown.changed).toBe(false);
    expect(unknown.outcome).toEqual({ kind: 'nobody', why: 'unrecognised' });
    expect(unknown.session).toEqual({ id: 'new', owner: null });
  });

  it('the first page without identity in an empty browser is held, then joins the first person named soon after', () => {
    const { store, outcomes } = visit([education([course('A', 1)])]);
    expect(outcomes[0]!.kind).toBe('held');
    expect(store.people).toEqual({});
    expect(emptyRecord().courses).toEqual([]);
    const named = visit([dashboard('Jordan Rivera', 'A3187642')], store, freshTab()).store;
    expect(named.people['reg:A3187642']!.record.courses.map((c) => c.title)).toEqual(['A']);
    expect(named.pending).toEqual({});
  });

  it('a page held long before the first person is named stays held (it may be someone else’s)', () => {
    const { store } = visit([education([course('A', 1)])]);
    const late = applyPage(store, dashboard('Jordan Rivera', 'A3187642'), freshTab(), '2026-11-24T18:00:00.000Z');
    expect(late.store.people['reg:A3187642']!.record.courses).toEqual([]);
    expect(Object.keys(late.store.pending ?? {})).toHaveLength(1);
  });

  describe('agreeing with what is stored', () => {
    const { store } = visit([dashboard('Jordan Rivera', 'A3187642'), education([course('One', 1), course('Two', 2)])]);
    const record = store.people['reg:A3187642']!.record;

    it('a course list sharing courses agrees; one replacing them wholesale does not', () => {
      expect(agrees(education([course('One', 1), course('Three', 3)]), record, false)).toBe(true);
      expect(agrees(education([course('Other', 5)]), record, true)).toBe(false);
      expect(agrees(education([]), record, true)).toBe(false);
    });

    it('a partial list in the same session only adds, so it agrees; from elsewhere it must share', () => {
      const page2 = education([course('Eleven', 1)]);
      page2.listCoverage = { complete: false, shown: 1, total: 12, reason: 'pager' };
      expect(agrees(page2, record, true)).toBe(true);
      expect(agrees(page2, record, false)).toBe(false);
    });

    it('another level or another license number never agrees', () => {
      expect(agrees(license('P123456', undefined, 'paramedic'), record, true)).toBe(false);
      const licensed = { ...record, license: { number: 'E1', status: 'current' as const, expiresOn: null } };
      expect(agrees(license('E2'), licensed, true)).toBe(false);
      expect(agrees(license('e-1'), licensed, true)).toBe(true);
    });
  });

  describe('eLicensing pages that show no name (the sites share no identifier)', () => {
    it('join the only NREMT person known when they have no license yet and levels agree', () => {
      const { store } = visit([dashboard('Jordan Rivera', 'E3187642'), license('E123456', undefined, 'emt')], undefined);
      expect(Object.keys(store.people)).toEqual(['reg:E3187642']);
      expect(store.people['reg:E3187642']!.record.license?.number).toBe('E123456');
    });

    it('read first, are joined by the NREMT dashboard read next', () => {
      const first = visit([license('E123456', undefined, 'emt')]).store;
      const { store } = visit([dashboard('Jordan Rivera', 'E3187642')], first, freshTab());
      expect(Object.keys(store.people)).toEqual(['reg:E3187642']);
      expect(store.people['reg:E3187642']!.record.license?.number).toBe('E123456');
      // From now on the license number finds this record.
      expect(visit([license('E123456', undefined, 'emt')], store, freshTab('tab-3')).outcomes[0]).toEqual({ kind: 'stored', key: 'reg:E3187642' });
    });

    it('never attach a second license to someone, nor a license of another level', () => {
      const linked = visit([dashboard('Jordan Rivera', 'E3187642'), license('E123456', undefined, 'emt')]).store;
      expect(visit([license('E999999', undefined, 'emt')], linked, freshTab()).outcomes[0]!.kind).toBe('held');
      const paramedic = visit([dashboard('Sam Lee', 'P1112222')]).store;
      paramedic.people['reg:P1112222']!.record.certification = { level: 'paramedic' };
      expect(visit([license('E123456', undefined, 'emt')], paramedic, freshTab()).outcomes[0]!.kind).toBe('held');
    });

    it('a new NREMT person is not folded into someone already identified on NREMT', () => {
      const { store } = visit([dashboard('Jordan Rivera', 'E3187642'), license('E123456', undefined, 'emt'), dashboard('Alex Kim', 'E2000002')]);
      expect(Object.keys(store.people).sort()).toEqual(['reg:E2000002', 'reg:E3187642']);
    });
  });
});
