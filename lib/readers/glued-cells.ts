// A page copied as rich text that lost its cells' boundaries ("Recertification ApplicationJordan T.
// WhitcombeRegistry #: E2290415Advanced EMTExpires 03/31/2027", pasted into a chat): where a word's
// small letters run into the next cell's capital, a figure into a word, or a capitals' abbreviation
// into a word, the line is cut there, each cell a line of its own, as the page showed them. Only
// where two or more such joins stand in one line and a cut piece holds a date or a registry number:
// a brand's "PowerPoint" or a name's "McKenzie" is no join. A markdown table run on in one line is
// cut into its rows too (runOnPipeRows). Background only (judge-kind.ts).
import type { OutlineLine } from '../model';
import { isRegistryToken } from './names';
import { dateIn } from './values';

const isUpper = (char: string | undefined): boolean => !!char && char !== char.toLowerCase() && char === char.toUpperCase();
const isLower = (char: string | undefined): boolean => !!char && char !== char.toUpperCase() && char === char.toLowerCase();
const isDigit = (char: string | undefined): boolean => !!char && char >= '0' && char <= '9';

/** Whether one cell ends right before `at` and the next starts there (see the file's comment). */
function joinsAt(text: string, at: number): boolean {
  const [before2, before, here, next, after] = [text[at - 2], text[at - 1], text[at], text[at + 1], text[at + 2]];
  if (!isUpper(here)) return false;
  // "ApplicationJordan": a word of three small letters or more ending, a capital starting.
  if (isLower(before) && isLower(before2) && isLower(text[at - 3])) return true;
  // "E2290415Advanced", "12/04/2026Receipt": a figure of four digits or more ending (a year, a number), a
  // word starting; not a code view's line number glued to its line ("Source6Pediatric": glued-gutter.ts).
  if (isDigit(before) && isDigit(before2) && isDigit(text[at - 3]) && isDigit(text[at - 4]) && isLower(next)) return true;
  // "EMTExpires": an abbreviation ending, a word of three letters or more starting.
  return isUpper(before) && isUpper(before2) && isLower(next) && isLower(after);
}

/** The line's cells where two or more joins cut it, else null. */
export function gluedCells(text: string): string[] | null {
  const cuts: number[] = [];
  for (let at = 3; at < text.length; at++) if (joinsAt(text, at)) cuts.push(at);
  if (cuts.length < 2) return null;
  const cells = [0, ...cuts].map((start, n) => text.slice(start, cuts[n] ?? text.length).trim()).filter(Boolean);
  const typed = cells.some((cell) => dateIn(cell) !== null || cell.split(' ').some(isRegistryToken));
  return typed ? cells : null;
}

const isRule = (cell: string | undefined): boolean => !!cell && cell.length >= 3 && [...cell].every((char) => char === '-' || char === ':');

/**
 * A markdown table whose line breaks were lost, its rows run on in one line ("… | Course Title |
 * Hours | |---|---| | Airway Adjuncts | 2.00 | | …"): the words before it, then a line per row, each
 * of as many cells as its rule has (an empty cell is one: "| 3.00 | | | IV Therapy …"); else null.
 */
export function runOnPipeRows(text: string): string[] | null {
  const cells = text.split('|').map((cell) => cell.trim());
  const rule = cells.findIndex(isRule);
  let columns = 0;
  while (isRule(cells[rule + columns])) columns += 1;
  // The titles' row ends right before the rule, one empty cell between ("Approval # | |---|").
  if (rule < 0 || columns < 2 || cells[rule - 1] !== '' || rule - 1 - columns < 0) return null;
  const row = (from: number): string => `| ${cells.slice(from, from + columns).join(' | ')} |`;
  const lines = [cells.slice(0, rule - 1 - columns).join(' | ').trim(), row(rule - 1 - columns), row(rule)].filter(Boolean);
  let at = rule + columns + 1;
  for (; at + columns <= cells.length && cells[at - 1] === '' && cells.slice(at, at + columns).some(Boolean); at += columns + 1) lines.push(row(at));
  const rest = cells.slice(at).join(' | ').trim();
  return lines.length >= 5 ? [...lines, ...(rest ? [rest] : [])] : null;
}

/** The outline with each line of glued cells cut into its cells, each run-on table into its rows (a line of text only: no heading, label or table). */
export function withGluedCells(outline: readonly OutlineLine[]): OutlineLine[] {
  return outline.flatMap((line) => {
    const text = line.text !== undefined && line.label === undefined && line.heading === undefined && !line.nav ? line.text : null;
    const cells = text === null ? null : (runOnPipeRows(text) ?? gluedCells(text));
    return cells ? cells.map((cell) => ({ text: cell })) : [line];
  });
}
