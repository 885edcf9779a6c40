// A card of the person's own facts above the course list (domain.md: the name, the certification
// level, the registry / EMS ID number, the recert cycle dates; Manage Education's progress), drawn
// like a course card because it holds a date and an hours figure ("Recertification cycle
// 04/01/2025 – 03/31/2027", "1.25 hours waiting to be assigned"): the registry number beside its
// label is nobody's course, so the card is the page's summary, not its first course.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const ROWS =
  '<tr><td>Advanced Airway Management</td><td>05/14/2025</td><td>2.00</td><td>25-NEMSX-F3-0817</td></tr>' +
  '<tr><td>12-Lead ECG: STEMI Mimics</td><td>09/22/2025</td><td>3.00</td><td>25-EMSP-F5-2231</td></tr>';
const LIST =
  '<div><h6>National Component</h6><table><thead><tr><th>Course</th><th>Date Completed</th><th>Hours</th><th>Approval</th></tr></thead>' +
  `<tbody>${ROWS}</tbody></table></div>`;

const page = (card: string) =>
  `<!DOCTYPE html><html><head><title>Manage Education | NREMT</title></head><body><nav><a>Dashboard</a><a>Manage Education</a></nav>` +
  `<main><h1>Manage Education</h1><div class="row">${card}</div>${LIST}</main></body></html>`;

describe("the person's facts card above the list is no course", () => {
  it.each([
    [
      'name and level, "Registry #", the cycle range, then a progress card with hours waiting',
      '<div><div><h6>Thomas J. Ferreira — Paramedic (NRP)</h6><p>Registry # M2209815 · Recertification cycle 04/01/2025 – 03/31/2027</p></div></div>' +
        '<div><div><p>Hours assigned</p><h4>20.50 <span>of 60</span></h4><p>1.25 hours waiting to be assigned</p></div></div>',
    ],
    [
      '"NREMT ID:" and the expiration in one card with the credits applied',
      '<div><p><b>Thomas J. Ferreira</b></p><p>NREMT ID: M2209815</p><p>Expires 03/31/2027</p><p>5 credits not yet assigned</p></div>',
    ],
    [
      '"Registry No." with the last recertification date and hours in a list',
      '<ul><li>Thomas J. Ferreira, Paramedic</li><li>Registry No. M2209815</li><li>Last recertified 03/30/2025</li><li>2.5 hours unassigned</li></ul>',
    ],
  ])('%s', (_, card) => {
    const snap = readHtml(page(card), 'https://www.nremt.org/manage-education');
    expect(snap.kind).toBe('nremt-education');
    expect(snap.courses?.map((course) => course.title)).toEqual(['Advanced Airway Management', '12-Lead ECG: STEMI Mimics']);
    expect(snap.unread ?? []).toEqual([]);
  });

  it('a course card that names its approval number beside a registry number is still a course', () => {
    const card = '<div><p><b>Cardiac Arrest Update</b></p><p>Completed 01/08/2026 · 1.5 hours</p><p>CAPCE 26-EMSX-F3-0412</p><p>Registry # M2209815</p></div>';
    const snap = readHtml(page(card), 'https://www.nremt.org/manage-education');
    expect(snap.courses?.map((course) => course.title)).toContain('Cardiac Arrest Update');
  });
});
