// Folds page snapshots, in the order read, into one provider's record. Pure.
// Transcript and Manage Education each list every course the provider has, so the newest
// complete read of an education page replaces the stored list: a course deleted or a repeat
// removed on NREMT is gone at the next read. A partial read (a pager, a list still loading, a
// filter) only adds and updates: what it did not show may still exist. Only assignments carry
// over: Transcript shows no components, so a course it shows keeps the rows Manage Education
// assigned (splits and repeats included).
import type { Course, PageFigure, PageRequirements, PageSnapshot, ProviderRecord, UnreadRow } from './model';
import { classParts } from './engine/courses';
import { figureAgrees } from './readers/page-figures';

export function emptyRecord(): ProviderRecord {
  return { person: {}, courses: [], readAt: {} };
}

/** Fields of `update` that are known (not null/undefined) replace those of `base`. */
function overlayKnown<T extends object>(base: T | undefined, update: T | undefined): T | undefined {
  if (!update) return base;
  const out: Record<string, unknown> = { ...(base ?? {}) };
  for (const [key, value] of Object.entries(update)) {
    if (value !== null && value !== undefined) out[key] = value;
    else if (!(key in out)) out[key] = value;
  }
  return out as T;
}

/** Known person fields are kept; the snapshot only fills the gaps. */
function fillPerson(base: ProviderRecord['person'], update: PageSnapshot['person']): ProviderRecord['person'] {
  if (!update) return base;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(update)) {
    if ((out[key] === null || out[key] === undefined) && value !== undefined) out[key] = value;
  }
  return out as ProviderRecord['person'];
}

/**
 * The same course on any page: title, date, approval number and hours. A split part shown as
 * "2.00 of 3.00" is the 3-hour course Transcript lists, so its whole hours are what identify it.
 */
export function courseIdentity(course: Course): string {
  return JSON.stringify([...classParts(course), Math.round((course.courseHours ?? course.hours) * 100)]);
}

function groupByIdentity(courses: readonly Course[]): Map<string, Course[]> {
  const groups = new Map<string, Course[]>();
  for (const course of courses) {
    const key = courseIdentity(course);
    const group = groups.get(key);
    if (group) group.push(course);
    else groups.set(key, [course]);
  }
  return groups;
}

const assigned = (rows: readonly Course[]): boolean => rows.some((c) => c.component !== null);

export function mergeCourses(existing: readonly Course[], incoming: readonly Course[]): Course[] {
  const oldGroups = groupByIdentity(existing);
  const out: Course[] = [];
  for (const [key, rows] of groupByIdentity(incoming)) {
    const old = oldGroups.get(key);
    out.push(...(old && assigned(old) && !assigned(rows) ? old : rows));
  }
  return out;
}

/** A partial read: stored courses stay in place (updated where shown), new ones are appended. */
export function addCourses(existing: readonly Course[], incoming: readonly Course[]): Course[] {
  const newGroups = groupByIdentity(incoming);
  const out: Course[] = [];
  const done = new Set<string>();
  for (const [key, old] of groupByIdentity(existing)) {
    const rows = newGroups.get(key);
    out.push(...(rows && !(assigned(old) && !assigned(rows)) ? rows : old));
    done.add(key);
  }
  for (const [key, rows] of newGroups) if (!done.has(key)) out.push(...rows);
  return out;
}

function addUnread(existing: readonly UnreadRow[], incoming: readonly UnreadRow[]): UnreadRow[] {
  const seen = new Set(existing.map((row) => `${row.reason}\n${row.text}`));
  return [...existing, ...incoming.filter((row) => !seen.has(`${row.reason}\n${row.text}`))];
}

const figureKey = (figure: PageFigure): string => `${figure.component}/${figure.topic ?? ''}`;

/**
 * A partial read showed only some courses, so its figure is checked against every course now
 * stored (by the readers' own rule): null when they agree.
 */
function againstStored(figure: PageFigure, courses: readonly Course[], requirements: PageRequirements | undefined): PageFigure | null {
  const required = figure.topic ? requirements?.topics?.[figure.topic] : requirements?.[figure.component];
  const { agrees, read } = figureAgrees(courses, figure, figure.shown, required);
  return agrees ? null : { ...figure, read };
}

/** A partial read: the figures it shows replace (or clear) the same component's or topic's, the rest stay. */
function addFigures(next: ProviderRecord, existing: readonly PageFigure[], incoming: readonly PageFigure[]): PageFigure[] {
  const byKey = new Map(existing.map((figure) => [figureKey(figure), figure]));
  for (const figure of incoming) {
    const checked = againstStored(figure, next.courses, next.requirements);
    if (checked) byKey.set(figureKey(figure), checked);
    else byKey.delete(figureKey(figure));
  }
  return [...byKey.values()];
}

/**
 * Manage Education (it assigns components or shows its own figures), not a Transcript: only its
 * read says anything about its figures.
 */
function showsAssignments(snapshot: PageSnapshot): boolean {
  return !!snapshot.pageFigures || !!snapshot.requirements || !!snapshot.courses?.some((c) => c.component !== null);
}

function withFigures(next: ProviderRecord, record: ProviderRecord, snapshot: PageSnapshot): void {
  if (!snapshot.courses || !showsAssignments(snapshot)) return;
  const figures = isCompleteList(snapshot)
    ? (snapshot.pageFigures ?? []).map((figure) => ({ ...figure }))
    : addFigures(next, record.pageFigures ?? [], snapshot.pageFigures ?? []);
  if (figures.length > 0) next.pageFigures = figures;
  else delete next.pageFigures;
}

/** A read without a coverage verdict is treated as whole, as readers always did. */
export function isCompleteList(snapshot: PageSnapshot): boolean {
  return snapshot.listCoverage?.complete !== false;
}

function siteOf(kind: PageSnapshot['kind']): 'nremt' | 'elicensing' | null {
  if (kind.startsWith('nremt-')) return 'nremt';
  if (kind.startsWith('elicensing-')) return 'elicensing';
  return null;
}

/** An agency named without its status keeps the status read before only when it is the same agency. */
function mergeAgency(base: ProviderRecord['agency'], update: PageSnapshot['agency']): ProviderRecord['agency'] {
  if (update && update.status === undefined && update.name !== base?.name) return { name: update.name };
  return overlayKnown(base, update);
}

export function mergeSnapshot(record: ProviderRecord, snapshot: PageSnapshot, readAtIso: string): ProviderRecord {
  // An unreadable or unrecognised page tells us nothing: never let it erase what we know.
  if (snapshot.unreadReason !== undefined || snapshot.kind === 'unknown') return record;
  const next: ProviderRecord = { ...record, person: fillPerson(record.person, snapshot.person) };
  const certification = overlayKnown(record.certification, snapshot.certification);
  if (certification) next.certification = certification;
  const agency = mergeAgency(record.agency, snapshot.agency);
  if (agency) next.agency = agency;
  if (snapshot.application) next.application = { ...snapshot.application };
  const license = overlayKnown(record.license, snapshot.license);
  if (license) next.license = license;
  // A renewal belongs to the license period it was read in (see the engine's Step B).
  if (snapshot.renewal) next.renewal = { ...snapshot.renewal, forExpiration: next.license?.expiresOn ?? null };
  if (snapshot.courses && isCompleteList(snapshot)) {
    next.courses = mergeCourses(record.courses, snapshot.courses);
    next.unread = [...(snapshot.unread ?? [])];
  } else if (snapshot.courses) {
    next.courses = addCourses(record.courses, snapshot.courses);
    next.unread = addUnread(record.unread ?? [], snapshot.unread ?? []);
  }
  // The newest education page that shows its own required figures replaces the stored ones.
  if (snapshot.requirements) {
    const { topics, ...components } = snapshot.requirements;
    next.requirements = topics ? { ...components, topics: { ...topics } } : { ...components };
  }
  // Its own figures that disagree with its courses: the newest complete read of the page decides.
  withFigures(next, record, snapshot);
  const site = siteOf(snapshot.kind);
  if (site) next.readAt = { ...record.readAt, [site]: readAtIso };
  return next;
}
