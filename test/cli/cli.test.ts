// The `recert` command: main() called directly for most cases; one test runs the real command.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { AEMT, fixture, runRecert } from './run';
import { PAGE_KINDS } from '../../lib/model';

const root = join(__dirname, '..', '..');
const fx = fixture;
const run = (argv: string[], now = new Date(2026, 10, 24, 12)) => runRecert(argv, now);

describe('recert status', () => {
  it('reproduces the replica provider worked by hand (AEMT, 15 h left)', async () => {
    const { code, stdout, stderr } = await run(['status', '--today', '2026-11-24', ...AEMT]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(Object.keys(report).slice(0, 9)).toEqual([
      'level', 'certification', 'cycle', 'phase', 'components', 'totalRemaining', 'stepA', 'stepB', 'warnings',
    ]);
    expect(Object.keys(report.components.national).slice(0, 4)).toEqual(['required', 'credited', 'remaining', 'topics']);
    expect(report.level).toBe('aemt');
    expect(report.certification).toEqual({ expiresOn: '2027-03-31', cycleStart: '2025-02-11' });
    expect(report.cycle).toEqual({ opensOn: '2026-10-01', recommendedBy: '2027-02-15', lastDay: '2027-03-31', signOffBy: '2027-04-30', renewsTo: '2029-03-31' });
    expect(report.phase).toBe('open');
    // Trauma 2 of 4, Operations 1.5 of 3 -> National 21.5, 3.5 left; Local 8 (4.5 left); Individual 5.5 (7 left)
    expect(report.components.national.topics.trauma).toMatchObject({ required: 4, credited: 2, remaining: 2 });
    expect(report.components.national.topics.operations).toMatchObject({ required: 3, credited: 1.5, remaining: 1.5 });
    expect(report.components.national).toMatchObject({ required: 25, credited: 21.5, remaining: 3.5 });
    expect(report.components.local).toMatchObject({ required: 12.5, credited: 8, remaining: 4.5 });
    expect(report.components.individual).toMatchObject({ required: 12.5, credited: 5.5, remaining: 7 });
    expect(report.totalRemaining).toBe(15);
    expect(report.stepA).toEqual({ status: 'in-progress' });
    expect(report.stepB.status).toBe('not-done');
    const codes = report.warnings.map((w: { code: string }) => w.code);
    expect(codes).toContain('STEP_B_NOT_DONE');
    expect(codes).not.toContain('NO_AGENCY');
    expect(codes).not.toContain('SUBMIT_APPLICATION');
    const named = report.warnings.filter((w: { course?: string }) => w.course).map((w: { code: string; course: string }) => [w.code, w.course]);
    expect(named).toEqual([
      ['OUTSIDE_CYCLE', 'Hemorrhage Control (Stop the Bleed)'],
      ['DUPLICATE_COURSE', 'Stroke Recognition and Triage'],
      ['NO_APPROVAL_NUMBER', 'Incident Command Overview'],
    ]);
    expect(stdout).toBe(`${JSON.stringify(report, null, 2)}\n`);
  });

  it('Transcript after Manage Education adds nothing (same courses, no components)', async () => {
    const withTranscript = await run(['status', '--today', '2026-11-24', ...AEMT, fx('aemt-transcript.json')]);
    const report = JSON.parse(withTranscript.stdout);
    expect(report.courses).toHaveLength(18);
    expect(report.totalRemaining).toBe(15);
  });

  it('--level overrides the level the pages show', async () => {
    const report = JSON.parse((await run(['status', '--today', '2026-11-24', '--level', 'paramedic', ...AEMT])).stdout);
    expect(report.level).toBe('paramedic');
    expect(report.components.national.required).toBe(30);
  });

  it('--today defaults to the real (local) date', async () => {
    const report = JSON.parse((await run(['status', fx('aemt-dashboard.json')], new Date(2027, 3, 2, 23, 30))).stdout);
    expect(report.phase).toBe('late');
    expect(report.daysLeft.lastDay).toBe(-2);
  });
});

describe('recert read', () => {
  it('reads a saved HTML page: address from the saved-from mark, or from --url', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'recert-cli-'));
    const page = join(dir, 'page.html');
    writeFileSync(page, '<!DOCTYPE html>\n<!-- saved from url=(0031)https://www.nremt.org/dashboard -->\n<html><body><h1>Hello</h1><script>throw new Error("never run")</script></body></html>');
    const fromMark = await run(['read', page]);
    expect(fromMark.code).toBe(0);
    const snapshot = JSON.parse(fromMark.stdout);
    expect(Object.keys(snapshot).slice(0, 2)).toEqual(['url', 'kind']);
    expect(snapshot.url).toBe('https://www.nremt.org/dashboard');
    expect(PAGE_KINDS).toContain(snapshot.kind);
    const fromOption = JSON.parse((await run(['read', page, '--url', 'https://example.org/x'])).stdout);
    expect(fromOption.url).toBe('https://example.org/x');
    writeFileSync(page, '<html><body>no mark</body></html>');
    expect(JSON.parse((await run(['read', page])).stdout).url).toBeNull();
  });

  it('a page nobody recognises reads as kind "unknown", exit 0', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'recert-cli-'));
    const page = join(dir, 'recipe.html');
    writeFileSync(page, '<html><body><h1>Banana bread</h1><p>Mix flour and bananas.</p></body></html>');
    const out = await run(['read', page]);
    expect(out.code).toBe(0);
    expect(JSON.parse(out.stdout).kind).toBe('unknown');
  });
});

describe('replica pages (HTML, the extension\'s own readers)', () => {
  const replica = (name: string) => join(root, 'test', 'fixtures', 'replica', name);
  it.each([
    ['nremt-dashboard.html', 'nremt-dashboard', 'https://www.nremt.org/dashboard'],
    ['nremt-manage-education.html', 'nremt-education', 'https://www.nremt.org/manage-education'],
    ['nremt-transcript.html', 'nremt-education', 'https://www.nremt.org/transcript'],
    ['nremt-application.html', 'nremt-application', 'https://www.nremt.org/recertification-application'],
    ['elicensing-license.html', 'elicensing-license', 'https://healthprofessionlicensing.mass.gov/s/manage-licenses-applications'],
  ])('%s reads as %s', async (file, kind, url) => {
    const { code, stdout } = await run(['read', replica(file)]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ url, kind });
  });
});

describe('bad arguments and files: one line on stderr, exit 2', () => {
  it.each([
    [[], /usage/],
    [['frobnicate'], /unknown command "frobnicate"/],
    [['status'], /at least one page/],
    [['status', '--today', '2027-02-30', fx('aemt-dashboard.json')], /--today must be a date/],
    [['status', '--today'], /--today needs a value/],
    [['status', '--level', 'nurse', fx('aemt-dashboard.json')], /--level must be one of/],
    [['status', '--verbose', fx('aemt-dashboard.json')], /unknown option --verbose/],
    [['read'], /exactly one page/],
    [['read', 'a.html', 'b.html'], /exactly one page/],
    [['read', '/no/such/page.html'], /\/no\/such\/page\.html: no such file/],
    [['status', fx('aemt-dashboard.json'), '/no/such/page.json'], /page\.json: no such file/],
    [['read', __dirname], /is a directory/],
    [['status', fx('invalid-snapshot.json')], /invalid-snapshot\.json: not a valid page snapshot at courses\.0\.completedOn/],
  ])('%j', async (argv, message) => {
    const { code, stdout, stderr } = await run(argv as string[]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('a .json file that is not JSON', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'recert-cli-'));
    const bad = join(dir, 'broken.json');
    writeFileSync(bad, '{"url": null, "kind": ');
    const { code, stderr } = await run(['status', bad]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/broken\.json: not valid JSON/);
  });
});

describe('the real command', () => {
  const exec = promisify(execFile);
  it('npx tsx bin/recert.ts and npm run --silent recert print only JSON; errors exit 2', async () => {
    const args = ['status', '--today', '2026-11-24', ...AEMT];
    const direct = await exec('npx', ['tsx', 'bin/recert.ts', ...args], { cwd: root });
    expect(JSON.parse(direct.stdout).totalRemaining).toBe(15);
    const viaNpm = await exec('npm', ['run', '--silent', 'recert', '--', ...args], { cwd: root });
    expect(viaNpm.stdout).toBe(direct.stdout);
    const failed = await exec('npx', ['tsx', 'bin/recert.ts', 'status', '--level', 'nurse', fx('aemt-dashboard.json')], { cwd: root })
      .then(() => null, (error: { code: number; stdout: string; stderr: string }) => error);
    expect(failed?.code).toBe(2);
    expect(failed?.stdout).toBe('');
    expect(failed?.stderr).toMatch(/^recert: --level must be one of/m);
    // npm runs in the package root; a path relative to where the user typed still works.
    const fromSubdir = await exec('npm', ['run', '--silent', 'recert', '--', 'read', 'nremt-dashboard.html'], {
      cwd: join(root, 'test', 'fixtures', 'replica'),
    });
    expect(JSON.parse(fromSubdir.stdout).kind).toBe('nremt-dashboard');
  }, 60000);
});

describe('bad input files: one line on stderr, exit 2, never a crash', () => {
  const dir = mkdtempSync(join(tmpdir(), 'recert-bad-'));
  const file = (name: string, content: string | Uint8Array) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };
  const snapshot = (completedOn: string) =>
    JSON.stringify({ url: null, kind: 'nremt-education', courses: [{ title: 'A', completedOn, hours: 1, component: 'local', topic: null, approvalNumber: '26-X-F3-1' }] });

  it.each([
    ['empty page', () => ['read', file('empty.html', '')], /empty\.html: not an HTML page or snapshot \(the file is empty\)/],
    ['blank snapshot', () => ['status', file('blank.json', ' \n ')], /blank\.json: not an HTML page or snapshot/],
    ['binary page', () => ['read', file('photo.html', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0xff, 0xfe]))], /photo\.html: not an HTML page or snapshot \(binary data\)/],
    ['not UTF-8 at all', () => ['read', file('latin.html', new Uint8Array(Array.from({ length: 400 }, (_, i) => 0x80 + (i % 100))))], /not an HTML page or snapshot/],
    ['plain text', () => ['read', file('notes.txt', 'just some notes, no markup')], /notes\.txt: not an HTML page or snapshot/],
    ['impossible date in a snapshot', () => ['status', file('bad-date.json', snapshot('2027-13-45'))], /bad-date\.json: not a valid page snapshot at courses\.0\.completedOn: not a real calendar date/],
    ['February 30 in a snapshot', () => ['status', file('feb30.json', snapshot('2026-02-30'))], /not a real calendar date/],
  ])('%s', async (_name, argv, message) => {
    const { code, stdout, stderr } = await run(argv());
    expect(stderr).toMatch(message);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(code).toBe(2);
    expect(stdout).toBe('');
  });

  it('a real snapshot date still reads', async () => {
    const { code } = await run(['status', '--today', '2026-11-24', file('ok.json', snapshot('2026-02-28'))]);
    expect(code).toBe(0);
  });

  it('a page over the size limit is refused before it is read (the real command, a 50 MB page)', async () => {
    const big = join(dir, 'huge.html');
    writeFileSync(big, `<html><body>${'<p>x</p>'.repeat((50 * 1024 * 1024) / 8)}</body></html>`);
    const failed = await promisify(execFile)('npx', ['tsx', 'bin/recert.ts', 'read', big], { cwd: root }).then(
      () => null,
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
    expect(failed?.stderr).toMatch(/huge\.html: 50 MB is over the 10 MB limit for a saved page/);
    expect(failed?.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(failed?.code).toBe(2);
    expect(failed?.stdout).toBe('');
  }, 60000);
});

describe('recert status shows what could not be read', () => {
  it('unread rows are in the report, and a warning says the totals leave them out', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'recert-unread-'));
    const education = JSON.parse(readFileSync(fx('aemt-manage-education.json'), 'utf8'));
    education.unread = [{ text: 'Trauma Refresher 02/02/2026 TBD', reason: 'hours not a number: "TBD"' }];
    const page = join(dir, 'education.json');
    writeFileSync(page, JSON.stringify(education));
    const { code, stdout } = await run(['status', '--today', '2026-11-24', fx('aemt-dashboard.json'), page]);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.unread).toEqual(education.unread);
    expect(report.warnings.find((w: { code: string }) => w.code === 'UNREAD_ROWS')?.message).toMatch(/not counted in these hours/);
  });
});

describe("recert status says where the page's own figures disagree", () => {
  const site = (file: string) =>
    readFileSync(join(root, 'test', 'e2e', 'site', file), 'utf8')
      .replaceAll('{{Y-2}}', '2025')
      .replaceAll('{{Y-1}}', '2026')
      .replaceAll('{{Y}}', '2027');

  it('Manage Education shows 23.5 of 25 for National, its courses add up to 25: both figures, not ready to submit', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'recert-figures-'));
    const dashboard = join(dir, 'dashboard.html');
    const education = join(dir, 'education.html');
    writeFileSync(dashboard, site('nremt-dashboard.html'));
    writeFileSync(education, site('nremt-manage-education-complete.html').replace('<p>25 of 25 credits</p>', '<p>23.5 of 25 credits</p>'));
    const { code, stdout } = await run(['status', '--today', '2027-01-10', dashboard, education]);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.totalRemaining).toBe(0);
    expect(report.stepA.status).toBe('in-progress');
    expect(report.pageFigures).toEqual([{ component: 'national', topic: null, shown: 23.5, read: 25 }]);
    expect(Object.keys(report).indexOf('pageFigures')).toBe(Object.keys(report).indexOf('totalRemaining') + 1);
    const warning = report.warnings.find((w: { code: string }) => w.code === 'PAGE_FIGURE_DISAGREES');
    expect(warning.message).toContain('NREMT shows 23.5 h for National; I read 25 h from the courses listed');
    expect(report.warnings.map((w: { code: string }) => w.code)).not.toContain('SUBMIT_APPLICATION');
  });
});
