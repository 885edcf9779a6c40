// The words of the shared model as plain constants, free of zod: UI code that needs only these
// lists (topic order, level names) imports them here, so the content scripts stay small.
export const LEVELS = ['emr', 'emt', 'aemt', 'paramedic'] as const;
export const COMPONENTS = ['national', 'local', 'individual'] as const;
export const TOPICS = ['airway', 'cardiovascular', 'trauma', 'medical', 'operations'] as const;
export const PAGE_KINDS = [
  'nremt-dashboard',
  'nremt-education',
  'nremt-application',
  'elicensing-license',
  'elicensing-renewal',
  'unknown',
] as const;
export const APPLICATION_STATUSES = [
  'not-started',
  'in-progress',
  'not-submitted',
  'submitted',
  'returned',
  'approved',
] as const;
export const AGENCY_STATUSES = ['active', 'pending', 'none'] as const;
export const LICENSE_STATUSES = [
  'current',
  'expired',
  'probation',
  'non-disciplinary-condition',
  'revoked',
  'suspended',
  'surrendered',
  'void',
  'other',
] as const;

export const PHASES = ['not-open', 'open', 'late', 'closed', 'unknown'] as const;
export const STEP_A_STATUSES = [
  'unknown',
  'not-started',
  'in-progress',
  'ready-to-submit',
  'submitted',
  'complete',
] as const;
export const STEP_B_STATUSES = ['unknown', 'not-done', 'done'] as const;
/** 'possible-split': listed again elsewhere with nothing showing the course's full hours. */
export const COURSE_PROBLEMS = ['no-approval-number', 'outside-cycle', 'duplicate', 'unassigned', 'possible-split'] as const;
/** 'not-yet': the step belongs to a window that has not opened (never "to do" before it opens). */
export const CHECK_STATES = ['done', 'todo', 'unknown', 'not-yet'] as const;
/** The eLicensing renewal application (Step B), in the order it moves. */
export const RENEWAL_STATES = ['not-started', 'started', 'paid-not-submitted', 'submitted', 'in-review', 'approved'] as const;
/** now: act today (a trap, or a deadline close); soon: before the deadline; later: nothing to do yet. */
export const URGENCIES = ['now', 'soon', 'later'] as const;
export const SITES = ['nremt', 'elicensing'] as const;
/** The page's own control an action points at (outlined, never clicked). */
export const CONTROLS = ['nremt-submit', 'elicensing-submit'] as const;
/** The fields of a course record that a label or column header may name (lib/readers/records.ts). */
export const RECORD_FIELDS = ['courseTitle', 'completedOn', 'hours', 'approvalNumber', 'assignment', 'topic'] as const;
