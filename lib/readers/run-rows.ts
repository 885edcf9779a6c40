// A course table flattened into one run of text (background only): a PDF's text layer turned to
// paragraphs (Apache Tika's XHTML) keeps no cells and no marks between the courses, and a browser
// runs the paragraph's lines into one: "Course Title Date Completed Hours … Surgical Airway Lab
// 05/03/2026 3.00 CAPCE 26-… National - Airway … ACLS Provider Renewal 06/07/2026 …". Cut at the
// courses' dates: after each date its values (hours, an approval number with its issuer, an empty
// cell), then where it counts (the longest run of words naming a component or topic), then the
// next course's title. Every date must be followed so, else the run is no table (unknown beats wrong).
// Its column titles, where it opens with them, are a line of their own, each apart: they name the
// courses' values ("Completed": the dates are completions).
import type { OutlineLine } from '../model';
import { RECORD_FIELDS } from '../vocabulary';
import { matchLabel } from './labels';
import { isClock, kindOf, notPostedYet } from './line-records';
import { findFirst } from './parse-date';
import { hasDigit } from './cut';
import { parseTopic } from './topics';

/** Where a date stands among the words: its first word and the word after it (null if none starts here). */
function dateAt(words: readonly string[], at: number): number | null {
  for (let n = 3; n >= 1; n--) {
    const text = words.slice(at, at + n).join(' ');
    const found = at + n <= words.length ? findFirst(text) : null;
    if (found && found.index === 0 && found.length === text.length) return at + n;
  }
  return null;
}

/** The column titles that open the run ("Course Title", "Date Completed", "Hours" …): `least` or more, else none. */
function titlesAt(words: readonly string[], least = 2): string[] {
  let at = 0;
  const titles: string[] = [];
  for (;;) {
    let n = 4;
    while (n > 0 && !(at + n <= words.length && matchLabel(words.slice(at, at + n).join(' '), RECORD_FIELDS))) n -= 1;
    if (n === 0) return titles.length >= least ? titles : [];
    titles.push(words.slice(at, at + n).join(' '));
    at += n;
  }
}

/** How many words of column titles open the run (see titlesAt). */
function columnTitles(words: readonly string[], least = 2): number {
  return titlesAt(words, least).join(' ').split(' ').filter(Boolean).length;
}

/** How many words after a course's date are its values (hours, approval number, empty cells), or null without one hours figure. */
function valueWords(words: readonly string[], from: number, to: number): number | null {
  let at = from;
  let hours = 0;
  while (at < to) {
    // A message's time of day after the run ("… CAPCE 26-… 7:02 PM"): the chat's, no hours.
    if (at + 1 < to && isClock(`${words[at]} ${words[at + 1]}`)) break;
    const two = at + 1 < to ? kindOf(`${words[at]} ${words[at + 1]}`) : null;
    const one = kindOf(words[at]!);
    // "2 hrs", "1.0 CEH": a figure and its unit; "CAPCE 26-…", "OEMS MA-…": the issuer and its number.
    if (two === 'hours' || (two === 'approval' && !hasDigit(words[at]!))) {
      if (two === 'hours') hours += 1;
      at += 2;
    } else if (one === 'hours' || one === 'approval' || one === 'empty' || (hours === 0 && notPostedYet(words[at]!))) {
      // ("TBD" in the hours' place: hours not posted yet, the course told unread.)
      if (one !== 'approval' && one !== 'empty') hours += 1;
      at += 1;
    } else break;
  }
  return hours === 1 ? at - from : null;
}

/** The run cut into one line per course, or null when it holds fewer than two or is no such run. */
export function runRows(text: string): string[] | null {
  const words = text.split(' ').filter(Boolean);
  const dates: Array<{ at: number; end: number }> = [];
  for (let at = 0; at < words.length; at++) {
    const end = dateAt(words, at);
    if (end !== null) {
      dates.push({ at, end });
      at = end - 1;
    }
  }
  if (dates.length < 2) return null;
  // The run may open with the writer's words before the column titles ("… copied straight off the
  // Transcript page: Course Title Date Completed …"): a line of their own, the courses after the
  // titles (which stand before the courses' dates: looked for up to the second).
  // (Three titles at least there: a course's own "8 hrs OEMS …" reads as two.)
  const lead = words.findIndex((_, at) => at < dates[1]!.at && columnTitles(words.slice(at, at + 24), 3) > 0);
  const opening = lead > 0 ? words.slice(0, lead).join(' ') : null;
  const first = lead > 0 ? lead + columnTitles(words.slice(lead)) : 0;
  while (dates.length > 0 && dates[0]!.at < first) dates.shift();
  if (dates.length < 2) return null;
  const rows: string[] = opening ? [opening] : [];
  let start = lead > 0 ? first : columnTitles(words);
  // The column titles a line of their own, each apart ("Course Name | Completed | Hours | Approval #"): they name each course's values.
  const titles = titlesAt(words.slice(Math.max(lead, 0)));
  if (titles.length > 0) rows.push(titles.join(' | '));
  // Column titles naming no component or topic: no course says where it counts (a next title's "Airway …" is its own).
  const titled = words.slice(Math.max(lead, 0), start);
  const counted = titled.length === 0 || titled.some((word) => ['assignment', 'topic'].includes(matchLabel(word, RECORD_FIELDS) ?? ''));
  for (let k = 0; k < dates.length; k++) {
    const { at, end } = dates[k]!;
    const next = dates[k + 1]?.at ?? words.length;
    const values = valueWords(words, end, next);
    // A course needs its title's words before its date, and its values after it.
    if (values === null || at <= start) return null;
    const rest = words.slice(end + values, next);
    // Where it counts: the longest run of words naming it, leaving the next course a title.
    let counts = 0;
    for (let n = !counted ? 0 : k + 1 < dates.length ? rest.length - 1 : rest.length; n > 0; n--) {
      const words = rest.slice(0, n).join(' ');
      // Without column titles, a topic's name alone before the next course's words opens its title ("Respiratory Distress in Adults").
      if (titled.length === 0 && n < rest.length && parseTopic(words) !== null) continue;
      if (kindOf(words) === 'assignment') {
        counts = n;
        break;
      }
    }
    rows.push(words.slice(start, end + values + counts).join(' '));
    start = end + values + counts;
  }
  return rows;
}

/** The outline with each flattened course run cut into its courses' lines (see runRows). */
export function withRunRows(outline: readonly OutlineLine[]): OutlineLine[] {
  return outline.flatMap((line) => {
    const rows = line.text !== undefined && line.label === undefined && line.heading === undefined && !line.table ? runRows(line.text) : null;
    return rows ? rows.map((text) => ({ text })) : [line];
  });
}
