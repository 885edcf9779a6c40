// `recert status` on the replica site prints the conclusions worked out by hand in
// test/fixtures/replica/README.md (AEMT, cycle 2025-02-11 .. 2027-03-31).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../lib/cli/main';

const replica = (name: string): string => join(__dirname, '..', 'fixtures', 'replica', name);

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, {
    stdout: (text) => void (out += text),
    stderr: (text) => void (err += text),
    readFile: (path) => readFileSync(path, 'utf8'),
    now: () => new Date(2026, 10, 24),
  });
  return { code, out, err };
}

interface StatusJson {
  level: string;
  certification: { expiresOn: string; cycleStart: string };
  cycle: { opensOn: string; recommendedBy: string; lastDay: string; signOffBy: string; renewsTo: string };
  phase: string;
  components: {
    national: { required: number; credited: number; remaining: number; topics: Record<string, { required: number; credited: number; remaining: number }> };
    local: { required: number; credited: number; remaining: number };
    individual: { required: number; credited: number; remaining: number };
  };
  totalRemaining: number;
  stepA: { status: string };
  stepB: { status: string };
  warnings: Array<{ code: string; course?: string }>;
}

const PAGES = ['nremt-dashboard.html', 'nremt-manage-education.html', 'nremt-application.html', 'elicensing-license.html'];

describe('recert status on the replica site', () => {
  it.each([
    ['dashboard, manage education, application, eLicensing', PAGES],
    ['with the transcript too (same 18 courses: nothing counted twice)', [...PAGES.slice(0, 2), 'nremt-transcript.html', ...PAGES.slice(2)]],
  ])('%s', async (_label, pages) => {
    const { code, out, err } = await run(['status', '--today', '2026-11-24', ...pages.map(replica)]);
    expect(err).toBe('');
    expect(code).toBe(0);
    const report = JSON.parse(out) as StatusJson;

    expect(report.level).toBe('aemt');
    expect(report.certification).toEqual({ expiresOn: '2027-03-31', cycleStart: '2025-02-11' });
    expect(report.cycle).toEqual({
      opensOn: '2026-10-01',
      recommendedBy: '2027-02-15',
      lastDay: '2027-03-31',
      signOffBy: '2027-04-30',
      renewsTo: '2029-03-31',
    });
    expect(report.phase).toBe('open');

    // Airway 3+2 = 5 of 5; Cardiovascular 4+2 = 6 of 6; Trauma 2 of 4 (Stop the Bleed is before
    // 2025-02-11); Medical 3+2+2 = 7 of 7 (the repeated Stroke course counts once); Operations
    // 1.5 of 3 (Incident Command has no approval number). National 21.5 of 25.
    const topics = report.components.national.topics;
    const brief = (t: { required: number; credited: number; remaining: number }) => [t.required, t.credited, t.remaining];
    expect(brief(topics.airway!)).toEqual([5, 5, 0]);
    expect(brief(topics.cardiovascular!)).toEqual([6, 6, 0]);
    expect(brief(topics.trauma!)).toEqual([4, 2, 2]);
    expect(brief(topics.medical!)).toEqual([7, 7, 0]);
    expect(brief(topics.operations!)).toEqual([3, 1.5, 1.5]);
    expect(brief(report.components.national)).toEqual([25, 21.5, 3.5]);
    // Local 2+4+2 = 8 of 12.5; Individual 2+1.5+2 = 5.5 of 12.5.
    expect(brief(report.components.local)).toEqual([12.5, 8, 4.5]);
    expect(brief(report.components.individual)).toEqual([12.5, 5.5, 7]);
    // 3.5 + 4.5 + 7
    expect(report.totalRemaining).toBe(15);

    expect(report.stepA.status).toBe('in-progress');
    expect(report.stepB.status).toBe('not-done'); // eLicensing 2027-03-31 < 2029-03-31

    const codes = report.warnings.map((w) => (w.course ? `${w.code}:${w.course}` : w.code));
    expect(codes).toEqual(
      expect.arrayContaining([
        'STEP_B_NOT_DONE',
        'NO_APPROVAL_NUMBER:Incident Command Overview',
        'OUTSIDE_CYCLE:Hemorrhage Control (Stop the Bleed)',
        'DUPLICATE_COURSE:Stroke Recognition and Triage',
      ]),
    );
    expect(codes).not.toContain('NO_AGENCY');
    expect(codes).not.toContain('SUBMIT_APPLICATION');
  });

  it('recert read prints the replica dashboard as read', async () => {
    const { code, out } = await run(['read', replica('nremt-dashboard.html')]);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({
      url: 'https://www.nremt.org/dashboard',
      kind: 'nremt-dashboard',
      certification: { level: 'aemt', expiresOn: '2027-03-31', cycleStart: '2025-02-11' },
      agency: { name: 'Pioneer Valley Ambulance', status: 'active' },
    });
  });
});

describe('recert read on every fixture page prints its expected snapshot', () => {
  const dir = join(__dirname, '..', 'fixtures', 'pages');
  const names = readdirSync(dir).filter((name) => name.endsWith('.html')).sort();
  it.each(names)('%s', async (name) => {
    const { code, out, err } = await run(['read', join(dir, name)]);
    expect(err).toBe('');
    expect(code).toBe(0);
    const expected: unknown = JSON.parse(readFileSync(join(dir, name.replace(/\.html$/, '.expected.json')), 'utf8'));
    expect(JSON.parse(out)).toEqual(expected);
  });
});
