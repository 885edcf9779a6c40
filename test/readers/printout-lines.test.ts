// A printout of an NREMT page turned back into HTML by a PDF converter or an OCR tool (poppler
// pdftohtml, with or without -c; ABBYY, Google Docs, LibreOffice exports): the page's table is gone.
// Every text run is its own line (ended by <br>, or a paragraph, or a box placed by its top and
// left), a table row comes out as one line per cell or as one line whose gaps were lost, a long
// title wraps onto the next line, the browser's print header and footer repeat on every page, and
// the course table goes on after a page break under its column titles again. The page's own
// facts stand as "Label: value" lines. The courses, the person and the certification facts are
// read from those lines; an unsure line (a description under a title) still reads nothing.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

type Row = [string, string, number, string | null, string | null, string | null];
const rows = (read: ReturnType<typeof readHtml>): Row[] =>
  (read.courses ?? []).map((course) => [course.title, course.completedOn!, course.hours!, course.component, course.topic, course.approvalNumber]);

/** pdftohtml without -c: every run a line ending in <br/>, spaces as &#160;, pages parted by <hr/>. */
const poppler = (title: string, pages: string[][]): string =>
  `<!DOCTYPE html><html xmlns="http://www.w3.org/1999/xhtml"><head><title>${title}</title><meta name="date" content="2026-12-01T09:42:51+00:00"/></head>` +
  `<body bgcolor="#A0A0A0">${pages.map((lines, at) => `<a name=${at + 1}></a>${lines.map((line) => `${line.replaceAll(' ', '&#160;')}<br/>\n`).join('')}<hr/>\n`).join('')}</body></html>`;

/** pdftohtml -c: every run a box placed by its top and left, one page box per PDF page. */
const placed = (title: string, pages: Array<Array<[number, number, string]>>): string =>
  `<!DOCTYPE html><html><head><title>${title}</title></head><body>` +
  pages
    .map((runs, at) => `<div id="page${at + 1}-div" style="position:relative;width:918px;height:1188px;">${runs.map(([top, left, text]) => `<p style="position:absolute;top:${top}px;left:${left}px;white-space:nowrap">${text}</p>`).join('')}</div>`)
    .join('') +
  '</body></html>';

/** A document tool's export (OCR, a word processor): every line a paragraph, headings drawn only by their font. */
const paragraphs = (title: string, lines: string[]): string =>
  `<!DOCTYPE html><html><head>${title ? `<title>${title}</title>` : ''}</head><body>${lines.map((line) => `<p><span>${line}</span></p>`).join('')}</body></html>`;

const PRINT_HEAD = ['12/1/26, 9:42 AM', 'NREMT | Recertification Application Summary'];
const PRINT_FOOT = (page: number): string[] => ['https://www.nremt.org/recertification/application/summary', `${page}/2`];
const COLUMNS = ['Course Title', 'Date', 'Hours', 'Component', 'Topic', 'Approval #'];

const AIRWAY: Row = ['Airway Management for the EMT', '2025-05-17', 1.5, 'national', 'airway', '25-EMSW-F3-0518'];
const CARDIO: Row = ['CPR/AED for Healthcare Providers', '2025-07-08', 2, 'national', 'cardiovascular', '25-AHAX-F1-0777'];
const ANAPHYLAXIS: Row = ['Allergic Reactions and Epinephrine Auto-Injectors for Emergency Medical Responders', '2025-11-03', 1.5, 'national', 'medical', '25-EMSX-F3-1102'];
const SHOCK: Row = ['Hemorrhage Control and Shock Management Update', '2025-12-02', 1, 'national', 'trauma', '25-0914-T'];
const DRILL: Row = ['Town Mass Casualty Drill', '2026-04-25', 2, 'local', null, '26-0420-T'];
const PFA: Row = ['Psychological First Aid', '2026-10-14', 3.25, 'individual', null, null];

const cells = (row: Row, component: string, topic: string, approval: string, title: string[] = [row[0]]): string[] => {
  const [year, month, day] = row[1].split('-');
  return [...title, `${month}/${day}/${year}`, row[2].toFixed(2), component, topic, approval];
};

describe('a printout turned back into HTML: lines rebuilt into rows', () => {
  it('(a) pdftohtml: an application summary, one line per cell, a title broken at its hyphen, the table going on after a page break', () => {
    const read = readHtml(
      poppler('NREMT | Recertification Application Summary', [
        [
          ...PRINT_HEAD,
          '<b>National Registry of Emergency Medical Technicians</b>',
          'Printed for: Jordan P. Belliveau',
          'National Registry #: 4410276',
          'Certification Level: Emergency Medical Responder',
          'Current Expiration: 03/31/2027',
          'Cycle Dates: 04/01/2025 - 03/31/2027',
          '<b>Application Status: In Progress</b>',
          'Your application is not submitted until you click Submit Application. Payment alone does not',
          'submit your application.',
          '<b>Continuing Education</b>',
          ...COLUMNS,
          ...cells(AIRWAY, 'National', 'Airway, Respiration &amp; Ventilation', 'CAPCE 25-EMSW-F3-0518'),
          ...cells(ANAPHYLAXIS, 'National', 'Medical', 'CAPCE 25-EMSX-F3-1102', ['Allergic Reactions and Epinephrine Auto-', 'Injectors for Emergency Medical Responders']),
          ...PRINT_FOOT(1),
        ],
        [...PRINT_HEAD, ...COLUMNS, ...cells(DRILL, 'State/Local', '—', 'OEMS 26-0420-T'), ...cells(PFA, 'Individual', '—', 'None'), 'Agency Affiliation: Sharon Fire Department (Approved)', ...PRINT_FOOT(2)],
      ]),
    );
    expect(read.kind).toBe('nremt-application');
    expect(read.person).toEqual({ name: 'Jordan P. Belliveau', registryNumber: '4410276' });
    expect(read.certification).toEqual({ level: 'emr', expiresOn: '2027-03-31', cycleStart: '2025-04-01' });
    expect(read.application?.status).toBe('in-progress');
    expect(rows(read)).toEqual([AIRWAY, ANAPHYLAXIS, DRILL, PFA]);
  });

  it('(b) pdftohtml: a Manage Education printout, a title wrapped after a joining word, the page header between two rows', () => {
    const read = readHtml(
      poppler('Manage Education | NREMT', [
        ['12/1/26, 9:42 AM', 'Manage Education | NREMT', '<b>Manage Education</b>', ...COLUMNS, ...cells(CARDIO, 'National', 'Cardiovascular', 'CAPCE 25-AHAX-F1-0777'), ...cells(SHOCK, 'National', 'Trauma', 'OEMS 25-0914-T', ['Hemorrhage Control and', 'Shock Management Update']), 'https://www.nremt.org/manage-education', '1/2'],
        ['12/1/26, 9:42 AM', 'Manage Education | NREMT', ...COLUMNS, ...cells(DRILL, 'Local', '—', 'OEMS 26-0420-T'), 'https://www.nremt.org/manage-education', '2/2'],
      ]),
    );
    expect(read.kind).toBe('nremt-education');
    expect(rows(read)).toEqual([CARDIO, SHOCK, DRILL]);
  });

  it('(c) pdftohtml -c: runs placed by top and left, a row read across, the table going on on the next page', () => {
    const row = (top: number, values: string[]): Array<[number, number, string]> => values.map((text, at) => [top, [54, 330, 420, 480, 570, 740][at]!, text]);
    const read = readHtml(
      placed('Manage Education | NREMT', [
        [[20, 36, '12/1/26, 8:47 AM'], [20, 396, 'Manage Education | NREMT'], [120, 54, 'Manage Education'], ...row(160, COLUMNS), ...row(190, cells(CARDIO, 'National', 'Cardiovascular', 'CAPCE 25-AHAX-F1-0777')), ...row(220, cells(AIRWAY, 'National', 'Airway', 'CAPCE 25-EMSW-F3-0518')), [1158, 860, '1/2']],
        [[20, 36, '12/1/26, 8:47 AM'], [20, 396, 'Manage Education | NREMT'], ...row(60, COLUMNS), ...row(90, cells(DRILL, 'Local', '—', 'OEMS 26-0420-T')), [1158, 860, '2/2']],
      ]),
    );
    expect(read.kind).toBe('nremt-education');
    expect(rows(read)).toEqual([CARDIO, [...AIRWAY.slice(0, 4), 'airway', AIRWAY[5]] as Row, DRILL]);
  });

  it('(c2) pdf2htmlEX: runs placed by class rules counted from the page foot, drawn out of reading order, the last page holding one row', () => {
    const css =
      '.pf{position:relative}.t{position:absolute;white-space:pre}.x0{left:54px}.x1{left:330px}.x2{left:420px}.x3{left:480px}.x4{left:570px}.x5{left:740px}.x6{left:200px}' +
      '.y0{bottom:1100px}.y1{bottom:1000px}.y2{bottom:970px}.y3{bottom:940px}.y8{bottom:30px}.y9{bottom:1060px}.y10{bottom:1040px}';
    const run = (x: number, y: number, text: string): string => `<div class="t m0 x${x} h2 y${y} ff1 fs0">${text}</div>`;
    const row = (y: number, values: string[]): string => values.map((text, at) => run(at, y, text)).join('');
    const page = (no: number, runs: string): string => `<div id="pf${no}" class="pf w0 h0" data-page-no="${no}"><div class="pc pc${no} w0 h0">${runs}</div></div>`;
    const read = readHtml(
      `<!DOCTYPE html><html><head><meta name="generator" content="pdf2htmlEX"/><title></title><style>${css}</style></head><body><div id="page-container">` +
        page(1, run(0, 0, 'Manage Education | NREMT') + run(0, 9, 'Name:') + run(6, 9, 'Dana M. Okafor') + run(0, 10, 'Registry #:') + run(6, 10, 'E1234567') + row(1, COLUMNS) + row(3, cells(CARDIO, 'National', 'Cardiovascular', 'CAPCE 25-AHAX-F1-0777')) + row(2, cells(AIRWAY, 'National', 'Airway', 'CAPCE 25-EMSW-F3-0518')) + run(0, 8, '1/2')) +
        page(2, run(0, 0, 'Manage Education | NREMT') + row(1, COLUMNS) + row(2, cells(DRILL, 'Local', '—', 'OEMS 26-0420-T')) + run(0, 8, '2/2')) +
        '</div></body></html>',
    );
    expect(read.kind).toBe('nremt-education');
    expect(read.person).toEqual({ name: 'Dana M. Okafor', registryNumber: 'E1234567' });
    expect(rows(read)).toEqual([AIRWAY, CARDIO, DRILL]);
  });

  it('(d) an OCR document: each row one line whose gaps were lost, the component and topic after the hours, the section named by a line', () => {
    const read = readHtml(
      paragraphs('', [
        '12/1/26, 1:40 PM Training Profile | NREMT',
        'Training Profile',
        'Name: Alicia M. Ferreira-Boone',
        'NREMT ID: E5309981',
        'Level: Emergency Medical Technician',
        'Certification Expires: 03/31/2028',
        'Training Profile - Completed Education',
        'Course Title Date Completed Credit Hours Component / Topic Approval Number',
        'Airway Management for the EMT 05/17/2025 1.5 CEH National - Airway, Respiration &amp; Ventilation 25-EMSW-F3-0518',
        'CPR/AED for Healthcare Providers 07/08/2025 2.0 CEH National - Cardiovascular 25-AHAX-F1-0777',
        'Town Mass Casualty Drill 04/25/2026 2.0 CEH State/Local OEMS 26-0420-T',
        'https://www.nremt.org/account/mycertification/training-profile 1/2',
      ]),
    );
    expect(read.kind).toBe('nremt-education');
    expect(read.person?.name).toBe('Alicia M. Ferreira-Boone');
    expect(rows(read)).toEqual([AIRWAY, CARDIO, DRILL]);
  });

  it("(e) a presentation tool's export of the dashboard: the application card's title a line like the others, its status under it", () => {
    const read = readHtml(
      paragraphs('Page 1', [
        'My Certification | National Registry of EMTs',
        'Dashboard',
        'Certification',
        'Advanced EMT (AEMT)',
        'Registry Number',
        'A3185527',
        'Expiration Date',
        '31 March 2027',
        'Recertification Application',
        'Status: Not Started',
        'Start',
      ]),
    );
    expect(read.kind).toBe('nremt-dashboard');
    expect(read.application).toEqual({ status: 'not-started', submitButton: false, paid: null });
  });

  it('(f) an OCR export of the application: "Pending Submission" is not submitted', () => {
    const read = readHtml(
      paragraphs('Recert_Application', [
        'Recertification Application',
        'Applicant: Marcus T. Reyes   National Registry #: P9063512',
        'Application Status: Pending Submission',
        'Your application is not submitted until you click Submit Application. Paying the fee does not submit it.',
      ]),
    );
    expect(read.kind).toBe('nremt-application');
    expect(read.application?.status).toBe('not-submitted');
  });

  it('(g) unsure: a capitalised line under each title (its provider) is no wrapped title, and no course is read from the lines', () => {
    const read = readHtml(
      poppler('Manage Education | NREMT', [
        ['<b>Manage Education</b>', ...COLUMNS, 'CPR/AED for Healthcare Providers', 'American Heart Association', '07/08/2025', '2.00', 'National', 'Cardiovascular', 'CAPCE 25-AHAX-F1-0777', 'Town Mass Casualty Drill', 'Sharon Fire Department', '04/25/2026', '2.00', 'Local', '—', 'OEMS 26-0420-T'],
      ]),
    );
    const titles = rows(read).map((row) => row[0]);
    expect(titles).not.toContain('American Heart Association');
    expect(titles).not.toContain('Sharon Fire Department');
  });

  it('(h) a run of column titles does not name the first row\'s title ("Approval #" is no label of "Airway …")', () => {
    const read = readHtml(poppler('Manage Education | NREMT', [['<b>Manage Education</b>', ...COLUMNS, ...cells(AIRWAY, 'National', 'Airway', 'CAPCE 25-EMSW-F3-0518'), ...cells(CARDIO, 'National', 'Cardiovascular', 'CAPCE 25-AHAX-F1-0777')]]));
    expect(rows(read).map((row) => row[0])).toEqual([AIRWAY[0], CARDIO[0]]);
  });
});
