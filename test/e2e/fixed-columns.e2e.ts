// A grid with fixed columns (Element UI): each row is drawn three times, in the main table and in
// the fixed-left and fixed-right overlays, and the kit's stylesheet hides in each copy the cells
// another copy shows. In the browser, with that layout, each course is stored once, with its title.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NREMT_ORIGIN, ReplicaSite } from '../../scripts/lib/replica-site';
import { scenarioPage } from './helpers/scenario';
import { readyPanel, startSession, storedCourses, type Session } from './helpers/session';

const STYLE =
  '<style>.el-table { position: relative; overflow: hidden } .el-table td.is-hidden > *, .el-table th.is-hidden > * { visibility: hidden }' +
  ' .el-table__fixed, .el-table__fixed-right { position: absolute; top: 0; left: 0; background: #fff } .el-table__fixed-right { left: auto; right: 0 }</style>';

const HEADERS = ['Course Title', 'Date Completed', 'Credit Hours', 'Approval Number', 'Operations'];

/** The Local section's table, as Element UI draws it with the title column fixed left and the operations fixed right. */
function elementGrid(rows: string[][]): string {
  const cells = (tag: 'td' | 'th', texts: string[], shown: (c: number) => boolean) =>
    `<tr>${texts.map((text, c) => `<${tag} class="el-table__cell${shown(c) ? '' : ' is-hidden'}"><div class="cell">${text}</div></${tag}>`).join('')}</tr>`;
  const copy = (shown: (c: number) => boolean) =>
    `<div class="el-table__header-wrapper"><table class="el-table__header"><thead>${cells('th', HEADERS, shown)}</thead></table></div>` +
    `<div class="el-table__body-wrapper"><table class="el-table__body"><tbody>${rows.map((row) => cells('td', [...row, '<button>Edit</button>'], shown)).join('')}</tbody></table></div>`;
  return (
    `<div class="el-table">${copy((c) => c >= 1 && c <= 3)}` +
    `<div class="el-table__fixed">${copy((c) => c === 0)}</div><div class="el-table__fixed-right">${copy((c) => c === 4)}</div></div>`
  );
}

/** Sam's complete Manage Education page with its Local table drawn as an Element UI fixed-column grid. */
function educationWithElementGrid(): string {
  const html = scenarioPage('nremt-manage-education-complete.html');
  const local = /(<h2>Local<\/h2>[\s\S]*?)<table>([\s\S]*?)<\/table>/.exec(html);
  if (!local) throw new Error('Local table missing');
  const rows = Array.from(local[2]!.matchAll(/<tr><td>(.*?)<\/td><td>(.*?)<\/td><td>(.*?)<\/td><td>(.*?)<\/td><\/tr>/g), (m) => [m[1]!, m[2]!, m[3]!, m[4]!]);
  if (rows.length !== 3) throw new Error('Local rows missing');
  return html.replace('</head>', `${STYLE}</head>`).replace(local[0], `${local[1]}${elementGrid(rows)}`);
}

type StoredCourse = { title: string; hours: number; component: string | null };

describe('a fixed-column grid (rows drawn in overlaid tables)', () => {
  let session: Session;
  beforeAll(async () => {
    session = await startSession(
      new ReplicaSite()
        .set(`${NREMT_ORIGIN}/dashboard`, scenarioPage('nremt-dashboard.html'))
        .set(`${NREMT_ORIGIN}/manage-education`, educationWithElementGrid()),
    );
    await readyPanel(await session.open(`${NREMT_ORIGIN}/dashboard`));
  });
  afterAll(async () => session?.close());

  it('stores each course once, with its title, hours and component', async () => {
    const page = await session.open(`${NREMT_ORIGIN}/manage-education`);
    await readyPanel(page);
    await expect.poll(async () => (await storedCourses<StoredCourse>(session)).length, { timeout: 15_000 }).toBeGreaterThan(10);
    const local = (await storedCourses<StoredCourse>(session)).filter((course) => course.component === 'local');
    expect(local.map((course) => [course.title, course.hours]).sort()).toEqual([
      ['Infection Control for EMS', 4],
      ['Massachusetts Protocols Update', 4],
      ['Regional Stroke Point of Entry', 4.5],
    ]);
    expect((await storedCourses<StoredCourse>(session)).length).toBe(15);
  });
});
