// A course's meta line that ends with where the course is assigned ("February 2, 2026   4
// credits   Individual"): the component or topic name after the line's values names the
// course's assignment, as it would standing on its own.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const CARD = (title: string, meta: string, approval: string, status: string) => `<div class="review-item">
  <div><p class="t">${title}</p><p class="m">${meta}</p><p class="m"><span>${approval}</span></p></div>
  <div><span class="badge">${status}</span></div>
</div>`;

const PAGE = (cards: string) => `<!DOCTYPE html><html><head><title>Application Status | NREMT</title></head><body>
<header><span>NREMT</span><span>Jordan A. Whitcomb · E4410297</span></header>
<main><h1>Recertification Application</h1>
<p><strong>Returned Incomplete</strong></p>
<section><h2>Continuing Education Review</h2>
${cards}
</section></main></body></html>`;

const SP = ' &nbsp; ';

describe('a meta line names the course assignment after its values', () => {
  it.each([
    ['"… 4 credits   Individual"', `February 2, 2026${SP}4 credits${SP}Individual`, 'individual', null],
    ['"… 2 hrs   Local"', `02/09/2026${SP}2 hrs${SP}Local`, 'local', null],
    ['"… 1.5 CEH   State/Local"', `Completed 01/12/2026${SP}1.5 CEH${SP}State/Local`, 'local', null],
    ['"… 3 credits   National – Trauma"', `March 3, 2026${SP}3 credits${SP}National – Trauma`, 'national', 'trauma'],
    ['"… 1 credit   Individual Component"', `Dec 1, 2025${SP}1 credit${SP}Individual Component`, 'individual', null],
    ['"… 2 hours   Cardiology"', `2026-01-20${SP}2 hours${SP}Cardiology`, 'national', 'cardiovascular'],
  ])('%s', (_name, meta, component, topic) => {
    const cards = [
      CARD('Respiratory Distress in Children', `March 12, 2026${SP}2 credits${SP}National · Airway, Respiration &amp; Ventilation`, '26-PEDS-F3-0102', 'Accepted'),
      CARD('Community Paramedicine Overview', meta, '26-LEAD-F3-0008', 'Returned'),
      CARD('Online Wellness Module', `December 1, 2025${SP}1 credit`, 'No approval number entered', 'Returned'),
    ].join('\n');
    const page = readHtml(PAGE(cards), 'https://www.nremt.org/recertification/application/status');
    expect(page.courses?.map((c) => [c.title, c.component, c.topic])).toEqual([
      ['Respiratory Distress in Children', 'national', 'airway'],
      ['Community Paramedicine Overview', component, topic],
      ['Online Wellness Module', null, null],
    ]);
  });

  it('words after the values that name no assignment stay unread ("Local Protocol Review")', () => {
    const cards = [
      CARD('Respiratory Distress in Children', `March 12, 2026${SP}2 credits`, '26-PEDS-F3-0102', 'Accepted'),
      CARD('Protocol Update', `02/09/2026${SP}2 hrs${SP}Local Protocol Review`, '26-0119-T1', 'Accepted'),
    ].join('\n');
    const page = readHtml(PAGE(cards), 'https://www.nremt.org/recertification/application/status');
    expect(page.courses?.map((c) => [c.title, c.component])).toEqual([
      ['Respiratory Distress in Children', null],
      ['Protocol Update', null],
    ]);
  });
});
