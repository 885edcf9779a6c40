// A typeset CE log (a LaTeX document turned to HTML: a <section> per part, each under its numbered
// caption) whose first section states the certification in sentences: "Last recertified 18 March
// 2025; current certification expires 31 March 2027." and the cycle's target "(40 hours)". The
// sections repeat like records, but a section whose dates and hours sit only in such sentences,
// telling no course done and showing no approval number, is the writer's prose, not a course.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const row = (date: string, title: string, approval: string, hours: string): string => `<tr><td>${date}</td><td>${title}</td><td>${approval}</td><td>${hours}</td></tr>`;
const TABLE =
  '<table><thead><tr><th>Completed</th><th>Course</th><th>Approval</th><th>Hours</th></tr></thead><tbody>' +
  row('02 Jun 2025', 'Stroke Scales in the Field', '25-CEN-F3-0188', '1.00') +
  row('19 Jun 2025', 'Airway Adjuncts and Suctioning', '25-NEM-F1-0522', '2.00') +
  row('04 Dec 2025', 'Massachusetts Protocol Update 2025', 'OEMS 25-3307-T1', '3.00') +
  '</tbody></table>';

const page = (first: string): string => `<!DOCTYPE html><html><head><title>CE log</title></head><body><article>
<h1>Continuing Education Log: NREMT EMT Recertification</h1>
<div>Tobias R. Lindqvist, NREMT<br>Registry No. E3318054</div>
<section><h2><span>1 </span>Certification</h2>${first}</section>
<section><h2><span>2 </span>Courses completed</h2>${TABLE}</section>
<section><h2><span>3 </span>Still to do</h2><ul><li><p>Roughly 22.75 more hours; book the January trauma day (6 hours, approval pending).</p></li></ul></section>
</article></body></html>`;

describe("a typeset log's sections", () => {
  it('a section stating the certification and the target in sentences is no course', () => {
    const snapshot = readHtml(
      page(
        '<p>National Registry Emergency Medical Technician. Last recertified <b>18 March 2025</b>; current certification expires <b>31 March 2027</b>. This log is my own record.</p>' +
          '<p>Target: 20 National, 10 Local, 10 Individual (40 hours). Assignment to components is done on NREMT, not here.</p>',
      ),
    );
    expect(snapshot.kind).toBe('nremt-education');
    expect(snapshot.courses?.map((course) => course.title)).toEqual(['Stroke Scales in the Field', 'Airway Adjuncts and Suctioning', 'Massachusetts Protocol Update 2025']);
    expect(snapshot.certification).toMatchObject({ expiresOn: '2027-03-31', cycleStart: '2025-03-19' });
  });

  // The author line: the name with its credential after a comma, the registry number on the next line.
  it.each([
    ['Tobias R. Lindqvist, NREMT<br>Registry No. E3318054', 'Tobias R. Lindqvist'],
    ['Tobias R. Lindqvist, NRP<br>Registry No. E3318054', 'Tobias R. Lindqvist'],
    ['Tobias R. Lindqvist<br>Registry No. E3318054', 'Tobias R. Lindqvist'],
  ])('the author line %s names the person', (author, name) => {
    const snapshot = readHtml(page('<p>Kept by hand.</p>').replace('Tobias R. Lindqvist, NREMT<br>Registry No. E3318054', author));
    expect(snapshot.person).toEqual({ name, registryNumber: 'E3318054' });
  });

  // A LaTeX document's footnotes, listed after the courses as numbered notes (HEVEA's "thefootnotes" list).
  it('numbered footnotes after a description list of courses are no course', () => {
    const entry = (title: string, detail: string): string => `<dt><b>${title}</b></dt><dd>${detail}</dd>`;
    const html = `<!DOCTYPE html><html><head><title>CE</title></head><body><h1>Manage Education</h1><p>Registry P1067735</p>
<h2>National</h2><h3>Cardiology</h3><dl>${entry('STEMI Mimics and Equivalents', '3 July 2026; 1.5 h; CAPCE 26-MET-F3-1204')}${entry('Post-ROSC Care<sup><a href="#note1">1</a></sup>', '9 September 2026; 1 h; CAPCE 26-SWA-F5-0733')}</dl>
<h2>State/Local</h2><dl>${entry('Hospital Diversion and Destination Policy<sup><a href="#note2">2</a></sup>', '26 March 2026; 1 h; OEMS 26-0602-T1')}</dl>
<hr><dl><dt><a id="note1" href="#text1">1</a></dt><dd>Taken as a live webinar; certificate lists 1.0 CEH.</dd><dt><a id="note2" href="#text2">2</a></dt><dd>Completed before 1 April 2026, so probably not creditable this cycle.</dd></dl></body></html>`;
    const snapshot = readHtml(html);
    expect(snapshot.courses?.map((course) => [course.title, course.completedOn])).toEqual([
      ['STEMI Mimics and Equivalents', '2026-07-03'],
      ['Post-ROSC Care', '2026-09-09'],
      ['Hospital Diversion and Destination Policy', '2026-03-26'],
    ]);
    expect(snapshot.unread).toEqual([]);
  });
});
