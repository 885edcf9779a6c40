// Entry point of the pure engine: a provider's merged record + settings + today -> Report.
// No browser API here: the extension, the popup and the `recert` command all run this.
import { longDate } from '../dates';
import type { ProviderRecord, RenewalApplication, Report, Settings, Warning } from '../model';
import { renewalStateFromText } from '../readers/renewal-application';
import { latestRuleSet, requirementFor, ruleSetFor } from '../rules';
import { buildChecklist } from './checklist';
import { assessCourses } from './courses';
import { chooseCycle } from './cycle';
import { daysLeftOn, phaseOn } from './phase';
import { applyPageRequirements } from './page-requirements';
import { isPediatric, pediatricShare } from './pediatric';
import { planAssignment } from './plan';
import { coursesWereRead, nremtWasRead, stepAStatus, stepBStatus } from './steps';
import { anyHoursCredited, tallyComponents, totalRemaining as sumRemaining } from './tally';
import { planNextActions } from './next-actions';
import { nremtStatusOf } from './nremt-status';
import {
  agencyWarnings,
  courseWarnings,
  futureCourseWarnings,
  hoursWarnings,
  pageFigureWarnings,
  recommendedDateWarning,
  sortWarnings,
  surplusWarnings,
  warn,
} from './warnings';

/** Records stored before the renewal reader kept only eLicensing's status words. */
function renewalFromLicense(record: ProviderRecord): RenewalApplication | undefined {
  const words = record.license?.renewalStatus;
  const state = words ? renewalStateFromText(words) : null;
  return state ? { state, paid: null, submitControl: false, forExpiration: record.license?.expiresOn ?? null } : undefined;
}

export interface EngineInput {
  record: ProviderRecord;
  settings?: Settings;
}

export function buildReport(input: EngineInput, today: string): Report {
  const { record } = input;
  const settings = input.settings ?? {};
  const byExam = settings.recertifiedByExam === true;
  const warnings: Warning[] = [];

  const choice = chooseCycle(record, today);
  const cycle = choice?.cycle ?? null;
  const phase = phaseOn(cycle, today);
  // Both sites known and the cycle they show has not opened yet: the last renewal is complete.
  const renewed = !!choice && choice.nremtExpiresOn !== null && choice.licenseExpiresOn !== null && phase === 'not-open';
  // After a renewal the stored application belongs to the cycle just finished.
  const applicationApplies = !renewed;

  const level = settings.levelOverride ?? record.certification?.level ?? record.license?.level ?? null;
  const coveringSet = choice ? ruleSetFor(choice.cycle.lastDay) : latestRuleSet();
  const baseRequirement = level ? requirementFor(coveringSet ?? latestRuleSet(), level) : null;
  // Without a rule set for this cycle we still know the component hours, but claim no topics.
  const tableRequirement = baseRequirement && !coveringSet ? { ...baseRequirement, topics: null } : baseRequirement;
  // Figures NREMT's own Manage Education page shows replace ours, one by one.
  const applied = tableRequirement ? applyPageRequirements(tableRequirement, record.requirements) : null;
  const requirement = applied?.requirement ?? null;

  const assessed = assessCourses(
    record.courses,
    { from: choice?.cycleStart ?? null, to: cycle?.lastDay ?? null },
    requirement ? requirement.topics !== null : true,
  );
  // No course list read yet: the hours are unknown, never "none entered" (by exam none are needed).
  const coursesRead = coursesWereRead(record);
  const countable = requirement && (coursesRead || byExam) ? requirement : null;
  const components = countable ? tallyComponents(countable, assessed, byExam) : null;
  const totalRemaining = components ? sumRemaining(components) : null;
  // Recertified by exam: nothing left to plan; the share counts as met like the hours.
  const plan = countable && !byExam ? planAssignment(countable, assessed) : null;
  const pediatric = countable ? pediatricShare(countable, assessed, settings.pediatricMarks, byExam) : null;

  const nremtRead = nremtWasRead(record);
  // Figures NREMT's own page shows that disagree with its courses: trust neither blindly.
  const storedFigures = record.pageFigures ?? [];
  const stepA = stepAStatus({
    figuresDisagree: storedFigures.length > 0,
    record,
    settings,
    cycle,
    totalRemaining,
    hoursCredited: components ? anyHoursCredited(components) : assessed.some((c) => c.credited),
    applicationApplies,
  });
  const stepB = stepBStatus(record, cycle);
  // Once NREMT shows the new date (or the exam renewed), its figures no longer matter.
  const pageFigures = stepA === 'complete' || renewed || byExam ? [] : storedFigures;
  const daysLeft = daysLeftOn(cycle, today);
  const application = applicationApplies ? record.application : undefined;
  const nremtStatus = stepA === 'complete' ? null : nremtStatusOf(application);
  // A renewal application belongs to the license period it was read in: once the license
  // shows another date, it was for an earlier cycle.
  const stored = record.renewal ?? renewalFromLicense(record);
  const renewal = stored && (stored.forExpiration == null || stored.forExpiration === choice?.licenseExpiresOn) ? stored : undefined;
  const nremtShowsNewDate = !!cycle && choice?.nremtExpiresOn != null && choice.nremtExpiresOn >= cycle.renewsTo;
  const actionPlan = planNextActions({
    today,
    cycle,
    phase,
    daysToLastDay: daysLeft?.lastDay ?? null,
    level,
    nremtRead,
    stepA,
    stepB,
    nremtShowsNewDate,
    renewed,
    byExam,
    totalRemaining,
    components,
    coursesRead,
    agency: record.agency,
    application,
    nremtStatus,
    renewal,
    pageFigures,
  });

  // ---- Warnings: what is unknown first, then what to do.
  if (!choice) {
    warnings.push(warn('EXPIRATION_UNKNOWN', 'warning',
      'We could not read your expiration date yet. Open your NREMT dashboard or your eLicensing license page.'));
  }
  if (!level) {
    warnings.push(warn('LEVEL_UNKNOWN', 'warning',
      'Open your NREMT dashboard so we can read your level (or choose it in Options): until then we cannot count hours.'));
  }
  if (choice?.unusualExpiration) {
    warnings.push(warn('UNUSUAL_EXPIRATION', 'info',
      `Your expiration shows as ${longDate(choice.expiresOn)}, not March 31: we used the ${longDate(choice.cycle.lastDay)} timeline. Check the date with OEMS.`));
  }
  if (choice && !coveringSet) {
    warnings.push(warn('RULES_NOT_COVERED', 'info',
      `Cycles ending before March 31, 2026 followed the older NCCP model, which we do not carry: component hours are shown, but no per-topic requirements.`));
  }
  if (cycle && choice && choice.cycleStart === null && stepA !== 'complete' && !byExam) {
    warnings.push(warn('CYCLE_START_UNKNOWN', 'info',
      `We do not know when your cycle started, so we only check that courses are on or before ${longDate(cycle.lastDay)}. Open your NREMT dashboard so we can read your recert cycle dates.`));
  }
  if (renewed && cycle && choice) {
    warnings.push(warn('RENEWED', 'info',
      `Congratulations: NREMT and eLicensing both show ${longDate(choice.expiresOn)}. You are recertified. Your next window opens ${longDate(cycle.opensOn)}.`));
  }
  warnings.push(...actionPlan.warnings);
  if (cycle && choice) {
    const stepsLeft = !renewed && (stepA !== 'complete' || stepB !== 'done');
    warnings.push(...recommendedDateWarning(cycle, phase, today, stepsLeft));
  }
  if (stepA !== 'complete') {
    warnings.push(...agencyWarnings(record.agency));
    if (components && !renewed) {
      warnings.push(...hoursWarnings(components, phase), ...surplusWarnings(components));
    }
    warnings.push(...courseWarnings(assessed), ...futureCourseWarnings(record.courses, today));
  }
  warnings.push(...pageFigureWarnings(pageFigures));
  const unread = record.unread ?? [];
  if (unread.length > 0) {
    const rows = unread.length === 1 ? '1 course row' : `${unread.length} course rows`;
    warnings.push(warn('UNREAD_ROWS', 'warning',
      `${rows} on your NREMT pages could not be read and ${unread.length === 1 ? 'is' : 'are'} not counted in these hours: check ${unread.length === 1 ? 'it' : 'them'} on NREMT (listed with the courses that earn nothing).`));
  }

  return {
    level,
    certification: { expiresOn: choice?.expiresOn ?? null, cycleStart: choice?.cycleStart ?? null },
    cycle,
    phase,
    daysLeft,
    components,
    totalRemaining,
    coursesRead,
    courses: assessed.map((entry) => ({ ...entry, pediatric: isPediatric(entry.course, settings.pediatricMarks) })),
    pediatric,
    plan,
    stepA: { status: stepA },
    stepB: { status: stepB, licenseExpiresOn: record.license?.expiresOn ?? null, ...(renewal ? { renewal: renewal.state } : {}) },
    renewed,
    lateFeesApply: (phase === 'late' || phase === 'closed') && !renewed,
    rules: requirement
      ? {
          name: (coveringSet ?? latestRuleSet()).name,
          topicCreditsConfirmed: (coveringSet ?? latestRuleSet()).topicCreditsConfirmed,
          ...(applied?.fromPage ? { fromPage: true } : {}),
        }
      : null,
    checklist: buildChecklist({
      record, level, cycle, phase, renewed, nremtRead, stepA, stepB, totalRemaining, coursesRead, applicationApplies, nremtStatus, renewal,
      figuresDisagree: pageFigures.length > 0,
    }),
    nextActions: actionPlan.actions,
    warnings: sortWarnings(warnings),
    unread: unread.map((row) => ({ text: row.text, reason: row.reason })),
    ...(pageFigures.length > 0 ? { pageFigures: pageFigures.map((figure) => ({ ...figure })) } : {}),
  };
}

