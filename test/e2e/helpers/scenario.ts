// Builds the scenario pages of test/e2e/site/ for the real date: the templates carry
// {{Y}}-style years so the journeys stay true next year, and some variants are derived by
// plain text substitution (documented where they are made).
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pagesBySavedUrl } from '../../../scripts/lib/replica-site';

export const SCENARIO_DIR = resolve(import.meta.dirname, '..', 'site');
export const REPLICA_DIR = resolve(import.meta.dirname, '..', '..', 'fixtures', 'replica');

/**
 * Expiration year of the cycle whose window is open, or was last open, on `today`:
 * windows open October 1 of the year before expiration, so from October on it is next year's.
 */
export function currentCycleYear(today: Date = new Date()): number {
  return today.getMonth() >= 9 ? today.getFullYear() + 1 : today.getFullYear();
}

export const Y = currentCycleYear();

/** "03/31/2027" as the sites print it. */
export function march31(year: number): string {
  return `03/31/${year}`;
}

export function scenarioPage(file: string, extra: Record<string, string> = {}): string {
  let html = readFileSync(join(SCENARIO_DIR, file), 'utf8');
  const values: Record<string, string> = {
    '{{Y}}': String(Y),
    '{{Y-1}}': String(Y - 1),
    '{{Y-2}}': String(Y - 2),
    '{{Y+2}}': String(Y + 2),
    ...Object.fromEntries(Object.entries(extra).map(([key, value]) => [`{{${key}}}`, value])),
  };
  for (const [placeholder, value] of Object.entries(values)) html = html.replaceAll(placeholder, value);
  const leftover = /\{\{[A-Z0-9+_-]+\}\}/.exec(html);
  if (leftover) throw new Error(`${file}: no value for ${leftover[0]}`);
  return html;
}

export function elicensingPage(expiresYear: number): string {
  return scenarioPage('elicensing-license.html', { LICENSE_EXPIRES: march31(expiresYear) });
}

/** The bundled replica site (readers engineer's pages), keyed by the address each was saved from. */
export function replicaPages(): Map<string, string> {
  return pagesBySavedUrl(REPLICA_DIR);
}

/** The hostile course titles, as the page shows them (text, escaped in the HTML). */
export const HOSTILE_TITLES = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=2</script>Protocol Review',
] as const;

function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}

/**
 * The complete Manage Education page plus two Individual rows whose titles are HTML/script
 * text and which carry no approval number (so they earn nothing and get named in a warning).
 */
export function hostileEducationPage(): string {
  const rows = HOSTILE_TITLES.map(
    (title) => `<tr><td>${escapeHtml(title)}</td><td>09/09/${Y - 1}</td><td>1</td><td>&mdash;</td></tr>`,
  ).join('\n');
  return replaceOnce(scenarioPage('nremt-manage-education-complete.html'), '<!-- end of individual rows -->', rows);
}

/**
 * The SPA: the dashboard view first, then Manage Education without two rows:
 * "Post-ROSC Care" (Cardiovascular 2 h) and "Infection Control for EMS" (Local 4 h).
 * By hand: National 25 - 2 = 23 credited -> 2 left; Local 12.5 - 4 = 8.5 -> 4 left;
 * Individual 12.5 -> 0 left; total 6 left.
 */
export function spaPage(): string {
  const education = mainOf(scenarioPage('nremt-manage-education-complete.html'))
    .split('\n')
    .filter((line) => !line.includes('Post-ROSC Care') && !line.includes('Infection Control for EMS'))
    .join('\n');
  return scenarioPage('nremt-spa-shell.html', {
    DASHBOARD_MAIN: mainOf(scenarioPage('nremt-dashboard.html')),
    EDUCATION_MAIN: education,
  });
}

function mainOf(html: string): string {
  const match = /<main>([\s\S]*)<\/main>/.exec(html);
  if (!match?.[1]) throw new Error('page has no <main>');
  return match[1];
}

function replaceOnce(html: string, marker: string, replacement: string): string {
  if (!html.includes(marker)) throw new Error(`marker ${marker} not found`);
  return html.replace(marker, replacement);
}
