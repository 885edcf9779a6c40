// A chat log's lines: each message drawn as its sender's name (after its time, when shown) and then
// what was said, so a paste sent a line per message reaches the outline as "kmaraj Expiration Date",
// "kmaraj 03/31/2027". The sender is found by repetition: one word (a handle) opening five lines or more, and
// standing alone where a message's own text was read apart from it. Its lines are read without it.
import type { OutlineLine } from '../model';
import { onlySiteWords } from './names';
import { isLabelText, stripColon } from './scan';

/** A time of day before the sender ("21:13", "[21:13:07]"). */
const TIME = /^\[?\d{1,2}:\d{2}(?::\d{2})?\]?\s+/;
/** Messages needed before a word is a sender and not a list's first word. */
const MIN_LINES = 5;

const opening = (text: string): string => text.replace(TIME, '').split(' ', 1)[0]!;

/** The outline with one sender's name taken off the start of its lines (and its lines of the name alone left out). */
export function withoutSender(outline: OutlineLine[]): OutlineLine[] {
  const counts = new Map<string, { lead: number; alone: number }>();
  for (const line of outline) {
    if (line.text === undefined || line.heading !== undefined) continue;
    const text = line.text.replace(TIME, '');
    const word = opening(text);
    const count = counts.get(word) ?? { lead: 0, alone: 0 };
    if (text === word) count.alone++;
    else count.lead++;
    counts.set(word, count);
  }
  // A handle, not a word of the site's ("National …") nor a label's ("Course: …").
  const sender = [...counts].find(([word, count]) => count.lead >= MIN_LINES && count.alone >= 1 && /^[\p{L}_@][\p{L}\p{N}_.\-|]*$/u.test(word) && !onlySiteWords(word))?.[0];
  if (sender === undefined) return outline;
  const lines: OutlineLine[] = [];
  // A message that is a label alone ("Expiration Date", read as a caption) labels the next message:
  // a paste sent a line per message parts each label from its value.
  let label: string | null = null;
  for (const line of outline) {
    const text = line.text?.replace(TIME, '');
    if (text === undefined || line.heading !== undefined) {
      label = line.heading === 7 && line.text !== undefined && isLabelText(line.text) ? stripColon(line.text) : null;
      lines.push(line);
      continue;
    }
    if (text === sender) continue;
    if (!text.startsWith(sender + ' ')) {
      label = null;
      lines.push(line);
      continue;
    }
    const said = text.slice(sender.length + 1);
    // The caption stays a line too, as a label read apart from its value is.
    if (label !== null && !isLabelText(said)) lines.push({ text: `${label}: ${said}`, label });
    else lines.push({ ...line, text: said });
    label = null;
  }
  return lines;
}
