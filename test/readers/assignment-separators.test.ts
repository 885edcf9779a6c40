// A course's component and National topic written as a path ("National › Trauma", a breadcrumb's
// or a reflowed layout's way of showing where a course sits), in every layout a course may have.
import { describe, expect, it } from 'vitest';
import { parseAssignment } from '../../lib/readers/topics';
import { readHtml } from './load';

describe('a component and its topic as a path', () => {
  it.each([
    ['National › Trauma', 'trauma'],
    ['National » Medical', 'medical'],
    ['National → Cardiology', 'cardiovascular'],
    ['National ▸ Airway, Respiration & Ventilation', 'airway'],
    ['National›Operations', 'operations'],
  ])('%j', (text, topic) => {
    expect(parseAssignment(text)).toEqual({ component: 'national', topic });
  });

  it('a path that names no topic after National is no assignment', () => {
    expect(parseAssignment('National › Registry')).toBeNull();
  });

  const page = (body: string): string =>
    `<!DOCTYPE html><html><head><title>Manage Education | NREMT</title></head><body><h1>Manage Education</h1>${body}</body></html>`;
  const card = (title: string, date: string, where: string): string =>
    `<section><h3>${title}</h3><p>Completed ${date}</p><p>1.5 hrs</p><p>${where}</p><p>CAPCE 25-TRMA-F3-0402</p></section>`;

  it.each([
    ['reflowed cards, one line per field', card('Blast and Crush Injuries', 'March 14th, 2025', 'National › Trauma') + card('Asthma and COPD', 'August 30th, 2025', 'National » Airway') + card('Syncope Workup', 'November 2nd, 2025', 'State/Local')],
    [
      'a table with an Assigned To column',
      '<table><thead><tr><th>Course</th><th>Completed</th><th>Hours</th><th>Assigned To</th></tr></thead><tbody>' +
        '<tr><td>Blast and Crush Injuries</td><td>03/14/2025</td><td>1.5</td><td>National › Trauma</td></tr>' +
        '<tr><td>Asthma and COPD</td><td>08/30/2025</td><td>1.5</td><td>National → Airway</td></tr>' +
        '<tr><td>Syncope Workup</td><td>11/02/2025</td><td>1.5</td><td>Local</td></tr></tbody></table>',
    ],
    [
      'list lines',
      '<ul><li>Blast and Crush Injuries — 03/14/2025 — 1.5 hrs — National › Trauma</li><li>Asthma and COPD — 08/30/2025 — 1.5 hrs — National » Airway</li><li>Syncope Workup — 11/02/2025 — 1.5 hrs — Local</li></ul>',
    ],
  ])('%s', (_, body) => {
    const courses = readHtml(page(body)).courses ?? [];
    expect(courses.map((course) => [course.component, course.topic])).toEqual([
      ['national', 'trauma'],
      ['national', 'airway'],
      ['local', null],
    ]);
  });
});
