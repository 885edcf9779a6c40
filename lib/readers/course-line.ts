// One course written as a line without labels, as lists under topic headings often are:
// "Trauma Assessment Review — 10/02/2025 — 2 hrs — CAPCE 25-PVEM-F1-0058".
// Only a line that shows both a date and hours with a unit is taken for a course; one whose
// title cannot be told apart comes back with an empty title (reported as unread, not dropped).
import { parseApproval } from './approval';
import { parseDates } from './parse-date';

export interface CourseLine {
  title: string;
  completedOn: string;
  hoursText: string;
  approvalText: string | null;
}

const HOURS_WITH_UNIT = /(?<![\d/.:-])(\d+(?:\.\d+)?\s*(?:hrs?|hours?|credits?|credit hours|ch|min|mins|minutes)\.?|\d+:[0-5]\d\s*(?:hrs?|hours?))(?![\w/])/i;
const CAPCE = /\b\d{2}-[A-Z0-9]{2,10}-F\d-\d{3,5}\b/i;
const OEMS = /\bOEMS\s*[#:]?\s*[\dA-Z][\dA-Z-]*\d[\dA-Z-]*/i;
const DATE_SHAPES = /\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{1,2}-\d{1,2}|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}/i;
const SEPARATORS = /[\s—–|·•,;(]+(?:[-:]\s*)?$/;

export function parseCourseLine(text: string): CourseLine | null {
  const hours = HOURS_WITH_UNIT.exec(text);
  const dateMatch = DATE_SHAPES.exec(text);
  if (!hours || !dateMatch) return null;
  const completedOn = parseDates(dateMatch[0])[0];
  if (!completedOn) return null;
  const approval = CAPCE.exec(text) ?? OEMS.exec(text);
  const firstIndex = Math.min(hours.index, dateMatch.index, approval ? approval.index : Number.POSITIVE_INFINITY);
  const title = text.slice(0, firstIndex).replace(SEPARATORS, '').replace(/\b(?:completed|on|date)\s*:?\s*$/i, '').replace(SEPARATORS, '').trim();
  return { title, completedOn, hoursText: hours[1]!.trim(), approvalText: approval ? parseApproval(approval[0]) : null };
}
