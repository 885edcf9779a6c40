// The signed-in person named only on the toggle of the account menu (domain.md: the pages are the
// provider's own, signed in): the toggle's menu, closed, ends with the sign-out link, whatever
// marks the toggle (a Bootstrap dropdown's data-toggle, aria-expanded, aria-haspopup, a button).
// Other people in the page's menus stay nobody's name: a task inbox naming the members whose
// uploads wait for review, a Training Officer's name on a menu without a sign-out.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const page = (menus: string): string =>
  '<!DOCTYPE html><html><head><title>My CE Transcript</title></head><body>' +
  `<header><a href="/"><span>CE Tracker</span></a><ul>${menus}</ul></header>` +
  // A portal's side menu between the header and the page's heading (a staff section among its items).
  '<nav><div><span>My Records</span></div><ul><li><a href="#"><span>My CE Transcript</span></a></li><li><a href="#"><span>Add CE Record</span></a></li></ul>' +
  '<div><span>Training Officer</span></div><ul><li><a href="#"><span>Inbox <span>2</span></span></a></li><li><a href="#"><span>Member Roster</span></a></li></ul></nav>' +
  '<main><h3>My CE Transcript</h3><p>Emergency Medical Responder (NREMR) · NREMT # R2104881 · Certification expires March 31, 2028</p>' +
  '<table><thead><tr><th>Course Title</th><th>Date Completed</th><th>Hours</th><th>Approval No.</th></tr></thead><tbody>' +
  '<tr><td>Bleeding Control Review</td><td>2026-05-14</td><td>2.00</td><td>26-EMSX-F3-0412</td></tr>' +
  '<tr><td>Airway Adjuncts</td><td>2026-06-02</td><td>1.50</td><td>26-0412-T3</td></tr></tbody></table></main></body></html>';

const closed = (items: string[]): string => `<ul style="display:none">${items.map((item) => `<li><a href="#">${item}</a></li>`).join('')}</ul>`;
const inbox = `<li><a data-toggle="dropdown" href="#"><span>2</span></a>${closed(['Review CE upload — Marcus Pell', 'Review CE upload — Tara Nguyen-Ames'])}</li>`;

describe('the name on the account menu\'s toggle', () => {
  it.each([
    ['a Bootstrap dropdown (data-toggle)', `<li><a data-toggle="dropdown" href="#"><img alt="" src="a.png"><span>Jamie Lindqvist</span><i></i></a>${closed(['Profile', 'Logout'])}</li>`],
    ['Bootstrap 5 (data-bs-toggle)', `<li><a data-bs-toggle="dropdown" href="#"><span>Jamie Lindqvist</span></a>${closed(['My account', 'Sign out'])}</li>`],
    ['a link with aria-expanded', `<li><a aria-expanded="false" href="#">Jamie Lindqvist</a>${closed(['Settings', 'Log out'])}</li>`],
    ['beside a task inbox naming others', `${inbox}<li><a data-toggle="dropdown" href="#"><span>Jamie Lindqvist</span></a>${closed(['Profile', 'Logout'])}</li>`],
  ])('%s', (_, menus) => {
    expect(readHtml(page(menus)).person?.name).toBe('Jamie Lindqvist');
  });

  it.each([
    ['a task inbox naming others only', inbox],
    ['a Training Officer on a menu without a sign-out', `<li><a data-toggle="dropdown" href="#"><span>Gregory Vance</span></a>${closed(['Message', 'View roster'])}</li>`],
  ])('%s: nobody', (_, menus) => {
    expect(readHtml(page(menus)).person?.name).toBeUndefined();
  });
});
