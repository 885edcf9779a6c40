// Manage Education's own requirement per section: "24.50 / 25.00 credits" beside "National
// Component", "Trauma 2.50 of 4.00 hours", "Required: 4". Only read in a component/topic
// heading itself or in the first line right after it (before that section's courses): a
// course title "(2.00 hours)", a message subject or a handbook table is never a requirement.
// We keep Y (the required figure); the engine decides whether to trust it. One pass, linear.
import type { OutlineLine, PageSnapshot, Topic } from '../model';
import { headingAssignment } from './education';
import type { Assignment } from './topics';
import { phrases } from './words';

// What a group requires, said of its figure ("15 credits required", "Total Credits Required 50.00"): no course's hours.
export const REQUIRED_WORDS = phrases('required', 'needed', 'minimum');

export type Requirements = NonNullable<PageSnapshot['requirements']>;

const NUMBER = String.raw`(\d{1,3}(?:[.,]\d+)?)`;
// "X / Y" with X and Y standing alone: never part of a date (03/31/2027).
const SLASH = new RegExp(String.raw`(?:^|[\s(:])${NUMBER}\s*\/\s*${NUMBER}(?:\s*(?:hours?|hrs?|credits?|h))?(?=$|[\s).,;])`, 'i');
const OF = new RegExp(String.raw`(?:^|[\s(:])${NUMBER}\s+of\s+${NUMBER}\s*(?:hours?|hrs?|credits?)\b`, 'i');
const REQUIRED = new RegExp(String.raw`\brequired\s*:?\s*${NUMBER}(?!\s*\/)`, 'i');
/** A progress line is short; a longer line is prose, not a section's figure. */
const MAX_LINE = 80;

const toNumber = (text: string): number => Number(text.replace(',', '.'));

/** The required figure a short progress text shows, or null. */
export function requiredFigure(text: string): number | null {
  if (text.length > MAX_LINE) return null;
  const match = REQUIRED.exec(text) ?? SLASH.exec(text) ?? OF.exec(text);
  if (!match) return null;
  const y = toNumber(match[match.length - 1]!);
  return Number.isFinite(y) ? y : null;
}

/** A group's progress alone ("18.00 / 20.00": applied of required, a tree grid's hours cell), no course's. */
export function isProgress(text: string): boolean {
  const match = SLASH.exec(text);
  return match !== null && match.index === 0 && match[0].length === text.length;
}

/** The entered figure X of a short "X / Y" or "X of Y hours" text, or null. */
export function shownFigure(text: string): number | null {
  if (text.length > MAX_LINE) return null;
  const match = SLASH.exec(text) ?? OF.exec(text);
  if (!match) return null;
  const x = toNumber(match[1]!);
  return Number.isFinite(x) ? x : null;
}

export interface ShownFigure {
  assignment: Assignment;
  shown: number;
  required: number;
}

function record(out: Requirements, assignment: Assignment, figure: number): void {
  if (assignment.topic) {
    if (assignment.component !== 'national') return;
    const topics: Partial<Record<Topic, number>> = out.topics ?? {};
    if (topics[assignment.topic] === undefined) topics[assignment.topic] = figure;
    out.topics = topics;
    return;
  }
  if (out[assignment.component] === undefined) out[assignment.component] = figure;
}

/**
 * The page's required figures per component and National topic, or undefined when it shows none,
 * from its outline (read-page.ts: headings, lines, labelled values and tables, in reading order).
 */
export function readRequirements(outline: readonly OutlineLine[], shown: ShownFigure[] = []): Requirements | undefined {
  const out: Requirements = {};
  let found = false;
  const note = (assignment: Assignment, text: string, figure: number): void => {
    const x = shownFigure(text);
    if (x !== null) shown.push({ assignment, shown: x, required: figure });
  };
  // The heading just passed, waiting for its first line.
  let pending: Assignment | null = null;
  for (const { heading, text = null } of outline) {
    if (heading !== undefined) {
      pending = null;
      if (heading === 7 || text === null) continue;
      const assignment = headingAssignment(text);
      if (!assignment || assignment === 'unassigned') continue;
      const figure = requiredFigure(text);
      if (figure !== null) {
        record(out, assignment, figure);
        note(assignment, text, figure);
        found = true;
      } else {
        pending = assignment;
      }
      continue;
    }
    if (!pending) continue;
    // A table (no text) ends the wait as a line does.
    if (text !== null) {
      const figure = requiredFigure(text);
      if (figure !== null) {
        record(out, pending, figure);
        note(pending, text, figure);
        found = true;
      }
    }
    // Only the first line after the heading: then the section's courses begin.
    pending = null;
  }
  return found ? out : undefined;
}
