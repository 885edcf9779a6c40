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
export const COURSE_PROBLEMS = ['no-approval-number', 'outside-cycle', 'duplicate', 'unassigned'] as const;
export const CHECK_STATES = ['done', 'todo', 'unknown'] as const;
