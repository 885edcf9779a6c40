// A code view whose gutter numbers reach the text glued to their lines ("1NREMT Transcript …2Kayla
// Marchetti | …3Certification expires …": each line an inline span after its number's, no line
// break between them): its lines cut again where the numbers 1, 2, 3 … stand in turn, each number
// dropped. Only where every number from 1 to the last is found in order (five or more), each after
// a character that is no digit or space and before the line's first (or its end): a figure in a
// line's text rarely continues the count so. Anything else leaves the lines as they were.
// Background only (judge-kind.ts).
import type { OutlineLine } from '../model';

const MIN_LINES = 5;

function digitOrSpace(ch: string | undefined): boolean {
  return !!ch && (ch.trim() === '' || (ch >= '0' && ch <= '9'));
}

/** Where the number `n` stands glued in `text` from `from` on: after no digit or space, before no digit or space; else -1. */
function gluedAt(text: string, n: number, from: number): number {
  const mark = String(n);
  for (let at = text.indexOf(mark, from); at >= 0; at = text.indexOf(mark, at + 1)) {
    // Right where the last number ended, the line between them was empty ("…EMT34Course").
    if (at !== from && digitOrSpace(text[at - 1])) continue;
    const end = at + mark.length;
    // An empty line's number right before the next one's ("…EMT34Course"): glued too.
    const next = String(n + 1);
    if (!digitOrSpace(text[end]) || (text.startsWith(next, end) && !digitOrSpace(text[end + next.length]))) return at;
  }
  return -1;
}

/** Whether the line opens with the number `n` glued to its text (or alone): "7 | Title" is a gutter set apart (line-records.ts). */
function opensWith(line: OutlineLine, n: number): boolean {
  const text = line.text;
  return text !== undefined && line.label === undefined && line.heading === undefined && text.startsWith(String(n)) && !digitOrSpace(text[String(n).length]);
}

/** The outline with each run of lines carrying a glued gutter read as its own lines (see above). */
export function withGluedGutter(outline: readonly OutlineLine[]): readonly OutlineLine[] {
  if (!outline.some((line) => opensWith(line, 1))) return outline;
  const out: OutlineLine[] = [];
  let run: { shown: OutlineLine[]; lines: OutlineLine[]; next: number } | null = null;
  const close = (): void => {
    if (run) out.push(...(run.next - 1 >= MIN_LINES ? run.lines : run.shown));
    run = null;
  };
  for (const line of outline) {
    if (!opensWith(line, run?.next ?? 1)) {
      close();
      if (!opensWith(line, 1)) {
        out.push(line);
        continue;
      }
    }
    run ??= { shown: [], lines: [], next: 1 };
    const text = line.text!;
    let start = String(run.next).length;
    run.next += 1;
    for (let at = gluedAt(text, run.next, start); at >= 0; at = gluedAt(text, run.next, start)) {
      run.lines.push({ text: text.slice(start, at).trim() });
      start = at + String(run.next).length;
      run.next += 1;
    }
    run.lines.push({ text: text.slice(start).trim() });
    run.shown.push(line);
  }
  close();
  return out.filter((line) => line.text !== '');
}
