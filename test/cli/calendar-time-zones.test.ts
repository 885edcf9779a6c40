// The calendar's all-day dates are the Massachusetts calendar days wherever the command runs:
// the real command in a process west of UTC and one far east of it prints the same dates.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..');
const fx = (name: string) => join(__dirname, 'fixtures', name);
const exec = promisify(execFile);

describe('recert calendar in other time zones', () => {
  it('prints the same all-day dates in Los Angeles and in Kiritimati (UTC+14)', async () => {
    const args = ['tsx', 'bin/recert.ts', 'calendar', '--today', '2026-11-24', fx('aemt-dashboard.json'), fx('aemt-elicensing.json')];
    const starts = async (tz: string) => {
      const { stdout } = await exec('npx', args, { cwd: root, env: { ...process.env, TZ: tz } });
      return stdout.split('\r\n').filter((line) => line.startsWith('DTSTART'));
    };
    const expected = ['20261001', '20270215', '20270331', '20270430'].map((d) => `DTSTART;VALUE=DATE:${d}`);
    expect(await starts('America/Los_Angeles')).toEqual(expected);
    expect(await starts('Pacific/Kiritimati')).toEqual(expected);
  }, 90_000);
});
