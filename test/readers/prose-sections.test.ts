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
});
