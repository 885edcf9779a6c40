// Education pages (Manage Education, Transcript): what every reading of a course list shares:
// the component/topic headings above the courses, one course built from its parts (or a
// reason it cannot be), and the words that say a list is empty. The courses themselves are
// found by records.ts and read by record-courses.ts.
import type { Component, Course, Topic, UnreadRow } from '../model';
import { CAPCE_NUMBER, parseApproval } from './approval';
import { parseDate, parseDates } from './parse-date';
import { parseAppliedHours, parseHours } from './parse-hours';
import { excerpt, normaliseSpace } from './text';
import { hasDigit, hasLetters, trimChars, withoutBrackets } from './cut';
import { findPhrase, hasPhrase, isPhrase, phrases, startsWithPhrase, wordsOf } from './words';
import { MORE_CONTROL } from './coverage';
import { parseAssignment, parseTopic, type Assignment } from './topics';
import { assignmentIn, isBareHours } from './values';

export interface EducationRead {
  courses: Course[];
  unread: UnreadRow[];
  /** The page says in words that there are no courses. */
  saysEmpty: boolean;
}

const EMPTY = phrases(
  'no courses',
  'no records',
  'no education',
  'no results',
  'no items',
  'no entries',
  'no data',
  'nothing to show',
  'nothing to display',
  'there are no courses',
  'there are no records',
  'have not added any',
  'have not entered any',
);
/** The page says in words that a list is empty ("No courses found", "Nothing to display"). */
export function saysEmpty(text: string): boolean {
  return hasPhrase(text, EMPTY);
}

const SUM_ROW = phrases('total', 'totals', 'subtotal', 'grand total', 'sum', 'showing', 'page');
export const TOTAL_WORD = phrases('total', 'totals', 'subtotal');
const COUNT_OF = phrases('courses', 'results', 'records');
export const PROGRESS_WORD = phrases('of', 'credit*', 'hour*', 'hrs', 'ceh', 'ceu*', 'complete', 'completed', 'done');
/**
 * A totals, pager or count row ("Total 12.75", "National Component total 9.25 / 30.00",
 * "Showing 1 of 3", "12 courses", "… 5 courses, 8.25 hours"): not a course.
 */
export function isNotACourseRow(text: string): boolean {
  const words = wordsOf(text);
  // A report's footer ("Generated 11/30/26 9:12 AM · Page 1 of 1"): its page count, wherever it stands.
  // So is a list's count beside its sort control ("Sorted by: Recently added ▾ Showing 8 of 19"), no date beside it.
  if (words.some((word, i) => (word === 'page' || (word === 'showing' && parseDates(text).length === 0)) && hasDigit(words[i + 1] ?? '') && words[i + 2] === 'of')) return true;
  // A grid's aggregate row ("Sum of Hours (National): 15.75") too: a sum, never a dated course.
  const sumOf = (): boolean => words[0] === 'sum' && words[1] === 'of' && parseDates(text).length === 0;
  if (startsWithPhrase(words, SUM_ROW) && (words[0] === 'total' || words[0] === 'totals' || words[0] === 'subtotal' || words[0] === 'grand' || sumOf() || hasDigit(words[1] ?? ''))) return true;
  // A label ending in "total" and then only figures and their units, no date: a group's total (a
  // course has its date; "Page subtotal: 15.50", "Section total 5 of 6 CEH").
  const total = words.findIndex((word) => isPhrase(word, TOTAL_WORD));
  if (total > 0) {
    const rest = words.slice(total + 1);
    if ((rest.length === 0 || rest.some(hasDigit)) && rest.every((word) => (hasDigit(word) && !hasLetters(word)) || isPhrase(word, PROGRESS_WORD)) && parseDates(text).length === 0) return true;
  }
  // A section's progress figure ("12.25 of 25 credits", "48% complete"): figures and their units only.
  if (words.length > 0 && words.every((word) => (hasDigit(word) && !hasLetters(word)) || isPhrase(word, PROGRESS_WORD)) && parseDates(text).length === 0) return true;
  // A count of the list itself, wherever it stands ("… 5 courses, 8.25 hours entered."): a summary line.
  return words.some((word, i) => hasDigit(word) && word.length <= 5 && !hasLetters(word) && startsWithPhrase(words.slice(i + 1), COUNT_OF));
}

// What a show-more control may name after its verb ("Load more courses", "View all 14 courses").
const LISTED = phrases('course', 'courses', 'result', 'results', 'row', 'rows', 'item', 'items', 'record', 'records', 'entries', 'education');
/**
 * The list's own control for showing more of it, the whole text ("Show 6 more courses…", "Load
 * more", "View all 14 courses"): it stands where a course would (the last item under a date
 * heading, the table's last row) and is none.
 */
export function isMoreControl(text: string): boolean {
  const words = wordsOf(text).filter((word) => !hasDigit(word));
  const verb = findPhrase(words, MORE_CONTROL);
  if (verb?.at !== 0) return false;
  const rest = words.slice(verb.length);
  return rest.length === 0 || isPhrase(rest, LISTED);
}

const UNASSIGNED = phrases('unassigned', 'not assigned', 'none', 'pending assignment');

/** The cell's text, or null when it is missing or only fills space ("—", "-", "N/A", "…", empty). */
export function shown(text: string | null): string | null {
  if (text === null) return null;
  const trimmed = text.trim();
  // Such a cell shows nothing: the heading or group row above still decides, as it would for a person.
  return trimChars(trimmed, '-–—‒―….') === '' || isPhrase(trimmed, NOT_APPLICABLE) ? null : trimmed;
}
const NOT_APPLICABLE = phrases('n a', 'na');

export interface Context {
  component: Component | null;
  topic: Topic | null;
}

// A group that says so anywhere in its name ("(not assigned) (1)", "Transcript Courses Not Yet Assigned").
// "Not assigned": a heading, group row or cell saying the courses under or in it are in no component yet.
export const NOT_ASSIGNED = phrases('unassigned', 'not assigned', 'not yet assigned', 'awaiting assignment');

// A group's label before its name ("Component: State/Local", "Topic: Trauma").
const GROUP_LABEL = phrases('component', 'topic');

/** A heading or group row naming a component/topic: "Trauma", "National Component (24.5 of 25)". */
export function headingAssignment(text: string): Assignment | 'unassigned' | null {
  // A separator before the group's figures ("Cardiovascular i · 5.00 / 6.00") is no part of its name;
  // so is a label of a few words ending in the group's ("NREMT Component: Local", a report's group line).
  const colon = text.indexOf(': ');
  const label = colon > 0 ? wordsOf(text.slice(0, colon)) : [];
  const named = label.length > 1 && label.length <= 3 && isPhrase(label.slice(-1), GROUP_LABEL) ? text.slice(colon + 2) : text;
  return plainHeadingAssignment(named.replace(SEPARATED_FIGURES, ' '));
}
const SEPARATED_FIGURES = / [·|•] (?=\d)/;

/** headingAssignment without the separator before figures taken off (the content script's, smaller). */
export function plainHeadingAssignment(text: string): Assignment | 'unassigned' | null {
  // Remarks and figures after the name do not name anything: "National Component (24.5 of 25)", "Trauma 4 / 5".
  // A grid's group row glues its label to the name ("Component:State/Local").
  const words = normaliseSpace(withoutBrackets(text).replace(/([a-z]):(?=[a-z])/gi, '$1: ')).split(' ');
  // An icon font's ligature beside the name is drawn as a glyph: a lower-case word before a
  // capitalised name ("place State/Local"), a word_with_underscores after it ("Trauma chevron_right").
  while (words.length > 1 && isLowerCase(words[0]!) && !isLowerCase(words[1]!)) words.shift();
  // A progress figure drawn before the name ("10.75 of 25 hrs National Component"): the name starts at its first capital.
  if (hasDigit(words[0]![0] ?? '')) words.splice(0, Math.max(0, words.findIndex((word) => word[0] !== word[0]!.toLowerCase())));
  // "Component: State/Local", "Topic: Trauma": the group's label before its name names nothing ("National Component: Trauma" keeps it).
  if (words.length > 1 && isPhrase(words[0]!, GROUP_LABEL)) words.shift();
  // "Component: (Not Assigned)": the name in brackets, alone after the label.
  else if (words.length === 1 && isPhrase(wordsOf(text).slice(1), NOT_ASSIGNED)) return 'unassigned';
  const firstNumber = words.findIndex((word, i) => i > 0 && hasDigit(word[0] ?? ''));
  if (firstNumber > 0) words.length = firstNumber;
  // An icon's ligature or letter after the name ("Trauma chevron_right", "Trauma i", "State/Local info"), not "Not assigned"'s word.
  const last = words[words.length - 1]!;
  if (words.length > 1 && (last.includes('_') || (isLowerCase(last) && !isLowerCase(words[words.length - 2]!) && !isPhrase(words.join(' '), NOT_ASSIGNED)))) words.pop();
  // "National · Cardiology": a middle dot joins the component and its topic like a dash.
  const cut = words.join(' ').replace(' · ', ' – ');
  // A card's headline and subhead side by side ("National Component Airway, Respiration & Ventilation").
  return parseAssignment(cut) ?? assignmentIn(cut) ?? (hasPhrase(wordsOf(text), NOT_ASSIGNED) ? 'unassigned' : null);
}

function isLowerCase(word: string): boolean {
  return word.toLowerCase() === word && word.toUpperCase() !== word;
}

export class HeadingContext {
  private component: Component | null = null;
  private topic: Topic | null = null;
  private componentLevel = Number.POSITIVE_INFINITY;
  private topicLevel = Number.POSITIVE_INFINITY;

  /** Returns true when the heading named a component or topic. */
  onHeading(level: number, text: string): boolean {
    const assignment = headingAssignment(text);
    if (assignment === 'unassigned') {
      this.component = null;
      this.topic = null;
      this.componentLevel = level;
      this.topicLevel = Number.POSITIVE_INFINITY;
      return true;
    }
    if (assignment) {
      if (assignment.topic) {
        this.component = assignment.component;
        this.topic = assignment.topic;
        this.topicLevel = level;
        if (this.componentLevel >= level) this.componentLevel = level;
      } else {
        this.component = assignment.component;
        this.topic = null;
        this.componentLevel = level;
        this.topicLevel = Number.POSITIVE_INFINITY;
      }
      return true;
    }
    if (level <= this.componentLevel) {
      this.component = null;
      this.topic = null;
      this.componentLevel = Number.POSITIVE_INFINITY;
      this.topicLevel = Number.POSITIVE_INFINITY;
    } else if (level <= this.topicLevel) {
      this.topic = null;
      this.topicLevel = Number.POSITIVE_INFINITY;
    }
    return false;
  }

  current(): Context {
    return { component: this.component, topic: this.topic };
  }
}

/** Component and topic of one course from its own assignment/topic text, else the context. */
function resolveAssignment(assignmentCell: string | null, topicCell: string | null, context: Context): Context {
  const assignmentText = shown(assignmentCell);
  const topicText = shown(topicCell);
  let component: Component | null = null;
  let topic: Topic | null = null;
  let explicit = false;
  if (assignmentText !== null) {
    explicit = true;
    // "National (18.5 of 30)": the component's figure beside its name names nothing.
    // "National Airway" (a text line's cell, its separator lost): the component word, then the topic.
    const parsed = isPhrase(assignmentText, UNASSIGNED) ? null : (parseAssignment(normaliseSpace(withoutBrackets(assignmentText))) ?? assignmentIn(assignmentText, true));
    if (parsed) {
      component = parsed.component;
      topic = parsed.topic;
    }
  }
  const parsedTopic = topicText !== null && !isPhrase(topicText, UNASSIGNED) ? parseTopic(topicText) : null;
  if (parsedTopic && (component === null || component === 'national')) {
    if (!explicit || component === 'national') {
      component = 'national';
      topic = parsedTopic;
    }
  }
  // A topic cell naming no topic ("(not set)" under a "State/Local Component" group row) leaves the group's
  // component; one saying the course is in none ("Unassigned") does not.
  if (explicit || parsedTopic || (topicText !== null && isPhrase(topicText, UNASSIGNED))) {
    if (component === 'national' && topic === null && context.component === 'national') topic = context.topic;
    return { component, topic };
  }
  return context;
}

export interface CourseParts {
  rowText: string;
  title: string | null;
  dateText: string | null;
  /** false when the page has no date column/label at all. */
  hasDateField: boolean;
  hoursText: string | null;
  approvalText: string | null;
  assignmentText: string | null;
  topicText: string | null;
  /** Shows a time of day ("23:40", "19:35:11"): with no hours and no approval number beside it, a stamp, no course. */
  timeOfDay?: boolean;
}

/** A CAPCE number's dashes set off by spaces where the page drew a part in its own element ("25- NAEMT -F1-0107"). */
function withoutSpacedDashes(number: string | null): string | null {
  return number && CAPCE_NUMBER.test(number) ? number.replaceAll(' ', '') : number;
}

export function buildCourse(parts: CourseParts, context: Context): Course | UnreadRow {
  const row = (): string => excerpt(parts.rowText);
  const title = (parts.title ?? '').trim();
  if (!title) return { text: row(), reason: 'no course title' };
  // A split course shows the part applied here and the course's hours: "2.00 of 3.00 applied",
  // a note on the split after them ("3.00 of 4.00 split · 1.00 in State/Local").
  const applied = appliedHours(parts.hoursText?.split(' split')[0]);
  const hours = applied ? { ok: true as const, hours: applied.hours } : withoutRemark(parts.hoursText);
  if (!hours.ok) return { text: row(), reason: hours.reason };
  let completedOn: string | null = null;
  if (parts.hasDateField) {
    completedOn = parseDate(parts.dateText);
    if (!completedOn) {
      const shown = (parts.dateText ?? '').trim();
      return { text: row(), reason: shown ? `completion date not understood: "${excerpt(shown, 60)}"` : 'no completion date shown' };
    }
  }
  const { component, topic } = resolveAssignment(parts.assignmentText, parts.topicText, context);
  const course: Course = {
    title,
    completedOn,
    hours: hours.hours,
    component,
    topic,
    approvalNumber: withoutSpacedDashes(parseApproval(parts.approvalText)),
  };
  if (applied) course.courseHours = applied.of;
  return course;
}

/** The part of a split course applied here: "2.00 of 3.00", or each side as hours are written ("2:00 of 3:00"). */
function appliedHours(text: string | undefined): { hours: number; of: number } | null {
  const applied = parseAppliedHours(text);
  const sides = applied ? [] : (text ?? '').split(' of ').map(parseHours);
  const [part, whole] = sides;
  return applied ?? (sides.length === 2 && part!.ok && whole!.ok && part!.hours <= whole!.hours ? { hours: part!.hours, of: whole!.hours } : null);
}

/**
 * The hours figure, a remark in brackets after it left out ("5 (of 8)", "3 (remaining 3 of 8)": the
 * part of a split course counted here) when the figure alone reads.
 */
function withoutRemark(text: string | null): ReturnType<typeof parseHours> {
  // A figure after its credit's type ("CAPCE: 1.50", "Participation: 1.00") read as the hours.
  const typed = text?.split(': ');
  const hours = parseHours(typed?.length === 2 && isBareHours(typed[1]!.trim()) ? typed[1] : text);
  const at = text?.indexOf(' (') ?? -1;
  if (hours.ok || at < 1 || !text!.trimEnd().endsWith(')')) return hours;
  const figure = parseHours(text!.slice(0, at));
  return figure.ok ? figure : hours;
}

export function isCourse(result: Course | UnreadRow): result is Course {
  return 'hours' in result;
}
