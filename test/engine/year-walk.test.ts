// One provider walked through every day from October 1 of Y-1 to October 1 of Y+1 (cycle ending
// March 31, 2027), for an EMT, an AEMT and a Paramedic, along three journeys. Every day the
// next actions and the checklist must agree: nothing "done" while an action asks for it,
// nothing to do before the window opens, nothing "not done" after the renewal on both sites.
import { addDays, format, parseISO } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../lib/engine';
import type { Course, Level, ProviderRecord, Report } from '../../lib/model';
import { requirementFor, latestRuleSet } from '../../lib/rules';
import { record } from './builders';

const FIRST = '2026-10-01';
const LAST = '2027-10-01';

function days(): string[] {
  const out: string[] = [];
  for (let d = parseISO(FIRST); format(d, 'yyyy-MM-dd') <= LAST; d = addDays(d, 1)) out.push(format(d, 'yyyy-MM-dd'));
  return out;
}

/** Exactly the level's requirement, spread over the topics, completed on `on`. */
function allCourses(level: Level, on: string): Course[] {
  const req = requirementFor(latestRuleSet(), level);
  const topics = req.topics!;
  const out: Course[] = Object.entries(topics).map(([topic, hours], i) => ({
    title: `National ${topic}`, completedOn: on, hours, component: 'national', topic: topic as Course['topic'], approvalNumber: `26-NAT-F3-00${i}`,
  }));
  out.push({ title: 'Local protocols', completedOn: on, hours: req.local, component: 'local', topic: null, approvalNumber: 'OEMS 26-T-100' });
  out.push({ title: 'Electives', completedOn: on, hours: req.individual, component: 'individual', topic: null, approvalNumber: '26-IND-F1-0001' });
  return out;
}

type Journey = (level: Level, today: string) => ProviderRecord;

const base = (level: Level): ProviderRecord =>
  record({
    person: { name: 'Jordan Rivera', registryNumber: 'X1' },
    certification: { level, expiresOn: '2027-03-31', cycleStart: '2025-04-01' },
    agency: { name: 'Pioneer Valley Ambulance', status: 'active' },
    readAt: { nremt: '2026-10-01T12:00:00.000Z' },
  });

/** Half the hours in October, the rest by December, submitted in January; Step B in February. */
const onTime: Journey = (level, today) => {
  const rec = base(level);
  const courses = allCourses(level, '2026-10-20');
  rec.courses = today < '2026-12-01' ? courses.slice(0, 3) : courses;
  if (today >= '2026-10-15') {
    rec.license = { number: 'E1', level, status: 'current', expiresOn: '2027-03-31' };
    rec.readAt.elicensing = '2026-10-15T12:00:00.000Z';
  }
  if (today >= '2026-12-05') rec.application = { status: 'not-submitted', submitButton: true, submitButtonEnabled: true, paid: true };
  if (today >= '2027-01-10') rec.application = { status: 'submitted', submitButton: false, statusText: 'Pending Training Officer Sign Off' };
  if (today >= '2027-01-20') rec.application = { status: 'submitted', submitButton: false, statusText: 'Pending National Registry Review' };
  if (today >= '2027-02-01') {
    rec.certification = { level, expiresOn: '2029-03-31', cycleStart: '2027-04-01' };
    rec.application = { status: 'approved', submitButton: false };
  }
  if (today >= '2027-02-10') rec.renewal = { state: 'paid-not-submitted', paid: true, submitControl: true, forExpiration: '2027-03-31' };
  if (today >= '2027-02-11') rec.renewal = { state: 'submitted', paid: true, submitControl: false, forExpiration: '2027-03-31' };
  if (today >= '2027-02-20') rec.license = { number: 'E1', level, status: 'current', expiresOn: '2029-03-31' };
  return rec;
};

/** Hours late, NREMT renewed in April, eLicensing never opened (the forgotten Step B). */
const forgotStepB: Journey = (level, today) => {
  const rec = base(level);
  rec.agency = today < '2027-01-15' ? { name: 'Pioneer Valley Ambulance', status: 'pending' } : { name: 'Pioneer Valley Ambulance', status: 'active' };
  rec.courses = today < '2027-03-20' ? allCourses(level, '2026-11-02').slice(0, 2) : allCourses(level, '2027-03-15');
  if (today >= '2027-03-25') rec.application = { status: 'returned', submitButton: true, submitButtonEnabled: true, returnReasons: ['Out of Date'] };
  if (today >= '2027-04-05') rec.application = { status: 'submitted', submitButton: false, statusText: 'Pending National Registry Review' };
  if (today >= '2027-04-20') {
    rec.certification = { level, expiresOn: '2029-03-31', cycleStart: '2027-04-01' };
    rec.application = { status: 'approved', submitButton: false };
  }
  return rec;
};

/** Never finishes: hours short, eLicensing read with the old date. The certification lapses. */
const lapses: Journey = (level, today) => {
  const rec = base(level);
  rec.courses = allCourses(level, '2026-11-02').slice(0, 2);
  rec.license = { number: 'E1', level, status: today > '2027-03-31' ? 'expired' : 'current', expiresOn: '2027-03-31' };
  rec.readAt.elicensing = '2026-10-02T12:00:00.000Z';
  return rec;
};

const URGENCY_RANK = { now: 0, soon: 1, later: 2 } as const;

/** The contradictions the walk must never meet; returns what is wrong, [] when coherent. */
function contradictions(report: Report, today: string): string[] {
  const wrong: string[] = [];
  const state = Object.fromEntries(report.checklist.map((i) => [i.id, i.state]));
  for (const action of report.nextActions) {
    if (action.item && state[action.item] === 'done') wrong.push(`"${action.id}" asks for "${action.item}", which is done`);
    if (!action.what || !action.why) wrong.push(`"${action.id}" without what/why`);
    if (action.item && !(action.item in state)) wrong.push(`"${action.id}" names no checklist item (${action.item})`);
  }
  const ranks = report.nextActions.map((a) => URGENCY_RANK[a.urgency]);
  if (ranks.some((r, i) => i > 0 && r < ranks[i - 1]!)) wrong.push('actions not ordered by urgency');
  const acting = ['STEP_B_NOT_DONE', 'SUBMIT_APPLICATION', 'DEADLINE_SOON', 'LATE'];
  if (report.phase === 'not-open') {
    for (const a of report.nextActions) if (a.urgency !== 'later') wrong.push(`"${a.id}" is ${a.urgency} before the window opens`);
    for (const w of report.warnings) if (acting.includes(w.code)) wrong.push(`${w.code} before the window opens`);
    for (const i of report.checklist) {
      if (i.state === 'todo' && !['hours', 'login', 'affiliate'].includes(i.id)) wrong.push(`"${i.id}" to do before the window opens`);
    }
  }
  if (report.renewed) {
    for (const i of report.checklist) if (i.state === 'todo' || i.state === 'unknown') wrong.push(`renewed, yet "${i.id}" is ${i.state}`);
    for (const w of report.warnings) if ([...acting, 'HOURS_NEEDED'].includes(w.code)) wrong.push(`renewed, yet ${w.code}`);
    if (report.nextActions.some((a) => a.urgency !== 'later')) wrong.push('renewed, yet something to do');
  }
  if (report.stepB.status !== 'done' && state['confirm-expiration'] === 'done') wrong.push('Step B not done but confirmed');
  if (report.stepB.status === 'done' && report.stepB.licenseExpiresOn === null) wrong.push('Step B done without eLicensing');
  if (report.stepA.status === 'complete') {
    for (const a of report.nextActions) {
      if (['submit', 'hours', 'signoff', 'pay'].includes(a.item ?? '')) wrong.push(`Step A complete, yet "${a.id}"`);
    }
  }
  // The one path to STEP_B_NOT_DONE: an eLicensing action that asks now or soon.
  const stepBWarning = report.warnings.some((w) => w.code === 'STEP_B_NOT_DONE');
  const stepBAsked = report.nextActions.some((a) => a.where.site === 'elicensing' && a.urgency !== 'later');
  if (stepBAsked && !stepBWarning) wrong.push('an eLicensing action without STEP_B_NOT_DONE');
  if (report.phase !== 'not-open' && report.phase !== 'unknown' && report.stepB.status !== 'done' && !report.renewed && !stepBWarning) {
    wrong.push(`Step B ${report.stepB.status} in phase ${report.phase} without STEP_B_NOT_DONE`);
  }
  return wrong.map((w) => `${today}: ${w}`);
}

const LEVELS: Level[] = ['emt', 'aemt', 'paramedic'];
const JOURNEYS: Record<string, Journey> = { onTime, forgotStepB, lapses };

describe('every day of the year, without contradictions', () => {
  for (const level of LEVELS) {
    for (const [name, journey] of Object.entries(JOURNEYS)) {
      it(`${level}, ${name}: Oct 1, 2026 through Oct 1, 2027`, () => {
        const wrong = days().flatMap((today) => contradictions(buildReport({ record: journey(level, today) }, today), today));
        expect(wrong.slice(0, 10)).toEqual([]);
      });
    }
  }

  const at = (journey: Journey, level: Level, today: string) => buildReport({ record: journey(level, today) }, today);
  const ids = (r: Report) => r.nextActions.map((a) => `${a.id}:${a.urgency}`);

  it('on time, day by day: what the list says at each turn', () => {
    expect(ids(at(onTime, 'aemt', '2026-11-01'))[0]).toBe('add-hours:soon');
    expect(ids(at(onTime, 'aemt', '2026-12-06'))).toEqual(['submit-nremt:now', 'renew-elicensing:soon']);
    const signOff = at(onTime, 'aemt', '2027-01-12');
    expect(signOff.nextActions[0]).toMatchObject({ id: 'ask-training-officer', by: '2027-04-30' });
    expect(signOff.nextActions[0]!.what).toContain('Medical Director');
    expect(ids(at(onTime, 'emt', '2027-01-12'))[0]).toBe('ask-training-officer:soon');
    expect(at(onTime, 'emt', '2027-01-12').nextActions[0]!.what).not.toContain('Medical Director');
    expect(ids(at(onTime, 'aemt', '2027-01-25'))).toEqual(['renew-elicensing:soon', 'wait-nremt-review:later']);
    // NREMT renewed, eLicensing still old: Step B is the trap, now.
    expect(ids(at(onTime, 'aemt', '2027-02-05'))).toEqual(['renew-elicensing:now']);
    const paid = at(onTime, 'aemt', '2027-02-10');
    expect(paid.nextActions[0]).toMatchObject({ id: 'submit-elicensing', urgency: 'now', where: { site: 'elicensing', control: 'elicensing-submit' } });
    expect(paid.nextActions[0]!.what).toContain('You paid the state fee but did not submit your renewal');
    expect(paid.checklist.find((i) => i.id === 'pay-state')?.state).toBe('done');
    expect(paid.checklist.find((i) => i.id === 'submit-state')?.state).toBe('todo');
    expect(ids(at(onTime, 'aemt', '2027-02-12'))).toEqual(['wait-elicensing:later']);
    const renewed = at(onTime, 'aemt', '2027-02-20');
    expect(renewed.renewed).toBe(true);
    expect(renewed.nextActions.map((a) => a.what)).toEqual(['Nothing to do now: your next window opens October 1, 2028']);
  });

  it('forgot Step B: the awaiting-eLicensing case through April 30, then a quiet reminder', () => {
    const april = at(forgotStepB, 'paramedic', '2027-04-22');
    expect(april.cycle?.lastDay).toBe('2027-03-31');
    expect(april.certification).toEqual({ expiresOn: '2027-03-31', cycleStart: null });
    expect(april.stepA.status).toBe('complete');
    expect(april.stepB.status).toBe('unknown');
    expect(april.nextActions[0]).toMatchObject({ id: 'open-elicensing', urgency: 'now' });
    expect(april.warnings.find((w) => w.code === 'STEP_B_NOT_DONE')?.message).toContain('Open eLicensing');
    // Returned Incomplete shows NREMT's reasons.
    const returned = at(forgotStepB, 'paramedic', '2027-03-26');
    expect(returned.nextActions[0]).toMatchObject({ id: 'fix-returned', urgency: 'now' });
    expect(returned.nextActions[0]!.why).toContain('Out of Date');
    // Agency pending, early: ask the Training Officer.
    expect(at(forgotStepB, 'emt', '2026-11-10').nextActions.map((a) => a.id)).toContain('agency-pending');
    // After April 30 the 2029 cycle is reported (not open), with a quiet reminder to open eLicensing.
    const may = at(forgotStepB, 'paramedic', '2027-05-02');
    expect(may.cycle?.lastDay).toBe('2029-03-31');
    expect(may.phase).toBe('not-open');
    expect(may.nextActions.find((a) => a.id === 'open-elicensing')?.urgency).toBe('later');
  });

  it('lapses: last week, late (April), then closed and lapsed', () => {
    expect(at(lapses, 'emt', '2027-03-26').nextActions.every((a) => a.urgency === 'now')).toBe(true);
    const late = at(lapses, 'emt', '2027-04-10');
    expect(late.phase).toBe('late');
    expect(late.nextActions.find((a) => a.id === 'renew-elicensing')?.by).toBe('2027-04-30');
    const closed = at(lapses, 'emt', '2027-05-10');
    expect(closed.phase).toBe('closed');
    expect(closed.nextActions[0]).toMatchObject({ id: 'lapsed', urgency: 'now' });
    expect(closed.nextActions.map((a) => a.id)).not.toContain('renew-elicensing');
  });
});
