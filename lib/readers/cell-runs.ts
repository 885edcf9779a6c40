// A grid of facts pasted a cell per line (a license grid copied into a note): its column titles one
// per line, then its first row's values one per line ("License Number", "Profession", "License
// Type", "License Status", "Issue Date", "Expiration Date", then "A917352", "Emergency Medical
// Services", …). The scan may already have joined the last title to the first value ("Expiration
// Date: A917352"). Read as each title beside its own value, the n-th value the n-th title's: only
// titles three or more of which name a fact, as many plain lines after them as there are titles,
// and a date alone under each title naming a date and nowhere else (a pairing shifted by a line
// fails). Background only (judge-page.ts: a copy of the license page read by recert).
import type { ScanEvent } from './scan';
import { RECORD_FIELDS } from '../vocabulary';
import { LABEL_FIELDS, matchLabel } from './labels';
import { hasDigit } from './cut';
import { findFirst, parseDates } from './parse-date';
import { wordsOf } from './words';
import { numberFrom } from './elicensing';

const TITLE_WORDS = 4;
// A license grid's columns, at most (number, profession, type, status, dates, actions).
const GRID_COLUMNS = 12;

/** A line of a few words, no figure and no comma (a greeting, "Welcome, Renata Souza", is none): a column title. */
function titleText(event: ScanEvent | undefined): string | null {
  if (event?.kind !== 'title' || event.printout || event.drawn || hasDigit(event.text) || event.text.includes(',')) return null;
  const title = event.text.trim();
  return title !== '' && title.split(' ').length <= TITLE_WORDS ? title : null;
}

/** Whether each value fits its title: a date alone under each title naming a date, and only there; one date at least. */
function aligned(titles: readonly string[], values: readonly string[]): boolean {
  const dateAlone = (value: string) => parseDates(value).length === 1 && value.split(' ').length <= 3;
  const dated = titles.map((title) => wordsOf(title).includes('date'));
  return dated.includes(true) && titles.every((_, i) => dated[i] === dateAlone(values[i]!));
}

const namesFacts = (titles: readonly string[]) => titles.filter((title) => matchLabel(title, LABEL_FIELDS) !== null && matchLabel(title, RECORD_FIELDS) === null).length >= 3;

/** A run-on license row's pieces (see runOnRow): its number and where it stands, the title words before it, where each "Date" title ends, its first date. */
function runOnParts(text: string) {
  if (text.length <= 80) return null;
  const number = numberFrom(text);
  const at = number ? text.indexOf(number) : -1;
  const titles = at > 0 ? text.slice(0, at).split(' ') : [];
  const ends = titles.flatMap((word, i) => (word.toLowerCase() === 'date' ? [i] : []));
  const date = findFirst(text.slice(at));
  return number && ends.length >= 2 && date ? { number, at, titles, ends, date } : null;
}

/** Whether a line is a license grid's row copied as one run of text, its titles first (see runOnRow). */
export function isRunOnLicenseRow(text: string): boolean {
  return runOnParts(text) !== null;
}

/**
 * A license grid's row copied as one run of text, its column titles first ("… License Number License
 * Type License Status Issue Date Last Issue/Renewal Date Expiration Date A408812 Advanced EMT Current
 * 04/01/2019 04/02/2025 03/31/2027 Show Details"): as the lines the grid shows, its date columns'
 * titles (each run of titles ending in "Date"), the row's number with its other cells, then each date.
 * Null where the line holds no license number after two or more date titles.
 */
function runOnRow(event: ScanEvent): ScanEvent[] | null {
  const parts = event.kind === 'title' ? runOnParts(event.text) : null;
  if (!parts || event.kind !== 'title') return null;
  const { number, at, titles, ends, date } = parts;
  const line = (text: string): ScanEvent => ({ ...event, text, prominent: false });
  // The number's cells up to the first date, its last word apart (the status: "A408812 · Advanced EMT · Current").
  const cells = event.text.slice(at + number.length, at + date.index).trim().split(' ');
  const row = [number, cells.slice(0, -1).join(' '), cells.at(-1)!].filter(Boolean).join(' · ');
  return [
    line(titles.slice(0, ends[0]! - 1).join(' ')),
    ...ends.map((end) => line(titles.slice(end - 1, end + 1).join(' '))),
    line(row),
    ...event.text.slice(at + date.index).split(' ').map(line),
  ];
}

/** The events with each fact grid pasted a cell per line read as its titles' values (see above). */
export function withCellRuns(sent: readonly ScanEvent[]): ScanEvent[] {
  const events = sent.flatMap((event) => runOnRow(event) ?? [event]);
  const out: ScanEvent[] = [];
  for (let at = 0; at < events.length; ) {
    const titles: string[] = [];
    let end = at;
    for (let title = titleText(events[end]); title !== null; title = titleText(events[++end])) titles.push(title);
    const run = end;
    // The scan may have joined the last title to the next line: the first value ("Expiration Date:
    // A917352"), or the next title, a column of no fact ("Expiration Date: Actions").
    const joined = titles.length >= 2 ? events[end] : undefined;
    const values: string[] = [];
    if (joined?.kind === 'pair') {
      titles.push(joined.label);
      if (titleText({ ...joined, kind: 'title', text: joined.value, prominent: false }) !== null) titles.push(joined.value);
      else values.push(joined.value);
      end++;
    }
    const plain: string[] = [];
    for (let next = events[end + plain.length]; plain.length < titles.length && next?.kind === 'title' && !next.printout && !next.drawn; next = events[end + plain.length]) plain.push(next.text);
    // Lines above the titles may have run into them (the person's name over the grid): the titles
    // are the longest tail, of a grid's few columns at most, whose values fit them.
    let skip = -1;
    for (let k = Math.max(0, titles.length - GRID_COLUMNS); k < titles.length && skip < 0; k++) {
      const own = titles.slice(k);
      const cells = [...values, ...plain].slice(0, own.length);
      if (namesFacts(own) && cells.length === own.length && aligned(own, cells)) skip = k;
    }
    if (skip < 0) {
      // No tail of this run of lines is a grid's titles, so no later start in it is either: past it at once (linear).
      const past = Math.max(at + 1, run);
      out.push(...events.slice(at, past));
      at = past;
      continue;
    }
    out.push(...events.slice(at, at + skip));
    const own = titles.slice(skip);
    const cells = [...values, ...plain].slice(0, own.length);
    const { el } = events[at] as { el: Element };
    own.forEach((label, i) => out.push({ kind: 'pair', label, value: cells[i]!, el, table: null }));
    at = end + cells.length - values.length;
  }
  return out;
}
