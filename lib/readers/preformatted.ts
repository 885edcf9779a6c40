// A plain-text printout (<pre>) read the way its markup twin would be: "LABEL ...... VALUE"
// lines are label/value pairs, a line framed by rule lines (----, ====) is a section heading,
// a line of column names over rows of fixed-width columns is a table whose cells are paired
// with the column name above them, and every other line is a line of text. A table drawn with
// box-drawing characters (a terminal's: │ ┃ ║ ─ ━ ═ ╭ ┏ ╔ …) is such a table whose cells are cut at
// its vertical bars and whose border lines are rules; a panel's framed line is the line inside.
import { LABEL_FIELDS, MAX_LABEL_LENGTH, matchLabel } from './labels';
import type { OutlineLine } from '../model';
import { isLabelText, type PreformattedReader, type ScanEvent } from './scan';
import { drawnLines } from './svg-text';
import { findFirst } from './parse-date';
import { normaliseSpace } from './text';
import { RECORD_FIELDS } from '../vocabulary';
import { isPrintoutBox, printoutText } from './printout-text';
import { hasDigit, hasLetters, withoutColon } from './cut';

const RULE_CHARS = '=-_*~+ ';
const LEADER = '...';

interface Cell {
  text: string;
  /** Column where the cell starts in its line. */
  at: number;
}

// Vertical bars that cut a box-drawn table's cells; a pipe table's "|" too, on its rows only.
const BARS = '│┃║';
const PIPE_BARS = BARS + '|';

/** A character of the box-drawing block (U+2500–U+257F): a terminal table's borders. */
function isBoxChar(char: string): boolean {
  const code = char.charCodeAt(0);
  return code >= 0x2500 && code <= 0x257f;
}

function isRule(line: string): boolean {
  const trimmed = line.trim();
  let box = true;
  for (const char of trimmed) if (!isBoxChar(char) && char !== ' ') box = false;
  // A box table's border (╭──┬──╮, ┡━━╇━━┩): box characters only, not only bars.
  if (box && trimmed.length >= 3) for (const char of trimmed) if (!BARS.includes(char) && char !== ' ') return true;
  if (isPipeRule(trimmed)) return true;
  if (trimmed.length < 8) return false;
  for (const char of trimmed) if (!RULE_CHARS.includes(char)) return false;
  return true;
}

const FRAME_CHARS = '=-_*~+#';

/** "== My Certification ======", "╭──── NREMT Recertification Application ────╮": the words inside a rule (a section's name), else null. */
function ruledHeading(line: string): string | null {
  const trimmed = line.trim();
  const frame = (char: string): boolean => FRAME_CHARS.includes(char) || (isBoxChar(char) && !BARS.includes(char));
  let start = 0;
  while (start < trimmed.length && frame(trimmed[start]!)) start += 1;
  let end = trimmed.length;
  while (end > start && frame(trimmed[end - 1]!)) end -= 1;
  const text = trimmed.slice(start, end).trim();
  let letters = false;
  for (const char of text) if (char.toLowerCase() !== char.toUpperCase()) letters = true;
  return start >= 2 && trimmed.length - end >= 2 && letters ? text : null;
}

// A tab moves on to the next column: a tab-separated line's cells are placed a column apart.
const TAB_STOP = 8;

/**
 * A comma-separated line's fields (a CSV file shown as text: `05/02/2025,"Trauma Triage, Field",2.5`),
 * quotes taken off; null for a line of prose, whose commas a space follows, or with fewer than two.
 */
export function csvFields(line: string): string[] | null {
  const fields = [''];
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i]!;
    if (char === '"') {
      if (quoted && line[i + 1] === '"') fields[fields.length - 1] += line[++i]!;
      else quoted = !quoted;
    } else if (char === ',' && !quoted) {
      if (line[i + 1] === ' ') return null;
      fields.push('');
    } else fields[fields.length - 1]! += char;
  }
  return fields.length >= 3 ? fields : null;
}

/** The line cut where two or more spaces separate its pieces (fixed-width columns), or at its tabs (or bars: a pipe table's row with `pipe`). */
function cellsOf(line: string, pipe = false): Cell[] {
  const bars = barCells(line, pipe);
  if (bars) return bars;
  const fields = line.includes('\t') ? line.split('\t') : csvFields(line);
  if (fields) return fields.map((text, column) => ({ text: text.trim(), at: column * TAB_STOP })).filter((cell) => cell.text !== '');
  const cells: Cell[] = [];
  let start = -1;
  let spaces = 0;
  for (let i = 0; i <= line.length; i++) {
    const char = i < line.length ? line[i]! : ' ';
    if (char === ' ') {
      spaces += 1;
      if (start >= 0 && (spaces >= 2 || i === line.length)) {
        cells.push({ text: line.slice(start, i - spaces + 1).trim(), at: start });
        start = -1;
      }
      continue;
    }
    if (start < 0) start = i;
    spaces = 0;
  }
  return cells.filter((cell) => cell.text !== '');
}

/**
 * A box-drawn or pipe table line's cells, cut at its vertical bars (null: a line without bars), each
 * placed a column apart by its count of bars, as tab-separated cells are: a pipe table's columns
 * need not line up (Markdown), and an empty cell keeps the next one under its own column title.
 */
function barCells(line: string, pipe = false): Cell[] | null {
  const bars = pipe ? PIPE_BARS : BARS;
  const cells: Cell[] = [];
  let start = 0;
  let column = 0;
  for (let i = 0; i <= line.length; i++) {
    if (i < line.length && !bars.includes(line[i]!)) continue;
    const text = line.slice(start, i).trim();
    if (text !== '') cells.push({ text, at: column * TAB_STOP });
    column += 1;
    start = i + 1;
  }
  return column > 1 ? cells : null;
}

/** A pipe table's rule: dashes with bars or crossings (Markdown's |---|:--:|, csvlook's | --- |, psql's ---+---, MySQL's +---+). */
function isPipeRule(line: string): boolean {
  const trimmed = line.trim();
  let dash = false;
  let cross = false;
  for (const char of trimmed) {
    if (char === '-' || char === '=') dash = true;
    else if (char === '|' || char === '+') cross = true;
    else if (char !== ':' && char !== ' ') return false;
  }
  return dash && cross;
}

/** How many of `chars` the line holds. */
function count(line: string, chars: string): number {
  let n = 0;
  for (const char of line) if (chars.includes(char)) n += 1;
  return n;
}

/**
 * The lines of pipe tables: around a pipe rule, the lines holding as many "|" as the rule has bars
 * or crossings, and other such rules (a command line piping into the next, "… | csvlook", is none).
 */
function pipeRows(lines: readonly string[]): Set<number> {
  const rows = new Set<number>();
  lines.forEach((line, index) => {
    if (!isPipeRule(line) || rows.has(index)) return;
    const bars = count(line, '|+');
    const inTable = (at: number): boolean => count(lines[at] ?? '', isPipeRule(lines[at] ?? '') ? '|+' : '|') === bars;
    let start = index;
    while (start > 0 && inTable(start - 1)) start -= 1;
    let end = index;
    while (end + 1 < lines.length && inTable(end + 1)) end += 1;
    for (let row = start; row <= end; row++) rows.add(row);
  });
  // Without a rule (`column -t -o ' | '`): three or more lines whose two or more bars stand at the same places.
  const bars = lines.map((line) => [...line].flatMap((char, at) => (char === '|' ? [at] : [])).join());
  for (let start = 0, end = 1; end <= lines.length; end++) {
    if (bars[end] === bars[start] && end < lines.length) continue;
    if (end - start >= 3 && bars[start]!.includes(',')) for (let row = start; row < end; row++) rows.add(row);
    start = end;
  }
  return rows;
}

function isLabel(text: string): boolean {
  return text.length > 0 && text.length <= MAX_LABEL_LENGTH && matchLabel(text, LABEL_FIELDS) !== null;
}

/** "NAME ........ ROBERT T. FERREIRA JR" -> label and value, else null. */
function leaderPair(line: string): { label: string; value: string } | null {
  const at = line.indexOf(LEADER);
  if (at <= 0) return null;
  let end = at;
  while (end < line.length && (line[end] === '.' || line[end] === ' ')) end += 1;
  const label = normaliseSpace(line.slice(0, at));
  const value = normaliseSpace(line.slice(end));
  return label && value ? { label, value } : null;
}

/** "Agency:          Hampden County Ambulance (Active)": a known label and its colon, then the value (as a paragraph's line is read). */
function colonPair(line: string): { label: string; value: string } | null {
  const at = line.indexOf(':');
  const label = normaliseSpace(line.slice(0, at));
  const value = normaliseSpace(line.slice(at + 1));
  return at > 0 && value && isLabel(label) ? { label, value } : null;
}

/**
 * A line of two or more "Label: value" pairs parted by gaps (a printed form's fields side by side):
 * each pair, a part without a label of its own going on its value; else null.
 */
function gappedPairs(line: string): Array<{ label: string; value: string }> | null {
  const pairs: Array<{ label: string; value: string }> = [];
  for (const part of line.replaceAll('\t', '  ').split('  ').filter((part) => part.trim() !== '')) {
    const pair = colonPair(part);
    if (pair) pairs.push(pair);
    else if (pairs.length > 0) pairs[pairs.length - 1]!.value += ` ${part}`;
    else return null;
  }
  return pairs.length > 1 ? pairs : null;
}

/** A row's cells, an empty cell between two tabs kept in its place ("1.50\t\tadded by me": the approval left blank). */
function tabbedCells(line: string, cells: readonly Cell[]): string[] {
  if (!line.includes('\t') || barCells(line, false)) return cells.map((cell) => cell.text);
  const texts: string[] = [];
  for (const cell of cells) {
    while (texts.length > 0 && texts.length * TAB_STOP < cell.at - cells[0]!.at) texts.push('');
    texts.push(cell.text);
  }
  return texts;
}

/** A header line: three or more column names, none holding a digit. */
function isHeaderLine(cells: readonly Cell[]): boolean {
  if (cells.length < 3) return false;
  for (const cell of cells) for (const char of cell.text) if (char >= '0' && char <= '9') return false;
  return true;
}

/** Whether a line's cells start where the header's do, one under each. */
function underColumns(header: readonly Cell[], cells: readonly Cell[]): boolean {
  return cells.length === header.length && cells.every((cell, i) => Math.abs(cell.at - header[i]!.at) <= 2);
}

/** The first line after `index` holding text. */
function nextLine(lines: readonly string[], index: number): string {
  let at = index + 1;
  while (at < lines.length && lines[at]!.trim() === '') at += 1;
  return lines[at] ?? '';
}

/** Whether half or more of the header's columns have one of the line's cells starting under them. */
function setUnder(header: readonly Cell[], cells: readonly Cell[]): boolean {
  return header.filter((column) => cells.some((cell) => Math.abs(column.at - cell.at) <= 2)).length * 2 >= header.length;
}

/** The header cell a row cell sits under: the last one starting at or before it (with a little slack). */
function columnOf(header: readonly Cell[], cell: Cell): Cell {
  let chosen = header[0]!;
  for (const column of header) if (column.at <= cell.at + 2) chosen = column;
  return chosen;
}

/** A line holding one known label and nothing else. */
function loneLabel(line: string): boolean {
  const cells = cellsOf(line);
  return cells.length === 1 && isLabel(withoutColon(cells[0]!.text));
}

/**
 * The value under a label alone on its line ("Name" over "Teodora V. Halloran"), else null: one piece,
 * no label, rule or table; not the last of a run of column titles one per line (a cell-per-line export).
 */
function stackedValue(cells: readonly Cell[], previous: string, next: string): string | null {
  if (cells.length !== 1 || !isLabel(withoutColon(cells[0]!.text)) || loneLabel(previous) || isRule(next) || barCells(next)) return null;
  const below = cellsOf(next);
  if (below.length !== 1 || isLabel(withoutColon(below[0]!.text)) || ruledHeading(next) !== null) return null;
  return below[0]!.text;
}

/**
 * The lines without a file viewer's gutter (bat, `less -N`: "  12 │ text"): where three or more lines
 * in a row have a vertical bar at the same place after a line number or nothing, two or more of
 * them numbered, what follows the bar is the line. A box-drawn table's bars open its lines: no gutter.
 */
function withoutGutter(lines: string[]): string[] {
  const gutter = lines.map((line) => {
    let at = 0;
    while (at < line.length && !BARS.includes(line[at]!)) at += 1;
    const number = line.slice(0, at).trim();
    return at > 0 && at < line.length && (number === '' || Number.isInteger(Number(number))) ? at : -1;
  });
  const numbered = (row: number): boolean => lines[row]!.slice(0, gutter[row]).trim() !== '';
  for (let start = 0, end = 1; end <= lines.length; end++) {
    if (end < lines.length && gutter[end] === gutter[start]) continue;
    const run = Array.from({ length: end - start }, (_, i) => start + i);
    if (gutter[start]! > 0 && run.length >= 3 && run.filter(numbered).length >= 2) {
      for (const row of run) lines[row] = lines[row]!.slice(gutter[row]! + (lines[row]![gutter[row]! + 1] === ' ' ? 2 : 1));
    }
    start = end;
  }
  return lines;
}

/**
 * A table whose columns a rule of dash runs under its header marks, one space apart (PowerShell's
 * Format-Table, SQL*Plus): "Date       Hours Component" over "----       ----- ---------". Its
 * header, rule and rows (up to a blank line or another rule) get two more spaces where each run starts, so each
 * column is parted as fixed-width columns are, the columns staying in line.
 */
function withRuledColumns(lines: string[]): string[] {
  lines.forEach((rule, at) => {
    const runs: number[] = [];
    for (let i = 0; i < rule.length; i++) if (rule[i] === '-' && (i === 0 || rule[i - 1] === ' ')) runs.push(i);
    if (at === 0 || runs.length < 3 || !rule.trim().split(' ').every((run) => !run || [...run].every((char) => char === '-'))) return;
    let end = at + 1;
    while (end < lines.length && lines[end]!.trim() && !isRule(lines[end]!)) end += 1;
    // Only where the header's words, or a row's, run together across columns (one space apart: a title
    // filling its column's width): else its cells are parted already.
    if (lines.slice(at - 1, end).every((line, row) => row === 1 || cellsOf(line).length >= runs.length)) return;
    for (let row = at - 1; row < end; row++) {
      let line = lines[row]!;
      // Only where a word starts there (a value running past its column's width is not cut).
      for (const start of runs.slice(1).reverse()) if (line.length > start && line[start - 1] === ' ') line = `${line.slice(0, start)}  ${line.slice(start)}`;
      lines[row] = line;
    }
  });
  return lines;
}

/** One line of a printout as read: a section's name, a labelled value, or a line of text. */
type PreLine = { heading: boolean; text: string } | { label: string; value: string };

/** The printout's lines; `headers` gathers the column names of each table shown with two or more rows. */
/**
 * A title's first words a wrap left on their own line: four words or more and no bare figure ("Capnography
 * for the Advanced"), never a group's name between rows ("Cardiovascular", "INDIVIDUAL  2 of 10 hrs").
 */
function isWrappedTitle(line: string): boolean {
  const words = line.split(' ');
  return !words.some((word) => hasDigit(word) && !hasLetters(word)) && words.filter(hasLetters).length >= 4;
}

/**
 * A tab-separated row whose first cell a mail's fixed-width wrap broke onto a line of its own
 * ("Airway Adjuncts and Supraglottic", then "Devices<TAB>10/3/2026<TAB>…"), between two rows of
 * the table: one row again.
 */
function withWrappedCells(lines: readonly string[]): string[] {
  const tabs = (line: string | undefined): number => (line === undefined ? 0 : line.split('\t').length - 1);
  const out: string[] = [];
  for (let at = 0; at < lines.length; at++) {
    const line = lines[at]!;
    // (Not a group's name between its rows: "Cardiovascular", "INDIVIDUAL  2 of 10 hrs".)
    if (tabs(line) === 0 && isWrappedTitle(line) && tabs(lines[at + 1]) >= 2 && tabs(out.at(-1)) >= 2) {
      out.push(`${line.trimEnd()} ${lines[at + 1]!}`);
      at += 1;
    } else out.push(line);
  }
  return out;
}

function preLines(printout: string, headers: string[][] = []): PreLine[] {
  const out: PreLine[] = [];
  let rows = 0;
  // A code editor keeps its columns with no-break spaces: they are spaces, as the eye reads them.
  const lines = withWrappedCells(withRuledColumns(withoutGutter(printout.replaceAll('\u00a0', ' ').split('\n'))));
  const pipes = pipeRows(lines);
  let header: Cell[] | null = null;
  // Where the header's line stood among the lines read: a line of words no row stood under is a line of text (a menu, a name's line).
  let headerAt = 0;
  const endTable = (): void => {
    if (header && rows === 0) out.splice(headerAt, 0, { heading: false, text: header.map((cell) => cell.text).join(' ') });
    header = null;
  };
  for (let index = 0; index < lines.length; index++) {
    let line = lines[index]!;
    const pipe = pipes.has(index);
    // The line after a pipe table (a shell's next prompt) is none of its rows; its first line starts a table.
    if (pipe !== pipes.has(index - 1)) endTable();
    // A panel's framed line (│ Expiration Date: 03/31/2027 │): the line inside its frame.
    const framedCells = barCells(line, pipe);
    if (framedCells && framedCells.length === 1) line = framedCells[0]!.text;
    // A rule right under the column names underlines them: the rows follow.
    if (isRule(line) && header && isHeaderLine(cellsOf(lines[index - 1] ?? '', pipes.has(index - 1)))) continue;
    // A blank line between the column names and their rows (a text browser's gap after a table's head) keeps them one table.
    if (line.trim() === '' && header && rows === 0 && cellsOf(nextLine(lines, index)).length >= Math.min(header.length, 2)) continue;
    if (line.trim() === '' || isRule(line)) {
      endTable();
      continue;
    }
    const cells = cellsOf(line, pipe);
    const ruled = ruledHeading(line);
    if (ruled !== null) {
      endTable();
      out.push({ heading: true, text: ruled });
      continue;
    }
    // A line between two rules (one or two lines framed): a section's name (not a box table's column titles).
    const framed = !(framedCells && framedCells.length > 1) && isRule(lines[index - 1] ?? '') || (isRule(lines[index - 2] ?? '') && isRule(lines[index + 1] ?? ''));
    if (framed && (isRule(lines[index + 1] ?? '') || isRule(lines[index + 2] ?? ''))) {
      endTable();
      out.push({ heading: true, text: cells[0]!.text });
      for (const cell of cells.slice(1)) out.push({ heading: false, text: cell.text });
      continue;
    }
    // A title wrapped onto the next line under its own column ("… Targeted Temperature", then
    // "Management" under "Course"), another row or a group's line after it (not a pager's line
    // at the table's end): the last row's title goes on.
    const goesOn = (next: string): boolean => next.trim() !== '' && (cellsOf(next, pipe).length >= 2 || groupLine(next));
    // A labelled line under the rows, a known label's or a figure's ("Total Hours: 14.25"), is no title's
    // wrapped words: it ends the table (below).
    const colon = header && cells.length === 1 ? line.indexOf(':') : -1;
    const labelled = colon > 0 ? colonPair(line) : null;
    const after = colon > 0 ? line.slice(colon + 1).trim() : '';
    if (labelled || (after !== '' && !Number.isNaN(Number(after)))) {
      endTable();
      out.push(labelled ?? { heading: false, text: normaliseSpace(line) });
      continue;
    }
    if (header && rows > 0 && cells.length === 1 && goesOn(lines[index + 1] ?? '') && wrapsTitle(out, columnOf(header, cells[0]!).text, cells[0]!.text)) continue;
    // One cell right under a line of words, before any row: that line was no table's column names
    // (a site's menu copied as text: "My Certification    Manage Education    Transcript").
    if (header && rows === 0 && cells.length === 1) endTable();
    // "Registry #        E3012458": a known label, a gap, its value.
    const gapped = !header && cells.length === 2 && !cells[0]!.text.includes(':') ? { label: cells[0]!.text, value: cells[1]!.text } : null;
    // "License Status: Current     Expiration Date: 03/31/2027": two labelled values side by side.
    const pairs = header ? null : gappedPairs(line);
    if (pairs) {
      endTable();
      out.push(...pairs);
      continue;
    }
    const pair = leaderPair(line) ?? (header ? null : colonPair(line)) ?? gapped;
    if (pair && isLabel(pair.label)) {
      endTable();
      out.push(pair);
      continue;
    }
    // A text dump of stacked fields: a known label alone on its line, its value alone on the next.
    const below = header ? null : stackedValue(cells, lines[index - 1] ?? '', lines[index + 1] ?? '');
    if (below !== null) {
      out.push({ label: withoutColon(cells[0]!.text), value: below });
      index += 1;
      continue;
    }
    // A row of words only ("Cape Cod Regional EMS  Paramedic  Pending Approval") set under each column name is a row, not another header.
    if (isHeaderLine(cells) && !(header && underColumns(header, cells))) {
      endTable();
      header = cells;
      headerAt = out.length;
      rows = 0;
      continue;
    }
    // A group's name and its progress between the rows ("  Cardiovascular      4.50 /  7.00"): the group's line, no row.
    if (header && groupLine(line)) {
      out.push({ heading: false, text: normaliseSpace(line) });
      continue;
    }
    if (header && cells.length >= 2) {
      if ((rows += 1) === 2) headers.push(header.map((cell) => cell.text));
      const under = setUnder(header, cells);
      // More cells than column names, set under few of them (a header drawn as a table of its own): its cells, to be read by their values.
      if (cells.length > header.length && !under) {
        out.push({ heading: false, text: cells.map((cell) => cell.text).join(' | ') });
        continue;
      }
      // As many cells as column names, not set under them: each under its own by order.
      const byOrder = cells.length === header.length && !underColumns(header, cells);
      // Else each under the column it starts in; of two there, the one starting nearer its start (a row's number, an extra control, is no second value).
      const columns = cells.map((cell, i) => (byOrder ? header![i]! : columnOf(header!, cell)));
      const gap = (i: number): number => Math.abs(cells[i]!.at - columns[i]!.at);
      cells.forEach((cell, i) => {
        if (columns.every((column, j) => column !== columns[i] || gap(j) > gap(i) || (gap(j) === gap(i) && j >= i))) out.push({ label: columns[i]!.text, value: cell.text });
      });
      continue;
    }
    // A row of a table without column names ("Title   Mar 12, 2025   2.0 hrs   OEMS …"): its cells kept apart,
    // a title's own figures ("Update 2025") none of the date's.
    const row = cells.length >= 3 && cells.some((cell) => findFirst(cell.text)?.length === cell.text.length) && cells.every((cell) => !cell.text.endsWith(':'));
    out.push({ heading: false, text: row ? tabbedCells(line, cells).join(' | ') : normaliseSpace(line) });
  }
  endTable();
  return out;
}

/** A line without a date ending in a progress figure ("  Cardiovascular      4.50 /  7.00", a total's): no row. */
function groupLine(line: string): boolean {
  const words = normaliseSpace(line).split(' ');
  const [done, slash, of] = words.slice(-3);
  return words.length > 3 && slash === '/' && !!done && !!of && !Number.isNaN(Number(done)) && !Number.isNaN(Number(of)) && findFirst(line) === null;
}

/** Adds `text` to the last row's title where that row's cells end the lines read and `column` titles its course. */
function wrapsTitle(out: PreLine[], column: string, text: string): boolean {
  if (matchLabel(column, RECORD_FIELDS) !== 'courseTitle') return false;
  for (let at = out.length - 1; at >= 0; at--) {
    const line = out[at]!;
    if (!('label' in line)) return false;
    if (line.label === column) {
      line.value += ` ${text}`;
      return true;
    }
  }
  return false;
}

/** A printout's events, as the scan takes them (readPage; the NREMT content script sends the printout's text instead). */
function printoutEvents(el: Element): ScanEvent[] {
  return preLines(printoutText(el)).map((line): ScanEvent => {
    // A printout's lines are lines, never a table's cells, even framed by a layout table (a mail archive's).
    if ('label' in line) return { kind: 'pair', ...line, el, table: null };
    return line.heading ? { kind: 'heading', level: 2, text: line.text, el } : { kind: 'title', text: line.text, el, prominent: false };
  });
}

/** A printout's lines as events, and which boxes are printouts (scan.ts PreformattedReader). */
export const preformattedEvents: PreformattedReader = /* @__PURE__ */ Object.assign(printoutEvents, { isListing: isPrintoutBox });

/**
 * The outline with each printout the NREMT content script sent as text (`pre`) and each card drawn
 * in SVG it sent as its placed words (`drawn`) read into their lines, as outlineOf (read-page.ts)
 * writes the events preformattedEvents and scan.ts drawingEvents give: the background reads them,
 * so the content script carries none of this.
 */
export function withPrintouts(outline: readonly OutlineLine[]): OutlineLine[] {
  return outline.flatMap((printout): OutlineLine[] => {
    // A card drawn in SVG: its lines as the scan reads them (scan.ts drawingEvents).
    if (printout.drawn) {
      return drawnLines(printout.drawn, isLabelText).map((line) => {
        if (!line.label) return { text: line.text };
        const label = withoutColon(line.label);
        return { text: `${label}: ${line.text}`, label };
      });
    }
    if (printout.pre === undefined) return [printout];
    return preLines(printout.pre).map((line) => {
      if ('label' in line) return { text: `${line.label}: ${line.value}`, label: line.label };
      return line.heading ? { heading: 2, text: line.text, ...(printout.nav ? { nav: true } : {}) } : { text: line.text };
    });
  });
}

/** Each table's column names in a printout, where two or more rows stand under them. */
export function printoutColumns(printout: string): string[][] {
  const headers: string[][] = [];
  preLines(printout, headers);
  return headers;
}
