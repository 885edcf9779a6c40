// Rows the page's own stylesheet hides are not courses. Component kits hide duplicate cells
// with `visibility: hidden` (fixed-column tables render every row two or three times) and
// collapsed groups with `display: none` from a class: reading them would count hours twice.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NREMT_ORIGIN, ReplicaSite } from '../../scripts/lib/replica-site';
import { scenarioPage, Y } from './helpers/scenario';
import { readyPanel, startSession, storedCourses, type Session } from './helpers/session';

const STYLE = '<style>.dup > td > * { visibility: hidden } .folded { visibility: hidden } .closed { display: none }</style>';

/** Sam's complete Manage Education page with three more Individual rows, each styled by `classes`. */
function educationWith(classes: [string, string, string]): string {
  const [dup, folded, closed] = classes;
  const rows = [
    `<tr class="${dup}"><td><div>Ghost Course Alpha</div></td><td><div>09/09/${Y - 1}</div></td><td><div>4</div></td><td><div>25-GHST-F3-0001</div></td></tr>`,
    `<tr class="${folded}"><td>Ghost Course Bravo</td><td>09/10/${Y - 1}</td><td>3</td><td>25-GHST-F3-0002</td></tr>`,
    `<tr class="${closed}"><td>Ghost Course Charlie</td><td>09/11/${Y - 1}</td><td>2</td><td>25-GHST-F3-0003</td></tr>`,
  ].join('\n');
  const html = scenarioPage('nremt-manage-education-complete.html');
  if (!html.includes('<!-- end of individual rows -->') || !html.includes('</head>')) throw new Error('marker missing');
  return html.replace('</head>', `${STYLE}</head>`).replace('<!-- end of individual rows -->', rows);
}

async function storedTitles(session: Session): Promise<string[]> {
  return (await storedCourses<{ title: string }>(session)).map((course) => course.title);
}

describe('rows hidden by the page’s stylesheet', () => {
  let session: Session;
  beforeAll(async () => {
    session = await startSession(
      new ReplicaSite()
        .set(`${NREMT_ORIGIN}/dashboard`, scenarioPage('nremt-dashboard.html'))
        .set(`${NREMT_ORIGIN}/manage-education`, educationWith(['dup', 'folded', 'closed']))
        .set(`${NREMT_ORIGIN}/manage-education-shown`, educationWith(['', '', ''])),
    );
    await readyPanel(await session.open(`${NREMT_ORIGIN}/dashboard`));
  });
  afterAll(async () => session?.close());

  it('are not read: cells hidden with visibility, a row hidden with visibility, a row hidden with display', async () => {
    const page = await session.open(`${NREMT_ORIGIN}/manage-education`);
    await readyPanel(page);
    await expect.poll(async () => (await storedTitles(session)).length, { timeout: 15_000 }).toBeGreaterThan(10);
    const titles = await storedTitles(session);
    expect(titles).toContain('Geriatric Assessment');
    expect(titles.filter((t) => t.startsWith('Ghost Course'))).toEqual([]);
  });

  it('the same rows without the hiding classes are read (so the test above can fail)', async () => {
    const page = await session.open(`${NREMT_ORIGIN}/manage-education-shown`);
    await readyPanel(page);
    await expect
      .poll(async () => (await storedTitles(session)).filter((t) => t.startsWith('Ghost Course')).sort(), { timeout: 15_000 })
      .toEqual(['Ghost Course Alpha', 'Ghost Course Bravo', 'Ghost Course Charlie']);
  });
});
