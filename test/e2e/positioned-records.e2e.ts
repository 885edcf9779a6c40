// A report export (Crystal Reports, SSRS, a PDF converted to HTML) draws every field as its own
// absolutely positioned box, placed by its stylesheet's classes, and writes the boxes column by
// column: the DOM holds all titles, then all dates, then all hours. In the browser, with that
// layout, the courses are read row by row as a person sees them, each with its own values.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NREMT_ORIGIN, ReplicaSite } from '../../scripts/lib/replica-site';
import { scenarioPage, Y } from './helpers/scenario';
import { readyPanel, startSession, storedCourses, type Session } from './helpers/session';

const COURSES = [
  ['Airway Adjuncts and BVM Ventilation', `03/14/${Y - 1}`, '3.00', '25-NESE-F3-0101', 'national'],
  ['Cardiac Arrest Management', `05/02/${Y - 1}`, '4.00', '25-NESE-F3-0201', 'national'],
  ['Massachusetts Protocols Update', `06/10/${Y - 1}`, '4.00', '25-0610-T1', 'local'],
  ['Wilderness Medicine Refresher', `09/12/${Y - 1}`, '6.50', '25-WILD-F1-0912', 'individual'],
] as const;

/** Sam's Manage Education page as a report export: one box per field, placed by class, written column by column. */
function reportExport(): string {
  const groups = ['Component: National', 'Component: State/Local', 'Component: Individual'];
  const lineOf: number[] = [];
  const groupLines: Array<[string, number]> = [];
  let line = 0;
  let last = '';
  for (const course of COURSES) {
    if (course[4] !== last) {
      last = course[4];
      groupLines.push([groups[groupLines.length]!, line++]);
    }
    lineOf.push(line++);
  }
  const tops = Array.from({ length: line }, (_, i) => `.y${i} { top: ${150 + 18 * i}px }`).join(' ');
  const box = (text: string, x: string, y: string) => `<div class="b ${x} ${y}"><span>${text}</span></div>`;
  const columns = ['x1', 'x2', 'x3', 'x4'];
  let body = '';
  for (let c = 0; c < 4; c++) COURSES.forEach((course, r) => (body += box(course[c]!, columns[c]!, `y${lineOf[r]}`)));
  return (
    `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Manage Education - NREMT</title><style>` +
    '.page { position: relative; width: 780px; height: 400px } .b { position: absolute; height: 15px; font: 8pt Arial; white-space: nowrap }' +
    ' .x0 { left: 20px } .x1 { left: 40px } .x2 { left: 400px } .x3 { left: 490px } .x4 { left: 560px }' +
    ` .yt { top: 10px } .yp { top: 40px } .yh { top: 110px } ${tops}</style></head><body><div class="page">` +
    box('National Registry of Emergency Medical Technicians', 'x0', 'yt') +
    box('Sam Okafor – Advanced EMT – Registry Number A5550123', 'x0', 'yp') +
    ['Course Title', 'Completed', 'Hours', 'Approval #'].map((text, c) => box(text, columns[c]!, 'yh')).join('') +
    groupLines.map(([text, at]) => box(text, 'x0', `y${at}`)).join('') +
    body +
    `</div></body></html>`
  );
}

type StoredCourse = { title: string; hours: number; completedOn: string; component: string | null; approvalNumber: string | null };

describe('a report export of positioned boxes, written column by column', () => {
  let session: Session;
  beforeAll(async () => {
    session = await startSession(
      new ReplicaSite().set(`${NREMT_ORIGIN}/dashboard`, scenarioPage('nremt-dashboard.html')).set(`${NREMT_ORIGIN}/manage-education`, reportExport()),
    );
    await readyPanel(await session.open(`${NREMT_ORIGIN}/dashboard`));
  });
  afterAll(async () => session?.close());

  it('stores every course row by row, each with its own date, hours, approval number and component', async () => {
    const page = await session.open(`${NREMT_ORIGIN}/manage-education`);
    await readyPanel(page);
    await expect.poll(async () => (await storedCourses<StoredCourse>(session)).length, { timeout: 15_000 }).toBe(COURSES.length);
    const stored = (await storedCourses<StoredCourse>(session)).map((c) => [c.title, c.completedOn, c.hours, c.approvalNumber, c.component]);
    const iso = (date: string) => `${date.slice(6)}-${date.slice(0, 2)}-${date.slice(3, 5)}`;
    expect(stored.sort()).toEqual(COURSES.map((c) => [c[0], iso(c[1]), Number(c[2]), c[3], c[4]]).sort());
  });
});
