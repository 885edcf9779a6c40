import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const APP = (body: string) =>
  `<!DOCTYPE html><html><head><title>Recertification Application</title></head><body><h1>Recertification Application</h1>${body}</body></html>`;
const SUBMIT = '<button type="button">Submit Application</button>';

// An urgency banner headed "Immediate Action Required" whose own sentences say the application is
// not submitted (paid, not submitted): the action it asks for is Submit, not a returned application.
describe('application status: an "Immediate Action Required" banner that says not submitted', () => {
  it.each([
    ['a bold lead-in, then the paid-not-submitted sentence', '<div role="alert"><strong>Immediate Action Required.</strong> Payment has been received, but your application has not been submitted. Your application is not submitted until you click Submit Application.</div>'],
    ['a heading over the sentence', '<div role="alert"><h2>Immediate Action Required</h2><p>Your fee is paid, but your application is not yet submitted. Paying does not submit it.</p></div>'],
    ['a banner line, then a Submit step saying Not submitted', '<p><b>Action Required</b></p><p>Your application has not been submitted.</p><ol><li><b>Make Payment</b> Paid</li><li><b>Submit</b> Not submitted.</li></ol>'],
  ])('%s', (_name, body) => {
    expect(readHtml(APP(`${body}${SUBMIT}`), 'https://www.nremt.org/app').application?.status).toBe('not-submitted');
  });

  it('a bare "Immediate Action Required" badge with nothing else is still returned', () => {
    expect(readHtml(APP('<span role="status">Immediate Action Required</span><p>Out of Date</p>'), 'https://www.nremt.org/app').application?.status).toBe('returned');
  });
});

// A Submit button whose label sits beside an icon font's ligature (<i>send</i>, Material Symbols):
// the button's text is "send Submit Application", still the Submit control.
describe('submit control: an icon ligature inside the button', () => {
  it.each([
    ['an <i> icon before a span label', '<button><i>send</i><span>Submit Application</span></button>'],
    ['an <i> icon after the label', '<button>Submit Application <i>arrow_forward</i></button>'],
    ['an aria-hidden icon span', '<button><span aria-hidden="true">send</span> Submit Your Application</button>'],
    ['an icon on a role=button link', '<a role="button" href="#"><i>check_circle</i>Submit Recertification Application</a>'],
  ])('%s', (_name, control) => {
    const app = readHtml(APP(`<p>Status: Not Submitted</p>${control}`), 'https://www.nremt.org/app').application;
    expect(app?.submitButton).toBe(true);
    expect(app?.submitButtonEnabled).toBe(true);
  });

  it('a button that says something else beside an icon is not the Submit control', () => {
    expect(readHtml(APP('<p>Status: Not Submitted</p><button><i>send</i><span>Submit feedback</span></button>'), 'https://www.nremt.org/app').application?.submitButton).toBe(false);
  });
});
