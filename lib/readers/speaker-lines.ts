// A chat log's lines: each message drawn as its sender's name (after its time, when shown) and then
// what was said, so a paste sent a line per message reaches the outline as "kmaraj Expiration Date",
// "kmaraj 03/31/2027". The sender is found by repetition: one word (a handle) opening five lines or more, and
// standing alone where a message's own text was read apart from it. Its lines are read without it.
// A log's lines (a build console, a script's output) are read without their times and level word.
import type { OutlineLine } from '../model';
import { onlySiteWords } from './names';
import { isLabelText } from './scan';
import { withoutColon } from './cut';
import { parseDates } from './parse-date';
import { isPhrase, phrases } from './words';

/**
 * The times before a line's text ("21:13", "[21:13:07]", "8:47 PM"): a chat's, before its sender; a
 * log's, where a build log's line carries two (its console's, its program's). "8:47 PM" alone is no line's.
 */
const LOG_TIME = /^(?:\[?\d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]m\b)?\]?\s+(?![ap]m\b))+(?=\S)/i;
/** A log line's level after its time ("06:00:03 INFO Derek Albright …"), in capitals. */
const LOG_LEVELS = phrases('info', 'warn', 'warning', 'error', 'debug', 'notice', 'trace', 'fatal');
/** Messages needed before a word is a sender and not a list's first word. */
const MIN_LINES = 5;

/** A message's sender (its first word, or the name in angle brackets: an IRC client's "< mkowalski > …") and what was said. */
function senderAndSaid(text: string): { word: string; said: string } {
  const close = text[0] === '<' ? text.indexOf('>') : -1;
  const bracketed = close > 0 ? text.slice(1, close).trim() : '';
  if (bracketed && !bracketed.includes(' ') && !bracketed.includes('<')) return { word: bracketed, said: text.slice(close + 1).trimStart() };
  const word = text.split(' ', 1)[0]!;
  return { word, said: text.slice(word.length + 1) };
}

/** A log line without its times and level word ("06:00:01 06:00:03 INFO Registry Number: …" -> "Registry Number: …"). */
function untimed(text: string): string {
  const rest = text.replace(LOG_TIME, '');
  const word = rest.split(' ', 1)[0]!;
  const level = word.endsWith(':') ? word.slice(0, -1) : word;
  return level === level.toUpperCase() && isPhrase(level, LOG_LEVELS) ? rest.slice(word.length).trimStart() : rest;
}

/** A line whose label no time nor sender stands before any more ("Application status: NOT SUBMITTED"): labelled. */
function relabelled(text: string): OutlineLine {
  const colon = text.indexOf(':');
  return colon > 0 && isLabelText(text.slice(0, colon)) ? { text, label: text.slice(0, colon) } : { text };
}

/** Whether five lines or more open with a time: a log's (a build console's, a script's output). */
function isLog(lines: readonly string[]): boolean {
  let timed = 0;
  for (const line of lines) if (LOG_TIME.test(line) && ++timed >= MIN_LINES) return true;
  return false;
}

/**
 * A log's lines without their times and level word, so "06:00:03 INFO Registry Number: E5120934"
 * reads as its label and value: a printout's lines (sent as its text), or the page's own lines.
 */
export function withoutLogTimes(outline: OutlineLine[]): OutlineLine[] {
  const lines = outline.flatMap((line) => (line.heading === undefined && line.text !== undefined ? [line.text] : []));
  const log = isLog(lines);
  return outline.map((line) => {
    if (line.pre !== undefined) {
      const pre = line.pre.split('\n');
      return isLog(pre) ? { ...line, pre: pre.map(untimed).join('\n') } : line;
    }
    if (!log || line.heading !== undefined || line.text === undefined || !LOG_TIME.test(line.text)) return line;
    return relabelled(untimed(line.text));
  });
}

/** The outline with one sender's name taken off the start of its lines (and its lines of the name alone left out). */
export function withoutSender(outline: OutlineLine[]): OutlineLine[] {
  const counts = new Map<string, { lead: number; alone: number }>();
  for (const line of outline) {
    if (line.text === undefined || line.heading !== undefined) continue;
    const { word, said } = senderAndSaid(line.text.replace(LOG_TIME, ''));
    const count = counts.get(word) ?? { lead: 0, alone: 0 };
    if (said === '') count.alone++;
    else count.lead++;
    counts.set(word, count);
  }
  // A handle, not a word of the site's ("National …") nor a label's ("Course: …").
  const sender = [...counts].find(([word, count]) => count.lead >= MIN_LINES && count.alone >= 1 && HANDLE.test(word) && !onlySiteWords(word))?.[0];
  if (sender === undefined) return outline;
  const lines: OutlineLine[] = [];
  // A message that is a label alone ("Expiration Date", read as a caption) labels the next message:
  // a paste sent a line per message parts each label from its value.
  let label: string | null = null;
  for (const line of outline) {
    const text = line.text?.replace(LOG_TIME, '');
    if (text === undefined || line.heading !== undefined) {
      label = line.heading === 7 && line.text !== undefined && isLabelText(line.text) ? withoutColon(line.text) : null;
      lines.push(line);
      continue;
    }
    const { word, said } = senderAndSaid(text);
    if (word !== sender) {
      label = null;
      lines.push(line);
      continue;
    }
    if (said === '') continue;
    // The caption stays a line too, as a label read apart from its value is.
    if (label !== null && !isLabelText(said)) lines.push({ text: `${label}: ${said}`, label });
    else {
      const { label: _sent, ...rest } = line;
      lines.push({ ...rest, ...relabelled(said) });
    }
    label = null;
  }
  return lines;
}

/** A message's stamp on its own line: a time of day, after a day when shown ("Dec 2 20:12", "4:05 PM", "Yesterday 9:14"). */
export const STAMP = /^(?:[\p{L}\d,./-]+\s+){0,3}\[?\d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]m)?\]?$/iu;
/** A handle: one word, no sentence ("rquinn", "@dlopez", "Mike_R"). */
export const HANDLE = /^@?[\p{L}_][\p{L}\p{N}_.\-|]{1,31}$/u;

/**
 * Whether the lines are a conversation between two or more people: messages headed by their
 * stamp, then their sender's handle alone on its line (a chat client's channel view), three or
 * more of them, from two senders or more. A course list pasted there is the sender's, and the
 * page does not say who is reading it.
 */
export function isConversation(outline: readonly OutlineLine[]): boolean {
  const senders = new Set<string>();
  let headers = 0;
  for (let at = 1; at < outline.length; at++) {
    const text = outline[at]!.text;
    const before = outline[at - 1]!.text;
    if (text === undefined || before === undefined || !HANDLE.test(text) || before.length > 24 || !STAMP.test(before)) continue;
    senders.add(text.toLowerCase());
    headers += 1;
  }
  return headers >= 3 && senders.size >= 2;
}

/** "dlopez (you)", "Mike_R (me)": the handle a chat's list of members marks as the reader's own. */
function ownHandle(outline: readonly OutlineLine[]): string | null {
  for (const line of outline) {
    const words = (line.text ?? '').trim().split(' ');
    if (words.length === 2 && ['(you)', '(me)'].includes(words[1]!.toLowerCase())) return words[0]!.toLowerCase();
  }
  return null;
}

/**
 * Whether a chat's message holding a list (two dates or more) is said by another member than the
 * one it marks as the reader ("ckim: Transcript … 02/12/2026 … 04/22/2026 …" where the room lists
 * "dlopez (you)"): that member's paste, whoever reads it. False where the chat marks nobody.
 */
export function pastedByOther(outline: readonly OutlineLine[]): boolean {
  const own = ownHandle(outline);
  return own !== null && outline.some((line) => {
    const text = line.text ?? '';
    const handle = text.slice(0, Math.max(text.indexOf(': '), 0));
    return handle !== '' && !handle.includes(' ') && handle.toLowerCase() !== own && parseDates(text).length >= 2;
  });
}
