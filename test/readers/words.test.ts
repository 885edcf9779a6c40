import { describe, expect, it } from 'vitest';
import { consistsOf, findPhrase, hasPhrase, isPhrase, phrases, startsWithPhrase, textAfterPhrase, wordsOf } from '../../lib/readers/words';

describe('wordsOf', () => {
  it.each([
    ['Pending Training Officer Sign-Off', ['pending', 'training', 'officer', 'sign', 'off']],
    ["  Provider's  dashboard: 2 hrs ", ["provider's", 'dashboard', '2', 'hrs']],
    ['Submitted – Under Review', ['submitted', 'under', 'review']],
    ['', []],
  ])('%j', (text, words) => expect(wordsOf(text)).toEqual(words));
});

describe('phrases', () => {
  const review = phrases('under review', 'in review', 'pending review', 'affiliat*');
  it.each([
    ['Submitted - Under Review', true],
    ['Your application is in review.', true],
    ['Affiliation requested', true],
    ['underreview', false],
    ['review under way', false],
    ['We reviewed it', false],
  ])('hasPhrase(%j)', (text, expected) => expect(hasPhrase(text, review)).toBe(expected));

  it('finds the first place and prefers the longest phrase there', () => {
    const set = phrases('not', 'not submitted', 'submitted');
    expect(findPhrase(wordsOf('Paid but not submitted'), set)).toEqual({ at: 2, length: 2 });
  });

  it('matches a whole text or its start', () => {
    const more = phrases('load more', 'show all');
    expect(isPhrase('Load More', more)).toBe(true);
    expect(isPhrase('Load more courses', more)).toBe(false);
    expect(startsWithPhrase('Load more courses', more)).toBe(true);
    expect(startsWithPhrase('Please load more', more)).toBe(false);
  });
});

describe('phrase sequences and the text after a phrase', () => {
  const statuses = phrases('submitted', 'under review', 'in review', 'pending');
  it.each([
    ['Submitted - Under Review', true],
    ['Pending', true],
    ['Submitted 11/25/2026', false],
    ['Photo Complete', false],
    ['', false],
  ])('consistsOf(%j)', (text, expected) => expect(consistsOf(text, statuses)).toBe(expected));

  it('gives the original text after the first phrase, punctuation and case kept', () => {
    const intro = phrases('welcome back', 'welcome', 'signed in as');
    expect(textAfterPhrase('Welcome back, JORDAN A. REYES!', intro)).toBe(', JORDAN A. REYES!');
    expect(textAfterPhrase('You are signed in as Grace O’Neil', intro)).toBe(' Grace O’Neil');
    expect(textAfterPhrase('Hello there', intro)).toBeNull();
  });
});
