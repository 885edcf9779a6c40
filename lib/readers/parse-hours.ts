// Course hours ("credits") as people write them: 2, 1.5, 1.50, 1:30, 90 min, 2 hrs, 1 hr 30 min,
// and as tools print them: 1h30, 2:00:00, PT1H30M, 1½ hrs, 3 credit(s), 2.0 (CEH), 1.5 Contact Hrs.
// One credit is one hour. Anything else is a reason, never zero.
import { normaliseSpace } from './text';

export type HoursResult = { ok: true; hours: number } | { ok: false; reason: string };

/** One course over this many hours is not believable: reported instead of counted. */
export const MAX_COURSE_HOURS = 100;

const NUMBER = String.raw`(\d+(?:\.\d+)?|\.\d+)`;
// "1.5 Contact Hrs", "2 CE Credits", "3 credit(s)" (values.ts finds hours in a text with it too).
// German "Std.", "Stunden" too (a person's own language).
export const HOUR_UNIT = String.raw`(?:(?:ce|cr|credit|contact|capce)\s*){0,2}(?:hours?|hrs?|h|credits?|cr|cehs?|ceus?|ces?|ch|std|stunden?)(?:\(s\))?\)?\.?`;
const MINUTE_UNIT = String.raw`(?:m|min|mins|minute|minutes)\.?`;

// A figure and its unit: "2", "2 hrs", "90 min", "1 hr 30 min", "1 hour and 30 minutes" (group 2: the
// minutes after hours; group 3: the unit is minutes).
const FIGURE = new RegExp(`^${NUMBER}(?:\\s*${HOUR_UNIT}(?:\\s*,?\\s*(?:and\\s*)?${NUMBER}\\s*${MINUTE_UNIT})?|\\s*(${MINUTE_UNIT}))?$`, 'i');
// "1:30", "1h30", "1 h 30", and a database's interval with its seconds ("01:30:00").
const CLOCK = /^(\d+)(?::|\s*h\s*)([0-5]\d)(?::([0-5]\d))?(?:\s*(?:h|hrs?|hours?))?$/i;

function roundHours(hours: number): number {
  // Minutes become fractions like 0.3333…; two decimals is what the pages show.
  return Math.round(hours * 100) / 100;
}

/** A figure as a course's hours (two decimals), or null where no course has it: not a number, negative, over MAX_COURSE_HOURS. */
function courseHours(hours: number): number | null {
  return Number.isFinite(hours) && hours >= 0 && hours <= MAX_COURSE_HOURS ? roundHours(hours) : null;
}

function checked(hours: number, raw: string): HoursResult {
  if (!Number.isFinite(hours)) return { ok: false, reason: `hours not a number: "${raw}"` };
  if (hours < 0) return { ok: false, reason: `negative hours: "${raw}"` };
  if (hours > MAX_COURSE_HOURS) return { ok: false, reason: `implausible hours for one course: "${raw}"` };
  return { ok: true, hours: roundHours(hours) };
}

/** The text as the figures are matched: spaces collapsed, a decimal comma ("1,5", "0,75 h") a point; never a thousands separator ("1,500") or a list ("1,2,3"). */
function cleanHours(raw: string | null | undefined): string {
  let text = normaliseSpace(raw ?? '');
  // A database tool shows a field stored as a string in its quotes ('"1:30"', mongo-express): the figure is inside.
  if (text.length > 2 && text[0] === '"' && text.endsWith('"')) text = text.slice(1, -1);
  text = text.replace(/^(\d+),(\d\d?)(?![\d,])/, '$1.$2');
  // A half ("1½", "1 1/2", "1/2", not "11/2") writes the figure "1.5", ".5"; a quarter ("¼", "1 ¾") ".25", "1.75".
  text = (text.startsWith('1/2') ? `½${text.slice(3)}` : text).replace(' 1/2', '½');
  for (const [sign, figure] of [['½', '5'], ['¼', '25'], ['¾', '75']] as const) text = text.replace(` ${sign}`, sign).replace(sign, `.${figure}`);
  return text;
}

/** The figure a clean text writes, in hours (not yet checked), or null when it writes none. */
function figureOf(text: string): number | null {
  const figure = FIGURE.exec(text);
  if (figure) return figure[3] ? Number(figure[1]) / 60 : Number(figure[1]) + Number(figure[2] ?? 0) / 60;
  const clock = CLOCK.exec(text);
  return clock ? Number(clock[1]) + Number(clock[2]) / 60 + Number(clock[3] ?? 0) / 3600 : null;
}

/** parseHours's hours without its reasons (the content scripts only ask whether a text is an hours figure). */
export function hoursFigure(raw: string | null | undefined): number | null {
  const figure = figureOf(cleanHours(raw));
  return figure === null ? null : courseHours(figure);
}

// What an empty hours cell shows instead: a dash, "n/a".
const DASHES = '-–—';
const NOT_APPLICABLE = ['n/a', 'na'];

export function parseHours(raw: string | null | undefined): HoursResult {
  let text = cleanHours(raw);
  // An ISO duration ("PT1H30M") and a unit in brackets ("2.0 (CEH)") write "1H30M", "2.0 CEH".
  if (text.slice(0, 2).toUpperCase() === 'PT') text = text.slice(2);
  text = text.replace('(', '');
  if (text === '' || [...text].every((char) => DASHES.includes(char)) || NOT_APPLICABLE.includes(text.toLowerCase())) {
    return { ok: false, reason: 'no hours shown' };
  }
  if (text.startsWith('-')) return { ok: false, reason: `negative hours: "${text}"` };
  const figure = figureOf(text);
  return figure === null ? { ok: false, reason: `hours not understood: "${text}"` } : checked(figure, text);
}

// "2.00 of 3.00 applied", "2 of 3 hours", "2.00 / 3.00 credits applied (here)": the part of a course
// applied here, and the course's full hours (a split course shows both).
const APPLIED = new RegExp(`^${NUMBER}\\s*(?:of|/)\\s*${NUMBER}(?:\\s*${HOUR_UNIT})?(?:\\s*applied(?: here)?)?$`, 'i');

export function parseAppliedHours(raw: string | null | undefined): { hours: number; of: number } | null {
  const match = APPLIED.exec(normaliseSpace(raw ?? ''));
  if (!match) return null;
  const part = courseHours(Number(match[1]));
  const whole = courseHours(Number(match[2]));
  if (part === null || whole === null || part > whole) return null;
  return { hours: part, of: whole };
}
