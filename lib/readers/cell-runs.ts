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
import { parseDates } from './parse-date';
import { wordsOf } from './words';

const TITLE_WORDS = 4;

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

/** The events with each fact grid pasted a cell per line read as its titles' values (see above). */
export function withCellRuns(events: readonly ScanEvent[]): ScanEvent[] {
  const out: ScanEvent[] = [];
  for (let at = 0; at < events.length; ) {
    const titles: string[] = [];
    let end = at;
    for (let title = titleText(events[end]); title !== null; title = titleText(events[++end])) titles.push(title);
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
    // are the longest tail whose values fit them.
    const skip = titles.findIndex((_, k) => {
      const own = titles.slice(k);
      const cells = [...values, ...plain].slice(0, own.length);
      return namesFacts(own) && cells.length === own.length && aligned(own, cells);
    });
    if (skip < 0) {
      out.push(events[at]!);
      at++;
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
