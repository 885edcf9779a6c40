// Class: a flag in its own element at the end of (or before) a card's bold title, inside the bold
// ("<strong>Title <span class=badge>Outside cycle</span></strong>"), remarks on the course as it
// does beside a title in a table cell: it is no part of the title. domain.md: courses are returned
// "Out of Date", as duplicates; a course must be completed inside the cycle.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

function page(titleHtml: string): string {
  const card = (title: string, date: string, hours: string, approval: string) =>
    `<div class="card"><div>${title}</div><div><span>Completed: </span>${date}</div><div><span>Credits: </span>${hours}</div><div><span>Approval #: </span>${approval}</div><div><button>Assign</button></div></div>`;
  return `<!DOCTYPE html><html><head><title>Manage Education | NREMT</title></head><body><h1>Manage Education</h1>
<h2>National Component</h2>${card('<strong>Airway Management Update</strong>', 'Apr 14, 2026', '2.0', '26-RESQ-F3-0417')}${card('<strong>Pediatric Sepsis Recognition</strong>', 'May 16, 2026', '1.5', '26-PEDS-F3-0220')}
<h2>Unassigned courses</h2>${card(titleHtml, 'Mar 2, 2024', '2.0', '24-0217-T1')}</body></html>`;
}

const TITLE = 'Ambulance Strike Team Orientation';

describe("a flag inside a card's bold title", () => {
  it.each([
    ['outside the cycle, a badge in the strong', `<strong>${TITLE} <span class="badge">Outside cycle</span></strong>`],
    ['out of date, in a b', `<b>${TITLE} <span>Out of Date</span></b>`],
    ['a possible duplicate badge', `<strong>${TITLE} <span class="chip">Possible duplicate</span></strong>`],
    ['imported from CAPCE, in small type', `<strong>${TITLE} <small>Imported from CAPCE</small></strong>`],
    ['a new badge before the title', `<strong><span class="badge">New</span> ${TITLE}</strong>`],
    ['a heading with the badge (already read so)', `<h4>${TITLE} <span class="badge">Outside cycle</span></h4>`],
  ])('%s: the title alone', (_, titleHtml) => {
    const snapshot = readHtml(page(titleHtml), 'https://www.nremt.org/education');
    expect(snapshot.kind).toBe('nremt-education');
    expect(snapshot.courses?.map((c) => c.title)).toEqual(['Airway Management Update', 'Pediatric Sepsis Recognition', TITLE]);
  });

  it.each([
    ['an emphasised word of the name', `<strong>Pediatric <em>Burn</em> Care</strong>`, 'Pediatric Burn Care'],
    ['a last word in its own span that is no flag', `<strong>Cardiac Arrest <span>Update</span></strong>`, 'Cardiac Arrest Update'],
  ])('%s: kept', (_, titleHtml, title) => {
    const snapshot = readHtml(page(titleHtml), 'https://www.nremt.org/education');
    expect(snapshot.courses?.map((c) => c.title)[2]).toBe(title);
  });
});
