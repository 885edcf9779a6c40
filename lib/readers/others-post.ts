// A thread of posts (a forum, a comment stream): each post under its author's byline heading, one
// of them the signed-in account's (its handle as the page's account menu shows it). A list pasted
// into a post is its author's: where another author's post holds it and none of the account's own
// posts does, the page shows someone else's record (unknown beats wrong). Judged in the background.
import type { OutlineLine } from '../model';
import type { TopLine } from './top-lines';
import { GREETINGS, hasSiteWord, nameAtStart, personKey, SIGN_IN, SIGN_OUT, SIGNED_IN_AS } from './names';
import { approvalIn, dateIn, hoursIn, TIME_OF_DAY } from './values';
import { findFirst } from './parse-date';
import { hasDigit, hasLetters, trimChars } from './cut';
import { findPhrase, hasPhrase, isPhrase, phrases, startsWithPhrase, textAfterPhrase, wordsOf } from './words';

// How long ago a post was made, in its byline ("2 weeks ago").
const TIME_UNIT = phrases('sec', 'secs', 'second', 'seconds', 'min', 'mins', 'minute', 'minutes', 'hour', 'hours', 'hr', 'hrs', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years');
// A reply box's label: what the reader writes there is theirs, whoever posted above it.
const COMPOSE = phrases('add a comment', 'add comment', 'leave a comment', 'post a comment', 'write a comment', 'your comment', 'leave a reply', 'post a reply', 'write a reply', 'your reply', 'reply', 'comment');
const MENU_CAPTIONS = phrases('account', 'profile', 'user', 'menu', 'settings', 'my');

// A post's byline: "asked Nov 29 in Recertification by medic_kev (140 points)", "answered Nov 30 by NSmedic_TO",
// "Submitted by nh_basic_ems 2 days ago in EMS", "By: jdesrosiers on Nov. 30, 2026, 6:18 p.m.".
const BYLINE = /^(?:(?:asked|answered|posted|commented|replied|submitted|written)\b.{0,60}?\b)?by:?\s+([^\s(]{2,40})/i;

/**
 * A thread read signed out: posts bylined by two or more authors ("by jdoe", or a name over its
 * post's date and time), and no sign-out anywhere. Its posts are their authors'; the page shows
 * none of them as the reader's (unknown beats wrong).
 */
export function threadReadSignedOut(outline: readonly OutlineLine[], top: readonly TopLine[]): boolean {
  const authors = new Set<string>();
  // A comment box offering to sign in ("Login", "Log in / Sign up": a short line opening with it) says the page is read signed out.
  const signInShown = top.some((line) => startsWithPhrase(line.text, SIGN_IN) && wordsOf(line.text).length <= 4);
  for (const [at, line] of outline.entries()) {
    const text = line.text ?? '';
    if (hasPhrase(text, SIGN_OUT)) return false;
    // A heading is a section's caption, no post's byline (an admin list's filter "By date completed"),
    // nor is a menu's or tab list's item ("By component" | "By month").
    const byline = text.length <= 120 && line.heading === undefined && !line.nav ? BYLINE.exec(text) : null;
    if (byline) authors.add(byline[1]!.toLowerCase());
    // Or a name over its post's date and time ("Kevin Doherty", then "Nov 30, 2026, 11:02:41 PM"), a heading or not
    // (not a name and how long ago on one line: "Sam Okafor • 2 hours ago" heads a blog's comments, the writer's own among them).
    const next = outline[at + 1]?.text ?? '';
    const named = line.nav ? null : findFirst(next)?.index === 0 ? postAuthor(text, next) : signInShown ? (agoAuthor(text, next) ?? nameOverStamp(text, outline.slice(at + 1, at + 9))) : null;
    if (named) authors.add(personKey(named));
    // Or both on one line ("Greg Halvorsen  2026-11-21 03:18:44 UTC": a list archive's post).
    const stamp = line.nav ? null : findFirst(text);
    const inline = stamp && stamp.index > 0 ? postAuthor(text.slice(0, stamp.index).trim(), text.slice(stamp.index)) : null;
    if (inline) authors.add(personKey(inline));
  }
  return authors.size >= 2 && !top.some((line) => hasPhrase(line.text, SIGN_OUT));
}

/** The signed-in account's words: a menu toggle whose menu ends in signing out ("T jdoe" + "Log Out"); an avatar's initial left out. */
function accountWords(top: readonly TopLine[]): string[] | null {
  for (const line of top) {
    if (!line.menu) continue;
    const words = wordsOf(line.text);
    const out = findPhrase(words, SIGN_OUT);
    // The menu's own caption ("Account", "My profile") names no account.
    const account = out && out.at + out.length === words.length ? words.slice(0, out.at).filter((word) => word.length >= 3 && !isPhrase([word], MENU_CAPTIONS)) : [];
    if (account.length > 0) return account;
  }
  // Or the sign-out link naming the account in brackets ("Log Out (jhollis)", "Log out [tferreira]"), or a bar of links
  // from the handle to signing out ("rlindqvist | Settings | Messages | Logout"; its items set apart by "|" or "·").
  for (const line of top) {
    const items = line.text.replaceAll(' · ', ' | ').split(' | ');
    // (The link may end a bar of links: "Profile | Search | Log out [tferreira]".)
    const link = items.at(-1)!;
    const open = Math.max(link.lastIndexOf(' ('), link.lastIndexOf(' ['));
    if (open > 0 && ')]'.includes(link.at(-1)!) && isPhrase(wordsOf(link.slice(0, open)), SIGN_OUT)) return wordsOf(link.slice(open + 2, -1));
    // The address signed in, right before signing out ("k.doyle@example.net · Logout").
    const address = items.at(-2) ?? '';
    const mailbox = address.includes('@') && !address.includes(' ') ? wordsOf(address.split('@')[0]!).filter((word) => word.length >= 3) : [];
    if (isPhrase(wordsOf(link), SIGN_OUT) && mailbox.length > 0) return mailbox;
    const handle = items[0]!;
    if (items.length > 2 && isPhrase(wordsOf(items.at(-1)!), SIGN_OUT) && handle.length >= 3 && !handle.includes(' ') && hasLetters(handle) && !isPhrase(handle, MENU_CAPTIONS)) return wordsOf(handle);
  }
  // Or the chrome stating it ("Signed in as kdoherty"): one handle after the phrase.
  for (const line of top) {
    const handle = startsWithPhrase(line.text, SIGNED_IN_AS) ? (textAfterPhrase(line.text, SIGNED_IN_AS) ?? '').trim() : '';
    if (handle.length >= 3 && !handle.includes(' ') && hasLetters(handle)) return wordsOf(handle);
  }
  // Or a navbar's items: the account's handle alone a line or two above its sign-out link ("sreyes",
  // "Account", "Log out"); the top lines may hold each item twice, so up to four lines back.
  const out = top.findIndex((line) => isPhrase(wordsOf(line.text), SIGN_OUT));
  for (let at = out - 1; out > 0 && at >= out - 4 && at >= 0; at--) {
    const text = top[at]!.text;
    if (text.length >= 3 && !text.includes(' ') && hasLetters(text) && !isPhrase(text, MENU_CAPTIONS)) return wordsOf(text);
  }
  return null;
}

/** The handle a signed-in page greets ("Hello snowplow_emt", "Welcome, kdoyle!"): one word, where the page can sign out. */
function greetedAccount(top: readonly TopLine[]): string[] | null {
  if (!top.some((line) => hasPhrase(line.text, SIGN_OUT))) return null;
  for (const line of top) {
    const handle = startsWithPhrase(line.text, GREETINGS) ? trimChars((textAfterPhrase(line.text, GREETINGS) ?? '').trim(), ',!.:').trim() : '';
    if (handle.length >= 3 && !handle.includes(' ')) return wordsOf(handle);
  }
  return null;
}

/**
 * A forum thread ("Re: <subject>" over a reply) read by a signed-in account that posted nothing in
 * it: its handle, greeted in the page's chrome, stands on no line of the posts. Whatever list a
 * post holds is its author's, not the reader's (unknown beats wrong).
 */
export function threadWithoutAccount(outline: readonly OutlineLine[], top: readonly TopLine[]): boolean {
  const account = greetedAccount(top) ?? accountWords(top);
  if (!account) return false;
  const texts = outline.flatMap((line) => (line.text === undefined ? [] : [line.text]));
  const subjects = new Set(texts.map((text) => wordsOf(text).join(' ')));
  // A reply's subject: "Re: " before another line's words (the thread's subject).
  const reply = texts.some((text) => text.slice(0, 4).toLowerCase() === 're: ' && subjects.has(wordsOf(text.slice(4)).join(' ')));
  const named = texts.some((text) => !startsWithPhrase(text, GREETINGS) && account.every((word) => wordsOf(text).includes(word)));
  return reply && !named;
}

/** Whether a post by someone other than the signed-in account holds the page's list, and no post of the account's does. */
export function postedByOther(outline: readonly OutlineLine[], top: readonly TopLine[]): boolean {
  const account = accountWords(top);
  if (!account) return false;
  const isOwn = (line: OutlineLine): boolean => {
    const words = wordsOf(line.text ?? '');
    return account.every((word) => words.includes(word));
  };
  // The bylines' level: the account's own post's heading. Without one, posts start at their
  // bylines' lines ("Submitted by nh_basic_ems 2 days ago").
  // Posts stand under the thread's title: the account's name heading the page before any other heading
  // of its level (an app's profile block over its sidebar, then "CE Log") opens no post.
  let above = Infinity;
  let level: number | undefined;
  for (const line of outline) {
    if (line.heading === undefined) continue;
    if (line.heading <= 6 && line.heading >= above && isOwn(line)) {
      level = line.heading;
      break;
    }
    above = Math.min(above, line.heading);
  }
  const author = (line: OutlineLine): 'own' | 'other' => (isOwn(line) ? 'own' : 'other');
  // Whose post a line starts (none: a section heading of the site's words, past the thread), or undefined where it starts none.
  const startsPost = (line: OutlineLine): 'own' | 'other' | null | undefined => {
    const text = line.text ?? '';
    // The reply box the reader is writing in ("Add a comment", its text and preview after it) is the reader's.
    if (line.label !== undefined && isPhrase(wordsOf(line.label), COMPOSE)) return 'own';
    // (A mail's "From:" header naming its sender's address opens its message: a list archive's or a webmail's;
    // not a forum profile's "From: Worcester, MA" nor a date range's "From: 2025-04-01".)
    const mailFrom = text.toLowerCase().startsWith('from: ') && text.includes('@');
    if (level === undefined) return line.heading === undefined && text.length <= 120 && (BYLINE.test(text) || mailFrom || datedByline(text)) ? author(line) : undefined;
    if (line.heading === undefined || line.heading > level) return undefined;
    return line.heading === level && !hasSiteWord(text) ? author(line) : null;
  };
  // Whose section each line is in: the account's, another author's, or none (before the thread).
  let whose: 'own' | 'other' | null = null;
  const data = { own: 0, other: 0, none: 0 };
  for (const line of outline) {
    const start = startsPost(line);
    if (start !== undefined) whose = start;
    else data[whose ?? 'none'] += heldList(line);
  }
  if (data.other >= 2 && data.own < 2 && data.none < 2) return true;
  // Without bylines, the account's handle alone on its line opens its post (a reply under the
  // thread's first post): a list held before it is another author's, where the rest holds none
  // (fewer than half as many of a list's lines; a post's stamp, its date with a clock time, is none).
  const ownPost = level === undefined ? outline.findIndex((line) => line.heading === undefined && wordsOf(line.text ?? '').join(' ') === account.join(' ')) : -1;
  const stamp = (line: OutlineLine): boolean => (line.text ?? '').split(' ').some((word) => word.includes(':') && TIME_OF_DAY.test(word));
  const held = (lines: readonly OutlineLine[]): number => lines.reduce((sum, line) => sum + (stamp(line) ? 0 : heldList(line)), 0);
  const before = ownPost > 0 ? held(outline.slice(0, ownPost)) : 0;
  return before >= 2 && held(outline.slice(ownPost)) * 2 < before;
}

/**
 * A byline set apart by dots: its author, then the post's date alone, then at most its board
 * ("medic_jen82 (Jennifer Albright) · Nov 29, 2026 · Recert & CE", "kdoherty · Nov 29, 2026").
 * A course's line is none: it holds figures past its date (hours, an approval number).
 */
function datedByline(text: string): boolean {
  const parts = text.replaceAll(' • ', ' · ').split(' · ');
  const date = findFirst(parts[1] ?? '');
  const rest = date ? trimChars(parts[1]!.slice(date.length).trim(), ',').trim() : '';
  const dateAlone = date?.index === 0 && (!hasDigit(rest) || TIME_OF_DAY.test(rest));
  // (A post's number is no author: "#1 · November 30, 2026, 8:12 pm".)
  return parts.length >= 2 && parts.length <= 3 && dateAlone && hasLetters(parts[0]!) && parts[0]!.split(' ').length <= 4 && !hasDigit(parts[2] ?? '');
}

/**
 * A list's share of the line: a printout or a table (2: a table's line holds no text, whether its
 * text was sent or not), or a dated line (1; each of a list's records has its date, one date alone
 * is a post's or the thread's own).
 */
function heldList(line: OutlineLine): number {
  // (An empty printout, a hidden reply box's, holds none.)
  if (line.pre !== undefined && line.pre.trim() === '') return 0;
  return line.text === undefined && line.said === undefined && line.drawn === undefined ? 2 : line.text !== undefined && dateIn(line.text) !== null ? 1 : 0;
}

/**
 * A thread whose posts open with their author's name over the post's date and time ("Chris
 * Marchetti", then "Dec 2, 2026 9:14 PM"): where two or more authors post, the list sits in another
 * author's post than the signed-in person's (`account`, the chrome's name), and none of theirs holds one.
 */
export function listPostedUnderOtherName(outline: readonly OutlineLine[], account: string | null | undefined): boolean {
  if (!account) return false;
  const own = personKey(account);
  const authors = new Set<string>();
  let whose: string | null = null;
  const data = { own: 0, other: 0 };
  outline.forEach((line, at) => {
    const author = line.heading === undefined ? postAuthor(line.text ?? '', outline[at + 1]?.text ?? '') : null;
    if (author) {
      whose = personKey(author);
      authors.add(whose);
    } else if (whose !== null) data[whose === own ? 'own' : 'other'] += heldList(line);
  });
  return authors.size >= 2 && data.other >= 2 && data.own < 2;
}

/**
 * A comment's author over how long ago it was posted, each on its own line ("Lisa P.", then "2 weeks
 * ago"; "Sam Okafor", then "Author · 2 weeks ago"): a short line of words, its remark in brackets
 * left out ("Rob D. (EMT, Lynn)"). Asked only of a page offering to sign in: a feed's "Course
 * approved" over "2 days ago" is no author.
 */
function agoAuthor(text: string, next: string): string | null {
  const stamp = next.split(' · ').at(-1)!.split(' ');
  if (next.split(' · ').length > 2 || stamp.length !== 3 || stamp[2]!.toLowerCase() !== 'ago' || !isPhrase(stamp[1]!, TIME_UNIT) || String(Number.parseInt(stamp[0]!, 10)) !== stamp[0]) return null;
  const author = text.split(' (')[0]!.trim();
  const words = author.split(' ');
  return words.length <= 4 && !hasDigit(author) && hasLetters(author) && !hasPhrase(author, SIGN_IN) ? author : null;
}

/**
 * A post's author, a name alone on its line, its post's date line after the post, before the next
 * name ("Jordan Mills", the post, "December 2, 2026 · 3 comments"; a course's dated line holds an
 * approval number or hours). Asked only of a page offering to sign in.
 */
function nameOverStamp(text: string, below: readonly OutlineLine[]): string | null {
  if (text.length > 40 || nameAtStart(text) !== text) return null;
  for (const line of below) {
    const shown = line.text ?? '';
    if (nameAtStart(shown) === shown && shown !== '') return null;
    const date = findFirst(shown);
    if (date?.index === 0 && wordsOf(shown).length <= 8 && approvalIn(shown) === null && hoursIn(shown.slice(date.length)) === null) return text;
  }
  return null;
}

/**
 * A post's author: a name alone on its line ("Kerry Doyle, NRP, I/C": its credentials after a
 * comma), the next line its date and time alone; or a name and how long ago it was posted on one
 * line ("Tom Reilly • 2 weeks ago", "Sam Okafor Pending 2 hours ago": a badge word may stand between).
 */
function postAuthor(text: string, next: string): string | null {
  if (text.length > 60) return null;
  const words = text.split(' ');
  const figure = words.at(-3) ?? '';
  if (words.length >= 5 && words.at(-1)!.toLowerCase() === 'ago' && String(Number.parseInt(figure, 10)) === figure && isPhrase(words.at(-2)!, TIME_UNIT)) {
    const before = words.slice(0, -3).join(' ');
    const name = nameAtStart(before);
    if (name && wordsOf(before.slice(name.length)).length <= 1) return name;
    // A handle or a bare first name set apart from the time ("Anonymous • 3 days ago", "Kerry @ BEMSE • 2 weeks ago") is an author too.
    const handle = before.slice(0, -1).trim();
    const letter = handle.charAt(0).toLowerCase() !== handle.charAt(0).toUpperCase();
    return letter && '·•|—–-'.includes(before.at(-1)!) && wordsOf(handle).length <= 3 ? handle : null;
  }
  if (next.length > 40) return null;
  // The line after is the date and its time of day alone ("Dec 2, 2026 9:14 PM"): a course's values are no stamp.
  const date = findFirst(next);
  if (!date || date.index > 0 || !/^,?\s*(?:at\s+)?\d{1,2}:\d\d(?::\d\d)?\s*(?:[ap]\.?m\.?)?(?:\s*(?:utc|gmt))?$/i.test(next.slice(date.length))) return null;
  const before = text.split(',')[0]!.trim();
  const name = nameAtStart(before);
  return name === before ? name : null;
}
