// The plan journey's Manage Education page (used by the e2e test and the demo), derived from the
// complete scenario page by plain text edits documented in beforePlanPage().
import { scenarioPage, Y } from './scenario';

export const BURNS = 'Burns and Blast Trauma';
export const HOSTILE_FORMULA_TITLE = '=HYPERLINK("http://evil.example","win")';

const escapeCell = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('"', '&quot;');

/** One row of a table in the section whose heading is `section`, inserted before its </tbody>. */
export function addRow(html: string, section: 'National' | 'Local' | 'Individual', cells: string[]): string {
  const start = html.indexOf(`<h2>${section}</h2>`);
  const end = html.indexOf('</tbody>', start);
  if (start < 0 || end < 0) throw new Error(`no ${section} table`);
  const row = `<tr>${cells.map((c) => `<td>${escapeCell(c)}</td>`).join('')}</tr>\n`;
  return html.slice(0, end) + row + html.slice(end);
}

export function removeRow(html: string, title: string): string {
  const lines = html.split('\n');
  const kept = lines.filter((line) => !(line.includes('<tr>') && line.includes(`<td>${title}</td>`)));
  if (kept.length !== lines.length - 1) throw new Error(`expected one row titled ${title}`);
  return kept.join('\n');
}

/**
 * Before: the complete page (0 h left) with "Burns and Blast Injuries" (Trauma 2 h) listed in
 * Individual as "Burns and Blast Trauma", "Ambulance Safety and Crash Avoidance" cut from 3 h
 * to 1.5 h, and a course with a formula for a title and no approval number in Individual.
 * By hand: Trauma 2 of 4 (2 left), Operations 1.5 of 3 (1.5 left), Individual 6.5 + 6 + 2 =
 * 14.5 of 12.5 (0 left): 3.5 h left. Only a course naming Trauma may go to Trauma: the plan
 * moves Burns and Blast Trauma (2 h) there and leaves 1.5 h of Operations to add: 1.5 h left.
 */
export function beforePlanPage(): string {
  let html = scenarioPage('nremt-manage-education-complete.html');
  html = removeRow(html, 'Burns and Blast Injuries');
  html = html.replace(/(<td>Ambulance Safety and Crash Avoidance<\/td><td>[^<]+<\/td><td>)3(<\/td>)/, '$11.5$2');
  html = addRow(html, 'Individual', [BURNS, `02/18/${Y - 1}`, '2', '25-NESE-F3-0331']);
  html = addRow(html, 'Individual', [HOSTILE_FORMULA_TITLE, `03/01/${Y - 1}`, '1', '—']);
  return html;
}
