import { describe, expect, it } from 'vitest';
import { emptyRecord, mergeSnapshot } from '../../lib/merge';
import type { Course, PageSnapshot } from '../../lib/model';
import { applySnapshot } from '../../lib/extension/page-flow';
import { normalizeName, personKey } from '../../lib/storage/identity';
import { mostRecentPerson, routeSnapshot } from '../../lib/storage/routing';
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

/** Reads pages in order in one tab, as the content script does; returns the store. */
function visit(pages: PageSnapshot[], start: PeopleStore = { people: {} }, tabOwner: string | null = null) {
  let store = start;
  let owner = tabOwner;
  let clock = Date.UTC(2026, 10, 24, 12);
  for (const page of pages) {
    const at = new Date((clock += 60_000)).toISOString();
    const applied = applySnapshot(store, page, owner, at, mergeSnapshot);
    owner = applied.tabOwner;
    if (applied.updated && applied.key) store = { people: { ...store.people, [applied.key]: { record: applied.updated, updatedAt: at } } };
  }
  return { store, owner };
}

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
    const { store: afterTo, owner } = visit([dashboard('Sam Lee', 'T1112222'), education([course('TO course', 4)])]);
    expect(owner).toBe('reg:T1112222');
    const toBefore = structuredClone(afterTo.people['reg:T1112222']!.record);
    expect(toBefore.courses.map((c) => c.title)).toEqual(['TO course']);

    // Same tab: the TO opens a member's dashboard, then the member's education page (no name on it).
    const { store, owner: nextOwner } = visit(
      [dashboard('Jordan Rivera', 'A3187642'), education([course('Member course', 2)])],
      afterTo,
      owner,
    );
    expect(nextOwner).toBe('reg:A3187642');
    expect(store.people['reg:T1112222']!.record).toEqual(toBefore);
    expect(store.people['reg:A3187642']!.record.courses.map((c) => c.title)).toEqual(['Member course']);
    expect(store.people['reg:A3187642']!.record.person.name).toBe('Jordan Rivera');
  });

  it('an education page in a fresh tab goes to the most recently active person', () => {
    const { store } = visit([dashboard('Sam Lee', 'T1112222'), dashboard('Jordan Rivera', 'A3187642')]);
    expect(mostRecentPerson(store)).toBe('reg:A3187642');
    const { store: after } = visit([education([course('Later course', 1)])], store, null);
    expect(after.people['reg:A3187642']!.record.courses).toHaveLength(1);
    expect(after.people['reg:T1112222']!.record.courses).toHaveLength(0);
  });

  it('never merges two people with the same name but different registry numbers', () => {
    const { store } = visit([dashboard('Alex Kim', 'E1000001'), dashboard('Alex Kim', 'E2000002')]);
    expect(Object.keys(store.people).sort()).toEqual(['reg:E1000001', 'reg:E2000002']);
  });

  it('eLicensing links by name first, then by license number', () => {
    const { store } = visit([dashboard('Jordan Rivera', 'A3187642'), license('A123456', 'RIVERA, JORDAN')]);
    expect(Object.keys(store.people)).toEqual(['reg:A3187642']);
    expect(store.people['reg:A3187642']!.record.license?.number).toBe('A123456');
    // A later license page without a name still finds the person by license number.
    expect(routeSnapshot(store, license('a-123456'), null)).toEqual({ key: 'reg:A3187642', isNew: false });
  });

  it('an eLicensing page of someone unknown becomes a new person', () => {
    const { store } = visit([dashboard('Jordan Rivera', 'A3187642'), license('P777777', 'Morgan Blake')]);
    expect(Object.keys(store.people).sort()).toEqual(['name:blake morgan', 'reg:A3187642']);
    expect(store.people['reg:A3187642']!.record.license).toBeUndefined();
  });

  it('a name-only page never takes over someone with a different license number', () => {
    const { store } = visit([dashboard('Jordan Rivera', 'A3187642'), license('A123456', 'Jordan Rivera')]);
    const route = routeSnapshot(store, license('E999999', 'Jordan Rivera'), null);
    expect(route.isNew).toBe(true);
    expect(route.key).not.toBe('reg:A3187642');
  });

  it('unreadable and unknown pages change nothing', () => {
    const { store } = visit([dashboard('Jordan Rivera', 'A3187642')]);
    const unreadable = applySnapshot(store, { url: null, kind: 'nremt-education', readError: 'no course table' }, 'reg:A3187642', '2026-11-24T13:00:00.000Z');
    expect(unreadable).toEqual({ key: 'reg:A3187642', tabOwner: 'reg:A3187642', updated: null });
    const unknown = applySnapshot(store, { url: null, kind: 'unknown' }, null, '2026-11-24T13:00:00.000Z');
    expect(unknown.updated).toBeNull();
    expect(unknown.key).toBe('reg:A3187642');
  });

  it('the first page without identity in an empty browser starts an unidentified record', () => {
    const applied = applySnapshot({ people: {} }, education([course('A', 1)]), null, '2026-11-24T13:00:00.000Z', mergeSnapshot);
    expect(applied.key).toBe('unidentified');
    expect(applied.updated?.courses).toHaveLength(1);
    expect(emptyRecord().courses).toEqual([]);
  });

  describe('eLicensing pages that show no name (the sites share no identifier)', () => {
    it('link to the most recent NREMT person who has no license yet, levels agreeing', () => {
      const { store } = visit([dashboard('Jordan Rivera', 'E3187642'), license('E123456', undefined, 'emt')]);
      expect(Object.keys(store.people)).toEqual(['reg:E3187642']);
      expect(store.people['reg:E3187642']!.record.license?.number).toBe('E123456');
    });

    it('read first, are joined by the NREMT dashboard read next', () => {
      const { store } = visit([license('E123456', undefined, 'emt'), dashboard('Jordan Rivera', 'E3187642')]);
      expect(Object.keys(store.people)).toEqual(['lic:E123456']);
      const record = store.people['lic:E123456']!.record;
      expect(record.person.registryNumber).toBe('E3187642');
      expect(record.license?.number).toBe('E123456');
      // From now on the registry number finds this record.
      expect(routeSnapshot(store, dashboard('Jordan Rivera', 'E3187642'), null).key).toBe('lic:E123456');
    });

    it('never attach a second license to someone, nor a license of another level', () => {
      const linked = visit([dashboard('Jordan Rivera', 'E3187642'), license('E123456', undefined, 'emt')]).store;
      expect(routeSnapshot(linked, license('E999999', undefined, 'emt'), null).isNew).toBe(true);
      const paramedic = visit([dashboard('Sam Lee', 'P1112222')]).store;
      paramedic.people['reg:P1112222']!.record.certification = { level: 'paramedic' };
      expect(routeSnapshot(paramedic, license('E123456', undefined, 'emt'), null).isNew).toBe(true);
    });

    it('a new NREMT person is not folded into someone already identified on NREMT', () => {
      const { store } = visit([dashboard('Jordan Rivera', 'E3187642'), license('E123456', undefined, 'emt'), dashboard('Alex Kim', 'E2000002')]);
      expect(Object.keys(store.people).sort()).toEqual(['reg:E2000002', 'reg:E3187642']);
    });
  });
});
