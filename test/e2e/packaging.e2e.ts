// Packaging: the Firefox build passes `web-ext lint` with no errors (warnings are printed).
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../scripts/lib/extension-browser';

const FIREFOX_BUILD_DIR = join(PROJECT_ROOT, '.output', 'firefox-mv3');

interface LintMessage {
  code: string;
  message: string;
  file?: string;
}

describe('Firefox package', () => {
  it('web-ext lint finds no errors in .output/firefox-mv3', async () => {
    expect(existsSync(join(FIREFOX_BUILD_DIR, 'manifest.json')), 'run "npx wxt build -b firefox --mv3" first').toBe(true);
    const webExt = join(PROJECT_ROOT, 'node_modules', '.bin', 'web-ext');
    // web-ext exits non-zero when there are errors; the JSON report is on stdout either way.
    const { stdout } = await promisify(execFile)(webExt, ['lint', '--source-dir', FIREFOX_BUILD_DIR, '--output', 'json', '--no-config-discovery'], {
      cwd: PROJECT_ROOT,
      maxBuffer: 10 * 1024 * 1024,
    }).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
    const report = JSON.parse(stdout.slice(stdout.indexOf('{'))) as { errors: LintMessage[]; warnings: LintMessage[] };
    for (const warning of report.warnings) console.warn(`web-ext lint warning ${warning.code}: ${warning.message} (${warning.file ?? ''})`);
    expect(report.errors.map((error) => `${error.code}: ${error.message} (${error.file ?? ''})`)).toEqual([]);
  });
});
