import { describe, expect, it } from 'vitest';
import type { OutlineLine } from '../../lib/model';
import { postedByOther, threadReadSignedOut } from '../../lib/readers/others-post';
import type { TopLine } from '../../lib/readers/top-lines';

const account: TopLine[] = [{ text: 'R rowan_k Sign out', alone: false, menu: true }];
const list: OutlineLine = { pre: 'Course  Date  Hrs\nAirway  02/03/2026  2.0\nTrauma  03/04/2026  1.0' };
const byline = (who: string): OutlineLine => ({ heading: 4, text: who });

describe('a thread: whose post holds the list', () => {
  it.each<[string, TopLine[], OutlineLine[], boolean]>([
    ['another member pastes the list; the account only replies', account, [{ heading: 1, text: 'Do these count?' }, byline('M mira.v'), list, byline('R rowan_k'), { text: 'looks fine' }], true],
    ['the account pastes its own list', account, [byline('R rowan_k'), list, byline('M mira.v'), { text: 'nice' }], false],
    ['both post lists: not only another\'s', account, [byline('M mira.v'), list, byline('R rowan_k'), list], false],
    ['no account menu: nobody known to be signed in', [], [byline('M mira.v'), list, byline('R rowan_k')], false],
    ['the account never posts: bylines unknown', account, [byline('M mira.v'), list, byline('J jo')], false],
    ['a list outside the thread (the page\'s own)', account, [{ heading: 2, text: 'Transcript' }, list, byline('M mira.v'), list, byline('R rowan_k')], false],
    ['a card heading of the site\'s words is no byline', account, [byline('R rowan_k'), byline('Continuing Education'), list], false],
    // An app's profile block heads the page with the account's name, then the page's own heading: no thread.
    ['the account\'s name heading the page before its own heading', [{ text: 'TM Rowan K Log out', alone: false, menu: true }], [{ heading: 1, text: 'Rowan K' }, { heading: 1, text: 'Quabbin Valley' }, list], false],
    ['the account replying under the thread\'s title, another member\'s list above', [{ text: 'TM Rowan K Log out', alone: false, menu: true }], [{ heading: 1, text: 'CE Log check' }, byline('Mira V'), list, { heading: 4, text: 'Rowan K' }, { text: 'thanks' }], true],
    ['one date in another\'s post is a remark, no list', account, [byline('M mira.v'), { text: 'expires 03/31/2027 I think' }, byline('R rowan_k')], false],
  ])('%s', (_name, top, outline, expected) => {
    expect(postedByOther(outline, top)).toBe(expected);
  });
});

describe('a thread read signed out: posts bylined by several authors', () => {
  const asked: OutlineLine = { text: 'asked Nov 29 in Recertification by medic_kev ( 140 points)' };
  const answered: OutlineLine = { text: 'answered Nov 30 by NSmedic_TO ( 2,315 points)' };
  it.each<[string, TopLine[], OutlineLine[], boolean]>([
    ['a question with its list, answered by another, nobody signed in', [{ text: 'Login', alone: true }], [asked, list, answered], true],
    ['the same thread signed in: the account decides (postedByOther)', account, [asked, list, answered], false],
    ['a sign-out in the page itself', [], [{ text: 'Log out' }, asked, list, answered], false],
    ['one author only (the user\'s own paste, "posted by")', [], [{ text: 'Posted by rowan_k on 11/02/2026' }, list, { text: 'commented by rowan_k' }], false],
    ['a byline inside a sentence is no byline', [], [{ text: 'My transcript, as posted by NREMT by default' }, list, answered], false],
    ['a long line starting with "posted" is a sentence', [], [{ text: `Posted ${'x '.repeat(70)} by someone` }, list, answered], false],
  ])('%s', (_name, top, outline, expected) => {
    expect(threadReadSignedOut(outline, top)).toBe(expected);
  });
});

describe('a thread whose bylines are the author and the date set apart by dots, the chrome saying who is signed in', () => {
  const signedIn: TopLine[] = [{ text: 'North Shore EMS Forum', alone: true }, { text: 'Signed in as kdoherty', alone: true }];
  const asker: OutlineLine = { text: 'medic_jen82 (Jennifer Albright) · Nov 29, 2026 · Recert & CE' };
  const reply: OutlineLine = { text: 'kdoherty · Nov 29, 2026 9:14 PM' };
  const courseLine = (title: string, date: string): OutlineLine => ({ text: `${title} · ${date} · 2.00 · 26-NEA-F1-1014` });
  it.each<[string, TopLine[], OutlineLine[], boolean]>([
    ['another member pastes the list, the account replies', signedIn, [asker, list, reply, { text: 'The first one is before your cycle.' }], true],
    ['the account pastes its own list', signedIn, [reply, list, asker, { text: 'looks right' }], false],
    ['nobody named as signed in', [{ text: 'North Shore EMS Forum', alone: true }], [asker, list, reply], false],
    ['"Signed in as" with no one handle names no account', [{ text: 'Signed in as', alone: true }], [asker, list, reply], false],
    // A course line set apart by dots holds figures past its date: no byline, so no post of anyone's.
    // An empty printout after the account's reply (its hidden reply box) holds no list of the account's.
    ['an empty printout in the account\'s reply', signedIn, [asker, list, reply, { text: 'Looks fine.' }, { pre: '' }], true],
    // A post's number before its date names no author: the account's own post goes on under it.
    ['a post number is no byline', signedIn, [reply, { text: '#1 · November 30, 2026, 8:12 pm' }, list], false],
    ['course lines are no bylines', signedIn, [courseLine('Airway Update', '10/14/2025'), courseLine('Trauma Review', '01/20/2026'), courseLine('Stroke Scales', '02/02/2026')], false],
  ])('%s', (_name, top, outline, expected) => {
    expect(postedByOther(outline, top)).toBe(expected);
  });
});
