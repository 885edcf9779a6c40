// Rules found by re-reading the blind pages after changes that do not change what a person sees
// (test/blind/perturb.ts): the same page must read the same whatever the markup carrying it.
import { describe, expect, it } from 'vitest';
import { readPage } from '../../lib/readers/index';
import { parseHtml, readHtml } from './load';

const APP_URL = 'https://www.nremt.org/recertification-application';

function application(body: string): string {
  return `<!DOCTYPE html><html><head><title>Recertification Application</title></head><body>${body}</body></html>`;
}

describe('content inside an open shadow root reads as it does in the page', () => {
  const content = '<h1>Recertification Application</h1><p>Application Status: Not Submitted</p><button type="button">Submit Application</button>';

  it('a declarative shadow root (a saved page): the Submit Application button is seen', () => {
    const read = readHtml(application(`<app-view><template shadowrootmode="open">${content}</template></app-view>`), APP_URL);
    expect(read.application?.submitButton).toBe(true);
    expect(read.application?.submitButtonEnabled).toBe(true);
  });

  it('a shadow root attached by script (a live page): the button is seen, and a disabled one is disabled', () => {
    for (const [button, enabled] of [['<button type="button">Submit Application</button>', true], ['<button disabled>Submit Application</button>', false]] as const) {
      const { document, close } = parseHtml(application('<main></main>'));
      const host = document.createElement('app-view');
      host.attachShadow({ mode: 'open' }).innerHTML = content.replace(/<button.*<\/button>/, button);
      document.querySelector('main')!.appendChild(host);
      const read = readPage(document, APP_URL);
      close();
      expect(read.application?.submitButton).toBe(true);
      expect(read.application?.submitButtonEnabled).toBe(enabled);
    }
  });

  it('a button in a hidden shadow host is not seen', () => {
    const read = readHtml(application(`${content.replace(/<button.*<\/button>/, '')}<app-view hidden><template shadowrootmode="open"><button>Submit Application</button></template></app-view>`), APP_URL);
    expect(read.application?.submitButton).toBe(false);
  });
});
