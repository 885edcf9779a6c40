// Field-by-field comparison of a reader's snapshot with a hand-written expectation, for blind
// page sets: pure, so the score is reproducible and unit-testable.

/** What a blind page's `<name>.expected.json` holds (only the fields the page shows). */
export interface ExpectedPage {
  kind: string;
  person?: Record<string, unknown>;
  certification?: Record<string, unknown>;
  agency?: Record<string, unknown>;
  application?: Record<string, unknown>;
  license?: Record<string, unknown>;
  /** eLicensing renewal application pages: state, paid, submitControl. */
  renewal?: Record<string, unknown>;
  courses?: Record<string, unknown>[];
  /** Rows a person sees but cannot read (hours "TBD"): the reader must report them as unread. */
  unreadCount?: number;
}

/** The parts of a reader's snapshot that are scored; anything else is ignored. */
export interface ReadPage {
  kind?: unknown;
  person?: Record<string, unknown> | undefined;
  certification?: Record<string, unknown> | undefined;
  agency?: Record<string, unknown> | undefined;
  application?: Record<string, unknown> | undefined;
  license?: Record<string, unknown> | undefined;
  renewal?: Record<string, unknown> | undefined;
  courses?: Record<string, unknown>[] | undefined;
  unread?: unknown[] | undefined;
}

export interface Mismatch {
  field: string;
  expected: unknown;
  got: unknown;
}

export interface PageScore {
  matched: number;
  total: number;
  mismatches: Mismatch[];
  /** How many courses the reader produced. */
  readCourses: number;
  /** The page shows at least one course but none was read: the "50 h left" failure. */
  zeroCourseMisread: boolean;
  /** Mismatches that are a wrong value rather than nothing read (see `isWrong`). */
  wrong: number;
}

const SECTIONS = ['person', 'certification', 'agency', 'application', 'license', 'renewal'] as const;

function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Whether one read value counts as the expected one. Missing and null are the same ("nothing
 * read"); hours compare as numbers; strings compare after collapsing whitespace (a title split
 * over lines in the markup is the same title to a reader of the page).
 */
export function sameValue(field: string, expected: unknown, got: unknown): boolean {
  const want = expected === undefined ? null : expected;
  const have = got === undefined ? null : got;
  if (want === null || have === null) return want === have;
  if (field === 'hours' || typeof want === 'number') {
    return typeof have === 'number' && Math.abs(have - Number(want)) < 1e-9;
  }
  // An approval number with its issuer's word before it ("OEMS 26-4471-T3") is the same number: the
  // readers drop the word so a course entered twice is found (lib/readers/approval.ts).
  if (field === 'approvalNumber' && typeof want === 'string' && typeof have === 'string') return withoutIssuer(want) === withoutIssuer(have);
  if (typeof want === 'string') return typeof have === 'string' && normalizeSpace(want) === normalizeSpace(have);
  return want === have;
}

function withoutIssuer(number: string): string {
  // The state's name may come first ("MA OEMS T26-1102").
  return normalizeSpace(number).replace(/^(?:(?:MA|Mass\.?|Massachusetts)\s+)?(?:OEMS|CAPCE)[\s#:]+/i, '');
}

/**
 * A mismatch that tells the provider something the page does not say, the worse kind of miss:
 * a value where the page shows another or none, a kind other than the page's, courses the page
 * does not list. Nothing read ("unknown", null, too few courses, unread rows) is not wrong.
 */
export function isWrong(m: Mismatch): boolean {
  if (m.got === undefined || m.got === null) return false;
  if (m.field === 'kind') return m.got !== 'unknown';
  if (m.field === 'courses.length') return Number(m.got) > Number(m.expected);
  if (m.field === 'unreadCount') return false;
  return true;
}

/**
 * Scores one page: 1 field for the kind, 1 per listed key, 1 for the course count, 1 per listed
 * course field (courses matched by position), 1 for unreadCount. A field whose section or course
 * was not read at all is missed even when null is expected: nothing read is not "read as none".
 */
export function scorePage(expected: ExpectedPage, got: ReadPage): PageScore {
  const mismatches: Mismatch[] = [];
  let total = 0;
  const check = (field: string, want: unknown, have: unknown, same = sameValue(field.split('.').pop()!, want, have)) => {
    total += 1;
    if (!same) mismatches.push({ field, expected: want, got: have });
  };

  check('kind', expected.kind, got.kind);
  for (const section of SECTIONS) {
    const want = expected[section];
    if (!want) continue;
    const read = got[section];
    for (const [key, value] of Object.entries(want)) {
      check(`${section}.${key}`, value, read?.[key], read !== undefined && sameValue(key, value, read[key]));
    }
  }

  const readCourses = got.courses ?? [];
  if (expected.courses) {
    check('courses.length', expected.courses.length, readCourses.length, expected.courses.length === readCourses.length);
    expected.courses.forEach((course, i) => {
      const read = readCourses[i];
      for (const [key, value] of Object.entries(course)) {
        check(`courses[${i}].${key}`, value, read?.[key], read !== undefined && sameValue(key, value, read[key]));
      }
    });
  }
  if (expected.unreadCount !== undefined) {
    const unread = got.unread?.length ?? 0;
    check('unreadCount', expected.unreadCount, unread, unread === expected.unreadCount);
  }

  return {
    matched: total - mismatches.length,
    total,
    mismatches,
    readCourses: readCourses.length,
    zeroCourseMisread: (expected.courses?.length ?? 0) > 0 && readCourses.length === 0,
    wrong: mismatches.filter(isWrong).length,
  };
}

/** A value shown in a one-line mismatch report: JSON, cut short. */
export function brief(value: unknown, max = 60): string {
  const text = value === undefined ? 'undefined' : JSON.stringify(value);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * Report lines for a page's mismatches, short: the fields of expected courses beyond the last one
 * read are summed up in one line instead of one line per field.
 */
export function mismatchLines(score: Pick<PageScore, 'mismatches' | 'readCourses'>): string[] {
  const lines: string[] = [];
  const unreadCourses = new Set<number>();
  let unreadFields = 0;
  for (const m of score.mismatches) {
    const index = /^courses\[(\d+)\]\./.exec(m.field)?.[1];
    if (index !== undefined && Number(index) >= score.readCourses) {
      unreadCourses.add(Number(index));
      unreadFields += 1;
      continue;
    }
    lines.push(`${m.field}: expected ${brief(m.expected)}, got ${brief(m.got)}`);
  }
  if (unreadCourses.size) {
    const indexes = [...unreadCourses].sort((a, b) => a - b);
    const range = indexes.length === 1 ? `${indexes[0]}` : `${indexes[0]}..${indexes[indexes.length - 1]}`;
    lines.push(`courses[${range}]: not read (${indexes.length} courses, ${unreadFields} fields)`);
  }
  return lines;
}
