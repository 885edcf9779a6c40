// A status badge that says two things in one line, the payment and the application's status
// ("Payment received — Not Submitted", "Paid · In Progress", "Not submitted | Fee paid"): the
// payment part set aside, the rest is the application's status; the payment part tells `paid`.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const SECTIONS = '<h2>Application sections</h2><ul><li>Continuing Education <span>Complete</span></li><li>Make Payment <span>Paid $30.00</span></li><li>Submit</li></ul>';
const LAYOUTS: Record<string, (badge: string) => string> = {
  'a badge beside the heading': (badge) => `<div><h1>Recertification Application</h1><span class="b1">${badge}</span></div>${SECTIONS}<button>Submit Application</button>`,
  'a badge in a header card under the heading': (badge) => `<h1>Recertification Application</h1><div><div><p><mark>${badge}</mark></p></div></div>${SECTIONS}<button>Submit Application</button>`,
  'a status role line after the sections': (badge) => `<h1>Recertification Application</h1>${SECTIONS}<div role="status">${badge}</div>`,
};
const PAGE = (body: string) =>
  `<!DOCTYPE html><html><head><title>Recertification Application | NREMT</title></head><body><main>${body}</main></body></html>`;

describe('an application badge combining payment and status', () => {
  const CASES: Array<[string, string, boolean]> = [
    ['Payment received — Not Submitted', 'not-submitted', true],
    ['Paid · In Progress', 'in-progress', true],
    ['Not submitted | Fee paid', 'not-submitted', true],
    ['Payment due – In Progress', 'in-progress', false],
  ];
  for (const [layout, render] of Object.entries(LAYOUTS)) {
    it.each(CASES)(`${layout}: "%s"`, (badge, status, paid) => {
      const application = readHtml(PAGE(render(badge)), 'https://www.nremt.org/recertification/application').application;
      expect(application?.status).toBe(status);
      expect(application?.paid).toBe(paid);
    });
  }
});
