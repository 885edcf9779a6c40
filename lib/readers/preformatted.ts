// A plain-text printout (<pre>) read the way its markup twin would be: "LABEL ...... VALUE"
// lines are label/value pairs, a line framed by rule lines (----, ====) is a section heading,
// a line of column names over rows of fixed-width columns is a table whose cells are paired
// with the column name above them, and every other line is a line of text.
import { LABEL_FIELDS, MAX_LABEL_LENGTH, matchLabel } from './labels';
import type { OutlineLine } from '../model';
import { isLabelText, stripColon, type ScanEvent } from './scan';
import { drawnLines } from './svg-text';
import { normaliseSpace } from './text';

const RULE_CHARS = '=-_*~+ ';
const LEADER = '...';

interface Cell {
  text: string;
  /** Column where the cell starts in its line. */
  at: number;
}

function isRule(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed.length < 8) return false;
  for (const char of trimmed) if (!RULE_CHARS.includes(char)) return false;
  return true;
}

// A tab moves on to the next column: a tab-separated line's cells are placed a column apart.
const TAB_STOP = 8;

/** The line cut where two or more spaces separate its pieces (fixed-width columns), or at its tabs. */
function cellsOf(line: string): Cell[] {
  if (line.includes('\t')) return line.split('\t').map((text, column) => ({ text: text.trim(), at: column * TAB_STOP })).filter((cell) => cell.text !== '');
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

/** A header line: three or more column names, none holding a digit. */
function isHeaderLine(cells: readonly Cell[]): boolean {
  if (cells.length < 3) return false;
  for (const cell of cells) for (const char of cell.text) if (char >= '0' && char <= '9') return false;
  return true;
}

/** The header cell a row cell sits under: the last one starting at or before it (with a little slack). */
function columnOf(header: readonly Cell[], cell: Cell): Cell {
  let chosen = header[0]!;
  for (const column of header) if (column.at <= cell.at + 2) chosen = column;
  return chosen;
}

/** One line of a printout as read: a section's name, a labelled value, or a line of text. */
type PreLine = { heading: boolean; text: string } | { label: string; value: string };

function preLines(printout: string): PreLine[] {
  const out: PreLine[] = [];
  const lines = printout.split('\n');
  let header: Cell[] | null = null;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    // A rule right under the column names underlines them: the rows follow.
    if (isRule(line) && header && isHeaderLine(cellsOf(lines[index - 1] ?? ''))) continue;
    if (line.trim() === '' || isRule(line)) {
      header = null;
      continue;
    }
    const cells = cellsOf(line);
    // A line between two rules (one or two lines framed): a section's name.
    const framed = isRule(lines[index - 1] ?? '') || (isRule(lines[index - 2] ?? '') && isRule(lines[index + 1] ?? ''));
    if (framed && (isRule(lines[index + 1] ?? '') || isRule(lines[index + 2] ?? ''))) {
      header = null;
      out.push({ heading: true, text: cells[0]!.text });
      for (const cell of cells.slice(1)) out.push({ heading: false, text: cell.text });
      continue;
    }
    const pair = leaderPair(line) ?? (header ? null : colonPair(line));
    if (pair && isLabel(pair.label)) {
      header = null;
      out.push(pair);
      continue;
    }
    if (isHeaderLine(cells)) {
      header = cells;
      continue;
    }
    if (header && cells.length >= 2) {
      for (const cell of cells) out.push({ label: columnOf(header, cell).text, value: cell.text });
      continue;
    }
    out.push({ heading: false, text: normaliseSpace(line) });
  }
  return out;
}

/** A printout's events, as the scan takes them (readPage; the NREMT content script sends the printout's text instead). */
export function preformattedEvents(el: Element): ScanEvent[] {
  return preLines(el.textContent ?? '').map((line): ScanEvent => {
    // A printout's lines are lines, never a table's cells, even framed by a layout table (a mail archive's).
    if ('label' in line) return { kind: 'pair', ...line, el, table: null };
    return line.heading ? { kind: 'heading', level: 2, text: line.text, el } : { kind: 'title', text: line.text, el, prominent: false };
  });
}

/**
 * The outline with each printout the NREMT content script sent as text (`pre`) and each card drawn
 * in SVG it sent as its placed words (`drawn`) read into their lines, as outlineOf (read-page.ts)
 * writes the events preformattedEvents and scan.ts drawingEvents give: the background reads them,
 * so the content script carries none of this.
 */
export function withPrintouts(outline: readonly OutlineLine[]): OutlineLine[] {
  return outline.flatMap((printout): OutlineLine[] => {
    // A card drawn in SVG: its lines as the scan reads them (scan.ts drawingEvents).
    if (printout.drawn) return drawnLines(printout.drawn, isLabelText).map((line) => (line.label ? { text: `${stripColon(line.label)}: ${line.text}`, label: stripColon(line.label) } : { text: line.text }));
    if (printout.pre === undefined) return [printout];
    return preLines(printout.pre).map((line) => {
      if ('label' in line) return { text: `${line.label}: ${line.value}`, label: line.label };
      return line.heading ? { heading: 2, text: line.text, ...(printout.nav ? { nav: true } : {}) } : { text: line.text };
    });
  });
}
