// Phases, deadlines and which warnings may appear when.
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../lib/engine';
import { phaseOn } from '../../lib/engine/phase';
import { cycleForYear } from '../../lib/rules';
import { aemtCompleteCourses, nat, record } from './builders';

const codes = (r: { warnings: { code: string }[] }) => r.warnings.map((w) => w.code);
const cycle2027 = cycleForYear(2027);

describe('phase boundaries', () => {
  it.each([
    ['2026-09-30', 'not-open'],
    ['2026-10-01', 'open'],
    ['2027-03-31', 'open'],
    ['2027-04-01', 'late'],
    ['2027-04-30', 'late'],
    ['2027-05-01', 'closed'],
  ] as const)('%s is %s', (today, phase) => {
    expect(phaseOn(cycle2027, today)).toBe(phase);
  });
  it('no cycle: unknown', () => expect(phaseOn(null, '2027-01-01')).toBe('unknown'));
});

describe('deadline warnings', () => {
  // Step A in progress (hours missing), Step B not done.
  const rec = record({
    certification: { level: 'aemt', expiresOn: '2027-03-31', cycleStart: '2025-02-11' },
    license: { number: 'A1', status: 'current', expiresOn: '2027-03-31' },
    courses: [nat('Airway', 'airway', 2)],
  });
  it.each([
    ['2027-02-28', false], // 31 days to Mar 31
    ['2027-03-01', true], // 30 days
    ['2027-03-31', true], // 0 days: the last day itself
  ] as const)('DEADLINE_SOON on %s: %s', (today, soon) => {
    const r = buildReport({ record: rec }, today);
    expect(codes(r).includes('DEADLINE_SOON')).toBe(soon);
    expect(codes(r)).not.toContain('LATE');
  });
  it('the last day says so', () => {
    const r = buildReport({ record: rec }, '2027-03-31');
    expect(r.warnings.find((w) => w.code === 'DEADLINE_SOON')?.message).toMatch(/^Today is the last day/);
  });
  it('LATE replaces DEADLINE_SOON from April 1', () => {
    const r = buildReport({ record: rec }, '2027-04-01');
    expect(codes(r)).toContain('LATE');
    expect(codes(r)).not.toContain('DEADLINE_SOON');
  });
  it('no DEADLINE_SOON when both steps are done... i.e. renewed', () => {
    const done = record({
      certification: { level: 'aemt', expiresOn: '2029-03-31', cycleStart: '2027-03-01' },
      license: { number: 'A1', status: 'current', expiresOn: '2029-03-31' },
    });
    const r = buildReport({ record: done }, '2027-03-20');
    expect(codes(r)).not.toContain('DEADLINE_SOON');
    expect(codes(r)).toContain('RENEWED');
  });
});

describe('acting warnings wait for the window to open', () => {
  const ready = record({
    certification: { level: 'aemt', expiresOn: '2027-03-31', cycleStart: '2025-02-11' },
    application: { status: 'not-submitted', submitButton: true },
    license: { number: 'A1', status: 'current', expiresOn: '2027-03-31' },
    courses: aemtCompleteCourses(),
  });
  it('before October 1: no SUBMIT_APPLICATION, no STEP_B_NOT_DONE', () => {
    const r = buildReport({ record: ready }, '2026-09-30');
    expect(r.phase).toBe('not-open');
    expect(r.stepA.status).toBe('ready-to-submit');
    expect(codes(r)).not.toContain('SUBMIT_APPLICATION');
    expect(codes(r)).not.toContain('STEP_B_NOT_DONE');
  });
  it('from October 1 both appear', () => {
    const r = buildReport({ record: ready }, '2026-10-01');
    expect(codes(r)).toContain('SUBMIT_APPLICATION');
    expect(codes(r)).toContain('STEP_B_NOT_DONE');
    // danger first
    expect(r.warnings[0]?.code).toBe('SUBMIT_APPLICATION');
  });
  it('RECOMMENDED_DATE until Feb 15, not after', () => {
    expect(codes(buildReport({ record: ready }, '2027-02-15'))).toContain('RECOMMENDED_DATE');
    expect(codes(buildReport({ record: ready }, '2027-02-16'))).not.toContain('RECOMMENDED_DATE');
  });
});

describe('step A', () => {
  const base = {
    certification: { level: 'aemt' as const, expiresOn: '2027-03-31', cycleStart: '2025-02-11' },
  };
  const today = '2026-12-01';
  it.each([
    ['not-started', undefined, []],
    ['in-progress', 'in-progress', []],
    ['in-progress', 'returned', []],
    ['not-started', 'not-started', []],
    ['in-progress', undefined, [nat('A', 'airway', 1)]],
    ['ready-to-submit', 'not-submitted', aemtCompleteCourses()],
    ['ready-to-submit', 'returned', aemtCompleteCourses()],
    ['submitted', 'submitted', aemtCompleteCourses()],
    ['complete', 'approved', []],
  ] as const)('%s when the application is %s', (status, app, courses) => {
    const rec = record({
      ...base,
      courses: [...courses],
      ...(app ? { application: { status: app, submitButton: true } } : {}),
    });
    expect(buildReport({ record: rec }, today).stepA.status).toBe(status);
  });
  it('unknown when nothing from NREMT was read', () => {
    const rec = record({ license: { number: 'A1', level: 'aemt', status: 'current', expiresOn: '2027-03-31' } });
    const r = buildReport({ record: rec }, today);
    expect(r.stepA.status).toBe('unknown');
    expect(r.checklist.find((i) => i.id === 'login')?.state).toBe('todo');
    // the level came from eLicensing
    expect(r.level).toBe('aemt');
  });
  it('RETURNED_INCOMPLETE is a danger', () => {
    const rec = record({ ...base, application: { status: 'returned', submitButton: true } });
    expect(buildReport({ record: rec }, today).warnings[0]).toMatchObject({ code: 'RETURNED_INCOMPLETE', severity: 'danger' });
  });
});

describe('step B', () => {
  const cert = { level: 'emt' as const, expiresOn: '2027-03-31', cycleStart: '2025-02-11' };
  it('unknown when eLicensing was never read, with a warning to check it once open', () => {
    const r = buildReport({ record: record({ certification: cert }) }, '2026-12-01');
    expect(r.stepB).toEqual({ status: 'unknown', licenseExpiresOn: null });
    expect(r.warnings.find((w) => w.code === 'STEP_B_NOT_DONE')?.message).toContain('Open eLicensing');
  });
  it('done on or after renewsTo; not-done before', () => {
    const lic = (expiresOn: string) => record({ certification: cert, license: { number: 'E1', status: 'current', expiresOn } });
    // NREMT still 2027, eLicensing 2029: the earliest (2027) cycle, Step B done
    expect(buildReport({ record: lic('2029-03-31') }, '2027-03-01').stepB.status).toBe('done');
    expect(buildReport({ record: lic('2029-03-30') }, '2027-03-01').stepB.status).toBe('not-done');
  });
});

describe('agency', () => {
  const cert = { level: 'emt' as const, expiresOn: '2027-03-31', cycleStart: '2025-02-11' };
  it.each([
    ['pending', 'pending approval'],
    ['none', 'Affiliate with your agency'],
  ] as const)('%s: NO_AGENCY says what to do and warns about Inactive', (status, text) => {
    const r = buildReport({ record: record({ certification: cert, agency: { name: 'PVA', status } }) }, '2026-12-01');
    const w = r.warnings.find((x) => x.code === 'NO_AGENCY');
    expect(w?.message).toContain(text);
    expect(w?.message).toContain('"Inactive"');
    expect(r.checklist.find((i) => i.id === 'affiliate')?.state).toBe('todo');
  });
  it('active or unknown: no NO_AGENCY', () => {
    for (const agency of [{ name: 'PVA', status: 'active' as const }, undefined]) {
      const r = buildReport({ record: record({ certification: cert, ...(agency ? { agency } : {}) }) }, '2026-12-01');
      expect(codes(r)).not.toContain('NO_AGENCY');
    }
  });
  it('named without a status (an application\'s "Agency: …"): no NO_AGENCY, no agency action, the step still unknown', () => {
    const r = buildReport({ record: record({ certification: cert, agency: { name: 'PVA' } }) }, '2026-12-01');
    expect(codes(r)).not.toContain('NO_AGENCY');
    expect(r.nextActions.map((a) => a.id)).not.toContain('affiliate');
    expect(r.nextActions.map((a) => a.id)).not.toContain('agency-pending');
    expect(r.checklist.find((i) => i.id === 'affiliate')?.state).toBe('unknown');
  });
});

describe('what we do not know is never shown as zero', () => {
  it('unknown level: components and total are null', () => {
    const r = buildReport({ record: record({ certification: { expiresOn: '2027-03-31' }, courses: [nat('A', 'airway', 3)] }) }, '2026-12-01');
    expect(r.level).toBeNull();
    expect(r.components).toBeNull();
    expect(r.totalRemaining).toBeNull();
    expect(r.warnings.find((w) => w.code === 'LEVEL_UNKNOWN')?.message).toContain('Open your NREMT dashboard so we can read your level');
    expect(r.checklist.find((i) => i.id === 'hours')?.state).toBe('unknown');
  });
  it('the level override wins over the pages', () => {
    const r = buildReport(
      { record: record({ certification: { level: 'emt', expiresOn: '2027-03-31' }, unread: [] }), settings: { levelOverride: 'paramedic' } },
      '2026-12-01',
    );
    expect(r.level).toBe('paramedic');
    expect(r.totalRemaining).toBe(60);
  });
  // Found in Chromium: an application page read before any course list made the panel say "Add 40 more hours".
  it('no course list read yet: the hours are unknown, and the next step is to open Manage Education', () => {
    const r = buildReport({ record: record({ certification: { level: 'aemt', expiresOn: '2027-03-31', cycleStart: '2025-04-01' } }) }, '2026-12-01');
    expect(r.coursesRead).toBe(false);
    expect(r.components).toBeNull();
    expect(r.totalRemaining).toBeNull();
    expect(r.plan).toBeNull();
    expect(r.pediatric).toBeNull();
    expect(r.nextActions.map((a) => a.id)).toContain('read-courses');
    expect(r.nextActions.map((a) => a.id)).not.toContain('add-hours');
    expect(codes(r)).toContain('COURSES_NOT_READ');
    expect(codes(r)).not.toContain('HOURS_NEEDED');
    expect(r.checklist.find((i) => i.id === 'hours')).toMatchObject({ state: 'unknown', detail: 'Open Manage Education so we can read your courses' });
    expect(r.stepA.status).toBe('not-started');
  });
  // Found in Chromium: a Fluent Forms application page showing Continuing Education complete, the fee
  // paid and "Not Submitted" got no Submit reminder while no course list had been read.
  describe('the NREMT application shows the fee paid and not submitted', () => {
    const cert = { level: 'emt' as const, expiresOn: '2027-03-31', cycleStart: '2025-04-01' };
    const paid = { status: 'not-submitted' as const, submitButton: true, paid: true };
    const ids = (r: ReturnType<typeof buildReport>) => r.nextActions.map((a) => a.id);
    it('with no course list read: the Submit trap, as a danger', () => {
      const r = buildReport({ record: record({ certification: cert, application: paid }) }, '2026-12-01');
      expect(ids(r)).toContain('submit-nremt');
      expect(r.nextActions.find((a) => a.id === 'submit-nremt')).toMatchObject({ urgency: 'now', where: { control: 'nremt-submit' } });
      expect(r.warnings.find((w) => w.code === 'SUBMIT_APPLICATION')?.severity).toBe('danger');
    });
    it('with hours short by the courses read: adding them comes first, no Submit trap', () => {
      const r = buildReport({ record: record({ certification: cert, application: paid, courses: [nat('A', 'airway', 3)] }) }, '2026-12-01');
      expect(ids(r)).toContain('add-hours');
      expect(ids(r)).not.toContain('submit-nremt');
    });
    it('not paid: no Submit trap', () => {
      const r = buildReport({ record: record({ certification: cert, application: { ...paid, paid: false } }) }, '2026-12-01');
      expect(ids(r)).not.toContain('submit-nremt');
    });
    it('before the window opens: no Submit trap', () => {
      const r = buildReport({ record: record({ certification: cert, application: paid }) }, '2026-06-01');
      expect(ids(r)).not.toContain('submit-nremt');
    });
  });
  it('an empty course list, once read, is the truth: every hour is left', () => {
    const r = buildReport({ record: record({ certification: { level: 'aemt', expiresOn: '2027-03-31', cycleStart: '2025-04-01' }, unread: [] }) }, '2026-12-01');
    expect(r.coursesRead).toBe(true);
    expect(r.totalRemaining).toBe(50);
    expect(r.nextActions.map((a) => a.id)).toContain('add-hours');
    expect(codes(r)).not.toContain('COURSES_NOT_READ');
  });
  it('recertified by exam: no hours are needed, read or not', () => {
    const r = buildReport({ record: record({ certification: { level: 'aemt', expiresOn: '2027-03-31' } }), settings: { recertifiedByExam: true } }, '2026-12-01');
    expect(r.totalRemaining).toBe(0);
    expect(r.nextActions.map((a) => a.id)).not.toContain('read-courses');
  });
  it('unknown expiration: no cycle, phase unknown, no days left', () => {
    const r = buildReport({ record: record({ certification: { level: 'emt' } }) }, '2026-12-01');
    expect(r.cycle).toBeNull();
    expect(r.phase).toBe('unknown');
    expect(r.daysLeft).toBeNull();
    expect(codes(r)).toContain('EXPIRATION_UNKNOWN');
    expect(r.lateFeesApply).toBe(false);
  });
  it('unknown cycle start: info asking for the dashboard', () => {
    const r = buildReport({ record: record({ certification: { level: 'emt', expiresOn: '2027-03-31' } }) }, '2026-12-01');
    expect(r.warnings.find((w) => w.code === 'CYCLE_START_UNKNOWN')?.severity).toBe('info');
  });
  it('an empty record says both what is missing and nothing else false', () => {
    const r = buildReport({ record: record({}) }, '2026-12-01');
    expect(r.stepA.status).toBe('unknown');
    expect(r.stepB.status).toBe('unknown');
    expect(codes(r).sort()).toEqual(['EXPIRATION_UNKNOWN', 'LEVEL_UNKNOWN']);
    expect(new Set(r.checklist.map((i) => i.state))).toEqual(new Set(['todo', 'unknown']));
  });
});

describe('rule coverage and odd dates', () => {
  it('an expiration before 2026-03-31: components but no topic claims, RULES_NOT_COVERED', () => {
    const r = buildReport(
      { record: record({ certification: { level: 'emt', expiresOn: '2025-03-31', cycleStart: '2023-03-01' }, courses: [nat('A', 'airway', 6, '2024-05-01')] }) },
      '2025-01-10',
    );
    expect(codes(r)).toContain('RULES_NOT_COVERED');
    expect(r.components?.national.topics.airway.required).toBe(0);
    // 6 National hours count toward 20 without a topic cap
    expect(r.components?.national).toMatchObject({ required: 20, credited: 6, remaining: 14 });
  });
  it('an expiration that is not March 31 still works, with UNUSUAL_EXPIRATION', () => {
    const r = buildReport({ record: record({ certification: { level: 'emt', expiresOn: '2027-06-30' } }) }, '2026-12-01');
    expect(r.cycle?.lastDay).toBe('2027-03-31');
    expect(r.certification.expiresOn).toBe('2027-06-30');
    expect(codes(r)).toContain('UNUSUAL_EXPIRATION');
  });
});
