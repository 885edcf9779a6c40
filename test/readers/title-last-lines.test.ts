// A course list pasted as lines whose title column came last ("2025-05-03 2.0 25-MEDU-F3-0301
// National / Airway Airway Adjuncts Review"): the date first, then the hours, the approval
// number and where the course counts, then the title's words. Whatever holds the lines (a <pre>,
// a code view's rows, paragraphs, list items, <br>-broken text, an editor's no-break spaces),
// the courses are read; a print header's "8:23 AM" is a time of day, never hours.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const LINES = [
  'NREMT transcript - Dana K. Whitlock - NRAEMT A1234567',
  'Expiration Date: 03/31/2027',
  'Date        Hours  Approval          Category              Course',
  '2025-05-03  2.0    25-MEDU-F3-0301   National / Airway     Airway Adjuncts Review',
  '2025-07-19  1.5    25-NEAS-F1-0047   National / Trauma     Pelvic Binder Skills',
  '2026-01-10  3.0    T1-26-0774        State/Local           Regional Protocol Update',
  '2026-02-02  1.0    26-CNTR-F5-0210   Individual            Sepsis Screening',
];
const COURSES = [
  ['Airway Adjuncts Review', '2025-05-03', 2, 'national', 'airway', '25-MEDU-F3-0301'],
  ['Pelvic Binder Skills', '2025-07-19', 1.5, 'national', 'trauma', '25-NEAS-F1-0047'],
  ['Regional Protocol Update', '2026-01-10', 3, 'local', null, 'T1-26-0774'],
  ['Sepsis Screening', '2026-02-02', 1, 'individual', null, '26-CNTR-F5-0210'],
];
const collapsed = LINES.map((line) => line.replace(/\s+/g, ' '));
const page = (body: string) => `<!DOCTYPE html><html><head><title>Paste</title></head><body><h1>My paste</h1>${body}</body></html>`;

describe('a pasted list whose title column comes last', () => {
  it.each([
    ['paragraphs, spaces collapsed', collapsed.map((line) => `<p>${line}</p>`).join('')],
    ['list items', `<ul>${collapsed.map((line) => `<li>${line}</li>`).join('')}</ul>`],
    ['text broken by <br>', `<div>${collapsed.join('<br>')}</div>`],
    ['a pre-wrap message', `<div style="white-space: pre-wrap">${LINES.join('\n')}</div>`],
    ['an editor\'s lines in no-break spaces', `<div>${LINES.map((line) => `<div><span>${line.replace(/ /g, '&nbsp;')}</span></div>`).join('')}</div>`],
    ['a code view: a row per line, numbers beside', `<table>${LINES.map((line, i) => `<tr><td>${i + 1}</td><td style="white-space: pre">${line}</td></tr>`).join('')}</table>`],
  ])('%s', (_name, body) => {
    const snapshot = readHtml(page(body));
    expect(snapshot.kind).toBe('nremt-education');
    // Found in the lines, the list is found: never "could not read" beside courses read.
    expect(snapshot.unreadReason).toBeUndefined();
    expect(snapshot.courses?.map((c) => [c.title, c.completedOn, c.hours, c.component, c.topic, c.approvalNumber])).toEqual(COURSES);
  });

  it('a print header\'s clock after its date is no course ("11/30/26, 8:23 AM Transcript | …")', () => {
    const body = `<p>11/30/26, 8:23 AM Transcript | National Registry of Emergency Medical Technicians</p>${collapsed.map((line) => `<p>${line}</p>`).join('')}`;
    expect(readHtml(page(body)).courses?.map((c) => c.title)).toEqual(COURSES.map((c) => c[0]));
  });
});
