import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

// The page's stated application status outranks a section's or a course's own word ("Accepted",
// "Completed"), and conflicting evidence never yields the more advanced "approved".
const APP = (body: string) =>
  `<!DOCTYPE html><html><head><title>Recertification Application</title></head><body><h1>Recertification Application</h1>${body}</body></html>`;
const COURSE = (title: string, date: string) =>
  `<li><span>Accepted</span><div>${title}</div><div>${date} · 2 credits · CAPCE 25-AIRW-F2-00${title.length}</div></li>`;
const COURSES = `<h2>Continuing Education</h2><ul>${COURSE('Airway Update', '9 Jan 2026')}${COURSE('Trauma Review Course', '5 Jun 2025')}${COURSE('Pediatric Seizures', '3 Dec 2025')}</ul>`;
const SECTIONS = `<ul><li><b>Profile</b> <span>Completed</span></li><li><b>Terms of Certification</b> <span>Accepted</span></li><li><b>Submit</b> <span>Submitted 17 Nov 2026</span></li></ul>`;

describe('application status: the page\'s own status over section and course words', () => {
  it.each([
    ['a status badge beside the heading, courses marked Accepted', `<span role="status">Pending Training Officer Sign Off</span>${COURSES}`, 'submitted'],
    ['a badge naming whom NREMT waits on, sections marked Completed', `<p><span class="pill">Pending Medical Director Sign Off</span></p>${SECTIONS}${COURSES}`, 'submitted'],
    ['a badge "Awaiting Agency Approval" over Accepted courses', `<div><mark>Awaiting Agency Approval</mark></div>${COURSES}`, 'submitted'],
    ['a prose sentence "Your application is under review" over Accepted courses', `<p>Your application is under review.</p>${COURSES}`, 'submitted'],
  ])('%s', (_name, body, status) => {
    expect(readHtml(APP(body), 'https://www.nremt.org/app').application?.status).toBe(status);
  });

  it('course lines marked "Accepted" alone never make the application approved', () => {
    const status = readHtml(APP(`<p>Submitted on 17 Nov 2026.</p>${COURSES}`), 'https://www.nremt.org/app').application?.status;
    expect(status).not.toBe('approved');
  });

  it('a stated "Approved" status is still read as approved', () => {
    expect(readHtml(APP(`<span role="status">Approved</span>${COURSES}`), 'https://www.nremt.org/app').application?.status).toBe('approved');
    expect(readHtml(APP(`<p><b>Application Status:</b> Approved</p>${COURSES}`), 'https://www.nremt.org/app').application?.status).toBe('approved');
  });
});

// A labelled status followed by a remark: the status is the value's first clause, not a word of the
// remark ("2 of 6 sections complete" is no approval).
describe('application status: a labelled value with a remark after it', () => {
  it.each([
    ['a dash', '<div role="status"><strong>Application Status: In Progress</strong> — 2 of 6 sections complete.</div>', 'in-progress'],
    ['an en dash', '<p><b>Status:</b> Not Started – sections complete as you go</p>', 'not-started'],
    ['a parenthesis', '<p><b>Application Status:</b> In Progress (3 sections completed)</p>', 'in-progress'],
    ['a semicolon', '<p><b>Recertification Status:</b> Pending National Registry Review; education complete</p>', 'submitted'],
    ['a sentence', '<p><b>Application Status:</b> Not Submitted. All sections complete.</p>', 'not-submitted'],
  ])('%s', (_name, body, status) => {
    expect(readHtml(APP(body), 'https://www.nremt.org/app').application?.status).toBe(status);
  });
});
