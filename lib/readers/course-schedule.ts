// A public schedule or catalogue of classes (a city's or a training centre's CE calendar) lists
// courses with dates, hours and approval numbers, as the person's transcript does, but they are
// classes offered, not taken: its heading names a schedule or calendar and its lines offer
// registration (register, seats, waitlist), or its main heading names it so; a heading naming
// classes or registration ("Winter CE block: registration is open") with a line offering it says so too. Judged in the
// background (judge-kind.ts), only where the page states no registry number: a page naming the
// person's own number is their record.
import type { OutlineLine, RecordList } from '../model';
import { FIRST_PERSON, hasPhrase, phrases, startsWithPhrase, wordsOf, type Phrases } from './words';
import { profileName } from './chrome';
import { sentencesOf } from './cut';

const SCHEDULE = phrases('schedule', 'scheduled', 'calendar', 'upcoming', 'catalog', 'catalogue', 'sessions offered');
// Classes named by a heading ("Winter 2027 CE Classes", "Classes with open seats"): offered ones where a line offers registration.
const CLASSES = phrases('classes');
const OFFERED = phrases('offered', 'offered on', 'offering date');
const SIGN_UP = phrases('register', 'registration', 'waitlist', 'wait list', 'seats', 'seats left', 'seats available', 'enroll now', 'sign up');

// A caption's words at most: a paragraph styled as a heading ("Upcoming CE at the Council training room").
const CAPTION_WORDS = 10;

/**
 * The main heading naming a schedule of classes; or another heading, the page's title ("CE Schedule"
 * over a heading "Winter 2027 Continuing Education") or a caption line opening with its word, and a
 * short line offering to register for them; or the classes' column offering seats.
 */
export function showsCourseSchedule(outline: readonly OutlineLine[], title = '', lists: readonly RecordList[] = []): boolean {
  const schedule = namesSchedule(outline, title);
  // The page's own main heading naming it ("Continuing Education Calendar", "Winter 2027 CE Schedule") says so alone,
  // but not on a profile page named for its person (the sidebar's "Upcoming live activities" beside their transcript).
  const headings = outline.flatMap((line) => (!line.nav && line.heading !== undefined && line.heading <= 2 ? [line.text ?? ''] : []));
  const named = headings.some((text) => hasPhrase(text, SCHEDULE)) && !profileName(headings, title);
  // A short sentence offering them, a line of its own or one of a paragraph's ("Seats are first-come; register through the council office.").
  const offers = (line: OutlineLine, also?: Phrases): boolean => line.heading === undefined && line.label === undefined && line.text !== undefined && sentencesOf(line.text).some((sentence) => sentence.length <= 120 && hasPhrase(sentence, SIGN_UP) && (!also || (hasPhrase(sentence, also) && !hasPhrase(sentence, FIRST_PERSON))));
  const signUp = outline.some((line) => offers(line));
  // One sentence offering the classes themselves ("Open seats in the council's winter classes (registration on the council site):")
  // says so alone; not the writer's own plan ("before I sign up for more classes").
  const offering = outline.some((line) => offers(line, CLASSES));
  // The classes' own column offering them ("Seats": "6 left", "Full (waitlist)") says so alone: a transcript has none.
  // So does a date column naming the day a class is offered ("offered_on": a dataset of offerings).
  const offered = lists.some((list) => list.items.some((item) => item.kind === 'record' && item.atoms.some((atom) => hasPhrase(atom.label ?? '', SIGN_UP) || startsWithPhrase(wordsOf((atom.label ?? '').replaceAll('_', ' ')), OFFERED))));
  const classes = outline.some((line) => !line.nav && line.heading !== undefined && (hasPhrase(line.text ?? '', CLASSES) || hasPhrase(line.text ?? '', SIGN_UP)));
  return named || offered || offering || ((schedule || classes) && signUp);
}

/**
 * The page's title, a heading or a caption line naming a schedule or calendar of classes ("Health
 * Events Calendar"); `anyLine`: or any short line of it ("Pasted the class schedule below").
 */
export function namesSchedule(outline: readonly OutlineLine[], title: string, anyLine = false): boolean {
  const caption = (line: OutlineLine): boolean => line.label === undefined && line.text !== undefined && wordsOf(line.text).length <= CAPTION_WORDS && startsWithPhrase(line.text, SCHEDULE);
  const named = (line: OutlineLine, text: string): boolean =>
    line.heading !== undefined || (anyLine && line.label === undefined && text.length <= 200) ? hasPhrase(text, SCHEDULE) : caption(line);
  return hasPhrase(title, SCHEDULE) || outline.some((line) => !line.nav && line.text !== undefined && named(line, line.text));
}
