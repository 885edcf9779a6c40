// The eLicensing content script reads with readLicensePageEvidence alone (bundle budget) and the
// background judges what it sends (whose license it is): on every page, what the background
// makes of the message must agree with the full readPage about license pages, and claim nothing else.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLicensePageEvidence, renewalPageSnapshot } from '../../lib/readers/license-page';
import { isElicensingHost } from '../../lib/readers/license-signals';
import { finishRead } from '../../lib/readers/judge-page';
import { PageRequest } from '../../lib/extension/page-service';
import { PageSnapshot } from '../../lib/model';
import { parseHtml, readHtml, savedFromUrl } from './load';

const dirs = [join(__dirname, '..', 'fixtures', 'pages'), join(__dirname, '..', 'fixtures', 'replica')];
const pages = dirs.flatMap((dir) => readdirSync(dir).filter((n) => n.endsWith('.html')).map((n) => join(dir, n)));
const ELICENSING_URL = 'https://healthprofessionlicensing.mass.gov/s/manage-licenses-applications';

function readLicenseOnly(html: string, url: string | null) {
  const { document, close } = parseHtml(html);
  try {
    const { snapshot, evidence } = readLicensePageEvidence(document, url);
    // What crosses the message boundary: a structured clone, checked with zod there.
    return finishRead(PageRequest.parse(structuredClone({ snapshot, evidence })));
  } finally {
    close();
  }
}

describe('eLicensing-only reader', () => {
  it('covers license fixtures of more than one layout', () => {
    const licensePages = pages.filter((p) => readHtml(readFileSync(p, 'utf8'), savedFromUrl(readFileSync(p, 'utf8'))).kind === 'elicensing-license');
    expect(licensePages.length).toBeGreaterThanOrEqual(4);
  });

  it.each(pages.map((p) => [p.split('/').slice(-2).join('/'), p]))('%s: same answer as readPage for license pages', (_name, path) => {
    const html = readFileSync(path, 'utf8');
    const url = savedFromUrl(html);
    const full = readHtml(html, url);
    const licenseOnly = readLicenseOnly(html, url);
    if (full.kind === 'elicensing-license') {
      expect(PageSnapshot.parse(licenseOnly)).toEqual(full);
    } else {
      expect(licenseOnly).toEqual({ url, kind: 'unknown' });
    }
  });

  it('an eLicensing page without a license (sign-in, home) is unknown, nothing guessed', () => {
    const html = '<html><head><title>Health Professions Licensing</title></head><body><h1>Welcome</h1><p>Sign in to manage your licenses.</p><button>Log in</button></body></html>';
    expect(readLicenseOnly(html, ELICENSING_URL)).toEqual({ url: ELICENSING_URL, kind: 'unknown' });
  });

  // The script runs on the site alone, so its bundle leaves out the checks that tell a renewal page
  // copied elsewhere (renewalOnSite); on the site it must tell every renewal page as it would with those checks.
  it('tells every renewal page saved from the site as it would with the copies\' checks', () => {
    const fixtures = join(__dirname, '..', 'fixtures');
    const renewals = readdirSync(fixtures)
      .filter((dir) => dir.startsWith('blind-'))
      .flatMap((dir) => readdirSync(join(fixtures, dir)).filter((n) => n.startsWith('elic-') && n.endsWith('.html')).map((n) => join(fixtures, dir, n)))
      .map((path) => readFileSync(path, 'utf8'))
      .filter((html) => isElicensingHost(savedFromUrl(html)) && readHtml(html, savedFromUrl(html)).kind === 'elicensing-renewal');
    expect(renewals.length).toBeGreaterThanOrEqual(40);
    for (const html of renewals) {
      const { document, close } = parseHtml(html);
      try {
        const url = savedFromUrl(html);
        expect(finishRead(readLicensePageEvidence(document, url)).kind).toBe(finishRead(readLicensePageEvidence(document, url, renewalPageSnapshot)).kind);
      } finally {
        close();
      }
    }
  });
});
