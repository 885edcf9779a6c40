// A message about the user's own application (a saved or printed notification e-mail) and a
// discussion among several people that quotes someone's record: the first is the application
// page, addressed to its person by a salutation; the second is nobody's record of the reader.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const page = (title: string, body: string): string => `<!DOCTYPE html><html><head><title>${title}</title></head><body>${body}</body></html>`;

const courses =
  '<table><tr><th>Course</th><th>Completed</th><th>Hours</th><th>Component / Topic</th><th>Approval</th></tr>' +
  '<tr><td>Burn Management</td><td>2025-05-10</td><td>1.0</td><td>National / Trauma</td><td>25-BURN-F3-0510</td></tr>' +
  '<tr><td>Asthma &amp; COPD</td><td>2024-08-27</td><td>2.0</td><td>National / Airway</td><td>24-0827-T1</td></tr></table>';

const message = (salutation: string): string =>
  '<table><tr><th>Subject:</th><td>Recertification Application Returned Incomplete</td></tr>' +
  '<tr><th>To:</th><td>someone@example.com</td></tr></table>' +
  `<p>${salutation}</p><p>Your recertification application has been reviewed.</p><p>Status: Returned Incomplete</p>` +
  '<p>National Registry Number: A1902276</p>' +
  courses;

describe('a notification message about the application', () => {
  it.each([
    ['Dear Ingrid S. Moreau,', 'Ingrid S. Moreau'],
    ['Good Morning Ingrid Moreau,', 'Ingrid Moreau'],
    ['Hello Ingrid S. Moreau,', 'Ingrid S. Moreau'],
  ])('"%s": the application, its status, its person without the salutation', (salutation, name) => {
    const snapshot = readHtml(page('Action needed: Recertification Application Returned Incomplete', message(salutation)));
    expect(snapshot.kind).toBe('nremt-application');
    expect(snapshot.application).toMatchObject({ status: 'returned', submitButton: false });
    expect(snapshot.person?.name).toBe(name);
    expect(snapshot.courses).toHaveLength(2);
  });

  it.each([
    ['a bare "Status" on a page that does not name the application', page('Message', `<p>Status: Active</p>${courses}`)],
    ['a page naming the application without a "Status" label', page('Recertification Application notes', `<p>Remember to submit.</p>${courses}`)],
  ])('%s stays a course list', (_, html) => {
    expect(readHtml(html, 'https://www.nremt.org/x').kind).toBe('nremt-education');
  });
});

describe('a discussion that quotes a record', () => {
  const thread = (extra: string): string =>
    page(
      'Is my Manage Education going to get returned? : r/NewToEMS',
      `<p>submitted 2 hours ago by medic_mike</p><p>Here is what is in my Manage Education:</p>${courses}${extra}` +
        '<p>[–] Flight_Medic 19 points 2 hours ago</p><p>Unassign both.</p>',
    );
  it.each([
    ['bylines and a count of comments', thread('<p>3 comments</p>')],
    ['bylines and reply controls', thread('<ul><li><a href="#">permalink</a></li><li><a href="#">reply</a></li></ul>')],
  ])('is unknown: %s', (_, html) => {
    expect(readHtml(html)).toEqual({ url: null, kind: 'unknown' });
  });

  // The writer's statement that the list is their own NREMT page's copy makes it theirs; asking of it does not.
  it.each([
    ['states the list is a copy of their own NREMT page', 'Copied straight off my NREMT transcript page, in the order I entered them:', 'nremt-education'],
    ['asks about their NREMT page', 'Is my NREMT Manage Education going to get returned? Here it is:', 'unknown'],
    ['copied, but not naming an NREMT page', 'Copied from my notes, sorry for formatting.', 'unknown'],
    ['names NREMT in one sentence and copies their own transcript in the next', 'NREMT shows my cycle as 04/01/2026 - 03/31/2028. I copied my Transcript into a text file.', 'nremt-education'],
    ['names NREMT in one sentence and asks of their transcript in the next', 'NREMT shows my cycle as 04/01/2026 - 03/31/2028. Is my Transcript going to get returned?', 'unknown'],
  ])('a post that %s', (_, said, kind) => {
    const html = page('Did I put my CE in the right buckets?', `<p>Posted by rpatel 2 hours ago</p><p>${said}</p>${courses}<p>3 comments</p>`);
    expect(readHtml(html).kind).toBe(kind);
  });

  // A signature's "not my employer's" names the writer's own thing's, nobody else's list.
  const typed =
    '<pre>Completed   Course            CEH   Approval #\n2026-05-10  Burn Management   1.0   26-BURN-F3-0510\n' +
    '2026-06-02  Asthma and COPD   2.0   26-ASTH-F1-0602\n2026-07-19  Stroke Scales     1.5   26-STRK-F3-0719</pre>';
  it.each([
    ["a signature disowning for the writer's service", "Jess, AEMT. Opinions mine, not my service's.", 'nremt-education'],
    ["a line naming someone else's hours", "Dana's hours, can you check?", 'unknown'],
  ])('a list pasted as text above %s', (_, line, kind) => {
    const html = page('Does my CE list look right?', `<p>Pasted my NREMT transcript below.</p>${typed}<p>${line}</p>`);
    expect(readHtml(html).kind).toBe(kind);
  });

  it('one byline-like line does not make a discussion (a sync time)', () => {
    const html = page('Courses', `<p>Synced with nremt.org · last sync 2 min ago</p>${courses}`);
    expect(readHtml(html).kind).toBe('nremt-education');
  });
});
