// Report writers (Oracle Reports, Crystal, SSRS, a spreadsheet dump) print a query's column names
// as the header: words joined by underscores, in capitals, "_NO" for a number ("APPROVAL_NO"),
// often beside a column of their own (a sequence number) and above a subtotal line. Such a header
// names its columns as the spelled-out words would, and the subtotal line is not a course.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const COURSES = [
  ['0001', '22-FEB-2025', 'OB EMERGENCIES: FIELD DELIVERY', '25-0204-T1', '3.00'],
  ['0002', '17-MAY-2025', 'STROKE SCALES FOR BLS PROVIDERS', '25-EMSW-F3-1182', '1.50'],
  ['0003', '03-JUN-2025', 'AMBULANCE OPERATIONS & VEHICLE SAFETY', 'T3-25-0512', '2.00'],
];
const EXPECTED = [
  ['OB EMERGENCIES: FIELD DELIVERY', '2025-02-22', 3, '25-0204-T1'],
  ['STROKE SCALES FOR BLS PROVIDERS', '2025-05-17', 1.5, '25-EMSW-F3-1182'],
  ['AMBULANCE OPERATIONS & VEHICLE SAFETY', '2025-06-03', 2, 'T3-25-0512'],
];

// [sequence, date, title, approval, hours] header names as queries spell them.
const HEADERS: Record<string, string[]> = {
  'capitals joined by underscores': ['SEQ', 'DATE_COMPL', 'COURSE_TITLE', 'APPROVAL_NO', 'HOURS'],
  'lower case joined by underscores': ['seq_no', 'compl_dt', 'course_title', 'approval_no', 'ce_hours'],
  'capitals with spaces': ['LINE', 'COMPLETED', 'COURSE TITLE', 'APPROVAL NO', 'CREDIT HRS'],
};
const FOOTERS = ['Page subtotal:', 'Report total:', 'Section subtotal'];

const LAYOUTS: Record<string, (header: string[], footer: string) => string> = {
  'an HTML 4 report table, header in plain cells': (header, footer) =>
    `<TABLE BORDER="0"><TR>${header.map((h) => `<TD>${h}</TD>`).join('')}</TR>${COURSES.map((c) => `<TR>${c.map((v) => `<TD>${v}</TD>`).join('')}</TR>`).join('')}<TR><TD COLSPAN="4" ALIGN="RIGHT">${footer}</TD><TD>6.50</TD></TR></TABLE>`,
  'a table with a thead and a tfoot': (header, footer) =>
    `<table><thead><tr>${header.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${COURSES.map((c) => `<tr>${c.map((v) => `<td>${v}</td>`).join('')}</tr>`).join('')}</tbody><tfoot><tr><td colspan="4">${footer}</td><td>6.50</td></tr></tfoot></table>`,
};

describe('database column names as a course table header', () => {
  for (const [layout, render] of Object.entries(LAYOUTS)) {
    for (const [spelling, header] of Object.entries(HEADERS)) {
      for (const footer of FOOTERS) {
        it(`${layout}: ${spelling}, footer "${footer}"`, () => {
          const html = `<HTML><HEAD><TITLE>NRP_TRANSCRIPT_R01</TITLE></HEAD><BODY><P>National Registry of Emergency Medical Technicians</P>${render(header, footer)}</BODY></HTML>`;
          const read = readHtml(html, null);
          expect(read.kind).toBe('nremt-education');
          expect(read.courses?.map((c) => [c.title, c.completedOn, c.hours, c.approvalNumber])).toEqual(EXPECTED);
        });
      }
    }
  }
});
