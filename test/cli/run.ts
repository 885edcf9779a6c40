// Runs the `recert` command's main() in-process, capturing what it prints (shared by the CLI tests).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../lib/cli/main';

export const fixture = (name: string): string => join(__dirname, 'fixtures', name);

/** The replica AEMT provider's four saved snapshots. */
export const AEMT = ['aemt-dashboard.json', 'aemt-manage-education.json', 'aemt-application.json', 'aemt-elicensing.json'].map(fixture);

export async function runRecert(argv: string[], now: Date): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (t) => { stdout += t; },
    stderr: (t) => { stderr += t; },
    readFile: (p) => readFileSync(p, 'utf8'),
    now: () => now,
  });
  return { code, stdout, stderr };
}
