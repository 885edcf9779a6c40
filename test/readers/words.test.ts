import { describe, expect, it } from 'vitest';
import { findPhrase, hasPhrase, isPhrase, phrases, startsWithPhrase, wordsOf } from '../../lib/readers/words';

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
