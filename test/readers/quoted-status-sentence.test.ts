// A note copied off the application page says what its badge reads, in quotes: "Overall status on
// the page reads "Not Submitted"." The quoted words after the word "status" are the application's
// status, however the note is set (a paragraph, a list item, after a bold lead-in). Quoted words
// that are no status, or a status with no "status" before it, tell nothing.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const URL = 'https://www.nremt.org/recertification/application';
const SAYS: Record<string, string> = {
  'a paragraph': '<p>Paid last week. Overall status on the page reads "Not Submitted". Ask the captain to sign off.</p>',
  'a list item with curly quotes': '<ul><li>The status badge showed “In Progress” yesterday</li></ul>',
  'after a bold lead-in': '<div><b>Note to self:</b><span> the fee is paid. Status on the page reads "Not Submitted".</span></div>',
};
const EXPECTED: Record<string, string> = { 'a paragraph': 'not-submitted', 'a list item with curly quotes': 'in-progress', 'after a bold lead-in': 'not-submitted' };

function page(note: string): string {
  return `<!DOCTYPE html><html><head><title>my_tracker</title></head><body><h1>Recertification Application</h1><p>Registry # R2204518</p>${note}</body></html>`;
}

describe('a status quoted in a note', () => {
  it.each(Object.keys(SAYS))('%s', (layout) => {
    expect(readHtml(page(SAYS[layout]!), URL).application?.status).toBe(EXPECTED[layout]);
  });

  it.each([
    ['quoted words that are no status', '<p>Status on the page reads "Make Payment".</p>'],
    ['a quoted status with no status word', '<p>The course list is "Complete" now.</p>'],
  ])('%s tell nothing', (_, note) => {
    expect(readHtml(page(note), URL).application?.status ?? null).toBeNull();
  });
});
