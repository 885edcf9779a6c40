// Courses and facts in a document tool's export of the person's own record (a manual generator's
// chapters, a PDF turned into one paragraph per text block): a summary chapter of bare figures and
// a dated sentence is no course; a paragraph naming the person goes on speaking of them; a header
// of labelled facts whose line breaks were lost still names the person beside the number; an
// approval cell saying there is none with a remark is an empty cell; a printed page's header
// stamp between two pages is no course. Invented markup, written from domain.md's fields.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const page = (title: string, body: string): string => `<!DOCTYPE html><html><head><title>${title}</title></head><body>${body}</body></html>`;

const entries = (courses: ReadonlyArray<[string, string]>): string => `<dl>${courses.map(([title, line]) => `<dt><b>${title}</b></dt><dd><p>${line}</p></dd>`).join('')}</dl>`;
const COURSES: ReadonlyArray<[string, string]> = [
  ['Capnography Basics', 'Done 3 May 2025 — 1.5 hours — CAPCE 25-ABCDE-F3-0101'],
  ['Cardiac Arrest Team Roles', 'Done 9 July 2025 — 2 hours — CAPCE 25-ABCDE-F3-0102'],
  ['Burn Care Update', 'Done 1 December 2025 — 1 hour — CAPCE 25-ABCDE-F3-0103'],
];

describe('a summary chapter above course entries', () => {
  const summaryTable = '<table><thead><tr><th>Part</th><th>Needed</th><th>Done</th></tr></thead><tbody><tr><td>National</td><td>8</td><td>6</td></tr><tr><td>Local</td><td>4</td><td>2</td></tr></tbody></table>';
  const summaryList = '<ul><li>National 8 / 6</li><li>Local 4 / 2</li></ul>';
  it.each([
    ['a table of bare figures', summaryTable],
    ['a list of bare figures', summaryList],
  ])('%s and a dated sentence is no course', (_, figures) => {
    const html = page(
      'Education record',
      `<h1>Education record</h1><div><h2>1 Overview</h2>${figures}<p>The window opened 1 October 2026. Aim to finish by 15 February 2027.</p></div>
<div><h2>2 National</h2><h4>Airway</h4>${entries(COURSES)}</div>`,
    );
    const read = readHtml(html, null);
    expect(read.courses?.map((course) => course.title)).toEqual(COURSES.map(([title]) => title));
  });
});

describe('a paragraph that names the person, then states their dates', () => {
  it.each([
    ['The certification expires on 31 March 2027.  I last recertified on 29 March 2025.', '2027-03-31', '2025-03-30'],
    ['It expires on 31 March 2027 and the cycle began on 1 April 2025.', '2027-03-31', '2025-04-01'],
  ])('%s', (sentences, expiresOn, cycleStart) => {
    const html = page(
      'Education record',
      `<h1>Education record</h1><p>This is the continuing education record of <strong>Jordan Q. Almeida</strong>, Nationally Registered Emergency Medical Technician (NREMT), registry number E1234567.  ${sentences}</p>
<h2>National</h2><h4>Airway</h4>${entries(COURSES)}`,
    );
    const read = readHtml(html, null);
    expect(read.person?.name).toBe('Jordan Q. Almeida');
    expect(read.certification?.expiresOn).toBe(expiresOn);
    expect(read.certification?.cycleStart).toBe(cycleStart);
  });

  it('a paragraph naming nobody states no one\'s dates', () => {
    const html = page(
      'Station news',
      `<h1>Station news</h1><p>The new station schedule starts next week and runs through the spring, with classes posted on the board by the kitchen as usual for everyone.  The certification expires on 31 March 2027 for most of the crew.</p>
<h2>National</h2><h4>Airway</h4>${entries(COURSES)}`,
    );
    expect(readHtml(html, null).certification?.expiresOn ?? null).toBeNull();
  });
});

// A PDF's text blocks: each a <p> whose lines are joined by bare newlines (shown as one run).
const block = (...lines: string[]): string => `<p>${lines.join('\n')}\n</p>`;
const ROWS: ReadonlyArray<[string, string]> = [
  ['Shock Recognition', '04/02/2025 2.00 25-ABCDE-F3-0201'],
  ['Spinal Motion Restriction', '06/11/2025 1.50 25-ABCDE-F3-0202'],
  ['Pediatric Airway Review', '08/20/2025 1.00 25-ABCDE-F3-0203'],
];
const printed = (header: string, rows: ReadonlyArray<[string, string]>, more: ReadonlyArray<[string, string]> = []): string =>
  page(
    'Transcript | Registry',
    `<div><div>${block('1/5/27, 9:05 AM Transcript | Registry')}${header}${block('<b>Course Title</b> <b>Date Completed</b> <b>Hours</b> <b>Approval Number</b>')}${rows.map(([title, line]) => block(`<b>${title}</b>`, line)).join('')}${block('https://example.org/account/transcript 1/2')}</div></div>
<div><div>${block('1/5/27, 9:05 AM Transcript | Registry')}${more.map(([title, line]) => block(`<b>${title}</b>`, line)).join('')}${block('https://example.org/account/transcript 2/2')}</div></div>`,
  );

describe('a printout of one paragraph per text block', () => {
  it.each([
    ['Transcript', 'Casey M. Odell', 'NREMT ID: E7654321'],
    ['Manage Education', 'Casey M. Odell', 'Registry Number: E7654321'],
  ])('a header of labelled facts run together names the person (%s)', (heading, name, number) => {
    const html = printed(block(`<b>${heading}</b>`, name, number, 'Certification Level: Emergency Medical Technician', 'Expiration Date: 03/31/2027', 'Recertification Cycle: 04/01/2025 – 03/31/2027'), ROWS, ROWS.slice(0, 1));
    const read = readHtml(html, null);
    expect(read.person).toMatchObject({ name, registryNumber: 'E7654321' });
    expect(read.certification?.expiresOn).toBe('2027-03-31');
  });

  it.each([
    ['None listed', 'a participle remark'],
    ['None given', 'given remark'],
    ['N/A (state class)', 'a bracketed remark'],
  ])('an approval cell "%s" (%s) is empty, the course read', (none) => {
    const html = printed('', ROWS, [['Stroke Scales', `05/06/2026 1.25 ${none}`], ['Infection Control', '07/08/2026 0.75 26-ABCDE-F3-0204']]);
    const read = readHtml(html, null);
    const course = read.courses?.find((one) => one.title === 'Stroke Scales');
    expect(course).toMatchObject({ completedOn: '2026-05-06', hours: 1.25, approvalNumber: null });
    expect(read.courses).toHaveLength(5);
  });

  it.each(['1/5/27, 9:05 AM', '1/5/27, 9:15 PM', '01/05/2027, 11:30 PM'])('the next page\'s header stamp "%s" after the footer is no course', (stamp) => {
    const html = printed('', ROWS, ROWS.slice(1)).replaceAll('1/5/27, 9:05 AM', stamp);
    const read = readHtml(html, null);
    expect(read.courses).toHaveLength(5);
    expect(read.unread ?? []).toEqual([]);
  });
});
