// A plain-text printout (<pre>: a notebook's printed output, a text report) writes a labelled value
// as its label, a column gap, then the value ("Name           Theresa M. Okafor"): the gap is the
// label's colon. The person is read from such a line as from "Name: …" (the gap is gone once the
// line's spaces are collapsed: a name's label, then a whole name, nothing else); a line whose label names
// someone else (a Training Officer, an instructor) names nobody, and a header line of column names
// is no pair.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const page = (printout: string): string => `<!DOCTYPE html><html><head><title>Manage Education</title></head><body>
<h1>Manage Education</h1><pre>${printout}</pre>
<table><thead><tr><th>Course Title</th><th>Date Completed</th><th>Hours</th><th>Approval Number</th></tr></thead><tbody>
<tr><td>Airway Update</td><td>03/12/2026</td><td>1.5</td><td>26-LFEM-F3-0312</td></tr>
<tr><td>Obstetric Emergencies</td><td>09/27/2025</td><td>2</td><td>25-0927-T3</td></tr>
</tbody></table></body></html>`;

describe("a printout's 'Label   value' line gives the person", () => {
  it.each([
    ['a notebook\'s printed profile', 'Name           Theresa M. Okafor\nRegistry #     A4417082\nLevel          Advanced EMT\n', 'Theresa M. Okafor'],
    ['a report\'s "Provider Name" line', 'Provider Name      Dana K. Whitfield\nNational Registry Number   E1234567\n', 'Dana K. Whitfield'],
    ['a tab between label and value', 'Name\tJordan P. Ellis\nCertification Level\tEMT\n', 'Jordan P. Ellis'],
    ['capitals, as a mainframe prints them', 'NAME           ROBERT T. FERREIRA JR\nREGISTRY NO    P2290457\n', 'ROBERT T. FERREIRA JR'],
  ])('%s', (_, printout, name) => {
    expect(readHtml(page(printout)).person?.name).toBe(name);
  });

  it('a label word and the name on one line of a page, no colon between ("Learner Jordan P. Ellis")', () => {
    const html = page('x').replace('<pre>x</pre>', '<p>Learner Jordan P. Ellis</p><p>EMT</p>');
    expect(readHtml(html).person?.name).toBe('Jordan P. Ellis');
  });

  it.each([
    ['a Training Officer', 'Training Officer     Kevin Marsh\nRegistry #     A4417082\n'],
    ['an instructor', 'Registry #     A4417082\nInstructor        Kevin Marsh\n'],
    ['a header line of column names', 'Name           Level          Expires\nRegistry #     A4417082\n'],
  ])('names nobody beside %s', (_, printout) => {
    expect(readHtml(page(printout)).person?.name).toBeUndefined();
  });
});
