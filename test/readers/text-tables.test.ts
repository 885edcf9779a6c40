// The person's course list printed as a TEXT table in preformatted text (a terminal session saved
// to HTML, a tool's plain-text report): a pipe table (Markdown, csvkit's csvlook, psql), a box
// table of "+---+" borders (MySQL's client, PrettyTable) or of box-drawing lines (┌─┬), or columns
// aligned by spaces. Each is cut into rows and cells, each cell paired with its column's title, and
// read as a <table> with that header would be: its column titles naming a course's title and hours
// make the page the person's course list (nothing else names it here). A shell's prompt lines and a
// command's summary table (a group-by's counts and sums) are no courses; a command line piping into
// the next ("… | csvlook") is no row of the table.
// Also: a line saying the person has no agency ("Agency: none on file", "Not affiliated with any
// agency") gives the agency as none on a page of their courses (domain.md: Agency Affiliation).
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const esc = (text: string): string => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;');
const page = (text: string, title = 'terminal'): string =>
  `<!DOCTYPE html><html><head><meta charset="UTF-8"><title>${title}</title></head><body><pre>${esc(text)}</pre></body></html>`;

const TITLES = ['Course', 'Completed', 'Hours', 'Component', 'Approval'];
const ROWS = [
  ['Pediatric Airway Management', '2025-05-02', '2', 'National', 'CAPCE 25-EMSX-F3-0502'],
  ['Regional Protocol Update', '2026-01-09', '4', 'Local', 'OEMS 26-0109-T3'],
  ['Hazmat Awareness Refresher', '2026-03-21', '1.5', '', ''],
];
const EXPECTED = [
  ['Pediatric Airway Management', '2025-05-02', 2, 'national', '25-EMSX-F3-0502'],
  ['Regional Protocol Update', '2026-01-09', 4, 'local', '26-0109-T3'],
  ['Hazmat Awareness Refresher', '2026-03-21', 1.5, null, null],
];

const widths = TITLES.map((title, c) => Math.max(title.length, ...ROWS.map((row) => row[c]!.length)));
const padded = (row: string[]): string[] => row.map((cell, c) => cell.padEnd(widths[c]!));
const dashes = (char = '-'): string[] => widths.map((w) => char.repeat(w));

/** csvlook: outer bars, a "| --- |" rule under the titles. */
const csvlook = (): string => [TITLES, dashes(), ...ROWS].map((row) => `| ${padded(row).join(' | ')} |`).join('\n');
/** Markdown as typed: outer bars, cells not lined up, an alignment rule. */
const markdown = (): string => [`|${TITLES.join('|')}|`, `|${TITLES.map(() => ':---').join('|')}|`, ...ROWS.map((row) => `|${row.join('|')}|`)].join('\n');
/** psql: no outer bars, a "---+---" rule, a row count after. */
const psql = (): string =>
  [` ${padded(TITLES).join(' | ')}`, `-${dashes().join('-+-')}-`, ...ROWS.map((row) => ` ${padded(row).join(' | ')}`), `(${ROWS.length} rows)`].join('\n');
/** MySQL's client, PrettyTable: "+---+" borders above, under the titles and below. */
const plusBox = (): string => {
  const border = `+-${dashes().join('-+-')}-+`;
  return [border, `| ${padded(TITLES).join(' | ')} |`, border, ...ROWS.map((row) => `| ${padded(row).join(' | ')} |`), border].join('\n');
};
/** Box-drawing lines. */
const unicodeBox = (): string => {
  const line = (l: string, m: string, r: string): string => `${l}─${dashes('─').join(`─${m}─`)}─${r}`;
  return [line('┌', '┬', '┐'), `│ ${padded(TITLES).join(' │ ')} │`, line('├', '┼', '┤'), ...ROWS.map((row) => `│ ${padded(row).join(' │ ')} │`), line('└', '┴', '┘')].join('\n');
};
/** Columns aligned by spaces, dashes under the titles. */
const aligned = (): string => [TITLES, dashes(), ...ROWS].map((row) => padded(row).join('   ').trimEnd()).join('\n');

const PROMPT = 'dana@laptop:~/recert$';
const session = (command: string, table: string): string =>
  `${PROMPT} cat facts.txt\nName:          Dana Okafor\nRegistry #:    E1234567\nLevel:         EMT\nExpires:       03/31/2027\n${PROMPT} ${command}\n${table}\n${PROMPT} `;

const courses = (html: string) => readHtml(html).courses?.map((c) => [c.title, c.completedOn, c.hours, c.component ?? null, c.approvalNumber ?? null]);

describe('a text table in preformatted text is read as a course table', () => {
  it.each([
    ['csvlook (pipe table)', 'csvlook transcript.csv', csvlook()],
    ['Markdown (pipe table, not lined up)', 'cat transcript.md', markdown()],
    ['psql (no outer bars, a row count)', 'psql -c "select * from transcript"', psql()],
    ['MySQL / PrettyTable (+---+ borders)', 'mysql -e "select * from transcript"', plusBox()],
    ['box-drawing lines', 'python3 show.py', unicodeBox()],
    ['columns aligned by spaces', 'column -t -s, transcript.csv', aligned()],
  ])('%s', (_, command, table) => {
    const read = readHtml(page(session(command, table)));
    expect(read.kind).toBe('nremt-education');
    expect(courses(page(session(command, table)))).toEqual(EXPECTED);
    expect(read.person?.registryNumber).toBe('E1234567');
  });

  it('a command piping into the table tool is no row of the table, and the next prompt ends it', () => {
    const text = session('csvcut -c 1-5 transcript.csv | csvlook', csvlook()) + 'ls\nnotes.md  transcript.csv';
    expect(courses(page(text))).toEqual(EXPECTED);
  });
});

describe("the dashboard's facts copied above the course table", () => {
  it.each([
    ['a note naming the dashboard', '# copied off the NREMT dashboard 11/30/2026'],
    ['a note naming where it was pasted from', 'pasted from my NREMT dashboard'],
  ])('%s: the application status among them names no application page', (_, note) => {
    const text = `${PROMPT} cat cert.txt\n${note}\nName ........... Dana Okafor\nNREMT # ........ E1234567\nExpires ........ 03/31/2027\nApp status ..... Not Started\n${PROMPT} csvlook t.csv\n${csvlook()}\n${PROMPT} `;
    const read = readHtml(page(text));
    expect(read.kind).toBe('nremt-education');
    expect(courses(page(text))).toEqual(EXPECTED);
  });

  it('a line naming the application page as the source keeps it the application', () => {
    const text = `pasted from nremt.org, Recertification Application page\nName: Dana Okafor\nApplication Status: In Progress\n\n${csvlook()}`;
    expect(readHtml(page(text)).kind).toBe('nremt-application');
  });
});

describe("a command's summary table is no course", () => {
  const groupBy = ['| component | courses |   hrs |', '| --------- | ------- | ----- |', '| National  |       7 | 11.75 |', '| Local     |       2 |     3 |', '|           |       1 |  1.25 |'].join('\n');
  it('a group-by beside the course table adds none', () => {
    const text = session('csvlook transcript.csv', csvlook()) + `csvsql --query "select component, count(*) as courses, sum(hours) as hrs from t group by component" t.csv | csvlook\n${groupBy}\n${PROMPT} `;
    expect(courses(page(text))).toEqual(EXPECTED);
  });

  it('a group-by alone is no course list', () => {
    const read = readHtml(page(`${PROMPT} csvlook totals.csv\n${groupBy}\n${PROMPT} `));
    expect(read.courses ?? []).toEqual([]);
  });
});

describe('a line saying there is no agency gives the agency as none', () => {
  const COURSE_TABLE = `<table><thead><tr><th>Course</th><th>Date Completed</th><th>Hours</th></tr></thead><tbody>
<tr><td>Airway Management Update</td><td>01/10/2026</td><td>2</td></tr><tr><td>Diabetic Emergencies</td><td>02/14/2026</td><td>1.5</td></tr></tbody></table>`;
  const report = (line: string): string =>
    `<!DOCTYPE html><html><head><title>CE report</title></head><body><h1>NREMT continuing education report</h1><p><b>Provider:</b> Dana Okafor <b>NREMT #:</b> E1234567</p>${line}<h2>Courses</h2>${COURSE_TABLE}</body></html>`;
  it.each([
    ['"Agency: none on file (…)"', '<p><b>Agency:</b> none on file (affiliation removed 09/30/2026)</p>'],
    ['"Agency: None"', '<p>Agency: None</p>'],
    ['"Not affiliated with any agency."', '<p>Not affiliated with any agency.</p>'],
    ['"No agency affiliation on file" in a printout', '<pre>Name:     Dana Okafor\nNo agency affiliation on file\n</pre>'],
  ])('%s', (_, line) => {
    const read = readHtml(report(line));
    expect(read.kind).toBe('nremt-education');
    expect(read.agency).toEqual({ name: null, status: 'none' });
  });

  it("a course card's sponsor \"Agency: None\" says nothing of the person's", () => {
    const cards = ['Airway Management Update|01/10/2026|2', 'Diabetic Emergencies|02/14/2026|1.5']
      .map((course) => course.split('|'))
      .map(([title, date, hours]) => `<div><p><b>${title}</b></p><p>Completed: ${date}</p><p>Agency: None</p><p>Hours: ${hours}</p></div>`)
      .join('');
    const read = readHtml(`<!DOCTYPE html><html><head><title>Manage Education - NREMT</title></head><body><h1>Manage Education</h1>${cards}</body></html>`);
    expect(read.courses?.length).toBe(2);
    expect(read.agency ?? null).toBeNull();
  });
});
