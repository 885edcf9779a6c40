// A component kit's button (<goa-button>, <sl-button>, <md-filled-button>, <ion-button>) is a
// custom element named a button, with no button tag or role of its own in the saved page: the
// renewal's "Submit Application" is still the control a person sees. A kit's button group is no button.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const page = (buttons: string): string => `<!doctype html><html><head><title>License Renewal – Review and submit</title></head><body>
<h1>License Renewal Application</h1>
<p>Application RN-2026-0193447 · Emergency Medical Technician renewal</p>
<h2>Review and submit</h2>
<p>Your payment was received, but your renewal application has not been submitted yet. Select Submit Application below.</p>
<dl><dt>Renewal fee</dt><dd>$150.00 — paid 11/27/2026</dd><dt>Application status</dt><dd>Not submitted</dd></dl>
${buttons}
</body></html>`;

describe("a kit's Submit button on the renewal", () => {
  it.each([
    ['<goa-button-group><goa-button type="primary">Submit Application</goa-button><goa-button type="secondary">Save and exit</goa-button></goa-button-group>'],
    ['<div class="actions"><sl-button variant="primary">Submit Renewal</sl-button></div>'],
    ['<md-filled-button>Submit Renewal Application</md-filled-button><md-text-button>Cancel</md-text-button>'],
    ['<ion-button expand="block">Submit</ion-button>'],
  ])('%s', (buttons) => {
    expect(readHtml(page(buttons), 'https://healthprofessionlicensing.mass.gov/renewal/application/RN-2026-0193447/submit').renewal?.submitControl).toBe(true);
  });
});
