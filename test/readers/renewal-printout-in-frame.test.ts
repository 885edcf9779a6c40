// eLicensing: the user's own renewal application (Step B) pasted as plain text into a message that
// a mail-list archive or a web mail shows in a <pre> inside its layout table. The class: a
// printout's lines are lines, never a table's cells, wherever the page frames them; so its
// labelled application status beside its labelled fee makes the renewal page, as the same lines
// outside a table do (domain.md: paid and not submitted leaves the license not renewed).
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const LICENSE = ['Licensee: Dana R. Whitfield', 'License Type: EMT', 'License Number: E52210', 'License Status: Current', 'Expiration Date: 03/31/2026'];

const printout = (application: readonly string[]): string =>
  ['Health Professions Licensing - Manage My Licenses and Applications', ...LICENSE, '', ...application].join('\n');

// A mail archive's message view: header rows, then the message body in a <pre>, all in one frame table.
const archive = (body: string, cells = 1): string => `<!DOCTYPE html><html><head><title>EMS-L Archives</title></head><body>
<table><tr><td>Subject:</td><td>Re: Step B done?</td></tr><tr><td>From:</td><td>Dana Whitfield</td></tr><tr><td>Date:</td><td>Sun, 22 Nov 2026 21:14:03 -0500</td></tr>
<tr><td colspan="${cells}"><pre>Here is what eLicensing shows me tonight:

${body}

Dana</pre></td></tr></table></body></html>`;

describe('a renewal application pasted as text, framed by a layout table', () => {
  it.each([
    ['paid, not submitted', ['EMT - Renewal Application', 'Payment: Paid $150.00', 'Application Status: Paid - Not Submitted'], 'paid-not-submitted'],
    ['in progress, fee due', ['Emergency Medical Technician - Renewal Application', 'Fee: $150.00 due', 'Application Status: In Progress'], 'started'],
    ['submitted, in review', ['Applications in progress', 'Renewal Application Started 11/20/2026', 'Payment Status: Paid', 'Application Status: Submitted - In Review'], 'in-review'],
  ])('%s', (_, application, state) => {
    const read = readHtml(archive(printout(application), 2));
    expect(read.kind).toBe('elicensing-renewal');
    expect(read.license).toMatchObject({ number: 'E52210', status: 'current', expiresOn: '2026-03-31' });
    expect(read.renewal?.state).toBe(state);
  });

  it('a license pasted without an application stays the license', () => {
    const read = readHtml(archive(printout(['No applications in progress.'])));
    expect(read.kind).toBe('elicensing-license');
  });
});
