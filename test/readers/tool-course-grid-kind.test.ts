// The person's own course list kept in a spreadsheet or database tool (a document named for the
// NREMT recertification), with a card of their certification's facts beside it: registry number,
// level, cycle start and expiration. Its records stand under a row of column titles naming the
// course title and the hours: the page is the course list, not the NREMT dashboard, though it states
// as many facts as a dashboard does. A page of the same facts without such a grid stays a dashboard.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const COURSES = [
  ['Respiratory Emergencies: Asthma &amp; COPD', '8 April 2026', '2.00', 'National', 'Airway, Respiration &amp; Ventilation', '26-EMSX-F3-1044'],
  ['Cardiac Chest Pain for the EMT', '16 May 2026', '2.00', 'National', 'Cardiovascular', '26-BOST-F1-0230'],
  ['Musculoskeletal Injuries and Splinting', '20 June 2026', '1.50', 'National', 'Trauma', '26-EMSX-F3-1473'],
];

const box = (texts: readonly string[]): string => `<div class="r">${texts.map((t) => `<div class="f">${t}</div>`).join('')}</div>`;

type Facts = 'boxes' | 'dl' | 'lines';
function card(facts: Facts): string {
  const pairs = [['Name', 'Morgan Tierney'], ['NREMT ID', 'E3016642'], ['Level', 'EMT'], ['Cycle Start', '1 April 2026'], ['Expires', '31 March 2028']];
  if (facts === 'dl') return `<dl>${pairs.map(([l, v]) => `<dt>${l}</dt><dd>${v}</dd>`).join('')}</dl>`;
  if (facts === 'lines') return `<div>${pairs.map(([l, v]) => `<div>${l}: ${v}</div>`).join('')}</div>`;
  return `<div class="card"><div>CERTIFICATION</div>${pairs.map(([l, v]) => `<div class="fld"><div class="lbl">${l}</div><div class="val">${v}</div></div>`).join('')}</div>`;
}

function grid(head: readonly string[], withRowNumbers: boolean): string {
  return (
    `<div class="grid"><div class="cols">${box(withRowNumbers ? ['', ...head] : head)}</div>` +
    COURSES.map((c, i) => box(withRowNumbers ? [String(i + 1), ...c] : c)).join('') +
    `</div>`
  );
}

const page = (title: string, body: string): string =>
  `<!DOCTYPE html><html><head><title>${title}</title></head><body><nav><a>Home</a> / <a>Workspace</a></nav>${body}</body></html>`;

describe("a tool's page of the person's course grid beside their certification card", () => {
  const cases: Array<[string, string]> = [];
  for (const facts of ['boxes', 'dl', 'lines'] as const) {
    for (const [head, numbers] of [
      [['Course Title', 'Completed', 'Hours', 'Component', 'Topic', 'Approval #'], true],
      [['Course', 'Date', 'Credits', 'Component', 'Topic', 'Approval Number'], false],
    ] as const) {
      cases.push([`facts as ${facts}, columns ${head.slice(0, 3).join(' / ')}${numbers ? ', row numbers' : ''}`, page('NREMT Recert 2026–2028 - Grist', card(facts) + grid(head, numbers))]);
    }
  }
  it.each(cases)('%s: the course list', (_name, html) => {
    const snapshot = readHtml(html);
    expect(snapshot.kind).toBe('nremt-education');
    expect(snapshot.courses?.map((c) => [c.title, c.hours])).toEqual([
      ['Respiratory Emergencies: Asthma & COPD', 2],
      ['Cardiac Chest Pain for the EMT', 2],
      ['Musculoskeletal Injuries and Splinting', 1.5],
    ]);
  });

  it('the same facts without a course grid (a Message Center of dated lines) stay the dashboard', () => {
    const messages = `<div><div>Messages</div>${['Application received 4/2/2026', 'Agency affiliation approved 4/9/2026'].map((m) => `<div>${m}</div>`).join('')}</div>`;
    expect(readHtml(page('NREMT Recert 2026–2028 - Grist', card('boxes') + messages)).kind).toBe('nremt-dashboard');
  });

  it("a database tool's menu of its tables beside its sign-out control names nobody (\"Certificates\" before \"Log out\")", () => {
    const menu = `<nav><ul><li><a>Home</a></li><li><a>Course</a></li><li><a>Provider</a></li><li><a>Certificates</a></li></ul><ul><li><a>Log out (mtierney)</a></li></ul></nav>`;
    const html = page('NREMT Recert 2026–2028 - Admin', menu + card('boxes') + grid(['Course Title', 'Completed', 'Hours', 'Component', 'Topic', 'Approval #'], false));
    expect([undefined, 'Morgan Tierney']).toContain(readHtml(html).person?.name);
  });
});
