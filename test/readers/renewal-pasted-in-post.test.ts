// eLicensing: the user's own renewal application (Step B) copied into a forum post, a mail or a
// note: no heading of the site's names it, the post's headings are the thread's. The class: the
// application's own name line ("Emergency Medical Technician - Renewal Application (Late)") right
// above its labelled fields, with its labelled application status, makes the renewal page. A line
// that only mentions a renewal application in a sentence, or a license pasted without one, stays
// the license.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const page = (title: string, body: string): string => `<!DOCTYPE html><html><head><title>${title}</title></head><body>${body}</body></html>`;

const FIELDS = (status: string): string =>
  ['Applicant: Kevin J. O’Rourke', 'License Number: E731552', 'License Status: Expired', 'Expiration Date: 03/31/2026', '', `Application Status: ${status}`, 'Started: 11/22/2026'].join('<br>\n');

const POST = (name: string, status: string): string =>
  '<div id="page-header"><h1>Bay State Medics</h1><h2>Step B question</h2></div><div class="post"><h3>Step B question</h3><div>by <strong>kjo</strong></div>' +
  '<div>Did the renewal on Health Professions Licensing last week and paid, but the license still says Expired. Here is what my application page shows:<br><br>' +
  `<blockquote><div><strong>${name}</strong><br>\n${FIELDS(status)}<ul><li>Payment - Paid $125.00</li><li>Submit - Incomplete</li></ul></div></blockquote>Any help appreciated.</div></div>`;

describe('the renewal application copied into a post, a mail or a note', () => {
  it.each([
    ['a forum post quoting it', page('Step B question - Bay State Medics', POST('Emergency Medical Technician - Renewal Application (Late)', 'In Progress - Not Submitted'))],
    ['a post, its name line in a paragraph', page('forum', POST('Paramedic - Renewal Application', 'Submitted - In Review').replace('<strong>', '<p>').replace('</strong>', '</p>'))],
    [
      'a mail: the site named, then the application',
      page('Fwd: my renewal', `<p>From: kjo@example.com</p><p>Copied from Health Professions Licensing just now:</p><p><b>EMT - Renewal Application</b></p><p>${FIELDS('In Progress')}</p>`),
    ],
  ])('%s', (_, html) => {
    const read = readHtml(html);
    expect(read.kind).toBe('elicensing-renewal');
    expect(read.license).toMatchObject({ number: 'E731552', status: 'expired', expiresOn: '2026-03-31' });
  });

  it('a license pasted with a sentence about the renewal application stays the license', () => {
    const html = page(
      'notes',
      `<p>Copied from Health Professions Licensing → Manage My Licenses:</p><p>I still have to start the renewal application.</p><p>${FIELDS('In Progress')}</p>`,
    );
    expect(readHtml(html).kind).toBe('elicensing-license');
  });
});
