// Courses from the records the record finder found: each record's fields told apart by their
// values (a date, an hours figure, an approval number, a component/topic name), labels and
// column headers only breaking ties; the title is the free text left over.
import { buildCourse, EMPTY_WORDS, HeadingContext, headingAssignment, isCourse, NOT_A_COURSE_ROW, type CourseParts, type EducationRead } from './education';
import { matchLabel } from './labels';
import type { Atom, FoundRecords } from './records';
import { RECORD_FIELDS } from './records';
import { excerpt } from './text';
import { approvalIn, assignmentIn, dateIn, hoursWithUnit, isAppliedHours, isBareHours, isControlWord, isStatusWord, namesOtherDate } from './values';

const LETTERS = /\p{L}.*\p{L}/u;
const EDGE_PUNCTUATION = /^[\s—–|·•,;:(-]+|[\s—–|·•,;:(-]+$/g;

/** The words before the first value in a piece ("Trauma Review 10/02/2025" -> "Trauma Review"). */
function leadingWords(text: string, cut: number): string {
  return text.slice(0, cut).replace(EDGE_PUNCTUATION, '').replace(TRAILING_LABEL, '').replace(EDGE_PUNCTUATION, '').trim();
}

// "Pediatric Dosing Math, completed 03/02/2026": the word that introduces the value is not the title's.
const TRAILING_LABEL = /\b(?:completed|completion|on|date|credits?|hours?|approval|capce|oems)\s*:?\s*$/i;

function approvalPattern(approval: string): RegExp {
  return new RegExp(approval.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i');
}

function firstValueIndex(text: string): number {
  let index = text.length;
  const hours = hoursWithUnit(text);
  if (hours) index = Math.min(index, hours.match.index);
  const date = /\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{1,2}-\d{1,2}|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d/i.exec(text);
  if (date) index = Math.min(index, date.index);
  const approval = /\b(?:capce|oems|approval)\b|\b\d{2}-[A-Z0-9]{2,10}-F\d/i.exec(text);
  if (approval) index = Math.min(index, approval.index);
  return index;
}

/** The parts of one course, from its atoms. */
export function partsFromAtoms(atoms: readonly Atom[], rowText: string): CourseParts {
  const parts: CourseParts = {
    rowText,
    title: null,
    dateText: null,
    hasDateField: true,
    hoursText: null,
    approvalText: null,
    assignmentText: null,
    topicText: null,
  };
  const used = new Set<Atom>();
  // 1. What a label or column header names, when the value agrees (a date column holds a date).
  for (const atom of atoms) {
    switch (atom.field) {
      case 'courseTitle':
        if (parts.title === null && LETTERS.test(atom.text)) parts.title = atom.text;
        break;
      case 'completedOn':
        if (parts.dateText === null) parts.dateText = atom.text;
        break;
      case 'hours':
        if (parts.hoursText === null) parts.hoursText = atom.text;
        break;
      case 'approvalNumber':
        if (parts.approvalText === null) parts.approvalText = atom.text;
        break;
      case 'assignment':
        // Chips side by side in one cell ("National", "Trauma"): the second names the topic.
        if (parts.assignmentText === null) parts.assignmentText = atom.text;
        else if (parts.topicText === null && assignmentIn(atom.text)?.topic) parts.topicText = atom.text;
        break;
      case 'topic':
        if (parts.topicText === null) parts.topicText = atom.text;
        break;
      default:
        continue;
    }
    used.add(atom);
  }
  // 2. Values, whatever their label.
  const free: Atom[] = [];
  for (const atom of atoms) {
    if (used.has(atom)) continue;
    const text = atom.text;
    let isValue = false;
    const approval = approvalIn(text);
    if (approval) {
      parts.approvalText ??= approval;
      isValue = true;
    }
    // The approval number's digits are not a date or hours.
    const valuesText = approval ? text.replace(approvalPattern(approval), ' ') : text;
    const date = dateIn(valuesText);
    if (date) {
      isValue = true;
      const before = text.slice(0, firstValueIndex(text));
      if (parts.dateText === null && !namesOtherDate(atom.label ?? '') && !namesOtherDate(before)) parts.dateText = date;
    }
    const hours = hoursWithUnit(valuesText);
    if (!date && !approval && isAppliedHours(text)) {
      isValue = true;
      parts.hoursText ??= text.trim();
    } else if (hours) {
      isValue = true;
      parts.hoursText ??= String(hours.hours);
    } else if (!date && !approval && isBareHours(text.trim())) {
      isValue = true;
      if (parts.hoursText === null && !namesOtherDate(atom.label ?? '')) parts.hoursText = text.trim();
    }
    if (!isValue) {
      const assignment = assignmentIn(text);
      if (assignment) {
        // "National – Trauma" names both; a lone topic chip beside a "National" chip names the topic.
        if (parts.assignmentText === null) parts.assignmentText = text;
        else if (assignment.topic && parts.topicText === null) parts.topicText = text;
        continue;
      }
      if (isStatusWord(text)) {
        if (/^(?:unassigned|not assigned)$/i.test(text.trim())) parts.assignmentText ??= text;
        continue;
      }
      if (isControlWord(text) || matchLabel(text, RECORD_FIELDS)) continue;
      free.push(atom);
      continue;
    }
    // Words before the values of a one-line course ("Trauma Review — 10/02/2025 — 2 hrs").
    const lead = leadingWords(text, firstValueIndex(text));
    if (lead && LETTERS.test(lead) && !matchLabel(lead, RECORD_FIELDS) && !namesOtherDate(lead) && !/^(?:completed|on|date|credits?|hours?)$/i.test(lead)) {
      free.push({ ...atom, text: lead });
    }
  }
  // Without a completion date anywhere (no such label, only "Date Added"-like dates), the
  // course simply has none; with one named but unreadable, the row is reported.
  parts.hasDateField = parts.dateText !== null || atoms.some((atom) => atom.field === 'completedOn' || (dateIn(atom.text) !== null && !namesOtherDate(atom.label ?? '')));
  if (parts.title === null) {
    const titled = free.find((atom) => atom.prominent && LETTERS.test(atom.text)) ?? free.find((atom) => LETTERS.test(atom.text));
    if (titled) parts.title = titled.text;
  }
  return parts;
}

/**
 * One flat list of several courses ("Course Title … Hours … Course Title … Hours …" in one
 * definition list): a labelled field that comes again starts the next course.
 */
export function splitRepeats(atoms: readonly Atom[]): Atom[][] {
  const groups: Atom[][] = [];
  let current: Atom[] = [];
  let seen = new Set<string>();
  for (const atom of atoms) {
    // Only a course's own facts start the next one: two chips in one Assigned To cell do not.
    if (atom.field && seen.has(atom.field) && atom.field !== 'assignment' && atom.field !== 'topic') {
      groups.push(current);
      current = [];
      seen = new Set();
    }
    if (atom.field) seen.add(atom.field);
    current.push(atom);
  }
  groups.push(current);
  return groups;
}

/** Every course the found records hold, with the component/topic of the headings above them. */
export function coursesFromRecords(found: FoundRecords): EducationRead {
  const out: EducationRead = { courses: [], unread: [], foundCourseList: found.records > 0, saysEmpty: false };
  const headings = new HeadingContext();
  for (const item of found.items) {
    switch (item.kind) {
      case 'heading':
        headings.onHeading(item.level, item.text);
        if (EMPTY_WORDS.test(item.text)) out.saysEmpty = true;
        break;
      case 'text':
        if (headingAssignment(item.text) !== null) headings.onHeading(7, item.text);
        else if (EMPTY_WORDS.test(item.text)) out.saysEmpty = true;
        break;
      case 'record':
      case 'unread': {
        if (NOT_A_COURSE_ROW.test(item.text) || EMPTY_WORDS.test(item.text)) break;
        const groups = splitRepeats(item.atoms);
        for (const atoms of groups) {
          const text = groups.length === 1 ? item.text : atoms.map((atom) => (atom.label ? `${atom.label}: ${atom.text}` : atom.text)).join(' · ');
          const result = buildCourse(partsFromAtoms(atoms, text), headings.current());
          if (isCourse(result)) out.courses.push(result);
          else out.unread.push({ text: excerpt(text), reason: result.reason });
        }
        break;
      }
    }
  }
  return out;
}
