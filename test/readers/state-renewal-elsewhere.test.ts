// The Massachusetts renewal application shown outside its site (published, pasted or exported
// through a document, notes or mail tool) is never NREMT's recertification application: its own
// words (a state license number, the state's fee, the Department of Public Health / Office of
// Emergency Medical Services, a renewal application) tell Step B from Step A. Unknown beats wrong.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const page = (body: string, title: string): string =>
  `<!DOCTYPE html><html><head><title>${title}</title></head><body>${body}</body></html>`;

const cases: Array<[string, string]> = [
  [
    'a published document with the site named in a long source line and a definition list',
    page(
      '<p>Copied from healthprofessionlicensing.mass.gov, Manage My Licenses and Applications, Show Details, on the evening of 11/24/2026:</p>' +
        '<p>Paramedic - Renewal Application</p><dl><dt>License Number</dt><dd>P204417</dd><dt>Fee</dt><dd>$125.00 Paid 11/24/2026</dd>' +
        '<dt>Application Status</dt><dd>Incomplete – Payment Received, Not Submitted</dd></dl>',
      'Renewal notes',
    ),
  ],
  [
    'a note naming the department and office, in a table of label and value cells',
    page(
      '<div><p>Massachusetts Department of Public Health, Office of Emergency Medical Services</p></div>' +
        '<table><tr><td>License Number</td><td>E331982</td></tr><tr><td>Application Status</td><td>In Progress</td></tr>' +
        '<tr><td>Fee</td><td>$125.00 Not Paid</td></tr></table>',
      'My notes',
    ),
  ],
  [
    'a mail message naming the renewal application, with its label lines',
    page(
      '<div>Forwarded message</div><div>Advanced EMT - Renewal Application</div><div>License Number: A441907</div>' +
        '<div>Application Status: Not Submitted</div><div>Attestation: I Agree</div>',
      'Inbox',
    ),
  ],
  [
    'a clipped form with its own Submit control and the state fee',
    page(
      '<h3>Office of Emergency Medical Services</h3><p>EMT - Renewal Application</p><p>License Number: E552019</p>' +
        '<p>Renewal Fee: $125.00</p><p>Application Status: Started</p><button>Submit Application</button>',
      'Clipped page',
    ),
  ],
];

describe('the state renewal application outside its site', () => {
  it.each(cases)('is not NREMT’s application: %s', (_, html) => {
    expect(['unknown', 'elicensing-renewal']).toContain(readHtml(html).kind);
  });

  it.each([
    ['a heading', '<h2>Paramedic - Renewal Application</h2>'],
    ['a bold heading of a notes tool', '<h3><b>EMT - Renewal Application</b></h3>'],
  ])('is the renewal application when a line cites the site and %s names it', (_, heading) => {
    const html = page(
      '<p>Pasted from healthprofessionlicensing.mass.gov, Manage My Licenses and Applications, Show Details, so I do not forget where it stands:</p>' +
        `${heading}<ul><li>License Number: P204417</li><li>Fee: $125.00 Paid 11/24/2026</li>` +
        '<li>Application Status: Incomplete – Payment Received, Not Submitted</li></ul>',
      'Where my renewal stands',
    );
    expect(readHtml(html)).toMatchObject({ kind: 'elicensing-renewal', renewal: { paid: true, submitControl: false } });
  });

  it('NREMT’s own application told by what it holds is still its application', () => {
    const html = page('<p>National Registry</p><p>Recertification Application Status: Submitted</p><button type="submit">Submit Application</button>', 'Account');
    expect(readHtml(html).kind).toBe('nremt-application');
  });
});
