// A group's totals row written with its units ("Section total 5 of 6 CEH") is no course: a label
// ending in "total", then only figures and their units, no date.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const ROW = (cells: string[]) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
const PAGE = (footer: string) => `<!DOCTYPE html><html><head><title>Manage Education</title></head><body><h1>Manage Education</h1>
<h2>National – Airway, Respiration &amp; Ventilation</h2>
<table><tr><td><b>Course</b></td><td><b>Completed</b></td><td><b>Hours</b></td><td><b>Approval #</b></td></tr>
${ROW(['Advanced Airway Review', '05/11/2026', '3 CEH', '26-AIRW-F3-0207'])}
${ROW(['Pediatric Respiratory Distress', '06/21/2026', '2 CEH', '26-0915-T1'])}
${footer}</table></body></html>`;

describe('a totals row with units is not a course', () => {
  it.each([
    ['"5 of 6 CEH"', '<tr><td colspan="2"><b>Section total</b></td><td><b>5 of 6 CEH</b></td><td></td></tr>'],
    ['"9.25 of 25 credits"', '<tr><td colspan="2">Component total</td><td>9.25 of 25 credits</td><td></td></tr>'],
    ['"5 hours"', '<tr><td colspan="2">Topic total</td><td>5 hours</td><td></td></tr>'],
    ['figures only', '<tr><td colspan="2">Section total</td><td>5.00</td><td></td></tr>'],
  ])('%s', (_name, footer) => {
    const page = readHtml(PAGE(footer), 'https://www.nremt.org/education');
    expect(page.courses?.map((c) => c.title)).toEqual(['Advanced Airway Review', 'Pediatric Respiratory Distress']);
  });

  it('a course whose title ends in "Total" keeps its date and stays a course', () => {
    const footer = ROW(['Airway Total', '07/01/2026', '1 CEH', '26-AIRW-F3-0300']);
    const page = readHtml(PAGE(footer), 'https://www.nremt.org/education');
    expect(page.courses?.map((c) => c.title)).toContain('Airway Total');
  });
});
