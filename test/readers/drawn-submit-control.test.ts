// The application page's Submit Application control where the page is a copy, not the site
// (domain.md: "Your application is not submitted until you click Submit Application"): a text
// browser's dump draws it as "[Submit Application]" (with its link number, "[19][Submit Application]"),
// a document the page was pasted into keeps it as the Submit step's cell in the sections table.
// The instruction's words, or a step named "Submit" with a status, are no control.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const HEAD = 'Recertification Application\n\nSam Ortiz\nEMT · Registry Number E5512034\nExpiration Date: 03/31/2027\nApplication Status: In Progress\n';
const dump = (after: string): string =>
  `<!DOCTYPE html><html><head><title>app.txt</title></head><body><pre>${HEAD}\n  1  Continuing Education   Complete\n  2  Make Payment           Not Started\n  3  Submit                 Locked\n\n${after}\n(All sections must be complete before you can submit.)\n</pre></body></html>`;
const doc = (cell: string): string =>
  '<!DOCTYPE html><html><head><title>my recert notes</title></head><body><p>Copied from the Recertification Application page.</p>' +
  '<p>Name: Sam Ortiz</p><p>Registry Number: E5512034</p><p>Expiration Date: 03/31/2027</p><p><b>Recertification Application</b></p><p>Application Status: In Progress</p>' +
  `<table><tr><td><p>Section</p></td><td><p>Status</p></td></tr><tr><td><p>Continuing Education</p></td><td><p>Complete</p></td></tr><tr><td><p>Make Payment</p></td><td><p>Paid</p></td></tr><tr><td><p>Submit</p></td><td><p><b>${cell}</b></p></td></tr></table>` +
  '<p>Your application is not submitted until you click Submit Application.</p></body></html>';

describe('a Submit Application control drawn in a copy of the page', () => {
  it.each([
    ['a dump\'s button with its link number', dump('[19][Submit Application]'), true],
    ['a dump\'s button', dump('[Submit Application]'), true],
    ['a dump\'s button with spaces', dump('[ Submit Application ]'), true],
    ['a dump without one', dump(''), false],
    ['a dump\'s bracketed remark', dump('[Submit Application is locked until every section is complete]'), false],
    ['a document\'s Submit step holding the button', doc('Submit Application'), true],
    ['a document\'s Submit step holding its status', doc('Not Submitted'), false],
  ])('%s', (_, html, submitButton) => {
    const snapshot = readHtml(html);
    expect(snapshot.kind).toBe('nremt-application');
    expect(snapshot.application?.submitButton).toBe(submitButton);
  });
});
