// A learning platform's activity list (cards): each card opens with its kind of content and a badge
// ("Course External", "Workshop External") before the course's name, and says where it counts in
// its description before the approval number ("NCCP National – Medical. CAPCE 26-…", "Counts
// toward State/Local. OEMS approval …"). By repetition the kind is a category, not a title: the
// free text that differs on every card is.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const card = (kind: string, title: string, date: string, hours: string, description: string): string =>
  `<li><div><span>${kind}</span><a href="/x">${title}</a><div><span>Provider: Baystate EMS Education</span><span>Duration: ${hours}</span><span>Completed ${date}</span></div>${description ? `<div>${description}</div>` : ''}</div><button aria-label="More actions">⋮</button></li>`;

const CARDS = [
  card('Course External', 'Pediatric Assessment Triangle &amp; Sick Kid Recognition', 'Nov 18, 2026', '2h', 'NCCP National – Medical. CAPCE 26-PVRE-F1-1102.'),
  card('Workshop External', 'Traffic Incident Management for EMS', 'Oct 7, 2026', '4h', 'Counts toward State/Local. OEMS approval MA26-T1-0792.'),
  card('Course External', 'CHF &amp; Pulmonary Edema: CPAP Review', 'Aug 26, 2026', '1h 30m', 'NCCP National – Airway, Respiration &amp; Ventilation. CAPCE 26-BAYS-F3-0511.'),
  card('Course External', 'Cardiac Arrest Management &amp; Post-ROSC Care', 'May 12, 2026', '2h 30m', 'National – Cardiovascular. CAPCE 26-ELHB-F3-0287.'),
  card('Course External', 'Spinal Motion Restriction Update', 'Jan 22, 2026', '45m', 'CAPCE 26-BAYS-F3-0033.'),
];

const page = (cards: readonly string[]): string =>
  `<!DOCTYPE html><html><head><title>My Activity</title></head><body><h1>My Activity</h1><p>Thuy Nguyen-Brandt · NREMT E2210934</p><ul aria-label="Completed activity">${cards.join('')}</ul></body></html>`;

describe('cards that open with their kind of content', () => {
  it('take the text that differs card to card as the title, and the description as where each counts', () => {
    const snapshot = readHtml(page(CARDS), 'https://www.nremt.org/x');
    expect(snapshot.courses?.map((course) => [course.title, course.component, course.topic])).toEqual([
      ['Pediatric Assessment Triangle & Sick Kid Recognition', 'national', 'medical'],
      ['Traffic Incident Management for EMS', 'local', null],
      ['CHF & Pulmonary Edema: CPAP Review', 'national', 'airway'],
      ['Cardiac Arrest Management & Post-ROSC Care', 'national', 'cardiovascular'],
      ['Spinal Motion Restriction Update', null, null],
    ]);
  });

  it('cards whose first text differs on every card keep it as their title', () => {
    const titled = CARDS.map((html, at) => html.replace(/<span>(Course|Workshop) External<\/span>/, `<span>${['Airway', 'Lift', 'Burns', 'Stroke', 'Sepsis'][at]} Lab Day</span>`));
    const snapshot = readHtml(page(titled), 'https://www.nremt.org/x');
    expect(snapshot.courses?.map((course) => course.title)).toEqual(['Airway Lab Day', 'Lift Lab Day', 'Burns Lab Day', 'Stroke Lab Day', 'Sepsis Lab Day']);
  });
});
