// A public schedule or catalogue of classes (a city's or a training centre's CE calendar) lists
// courses with dates, hours and approval numbers, as the person's transcript does, but they are
// classes offered, not taken: its heading names a schedule or calendar and its lines offer
// registration (register, seats, waitlist), or its main heading names it so. Judged in the
// background (judge-kind.ts), only where the page states no registry number: a page naming the
// person's own number is their record.
import type { OutlineLine } from '../model';
import { hasPhrase, phrases, startsWithPhrase, wordsOf } from './words';

const SCHEDULE = phrases('schedule', 'calendar', 'upcoming', 'course catalog', 'course catalogue', 'class catalog', 'sessions offered');
const SIGN_UP = phrases('register', 'registration', 'waitlist', 'wait list', 'seats', 'seats left', 'seats available', 'enroll now', 'sign up');

// A caption's words at most: a paragraph styled as a heading ("Upcoming CE at the Council training room").
const CAPTION_WORDS = 10;

/** The main heading naming a schedule of classes; or another heading (or a caption line opening with its word) and a short line offering to register for them. */
export function showsCourseSchedule(outline: readonly OutlineLine[]): boolean {
  const caption = (line: OutlineLine): boolean => line.label === undefined && line.text !== undefined && wordsOf(line.text).length <= CAPTION_WORDS && startsWithPhrase(line.text, SCHEDULE);
  const schedule = outline.some((line) => !line.nav && line.text !== undefined && (line.heading !== undefined ? hasPhrase(line.text, SCHEDULE) : caption(line)));
  // The page's own main heading naming it ("Continuing Education Calendar", "Winter 2027 CE Schedule") says so alone.
  const named = outline.some((line) => !line.nav && line.heading !== undefined && line.heading <= 2 && hasPhrase(line.text ?? '', SCHEDULE));
  const signUp = outline.some((line) => line.heading === undefined && line.label === undefined && line.text !== undefined && line.text.length <= 120 && hasPhrase(line.text, SIGN_UP));
  return named || (schedule && signUp);
}
