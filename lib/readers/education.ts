// Education pages (Manage Education, Transcript): every course the page shows, read from
// tables with a header row, tables or cards grouped under component/topic headings, and
// label/value cards, lists and definition lists. Rows that cannot be read are reported.
import type { Component, Course, Topic, UnreadRow } from '../model';
import { parseApproval } from './approval';
import { parseCourseLine } from './course-line';
import { matchLabel, type LabelField } from './labels';
import { parseDate } from './parse-date';
import { parseHours } from './parse-hours';
import type { ScanEvent } from './scan';
import { bodyRows, cellsOf, tableLayout, type TableLayout } from './table';
import { excerpt, textOf } from './text';
import { parseAssignment, parseTopic, type Assignment } from './topics';

export const COURSE_FIELDS: readonly LabelField[] = ['courseTitle', 'completedOn', 'hours', 'approvalNumber', 'assignment', 'topic'];

export interface EducationRead {
  courses: Course[];
  unread: UnreadRow[];
  /** A course table or course cards were found (even if empty). */
  foundCourseList: boolean;
  /** The page says in words that there are no courses. */
  saysEmpty: boolean;
}

export const EMPTY_WORDS = /\b(?:no (?:courses|records|education|results|items|entries|data)|nothing to (?:show|display)|there are no (?:courses|records)|have not (?:added|entered) any)\b/i;
export const NOT_A_COURSE_ROW = /^(?:total|totals|subtotal|grand total|showing \d|page \d|\d+ (?:courses|results|records))/i;
const UNASSIGNED = /^(?:unassigned|not assigned|none|pending assignment)$/i;
// A cell that only fills space ("—", "-", "N/A", empty) shows nothing: the heading or group
// row above still decides, as it would for a person reading the page.
const PLACEHOLDER = /^(?:[-–—‒―]+|n\/?a|…|\.{3})?$/i;

/** The cell's text, or null when it is missing or only a placeholder. */
function shown(text: string | null): string | null {
  if (text === null) return null;
  const trimmed = text.trim();
  return PLACEHOLDER.test(trimmed) ? null : trimmed;
}

export interface Context {
  component: Component | null;
  topic: Topic | null;
}

/** A heading or group row naming a component/topic: "Trauma", "National Component (24.5 of 25)". */
export function headingAssignment(text: string): Assignment | 'unassigned' | null {
  const cut = text.replace(/\(.*?\)/g, ' ').replace(/\s\d[\s\S]*$/, '').replace(/\s+/g, ' ').trim();
  if (/^(?:unassigned|not assigned)(?: courses| education)?$/i.test(cut)) return 'unassigned';
  return parseAssignment(cut);
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
    const parsed = UNASSIGNED.test(assignmentText) ? null : parseAssignment(assignmentText);
    if (parsed) {
      component = parsed.component;
      topic = parsed.topic;
    }
  }
  if (topicText !== null && !UNASSIGNED.test(topicText)) {
    const parsedTopic = parseTopic(topicText);
    if (parsedTopic && (component === null || component === 'national')) {
      if (!explicit || component === 'national') {
        component = 'national';
        topic = parsedTopic;
      }
    }
  }
  if (explicit || topicText !== null) {
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
}

export function buildCourse(parts: CourseParts, context: Context): Course | UnreadRow {
  const row = (): string => excerpt(parts.rowText);
  const title = (parts.title ?? '').trim();
  if (!title) return { text: row(), reason: 'no course title' };
  const hours = parseHours(parts.hoursText);
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
  return {
    title,
    completedOn,
    hours: hours.hours,
    component,
    topic,
    approvalNumber: parseApproval(parts.approvalText),
  };
}

export function isCourse(result: Course | UnreadRow): result is Course {
  return 'hours' in result;
}

// A header that names a date (or completion) in words we do not list, other than a date
// that is clearly not the completion ("Date Added", "Expiration Date").
const DATE_HEADER = /\b(?:date|dated|completed|completion|finished)\b/i;
const OTHER_DATE_HEADER = /\b(?:added|entered|created|imported|uploaded|submitted|assigned|modified|updated|expir\w*|due|start(?:ed)?|begin|began)\b/i;

/**
 * Without a recognised completion-date column, an unrecognised column headed as a date is
 * read as one: its cells are then checked (a row with an unreadable date is reported)
 * instead of every course silently getting no date.
 */
function fallbackDateColumn(layout: TableLayout): number | undefined {
  const used = new Set(Object.values(layout.columns));
  const index = layout.headerTexts.findIndex(
    (text, i) => !used.has(i) && text.length <= 60 && DATE_HEADER.test(text) && !OTHER_DATE_HEADER.test(text),
  );
  return index >= 0 ? index : undefined;
}

/** A table is a course table when its header names a title and hours, plus a date, approval or assignment. */
export function courseTableLayout(table: Element): TableLayout | null {
  const layout = tableLayout(table, COURSE_FIELDS);
  if (!layout) return null;
  const { columns } = layout;
  if (columns.completedOn === undefined) {
    const dateColumn = fallbackDateColumn(layout);
    if (dateColumn !== undefined) columns.completedOn = dateColumn;
  }
  if (columns.courseTitle === undefined || columns.hours === undefined) return null;
  if (columns.completedOn === undefined && columns.approvalNumber === undefined && columns.assignment === undefined && columns.topic === undefined) return null;
  return layout;
}

function readTable(table: Element, layout: TableLayout, outer: Context, captionContext: Context | null, out: EducationRead): void {
  const { columns } = layout;
  const headerKey = layout.headerTexts.join('|');
  let context: Context = captionContext ?? outer;

  const columnCount = layout.headerTexts.length;
  for (const row of bodyRows(table, layout)) {
    const cells = cellsOf(row, columnCount);
    // Each cell's text once; a colspan cell repeats (side by side) in `cells` but counts once
    // in the row text.
    const texts: string[] = [];
    const distinct: string[] = [];
    for (let i = 0; i < cells.length; i++) {
      if (i > 0 && cells[i] === cells[i - 1]) {
        texts.push(texts[i - 1]!);
        continue;
      }
      const text = textOf(cells[i]);
      texts.push(text);
      distinct.push(text);
    }
    const rowText = distinct.filter(Boolean).join(' ');
    if (!rowText) continue;
    if (distinct.length === 1) {
      // A group row ("National – Trauma") or a message row ("No courses found").
      const group = headingAssignment(rowText);
      if (group === 'unassigned') context = { component: null, topic: null };
      else if (group) context = { component: group.component, topic: group.topic };
      else if (EMPTY_WORDS.test(rowText)) out.saysEmpty = true;
      else if (!NOT_A_COURSE_ROW.test(rowText)) out.unread.push({ text: excerpt(rowText), reason: 'row does not match the table columns' });
      continue;
    }
    const cellText = (index: number | undefined): string | null => (index === undefined ? null : (texts[index] ?? ''));
    if (texts.join('|') === headerKey) continue; // repeated header row
    const title = cellText(columns.courseTitle);
    if (title && NOT_A_COURSE_ROW.test(title)) continue;
    const result = buildCourse(
      {
        rowText,
        title,
        dateText: cellText(columns.completedOn),
        hasDateField: columns.completedOn !== undefined,
        hoursText: cellText(columns.hours),
        approvalText: cellText(columns.approvalNumber),
        assignmentText: cellText(columns.assignment),
        topicText: cellText(columns.topic),
      },
      context,
    );
    if (isCourse(result)) out.courses.push(result);
    else out.unread.push(result);
  }
}

interface CardRecord {
  title: string | null;
  values: Partial<Record<LabelField, string>>;
  texts: string[];
  context: Context;
}

function recordIsCourse(record: CardRecord): boolean {
  const v = record.values;
  const core = [v.courseTitle, v.completedOn, v.hours, v.approvalNumber].filter((x) => x !== undefined).length;
  // A titled block with any course fact is a course (or an unread row), never silently dropped.
  return core >= 2 || (record.title !== null && core >= 1);
}

// How good a course-title candidate is: a heading or bold line, a plain line, a sentence.
// An intro like "All sections must be complete to recertify." is prose, not a title.
const STRONG_TITLE = 3;
const SENTENCE = /[.!?]$/;
function titleRank(text: string, prominent: boolean): number {
  if (prominent) return STRONG_TITLE;
  return SENTENCE.test(text) && text.split(' ').length >= 4 ? 1 : 2;
}

export function readEducation(events: ScanEvent[]): EducationRead {
  const out: EducationRead = { courses: [], unread: [], foundCourseList: false, saysEmpty: false };
  const headings = new HeadingContext();
  const courseTables = new Set<Element>();
  let pendingTitle: string | null = null;
  let pendingRank = 0;
  const setPending = (text: string | null, rank: number): void => {
    pendingTitle = text;
    pendingRank = text === null ? 0 : rank;
  };
  let record: CardRecord | null = null;
  let sawDateLabel = false;
  const cardResults: Array<{ record: CardRecord }> = [];

  const flush = (): void => {
    if (record && recordIsCourse(record)) cardResults.push({ record });
    record = null;
  };

  for (const event of events) {
    switch (event.kind) {
      case 'heading': {
        // A table caption (level 7) names its own table's group only: read with the table.
        if (event.level === 7) break;
        const named = headings.onHeading(event.level, event.text);
        if (record && Object.keys(record.values).length > 0) flush();
        // The page's own heading ("Transcript") is not a course title.
        const candidate = !named && event.level > 1 && matchLabel(event.text, COURSE_FIELDS) === null;
        setPending(candidate ? event.text : null, STRONG_TITLE);
        if (EMPTY_WORDS.test(event.text)) out.saysEmpty = true;
        break;
      }
      case 'table': {
        const layout = courseTableLayout(event.el);
        if (layout) {
          courseTables.add(event.el);
          out.foundCourseList = true;
          // The caption (visited after the table event) is handled by reading it here directly.
          const caption = Array.from(event.el.children).find((child) => child.tagName.toUpperCase() === 'CAPTION');
          const captionGroup = caption ? headingAssignment(textOf(caption)) : null;
          const captionContext: Context | null =
            captionGroup === 'unassigned' ? { component: null, topic: null } : captionGroup ? { component: captionGroup.component, topic: captionGroup.topic } : null;
          readTable(event.el, layout, headings.current(), captionContext, out);
        }
        break;
      }
      case 'title': {
        if (EMPTY_WORDS.test(event.text) && event.text.length < 120) out.saysEmpty = true;
        if (event.el.tagName.toUpperCase() === 'LI' && !event.prominent) {
          const line = parseCourseLine(event.text);
          if (line) {
            flush();
            setPending(null, 0);
            out.foundCourseList = true;
            const result = buildCourse(
              { rowText: event.text, title: line.title, dateText: line.completedOn, hasDateField: true, hoursText: line.hoursText, approvalText: line.approvalText, assignmentText: null, topicText: null },
              headings.current(),
            );
            if (isCourse(result)) out.courses.push(result);
            else out.unread.push(result);
            break;
          }
        }
        if (headingAssignment(event.text) !== null) break;
        if (record && Object.keys(record.values).length > 0) {
          // A bold line after a finished card starts the next card; other text is the card's own.
          if (!event.prominent) break;
          flush();
        }
        // The nearest bold line wins; a plain line only replaces a weaker one (a sentence).
        const rank = titleRank(event.text, event.prominent);
        if (event.prominent || rank > pendingRank) setPending(event.text, rank);
        break;
      }
      case 'pair': {
        if (event.table && courseTables.has(event.table)) break;
        const field = matchLabel(event.label, COURSE_FIELDS);
        if (!field) break;
        if (record && record.values[field] !== undefined) flush();
        if (!record) {
          record = { title: pendingTitle, values: {}, texts: pendingTitle ? [pendingTitle] : [], context: headings.current() };
          setPending(null, 0);
        }
        record.values[field] = event.value;
        record.texts.push(`${event.label}: ${event.value}`);
        if (field === 'completedOn') sawDateLabel = true;
        break;
      }
      case 'button':
        break;
    }
  }
  flush();

  for (const { record: card } of cardResults) {
    out.foundCourseList = true;
    const result = buildCourse(
      {
        rowText: card.texts.join(' · '),
        title: card.values.courseTitle ?? card.title,
        dateText: card.values.completedOn ?? null,
        hasDateField: sawDateLabel,
        hoursText: card.values.hours ?? null,
        approvalText: card.values.approvalNumber ?? null,
        assignmentText: card.values.assignment ?? null,
        topicText: card.values.topic ?? null,
      },
      card.context,
    );
    if (isCourse(result)) out.courses.push(result);
    else out.unread.push(result);
  }
  return out;
}
