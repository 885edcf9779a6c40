// The page's footer after the course list (the site's address and phone, a last sign-in time, a
// session timeout in minutes, a copyright line) holds a date and a duration, yet no course value
// of its own: its only date is another event's ("Last sign-in: 11/22/2026 7:42 AM"). It is the
// page's text, neither a course nor an unread row.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const ITEM = (title: string, date: string, approval: string, hours: string) => `<li class="item">
  <div class="content"><div class="label">${title}</div><div class="description">Completed ${date} · ${approval}</div></div>
  <span class="chip">${hours} hrs</span>
</li>`;

const PAGE = (footer: string) => `<!DOCTYPE html><html><head><title>Manage Education | NREMT</title></head><body>
<header><span>National Registry of EMTs</span><nav><a href="/dashboard">Dashboard</a> <a href="/education">Manage Education</a></nav><span>Dana R. Whitfield</span></header>
<main><h2>Manage Education</h2>
<section><h3>National Component</h3><ul>
${ITEM('Advanced Airway Management in the Field', '05/14/2025', 'CAPCE 25-PROL-F3-2281', '2.00')}
${ITEM('12-Lead ECG Interpretation Refresher', '06/22/2025', 'OEMS 25-0622-T1', '3.00')}
</ul></section>
<section><h3>Individual Component</h3><ul>
${ITEM('Behavioral Health Crisis De-escalation', '12/09/2025', 'OEMS T3-25-0902', '1.50')}
</ul></section>
</main>
${footer}
</body></html>`;

const TITLES = ['Advanced Airway Management in the Field', '12-Lead ECG Interpretation Refresher', 'Behavioral Health Crisis De-escalation'];

describe("the page's footer is not a course", () => {
  it.each([
    ['last sign-in and a session timeout', `<footer>
  <p>National Registry of Emergency Medical Technicians · 6610 Busch Blvd · Columbus, OH 43229 · (614) 888-4484</p>
  <p>Last sign-in: 11/22/2026 7:42 AM ET · Session expires after 20 minutes of inactivity · © 2026 National Registry of EMTs</p>
</footer>`],
    ['last login and an automatic sign-out', `<footer><div>NREMT · PO Box 29233 · Columbus, OH 43229</div>
  <div>Last login 03/02/2026 08:15 · You will be signed out after 15 minutes without activity</div></footer>`],
    ['logged in since, with a timeout in hours', `<div role="contentinfo"><span>Logged in since March 2, 2026 8:15 AM</span> <span>Session times out after 2 hours</span> <span>© 2026 NREMT</span></div>`],
    ['last signed in, one line', `<footer><p>Columbus, OH 43229 · Last signed in 2026-03-02 · Idle timeout 30 min · Privacy · Terms</p></footer>`],
  ])('%s', (_name, footer) => {
    const page = readHtml(PAGE(footer), 'https://www.nremt.org/education');
    expect(page.courses?.map((c) => c.title)).toEqual(TITLES);
    expect(page.unread ?? []).toEqual([]);
  });

  it('a course card dated only "Added …" with its own hours chip is still reported (unread: no completion date)', () => {
    const added = ITEM('Trauma Triage Update', '01/05/2026', 'CAPCE 26-TRGT-F3-0011', '1.00').replace('Completed', 'Added');
    const page = readHtml(PAGE(`<section><h3>Unassigned</h3><ul>${added}</ul></section>`), 'https://www.nremt.org/education');
    expect(page.courses?.map((c) => c.title)).toEqual(TITLES);
    expect(page.unread?.map((row) => row.reason)).toEqual(['no completion date shown']);
  });
});
