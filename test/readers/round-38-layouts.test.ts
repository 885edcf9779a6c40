// Round 38's layouts (set 100's misses, after it was measured), each written here in its own words:
// - a knitted report's course table under a tab list ("By component" | "By month"): the tabs are
//   no posts' bylines, so the page is no thread of two authors;
// - Manage Education copied a cell per line into a note, each topic's line followed by its figures
//   and the column titles drawn again over its courses: the titles name no section, the topic holds;
// - a component-kit's docs page saying "Training Officer view: …" over a roster and a member's
//   courses: nobody's own list. "Training Officer: <name>" on the person's own page is their officer.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const page = (title: string, body: string): string => `<!DOCTYPE html><html><head><title>${title}</title></head><body>${body}</body></html>`;

describe('a report’s course table under a tab list', () => {
  const row = (topic: string, title: string, date: string, hours: string, approval: string) => `<tr><td>${topic}</td><td>${title}</td><td>${date}</td><td>${hours}</td><td>${approval}</td></tr>`;
  const html = page(
    'CE record',
    '<h1>CE record</h1><h3>EMT · Registry E7310022 · cycle 04/01/2025 – 03/31/2027</h3>' +
      '<ul role="tablist"><li role="presentation"><a role="tab" href="#a">By category</a></li><li role="presentation"><a role="tab" href="#b">By quarter</a></li></ul>' +
      '<table><thead><tr><th>Topic</th><th>Course</th><th>Completed</th><th>Hours</th><th>Approval</th></tr></thead><tbody>' +
      row('Trauma', 'Tourniquet Application Review', '03 Mar 2026', '2.00', 'CAPCE 26-TQR-F3-0301') +
      row('Medical', 'Sepsis Recognition', '11 Apr 2026', '1.50', 'CAPCE 26-SEP-F3-0411') +
      row('Operations', 'Ambulance Driving Safety', '20 May 2026', '3.00', 'OEMS 26-0520-T') +
      '</tbody></table>',
  );
  it('reads the person’s courses', () => {
    const read = readHtml(html, null);
    expect(read.kind).toBe('nremt-education');
    expect(read.courses?.map((course) => course.title)).toEqual(['Tourniquet Application Review', 'Sepsis Recognition', 'Ambulance Driving Safety']);
  });
  it('still reads two bylines outside a tab list as a thread of two authors', () => {
    const thread = html.replace('<ul role="tablist">', '<ul>').replace('By category', 'by mrowe').replace('By quarter', 'by tkline');
    expect(readHtml(thread, null).kind).toBe('unknown');
  });
});

describe('a note holding Manage Education a cell per line, the column titles over each topic', () => {
  const cells = (...lines: string[]) => lines.map((line) => `<p>${line}</p>`).join('');
  const titles = cells('Course', 'Date Completed', 'Hours', 'Approval Number');
  const html = page(
    'Note',
    '<div contenteditable="true"><h2>Manage Education</h2>' +
      cells('Emergency Medical Technician', 'Expiration Date: 03/31/2027') +
      '<h3>National Component</h3>' +
      cells('9 of 20 Hours', 'Trauma', '3 of 3 Hours') +
      titles +
      cells('Bleeding Control Update', '02/10/2026', '3', '26-0210-T') +
      cells('Medical', '6 of 6 Hours') +
      titles +
      cells('Stroke Assessment', '05/02/2026', '2', '26-STK-F3-0502', 'Allergic Reactions', '06/15/2026', '4', '26-0615-T') +
      '<h3>Individual Component</h3>' +
      cells('1 of 10 Hours') +
      titles +
      cells('Wilderness First Aid Primer', '07/04/2026', '1', '26-WFA-F1-0704') +
      '</div>',
  );
  it('gives each course its topic', () => {
    const read = readHtml(html, null);
    expect(read.courses?.map((course) => [course.component, course.topic])).toEqual([
      ['national', 'trauma'],
      ['national', 'medical'],
      ['national', 'medical'],
      ['individual', null],
    ]);
  });
});

describe('a page naming the Training Officer’s view before a colon', () => {
  const courses =
    '<table><thead><tr><th>Course</th><th>Date</th><th>Hours</th><th>Approval</th></tr></thead><tbody>' +
    '<tr><td>Airway Management Lab</td><td>01/12/2026</td><td>2</td><td>26-0112-T</td></tr><tr><td>Pediatric Assessment</td><td>02/20/2026</td><td>3</td><td>26-PED-F1-0220</td></tr></tbody></table>';
  it('is nobody’s own list', () => {
    const html = page('Components', `<h1>MemberCourses</h1><p>Training Officer view: each affiliated provider's courses awaiting sign-off.</p>${courses}`);
    expect(readHtml(html, null).kind).toBe('unknown');
  });
  it('reads the person’s own list naming their Training Officer', () => {
    const html = page('My CE', `<h1>My NREMT courses</h1><p>Training Officer: Renata Diaz</p><p>Registry E5512034 · Expires 03/31/2027</p>${courses}`);
    const read = readHtml(html, null);
    expect(read.kind).toBe('nremt-education');
    expect(read.courses).toHaveLength(2);
  });
});

describe('a grid’s title cell holding a badge that names why the record would be returned', () => {
  const row = (title: string, hours: string) => `<tr><td>${title}</td><td>06/21/2026</td><td>${hours}</td><td>26-RTS-F1-0501</td></tr>`;
  it('reads the title without it', () => {
    const html = page(
      'Transcript',
      '<h1>Transcript</h1><table><thead><tr><th>Title</th><th>Completed</th><th>Hours</th><th>Approval</th></tr></thead><tbody>' +
        row('Field Triage Guidelines', '1.5') +
        row('Field Triage Guidelines <span class="label">Duplicate hours</span>', '1.5') +
        row('Ambulance Safety <span class="label">Not EMS related</span>', '2') +
        '</tbody></table>',
    );
    expect(readHtml(html, null).courses?.map((course) => course.title)).toEqual(['Field Triage Guidelines', 'Field Triage Guidelines', 'Ambulance Safety']);
  });
});
