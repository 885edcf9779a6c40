// A page that shows someone else's record is nobody's own: a Training Officer's review of a
// member's education ("Review Education: Nathaniel Obi-Sorensen", "You are reviewing another
// provider's record"), a page titled as the officer's view, an agency roster or a sign-off queue
// whose records name several members. Its courses must never reach the user's own list (unknown
// beats wrong). Judged in the background (judge-kind.ts), so the content script carries none of it.
import type { RecordList } from '../model';
import { isRegistryToken, nameIn, personKey } from './names';
import { anyOf, hasPhrase, isPhrase, phrases, startsWithPhrase, TITLE_PARTS, wordsOf } from './words';

// A view's name before a colon ("Training Officer view: one row per affiliated provider"); not the
// role alone ("Training Officer: Renata Diaz" names the user's own officer).
const OFFICER_PAGE = phrases('training officer view', 'training officer dashboard', 'training officer portal', 'agency roster');
// A title part naming the officer's view ("Review Education – Training Officer – NREMT").
const OFFICER_VIEW = anyOf(OFFICER_PAGE, phrases('training officer', 'pending actions requests', 'pending actions and requests'));
// A help desk's side panel naming the agent the conversation is assigned to: the page is the
// agent's view of a customer's conversation, whatever the customer pasted into it.
const AGENT_VIEW = phrases('assigned agent');
// Before a colon and a person's name: whose record is under review ("Reviewing: Dana Okafor").
const REVIEWING = phrases(
  'reviewing',
  'now reviewing',
  'reviewing member',
  'member under review',
  'review education',
  'review application',
  'review recertification application',
  'review transcript',
  'review courses',
  'review ce',
  'sign off for',
);
// A notice that the record is another's ("You are reviewing another provider's record").
const VIEWING = phrases('reviewing', 'viewing', 'review');
const ANOTHER = phrases(
  "another provider's",
  "another member's",
  "another person's",
  "another user's",
  "another provider",
  "another member",
  "someone else's",
);
// A column naming whose each record is (a roster's "Member"); never "Provider": a course's provider is who taught it.
const PERSON_COLUMN = phrases(
  'member',
  'student',
  'employee',
  'participant',
  'full name',
  'person',
);

/** Whether the title, a line (the outline's and the top lines' text), or the records show a record that is not the user's own. */
export function showsOthers(title: string, lines: readonly string[], lists: readonly RecordList[]): boolean {
  if (title.split(TITLE_PARTS).some((part) => isPhrase(part, OFFICER_VIEW))) return true;
  return lines.some(namesOthersRecord) || recordsOfSeveral(lists);
}

/** "Reviewing: Dana Okafor"; "Training Officer view: one row per provider"; "You are viewing another member's record."; "Assigned agent". */
function namesOthersRecord(text: string): boolean {
  if (text.length > 200) return false;
  const colon = text.indexOf(':');
  if (colon > 0 && isPhrase(text.slice(0, colon), REVIEWING) && nameIn(text.slice(colon + 1).split(TITLE_PARTS)[0] ?? '')) return true;
  if (colon > 0 && isPhrase(text.slice(0, colon), OFFICER_PAGE)) return true;
  const words = wordsOf(text);
  if (startsWithPhrase(words, AGENT_VIEW)) return true;
  return hasPhrase(words, ANOTHER) && hasPhrase(words, VIEWING);
}

/** A column naming whose each record is: a roster's "Member", or a title holding such a word ("Crew Member", "Staff Member / Role" over two lines). */
function personColumn(label: string): boolean {
  return isPhrase(label, PERSON_COLUMN) || wordsOf(label).some((word) => isPhrase([word], PERSON_COLUMN));
}

/** Records naming two or more registry numbers, or two or more people in a column naming whose each is. */
function recordsOfSeveral(lists: readonly RecordList[]): boolean {
  const numbers = new Set<string>();
  const people = new Set<string>();
  for (const list of lists) {
    for (const item of list.items) {
      if (item.kind !== 'record') continue;
      for (const atom of item.atoms) {
        const text = atom.text.trim();
        if (isRegistryToken(text)) numbers.add(text.replace('-', ''));
        const name = atom.field !== 'courseTitle' && atom.label && personColumn(atom.label) ? nameIn(text) : null;
        if (name) people.add(personKey(name));
      }
    }
  }
  return numbers.size > 1 || people.size > 1;
}
