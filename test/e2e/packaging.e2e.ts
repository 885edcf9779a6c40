// Packaging: the Firefox build passes `web-ext lint` with no errors (warnings are printed).
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { CHROME_BUILD_DIR, PROJECT_ROOT } from '../../scripts/lib/extension-browser';

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

interface Manifest {
  version: string;
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  content_scripts?: { matches: string[] }[];
}

describe('what the extension asks for (the README\'s Permissions table)', () => {
  const SITES = ['https://www.nremt.org/*', 'https://nremt.org/*', 'https://healthprofessionlicensing.mass.gov/*'];

  it('Chrome: storage, alarms, notifications, sidePanel and the two sites, nothing else', () => {
    const manifest = JSON.parse(readFileSync(join(CHROME_BUILD_DIR, 'manifest.json'), 'utf8')) as Manifest;
    expect([...(manifest.permissions ?? [])].sort()).toEqual(['alarms', 'notifications', 'sidePanel', 'storage']);
    expect([...(manifest.host_permissions ?? [])].sort()).toEqual([...SITES].sort());
    expect(manifest.optional_permissions ?? []).toEqual([]);
    for (const script of manifest.content_scripts ?? []) {
      for (const match of script.matches) expect(SITES).toContain(match);
    }
  });

  it('Firefox: the same without sidePanel (its sidebar needs no permission)', () => {
    const manifest = JSON.parse(readFileSync(join(FIREFOX_BUILD_DIR, 'manifest.json'), 'utf8')) as Manifest;
    expect([...(manifest.permissions ?? [])].sort()).toEqual(['alarms', 'notifications', 'storage']);
    expect([...(manifest.host_permissions ?? [])].sort()).toEqual([...SITES].sort());
  });
});

describe('npm run zip', () => {
  it('makes the Chrome, Firefox and sources zips in .output/', async () => {
    const { version } = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string };
    const zip = (kind: string) => join(PROJECT_ROOT, '.output', `recert-copilot-${version}-${kind}.zip`);
    const kinds = ['chrome', 'firefox', 'sources'];
    for (const kind of kinds) rmSync(zip(kind), { force: true });
    await promisify(execFile)('npm', ['run', '--silent', 'zip'], { cwd: PROJECT_ROOT, maxBuffer: 10 * 1024 * 1024 });
    for (const kind of kinds) expect(existsSync(zip(kind)), `${kind} zip`).toBe(true);
  }, 120_000);
});
