// A page's text pasted as markdown that nothing rendered (a comment box or a forum that shows what was
// typed): "## Recertification Application - National Registry EMT" is a heading of that level, and
// "**Make Payment** - Paid" the words without their emphasis marks, as the writer meant them to be
// read. Background only (judge-kind.ts): the lines as sent, the marks read.
import type { OutlineLine } from '../model';

/** A markdown heading's level and words ("## Renewal ##" -> 2, "Renewal"), else null. Two marks or more: one "#" opens a comment in a script, a CSV file or a log as often as a heading. */
function atxHeading(text: string): { level: number; text: string } | null {
  let level = 0;
  while (text[level] === '#') level += 1;
  if (level < 2 || level > 6 || text[level] !== ' ') return null;
  const words = text.slice(level).trim();
  // A closing run of marks after a space ("## Renewal ##"), not a word's own ("## C#").
  const cut = words.lastIndexOf(' ');
  const closed = cut > 0 && [...words.slice(cut + 1)].every((char) => char === '#') ? words.slice(0, cut).trimEnd() : words;
  return closed ? { level, text: closed } : null;
}

/** The outline with each markdown heading line a heading, and emphasis marks ("**", "__") dropped from its lines. */
export function withMarkdownMarks(outline: readonly OutlineLine[]): OutlineLine[] {
  const marked = (line: OutlineLine | undefined): ReturnType<typeof atxHeading> => (line?.text === undefined || line.heading !== undefined || line.label !== undefined || line.table ? null : atxHeading(line.text));
  return outline.map((line, at) => {
    if (line.text === undefined || line.heading !== undefined || line.label !== undefined || line.table) return line;
    // A heading stands alone: a run of lines each opened by marks is a printout's ("## Name:   …", R's output).
    const heading = marked(line);
    if (heading && !marked(outline[at - 1]) && !marked(outline[at + 1])) return { heading: heading.level, text: heading.text.replaceAll('**', '') };
    return line.text.includes('**') || line.text.includes('__') ? { ...line, text: line.text.replaceAll('**', '').replaceAll('__', '') } : line;
  });
}
