// A course list whose records are a title element followed by a separate meta line ("National /
// Cardiology • 10/17/2025 • 1.0 CEH • CAPCE 25-…"), sibling lesson items inside the application's
// curriculum chapters (course players of Thinkific, Teachable, Kajabi, LearnWorlds): each
// record's title comes from its own item, never from a neighbour's, even when the title starts
// with a topic's name and a figure ("Cardiology: 12-Lead Acquisition", "Airway 101"), which a
// group's title line with its progress ("Cardiology 2 of 6 hrs") also does.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const B = ' &bull; ';

// [title as written, meta line, expected title, date, hours, component, topic]
type Lesson = [string, string, string, string, number, string | null, string | null];
const FIRST: Lesson = ['Airway Management for the AEMT', `National / Airway, Respiration &amp; Ventilation${B}06/02/2025${B}2 hrs${B}CAPCE 25-NEAA-F1-0550`, 'Airway Management for the AEMT', '2025-06-02', 2, 'national', 'airway'];
const LAST: Lesson = ['Ambulance Operations &amp; Safety', `State/Local${B}03/01/2026${B}3 hrs${B}OEMS 26-0412-T3`, 'Ambulance Operations & Safety', '2026-03-01', 3, 'local', null];

const MIDDLE: Record<string, Lesson> = {
  'a topic name, a colon, a figure': ['Cardiology: 12-Lead Acquisition', `National / Cardiovascular${B}10/17/2025${B}1.0 CEH${B}CAPCE 25-CMED-F3-0902`, 'Cardiology: 12-Lead Acquisition', '2025-10-17', 1, 'national', 'cardiovascular'],
  'a topic name, then a year': ['Trauma 2026: Mass Casualty Triage', `National / Trauma${B}01/08/2026${B}1.5 CEH${B}CAPCE 26-TRMA-F3-0021`, 'Trauma 2026: Mass Casualty Triage', '2026-01-08', 1.5, 'national', 'trauma'],
  'a topic name, then a course number': ['Airway 101', `National / Airway, Respiration &amp; Ventilation${B}02/14/2026${B}0.75 CEH${B}CAPCE 26-AIRW-F3-0101`, 'Airway 101', '2026-02-14', 0.75, 'national', 'airway'],
  'a component name, a colon, a count': ['Individual: 3 Cases in Sepsis', `Individual${B}03/05/2026${B}2 hrs${B}CAPCE 26-SEPS-F3-0017`, 'Individual: 3 Cases in Sepsis', '2026-03-05', 2, 'individual', null],
  'plain words': ['Burn and Blast Injuries', `National / Trauma${B}01/09/2026${B}1.5 CEH${B}CAPCE 26-BURN-F3-0021`, 'Burn and Blast Injuries', '2026-01-09', 1.5, 'national', 'trauma'],
};

// Each course player's lesson item: the title element, then the meta line.
const LAYOUTS: Record<string, (lessons: Lesson[]) => string> = {
  'list items with two spans': (lessons) =>
    `<ul>${lessons.map(([title, meta]) => `<li><span class="icon" aria-hidden="true"></span><span>${title}</span><span>${meta}</span></li>`).join('')}</ul>`,
  'list items with a link of two blocks': (lessons) =>
    `<ul>${lessons.map(([title, meta]) => `<li><a href="#"><div>${title}</div><div>${meta}</div></a></li>`).join('')}</ul>`,
  'cards with a heading and a paragraph': (lessons) =>
    `<div>${lessons.map(([title, meta]) => `<div><h4>${title}</h4><p>${meta}</p></div>`).join('')}</div>`,
  'ARIA list items with a small meta line': (lessons) =>
    `<div role="list">${lessons.map(([title, meta]) => `<div role="listitem"><div>${title}</div><small>${meta}</small></div>`).join('')}</div>`,
};

const PAGE = (list: string) => `<!DOCTYPE html><html><head><title>2027 Recertification Application</title></head><body>
<header><a href="#">Dashboard</a> <a href="#">Transcript</a> <a href="#">Recertification Application</a></header>
<main><h1>2027 Recertification Application — Advanced EMT</h1>
<p>Your application is not submitted until you click Submit Application. Paying the fee alone does not submit it.</p>
<section><div><h3>1. Continuing Education</h3><span>Complete</span> <a href="#">Review</a></div>
${list}
<p>National 5.25 hrs · State/Local 3 hrs · Individual 2 hrs</p></section>
<section><div><h3>2. Profile and Workforce Information</h3><span>Complete</span></div></section>
<section><div><h3>3. Legal Pathway &amp; Criminal Convictions</h3><span>Not Started</span> <a href="#" role="button">Start</a></div></section>
<section><div><h3>6. Submit</h3></div><button disabled>Submit Application</button></section>
</main></body></html>`;

describe('curriculum lessons: each title with its own meta line', () => {
  for (const [layout, render] of Object.entries(LAYOUTS)) {
    for (const [name, lesson] of Object.entries(MIDDLE)) {
      it(`${layout}: ${name} ("${lesson[2]}")`, () => {
        const page = readHtml(PAGE(render([FIRST, lesson, LAST])), 'https://www.nremt.org/recertification/application');
        expect(page.courses?.map((c) => [c.title, c.completedOn, c.hours, c.component, c.topic])).toEqual(
          [FIRST, lesson, LAST].map(([, , title, date, hours, component, topic]) => [title, date, hours, component, topic]),
        );
      });
    }
  }
});
