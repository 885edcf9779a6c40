// Facts a page tells without a label beside its value: an application's status in prose, a
// timeline or a status bar; facts inside a longer line. Each case is a minimal page of a family,
// not a copy of a page that was scored.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const page = (body: string, title: string): string =>
  `<!DOCTYPE html><html><head><title>${title}</title></head><body>${body}</body></html>`;
const application = (body: string): string => page(`<h1>Recertification Application</h1>${body}`, 'Recertification Application | NREMT');

describe('an application status told without a status label', () => {
  it.each([
    ['a sentence', '<p>Your EMT recertification application was Returned Incomplete on March 2, 2026.</p>', 'returned'],
    ['a sentence that it has not been submitted', '<p>Payment received — your application has not been submitted.</p>', 'not-submitted'],
    [
      'a timeline: the newest entry',
      '<ol><li>Jan 3, 2026 — Application started</li><li>Feb 9, 2026 — Approved. Recertified through March 31, 2028.</li><li>Jan 20, 2026 — Application submitted</li><li>Jan 28, 2026 — Training Officer sign off complete</li></ol>',
      'approved',
    ],
    [
      'a status bar marking its current step',
      '<div role="radiogroup"><span aria-current="false">Not Started</span><span>In Progress</span><span aria-current="step">Not Submitted</span><span>Approved</span></div>',
      'not-submitted',
    ],
    ['a labelled status inside a longer line', '<p>Certification expires 03/31/2026 · Application status: In Progress</p>', 'in-progress'],
    ['a "Current status" label', '<p>Current status: Submitted</p>', 'submitted'],
    ['a status value followed by advice', '<dl><dt>Status</dt><dd>In Progress. Your application is not submitted until you click Submit Application.</dd></dl>', 'in-progress'],
  ])('%s', (_, body, status) => {
    expect(readHtml(application(body)).application?.status).toBe(status);
  });

  it.each([
    ['advice about submitting', '<p>Your application is not submitted until you click Submit Application.</p>'],
    ['a step that is not the application', '<ol><li>Jan 28, 2026 — Training Officer sign off complete</li></ol>'],
    ['the current page of the menu', '<nav><a aria-current="page" href="/app">Recertification Application</a></nav>'],
  ])('%s tells no status', (_, body) => {
    expect(readHtml(application(body)).application?.status).toBeNull();
  });
});
