// mergeSnapshot folds pages into one provider's record, never double-counting courses that
// Transcript and Manage Education both show.
import { describe, expect, it } from 'vitest';
import { emptyRecord, mergeCourses, mergeSnapshot } from '../../lib/merge';
import type { Course, PageSnapshot, ProviderRecord } from '../../lib/model';

const T = '2026-11-24T15:00:00.000Z';

function c(title: string, component: Course['component'] = null, topic: Course['topic'] = null, hours = 2, completedOn: string | null = '2025-11-05', approvalNumber: string | null = '25-PVEM-F5-0102'): Course {
  return { title, completedOn, hours, component, topic, approvalNumber };
}
const page = (kind: PageSnapshot['kind'], rest: Partial<PageSnapshot> = {}): PageSnapshot => ({ url: null, kind, ...rest });
const fold = (...pages: PageSnapshot[]): ProviderRecord => pages.reduce((r, p) => mergeSnapshot(r, p, T), emptyRecord());
const titles = (courses: Course[]) => courses.map((x) => `${x.title}|${x.component ?? '-'}|${x.topic ?? '-'}`);

describe('courses across pages', () => {
  const manage = [c('Stroke', 'national', 'medical'), c('Stroke', 'national', 'medical'), c('Protocols', 'local', null, 4)];
  const transcript = [c('Stroke'), c('Stroke'), c('Protocols', null, null, 4), c('New course', null, null, 1)];

  it.each([
    {
      name: 'Manage Education then Transcript: assignments kept, nothing doubled, new course added',
      pages: [manage, transcript],
      expected: ['Stroke|national|medical', 'Stroke|national|medical', 'Protocols|local|-', 'New course|-|-'],
    },
    {
      name: 'Transcript then Manage Education: the newest list wins, with its assignments',
      pages: [transcript, manage],
      expected: ['Stroke|national|medical', 'Stroke|national|medical', 'Protocols|local|-'],
    },
    {
      name: 'a course deleted on NREMT is gone at the next read',
      pages: [manage, manage.slice(0, 2)],
      expected: ['Stroke|national|medical', 'Stroke|national|medical'],
    },
    {
      name: 'Transcript after Manage Education keeps a course split across components',
      pages: [[c('Stroke', 'national', 'medical'), c('Stroke', 'local')], [c('Stroke')]],
      expected: ['Stroke|national|medical', 'Stroke|local|-'],
    },
    {
      name: 'Transcript after Manage Education keeps a split whose parts show their own hours ("2.00 of 3.00")',
      pages: [[{ ...c('Stroke', 'national', 'medical', 2), courseHours: 3 }, { ...c('Stroke', 'local', null, 1), courseHours: 3 }], [c('Stroke', null, null, 3)]],
      expected: ['Stroke|national|medical', 'Stroke|local|-'],
    },
    {
      name: 'the same page twice: the count is the max, not the sum',
      pages: [manage, manage],
      expected: ['Stroke|national|medical', 'Stroke|national|medical', 'Protocols|local|-'],
    },
    {
      name: 'a real repeat inside one page survives (and will be flagged by the engine)',
      pages: [[c('Stroke'), c('Stroke')]],
      expected: ['Stroke|-|-', 'Stroke|-|-'],
    },
    {
      name: 'a repeat removed on NREMT is gone at the next read',
      pages: [[c('Stroke'), c('Stroke')], [c('Stroke')]],
      expected: ['Stroke|-|-'],
    },
    {
      name: 'a newer Manage Education reassigns a course',
      pages: [[c('Protocols', 'local', null, 4)], [c('Protocols', 'individual', null, 4)]],
      expected: ['Protocols|individual|-'],
    },
    {
      name: 'title spacing/case and a placeholder approval do not make a new course',
      pages: [[c('Incident  Command', 'national', 'operations', 1, '2026-03-10', '—')], [c('incident command', null, null, 1, '2026-03-10', 'N/A')]],
      expected: ['Incident  Command|national|operations'],
    },
    {
      name: 'different hours or dates are different courses',
      // Neither newer row is the assigned course, so its assignment does not carry over.
      pages: [[c('Stroke', 'national', 'medical', 2)], [c('Stroke', null, null, 3), c('Stroke', null, null, 2, '2025-11-06')]],
      expected: ['Stroke|-|-', 'Stroke|-|-'],
    },
  ])('$name', ({ pages, expected }) => {
    const r = fold(...pages.map((courses) => page('nremt-education', { courses })));
    expect(titles(r.courses)).toEqual(expected);
  });

  it('mergeCourses is pure: inputs are not changed', () => {
    const a = [c('A', 'local')];
    const b = [c('A')];
    const snapshot = JSON.stringify([a, b]);
    mergeCourses(a, b);
    expect(JSON.stringify([a, b])).toBe(snapshot);
  });
});

describe('page kinds', () => {
  it('dashboard fills certification and agency; known fields are not erased by nulls', () => {
    const r = fold(
      page('nremt-dashboard', {
        person: { name: 'Jordan Rivera', registryNumber: 'A3187642' },
        certification: { level: 'aemt', expiresOn: '2027-03-31', cycleStart: '2025-02-11' },
        agency: { name: 'Pioneer Valley Ambulance', status: 'pending' },
      }),
      page('nremt-dashboard', {
        person: { name: 'Someone Else', licenseNumber: 'A123456' },
        certification: { level: null, expiresOn: '2029-03-31', cycleStart: null },
        agency: { name: null, status: 'active' },
      }),
    );
    expect(r.certification).toEqual({ level: 'aemt', expiresOn: '2029-03-31', cycleStart: '2025-02-11' });
    expect(r.agency).toEqual({ name: 'Pioneer Valley Ambulance', status: 'active' });
    // person: known fields kept, gaps filled
    expect(r.person).toEqual({ name: 'Jordan Rivera', registryNumber: 'A3187642', licenseNumber: 'A123456' });
    expect(r.readAt).toEqual({ nremt: T });
  });

  it('application page sets the application; eLicensing sets the license and its read time', () => {
    const r = fold(
      page('nremt-application', { application: { status: 'in-progress', submitButton: true } }),
      page('elicensing-license', { license: { number: 'A123456', status: 'current', expiresOn: '2027-03-31' } }),
      page('nremt-application', { application: { status: 'submitted', submitButton: false } }),
    );
    expect(r.application).toEqual({ status: 'submitted', submitButton: false });
    expect(r.license).toEqual({ number: 'A123456', status: 'current', expiresOn: '2027-03-31' });
    expect(r.readAt).toEqual({ nremt: T, elicensing: T });
  });

  it('an unreadable or unknown page changes nothing', () => {
    const start = fold(page('nremt-education', { courses: [c('A', 'local')] }));
    const broken = page('nremt-education', { courses: [], unreadReason: 'could not find the course table' });
    expect(mergeSnapshot(start, broken, 'later')).toBe(start);
    expect(mergeSnapshot(start, page('unknown', { license: { number: 'X', status: null, expiresOn: null } }), 'later')).toBe(start);
  });

  it('unread rows come from the latest education read', () => {
    const r = fold(
      page('nremt-education', { courses: [c('A')], unread: [{ text: 'row 1', reason: 'no date' }, { text: 'row 2', reason: 'no hours' }] }),
      page('nremt-education', { courses: [c('A')], unread: [{ text: 'row 3', reason: 'no date' }] }),
    );
    expect(r.unread).toEqual([{ text: 'row 3', reason: 'no date' }]);
    expect(fold(page('nremt-education', { courses: [c('A')] })).unread).toEqual([]);
  });

  it('does not mutate the record it is given', () => {
    const start = emptyRecord();
    const frozen = JSON.stringify(start);
    mergeSnapshot(start, page('nremt-dashboard', { certification: { level: 'emt' } }), T);
    expect(JSON.stringify(start)).toBe(frozen);
  });
});

describe('required figures shown on the education page', () => {
  const edu = (requirements?: PageSnapshot['requirements']): PageSnapshot => ({
    url: null,
    kind: 'nremt-education',
    courses: [],
    ...(requirements ? { requirements } : {}),
  });

  it('the newest page that shows figures replaces the stored ones; a page without any keeps them', () => {
    let rec = mergeSnapshot(emptyRecord(), edu({ national: 25, topics: { trauma: 4 } }), '2026-11-01T00:00:00Z');
    expect(rec.requirements).toEqual({ national: 25, topics: { trauma: 4 } });
    rec = mergeSnapshot(rec, edu({ local: 12.5 }), '2026-11-02T00:00:00Z');
    expect(rec.requirements).toEqual({ local: 12.5 });
    rec = mergeSnapshot(rec, edu(), '2026-11-03T00:00:00Z');
    expect(rec.requirements).toEqual({ local: 12.5 });
  });
});

describe('an agency named without its status (an application\'s "Agency: …")', () => {
  const dashboard = (agency: PageSnapshot['agency']): PageSnapshot => page('nremt-dashboard', { agency });
  const application = page('nremt-application', { agency: { name: 'Cape Ann Regional EMS' } });

  it.each([
    ['the same agency read with its status before keeps that status', { name: 'Cape Ann Regional EMS', status: 'active' as const }, { name: 'Cape Ann Regional EMS', status: 'active' }],
    ['another agency read before gives it no status', { name: 'Lowell General EMS', status: 'active' as const }, { name: 'Cape Ann Regional EMS' }],
    ['"no agency" read before gives it no status', { name: null, status: 'none' as const }, { name: 'Cape Ann Regional EMS' }],
  ])('%s', (_, before, want) => {
    expect(fold(dashboard(before), application).agency).toEqual(want);
  });

  it('a status read later completes it', () => {
    expect(fold(application, dashboard({ name: 'Cape Ann Regional EMS', status: 'pending' })).agency).toEqual({ name: 'Cape Ann Regional EMS', status: 'pending' });
  });
});
