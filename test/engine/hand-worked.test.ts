// The engine's key cases, worked by hand (arithmetic in the comments), run through
// the real engine. Each assertion would fail if the rule it names broke.
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../lib/engine';
import { Report, type Warning } from '../../lib/model';
import { aemtCompleteCourses, course, ind, loc, nat, record } from './builders';

const codes = (ws: readonly Warning[]) => ws.map((w) => w.code);
const find = (ws: readonly Warning[], code: string) => ws.find((w) => w.code === code);

describe('AEMT mid-cycle with gaps in two topics', () => {
  const rec = record({
    certification: { level: 'aemt', expiresOn: '2027-03-31', cycleStart: '2025-02-11' },
    agency: { name: 'Pioneer Valley Ambulance', status: 'active' },
    application: { status: 'in-progress', submitButton: true },
    license: { number: 'A123456', level: 'aemt', status: 'current', expiresOn: '2027-03-31' },
    courses: [
      nat('Airway Management', 'airway', 3),
      nat('Pediatric Airway', 'airway', 2),
      nat('Cardiac Arrest Update', 'cardiovascular', 6),
      nat('Trauma Review', 'trauma', 2),
      nat('Endocrine Emergencies', 'medical', 5),
      nat('Stroke Triage', 'medical', 3),
      nat('Hazmat Refresher', 'operations', 1.5),
      loc('MA Protocols', 8),
      loc('Stretcher Ops', 4.5),
      ind('Geriatrics', 6.5),
      ind('Toxicology', 6.5),
    ],
  });
  const report = buildReport({ record: rec }, '2026-11-24');

  it('caps each topic at its requirement and sums National from the topics', () => {
    const n = report.components!.national;
    // airway 3 + 2 = 5 of 5 -> remaining 0
    expect(n.topics.airway).toEqual({ required: 5, hours: 5, credited: 5, remaining: 0 });
    // trauma 2 of 4 -> remaining 2
    expect(n.topics.trauma).toEqual({ required: 4, hours: 2, credited: 2, remaining: 2 });
    // medical 5 + 3 = 8 raw, capped at 7 -> remaining 0
    expect(n.topics.medical).toEqual({ required: 7, hours: 8, credited: 7, remaining: 0 });
    // operations 1.5 of 3 -> remaining 1.5
    expect(n.topics.operations).toEqual({ required: 3, hours: 1.5, credited: 1.5, remaining: 1.5 });
    // National credited = 5 + 6 + 2 + 7 + 1.5 = 21.5 (not the raw 22.5) -> remaining 25 - 21.5 = 3.5
    expect(n).toMatchObject({ required: 25, hours: 22.5, credited: 21.5, remaining: 3.5 });
    // Local 8 + 4.5 = 12.5 of 12.5; Individual 6.5 + 6.5 = 13 capped at 12.5
    expect(report.components!.local).toEqual({ required: 12.5, hours: 12.5, credited: 12.5, remaining: 0 });
    expect(report.components!.individual).toEqual({ required: 12.5, hours: 13, credited: 12.5, remaining: 0 });
    // total = 3.5 + 0 + 0
    expect(report.totalRemaining).toBe(3.5);
  });

  it('names the two short topics in plain English', () => {
    const needed = report.warnings.filter((w) => w.code === 'HOURS_NEEDED');
    expect(needed.map((w) => w.message)).toEqual([
      'Add 3.5 more National hours: Trauma 2 h, Operations 1.5 h',
    ]);
    // Medical has 1 h beyond its cap, Individual 0.5 h: suggest moving them where hours are short.
    expect(find(report.warnings, 'MOVE_SURPLUS')?.message).toContain('1 h in Medical');
    expect(find(report.warnings, 'MOVE_SURPLUS')?.message).toContain('0.5 h in Individual');
    expect(find(report.warnings, 'MOVE_SURPLUS')?.message).toContain('move those hours to Trauma (National), Operations (National)');
  });

  it('derives the cycle, phase and days left from the 2027 expiration', () => {
    expect(report.level).toBe('aemt');
    expect(report.certification).toEqual({ expiresOn: '2027-03-31', cycleStart: '2025-02-11' });
    expect(report.cycle).toEqual({
      opensOn: '2026-10-01', recommendedBy: '2027-02-15', lastDay: '2027-03-31',
      signOffBy: '2027-04-30', renewsTo: '2029-03-31',
    });
    expect(report.phase).toBe('open');
    // Nov 24 -> Nov 30: 6, + Dec 31 + Jan 31 = 68, + 15 = 83 to Feb 15; + 28 + 31 = 127 to Mar 31; + 30 = 157
    expect(report.daysLeft).toEqual({ recommendedBy: 83, lastDay: 127, signOffBy: 157 });
  });

  it('is in progress on NREMT, Step B not done, no deadline nagging yet', () => {
    expect(report.stepA.status).toBe('in-progress');
    expect(report.stepB).toEqual({ status: 'not-done', licenseExpiresOn: '2027-03-31' });
    const stepB = find(report.warnings, 'STEP_B_NOT_DONE');
    expect(stepB?.severity).toBe('warning');
    expect(stepB?.message).toBe(
      'Step B not done: review, attest and pay the $125 state fee on eLicensing (healthprofessionlicensing.mass.gov) by March 31, 2027.',
    );
    expect(codes(report.warnings)).not.toContain('SUBMIT_APPLICATION');
    expect(codes(report.warnings)).not.toContain('DEADLINE_SOON');
    expect(codes(report.warnings)).not.toContain('NO_AGENCY');
    expect(codes(report.warnings)).toContain('RECOMMENDED_DATE');
    expect(report.renewed).toBe(false);
    expect(report.lateFeesApply).toBe(false);
  });

  it('has the shape of a Report', () => {
    expect(Report.parse(report)).toEqual(report);
  });
});

describe('all hours done but not submitted', () => {
  const rec = record({
    certification: { level: 'aemt', expiresOn: '2027-03-31', cycleStart: '2025-02-11' },
    application: { status: 'not-submitted', submitButton: true, paid: true },
    license: { number: 'A123456', status: 'current', expiresOn: '2027-03-31' },
    courses: aemtCompleteCourses(),
  });
  const report = buildReport({ record: rec }, '2027-02-20');

  it('is ready to submit and says paying does not submit', () => {
    // 5+6+4+7+3 = 25 National, 12.5 Local, 12.5 Individual -> 0 remaining
    expect(report.totalRemaining).toBe(0);
    expect(report.stepA.status).toBe('ready-to-submit');
    const submit = find(report.warnings, 'SUBMIT_APPLICATION');
    expect(submit?.severity).toBe('danger');
    expect(submit?.message).toContain('Click Submit Application on NREMT.org — paying the $30 fee does not submit it.');
    expect(codes(report.warnings)).not.toContain('HOURS_NEEDED');
  });

  it('surplus hours are not worth a suggestion when nothing is short', () => {
    const extra = buildReport({ record: { ...rec, courses: [...rec.courses, ind('More electives', 3)] } }, '2027-02-20');
    expect(extra.components?.individual).toMatchObject({ hours: 15.5, credited: 12.5 });
    expect(codes(extra.warnings)).not.toContain('MOVE_SURPLUS');
  });

  it('checklist: hours done, pay done, submit still to do', () => {
    const state = Object.fromEntries(report.checklist.map((i) => [i.id, i.state]));
    expect(state).toMatchObject({ login: 'done', hours: 'done', pay: 'done', submit: 'todo', signoff: 'todo' });
  });

  it('Feb 20 -> Mar 31 is 8 + 31 = 39 days: no DEADLINE_SOON yet, past the recommended date', () => {
    expect(report.daysLeft?.lastDay).toBe(39);
    expect(codes(report.warnings)).not.toContain('DEADLINE_SOON');
    expect(codes(report.warnings)).not.toContain('RECOMMENDED_DATE');
  });
});

describe('submitted, Step B not done', () => {
  const rec = record({
    certification: { level: 'aemt', expiresOn: '2027-03-31', cycleStart: '2025-02-11' },
    application: { status: 'submitted', submitButton: false },
    license: { number: 'A123456', status: 'current', expiresOn: '2027-03-31' },
    courses: aemtCompleteCourses(),
  });
  const report = buildReport({ record: rec }, '2027-03-15');

  it('Step A submitted, Step B not done, 16 days left', () => {
    expect(report.stepA.status).toBe('submitted');
    expect(report.stepB.status).toBe('not-done');
    // Mar 15 -> Mar 31 = 16 days: within 30, a step is still open
    expect(report.daysLeft?.lastDay).toBe(16);
    expect(find(report.warnings, 'DEADLINE_SOON')?.message).toContain('16 days left');
    // NREMT does not show the new date yet: a warning, not the danger case
    expect(find(report.warnings, 'STEP_B_NOT_DONE')?.severity).toBe('warning');
    expect(codes(report.warnings)).not.toContain('SUBMIT_APPLICATION');
  });
});

describe('NREMT renewed but eLicensing not (Step B forgotten)', () => {
  const rec = record({
    certification: { level: 'aemt', expiresOn: '2029-03-31', cycleStart: '2027-03-12' },
    application: { status: 'approved', submitButton: false },
    license: { number: 'A123456', status: 'current', expiresOn: '2027-03-31' },
    courses: aemtCompleteCourses(),
  });
  const report = buildReport({ record: rec }, '2027-03-25');

  it('finishes the 2027 cycle: the earliest expiration known', () => {
    expect(report.cycle?.lastDay).toBe('2027-03-31');
    // NREMT's cycleStart belongs to its 2029 cycle: not applied to the 2027 one
    expect(report.certification).toEqual({ expiresOn: '2027-03-31', cycleStart: null });
    expect(report.renewed).toBe(false);
  });

  it('Step A complete, Step B not done: danger, with the date to act by', () => {
    expect(report.stepA.status).toBe('complete');
    expect(report.stepB).toEqual({ status: 'not-done', licenseExpiresOn: '2027-03-31' });
    const stepB = find(report.warnings, 'STEP_B_NOT_DONE');
    expect(stepB?.severity).toBe('danger');
    expect(stepB?.message).toContain('Step B not done');
    expect(stepB?.message).toContain('by March 31, 2027');
    // Mar 25 -> Mar 31 = 6 days, Step B still open
    expect(find(report.warnings, 'DEADLINE_SOON')?.message).toContain('6 days left');
    expect(report.warnings[0]?.severity).toBe('danger');
    expect(codes(report.warnings)).not.toContain('HOURS_NEEDED');
    expect(codes(report.warnings)).not.toContain('CYCLE_START_UNKNOWN');
  });

  it('checklist: all of A done, B to confirm', () => {
    const a = report.checklist.filter((i) => i.step === 'A').map((i) => i.state);
    expect(a).toEqual(['done', 'done', 'done', 'done', 'done', 'done']);
    const confirm = report.checklist.find((i) => i.id === 'confirm-expiration');
    expect(confirm).toMatchObject({ state: 'todo', label: 'eLicensing shows the new expiration March 31, 2029' });
  });
});

describe('an EMT and a Paramedic', () => {
  it('EMT: 20 / 10 / 10 with topic caps 4 / 5 / 3 / 6 / 2', () => {
    const rec = record({
      certification: { level: 'emt', expiresOn: '2028-03-31', cycleStart: '2026-03-20' },
      courses: [
        nat('Airway', 'airway', 4.5, '2026-05-01'), // 4.5 capped at 4
        nat('Cardio', 'cardiovascular', 5, '2026-05-01'), // 5 of 5
        nat('Trauma', 'trauma', 1, '2026-05-01'), // 1 of 3 -> 2 left
        nat('Medical', 'medical', 6, '2026-05-01'), // 6 of 6
        nat('Ops', 'operations', 2, '2026-05-01'), // 2 of 2
        loc('Local', 10, '2026-05-01'), // 10 of 10
        ind('Indiv', 6, '2026-05-01'), // 6 of 10 -> 4 left
      ],
    });
    const r = buildReport({ record: rec }, '2027-01-10');
    // National credited 4 + 5 + 1 + 6 + 2 = 18 -> 2 left; total 2 + 0 + 4 = 6
    expect(r.components?.national).toMatchObject({ required: 20, hours: 18.5, credited: 18, remaining: 2 });
    expect(r.components?.national.topics.airway).toEqual({ required: 4, hours: 4.5, credited: 4, remaining: 0 });
    expect(r.components?.local).toMatchObject({ required: 10, credited: 10, remaining: 0 });
    expect(r.components?.individual).toMatchObject({ required: 10, credited: 6, remaining: 4 });
    expect(r.totalRemaining).toBe(6);
    expect(r.phase).toBe('not-open'); // the 2028 window opens 2027-10-01
    expect(r.stepA.status).toBe('in-progress');
    // Before the window: informs, does not nag
    expect(codes(r.warnings)).not.toContain('STEP_B_NOT_DONE');
    expect(r.warnings.filter((w) => w.code === 'HOURS_NEEDED').every((w) => w.severity === 'info')).toBe(true);
    // EMT skills are signed off by the Training Officer only
    expect(r.checklist.find((i) => i.id === 'signoff')?.label).toBe('Training Officer review');
  });

  it('Paramedic: 30 / 15 / 15 with topic caps 6 / 7 / 5 / 8 / 4', () => {
    const rec = record({
      certification: { level: 'paramedic', expiresOn: '2027-03-31', cycleStart: '2025-03-01' },
      courses: [
        nat('Airway', 'airway', 6),
        nat('Cardio', 'cardiovascular', 10), // 10 capped at 7
        nat('Trauma', 'trauma', 5),
        nat('Medical', 'medical', 4), // 4 of 8 -> 4 left
        nat('Ops', 'operations', 4),
        loc('Local', 15),
        ind('Indiv', 14.25), // 0.75 left
      ],
    });
    const r = buildReport({ record: rec }, '2026-12-01');
    // National 6 + 7 + 5 + 4 + 4 = 26 -> 4 left (the 3 surplus Cardiovascular hours do not fill Medical)
    expect(r.components?.national).toMatchObject({ required: 30, hours: 29, credited: 26, remaining: 4 });
    expect(r.components?.national.topics.medical.remaining).toBe(4);
    expect(r.components?.individual.remaining).toBe(0.75);
    expect(r.totalRemaining).toBe(4.75);
    expect(r.checklist.find((i) => i.id === 'signoff')?.label).toBe(
      'Training Officer review / Medical Director skills sign-off',
    );
    expect(r.warnings.find((w) => w.code === 'HOURS_NEEDED')?.message).toBe('Add 4 more National hours: Medical 4 h');
    // 10 - 7 = 3 surplus Cardiovascular hours could go to Medical (and Individual)
    expect(r.warnings.find((w) => w.code === 'MOVE_SURPLUS')?.message).toBe(
      'You have 3 h in Cardiovascular beyond what counts there. A class may be split across components: in Manage Education you may move those hours to Medical (National), Individual, where hours are still needed.',
    );
  });
});

describe('a late (April) case', () => {
  const rec = record({
    certification: { level: 'aemt', expiresOn: '2027-03-31', cycleStart: '2025-02-11' },
    application: { status: 'not-submitted', submitButton: true },
    license: { number: 'A123456', status: 'current', expiresOn: '2027-03-31' },
    courses: aemtCompleteCourses(),
  });
  const report = buildReport({ record: rec }, '2027-04-10');

  it('is late: late fees, sign-off by April 30, no DEADLINE_SOON', () => {
    expect(report.phase).toBe('late');
    // Mar 31 was 10 days ago; Apr 10 -> Apr 30 = 20 days
    expect(report.daysLeft).toEqual({ recommendedBy: -54, lastDay: -10, signOffBy: 20 });
    expect(report.lateFeesApply).toBe(true);
    const late = find(report.warnings, 'LATE');
    expect(late?.severity).toBe('danger');
    expect(late?.message).toContain('NREMT $50, MA $50');
    expect(late?.message).toContain('April 30, 2027');
    expect(codes(report.warnings)).not.toContain('DEADLINE_SOON');
    expect(codes(report.warnings)).toContain('SUBMIT_APPLICATION');
    expect(find(report.warnings, 'STEP_B_NOT_DONE')?.message).toContain('it was due March 31, 2027; late fees apply');
  });

  it('after April 30 it is closed: a late application needs the new NREMT date', () => {
    const closed = buildReport({ record: rec }, '2027-05-02');
    expect(closed.phase).toBe('closed');
    expect(closed.lateFeesApply).toBe(true);
    expect(find(closed.warnings, 'LATE')?.message).toContain(
      'Late Recertification application on eLicensing is possible only once NREMT.org shows the March 31, 2029 expiration',
    );
  });
});

describe('renewed on both sites', () => {
  const rec = record({
    certification: { level: 'aemt', expiresOn: '2029-03-31', cycleStart: '2027-03-12' },
    application: { status: 'approved', submitButton: false },
    license: { number: 'A123456', status: 'current', expiresOn: '2029-03-31' },
    courses: aemtCompleteCourses().map((c) => ({ ...c, completedOn: '2026-01-10' })),
  });
  const report = buildReport({ record: rec }, '2027-03-28');

  it('moves to the next cycle, congratulates and does not nag', () => {
    expect(report.renewed).toBe(true);
    expect(report.cycle?.lastDay).toBe('2029-03-31');
    expect(report.phase).toBe('not-open');
    expect(report.certification).toEqual({ expiresOn: '2029-03-31', cycleStart: '2027-03-12' });
    expect(find(report.warnings, 'RENEWED')).toMatchObject({ severity: 'info' });
    expect(find(report.warnings, 'RENEWED')?.message).toContain('March 31, 2029');
    for (const code of ['STEP_B_NOT_DONE', 'SUBMIT_APPLICATION', 'DEADLINE_SOON', 'LATE', 'HOURS_NEEDED']) {
      expect(codes(report.warnings)).not.toContain(code);
    }
    // The old courses (2026-01-10) are before the new cycle start 2027-03-12: 50 hours left again
    expect(report.totalRemaining).toBe(50);
    // The approved application belonged to the finished cycle
    expect(report.stepA.status).toBe('not-started');
    expect(report.lateFeesApply).toBe(false);
  });
});

describe('recertified by exam', () => {
  it('counts CE as satisfied but still needs Step B', () => {
    const rec = record({
      certification: { level: 'emt', expiresOn: '2027-03-31', cycleStart: '2025-03-01' },
      license: { number: 'E1', status: 'current', expiresOn: '2027-03-31' },
      courses: [nat('Airway', 'airway', 1)],
    });
    const r = buildReport({ record: rec, settings: { recertifiedByExam: true } }, '2027-01-05');
    expect(r.totalRemaining).toBe(0);
    expect(r.components?.national.topics.trauma.remaining).toBe(0);
    expect(r.components?.local.remaining).toBe(0);
    expect(r.stepA.status).toBe('complete');
    expect(r.stepB.status).toBe('not-done');
    expect(codes(r.warnings)).toContain('STEP_B_NOT_DONE');
    expect(codes(r.warnings)).not.toContain('HOURS_NEEDED');
  });
});
