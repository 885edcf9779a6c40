// Serves replica pages at the real NREMT and eLicensing addresses inside Chromium, so the
// extension's real `matches` apply, and blocks (and records) every other request.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Route } from 'playwright-core';

export const NREMT_ORIGIN = 'https://www.nremt.org';
export const ELICENSING_ORIGIN = 'https://healthprofessionlicensing.mass.gov';

/** The address a browser writes into a page saved with "Save Page As". */
export function savedFromUrl(html: string): string | null {
  return /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/.exec(html)?.[1] ?? null;
}

/** Every page of a folder of saved pages, keyed by the address it was saved from. */
export function pagesBySavedUrl(dir: string): Map<string, string> {
  const pages = new Map<string, string>();
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.html')).sort()) {
    const html = readFileSync(join(dir, file), 'utf8');
    const url = savedFromUrl(html);
    if (url) pages.set(pageKey(url), html);
  }
  return pages;
}

function pageKey(url: string): string {
  const parsed = new URL(url);
  return `${parsed.origin}${parsed.pathname.replace(/\/+$/, '') || '/'}`;
}

export class ReplicaSite {
  private readonly pages = new Map<string, string>();
  private readonly servedOrigins = new Set([NREMT_ORIGIN, ELICENSING_ORIGIN]);
  /** Requests that were neither a served page nor an extension URL: aborted, kept as evidence. */
  readonly blocked: string[] = [];

  constructor(initial?: Map<string, string>) {
    for (const [url, html] of initial ?? []) this.set(url, html);
  }

  /** Serve `html` at `url` from now on (replaces what was there: a site that changed). */
  set(url: string, html: string): this {
    const key = pageKey(url);
    this.servedOrigins.add(new URL(key).origin);
    this.pages.set(key, html);
    return this;
  }

  async attach(context: BrowserContext): Promise<void> {
    await context.route('**/*', (route) => this.handle(route));
  }

  private async handle(route: Route): Promise<void> {
    const url = new URL(route.request().url());
    if (url.protocol === 'chrome-extension:') return route.continue();
    const html = this.pages.get(pageKey(url.href));
    if (html !== undefined) {
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    }
    if (this.servedOrigins.has(url.origin)) {
      return route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not part of the replica site' });
    }
    this.blocked.push(url.href);
    return route.abort('blockedbyclient');
  }
}
