// A registry number is the person's (a letter and seven digits, E1234567): a ticket's or a
// record's own short "Id: 48213" beside the person's "Registry # A3318476" never stands for it.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const COURSES =
  '<table><tr><th>Course</th><th>Completed</th><th>Hours</th><th>Approval</th></tr>' +
  '<tr><td>Stroke Scales in the Field</td><td>2025-05-20</td><td>1</td><td>25-NEUR-F3-0210</td></tr>' +
  '<tr><td>Pediatric Airway Review</td><td>2025-08-02</td><td>2</td><td>25-PEDS-F1-0407</td></tr></table>';

const page = (facts: string) =>
  `<!DOCTYPE html><html><head><title>Manage Education</title></head><body><h1>Manage Education</h1>${facts}${COURSES}</body></html>`;

describe('the registry number beside a record id', () => {
  it.each([
    ['a short id labelled "Id" before the registry number in a sentence', '<dl><dt>Id:</dt><dd>48213</dd></dl><p>Registry # A3318476, Advanced EMT.</p>', 'A3318476'],
    ['a short id alone', '<dl><dt>Id:</dt><dd>48213</dd></dl>', undefined],
    ['a labelled registry number', '<dl><dt>NREMT ID:</dt><dd>A3318476</dd></dl>', 'A3318476'],
  ])('%s', (_name, facts, registryNumber) => {
    expect(readHtml(page(facts), 'https://www.nremt.org/x').person?.registryNumber).toBe(registryNumber);
  });
});
