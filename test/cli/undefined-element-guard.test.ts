// A component library's guard against a flash of unstyled content: `:not(:defined) { visibility:
// hidden }` hides each custom element only until its script defines it. The page the person saw
// (and saved) had them defined and shown; a saved page's reader runs no script, so the guard
// hides nothing there. Rules naming other states still hide (a closed dialog's `[hidden]`, a
// class), and a guard scoped to one element name is the same guard.
import { describe, expect, it } from 'vitest';
import { hideWhatStylesheetsHide } from '../../lib/cli/stylesheet-hidden';
import { parseHtml } from '../readers/load';

function shownIds(style: string, body: string): string[] {
  const { document, close } = parseHtml(`<!doctype html><html><head><style>${style}</style></head><body>${body}</body></html>`);
  try {
    hideWhatStylesheetsHide(document);
    return Array.from(document.querySelectorAll('[id]'))
      .filter((el) => !el.closest('[hidden]'))
      .map((el) => el.id);
  } finally {
    close();
  }
}

describe('the undefined-element guard hides nothing on a saved page', () => {
  it.each([
    ['visibility: hidden on :not(:defined)', ':not(:defined){visibility:hidden}', '<x-card id="a"><p id="b">Expiration Date 03/31/2027</p></x-card>', ['a', 'b']],
    ['display: none on :not(:defined)', ':not(:defined){display:none}', '<x-badge id="a">Pending Approval</x-badge><p id="b">x</p>', ['a', 'b']],
    ['one element name guarded', 'auro-card:not(:defined){visibility:hidden}', '<auro-card id="a">Agency Affiliation</auro-card>', ['a']],
    ['a list of guarded names', 'sl-card:not(:defined), sl-badge:not(:defined){visibility:hidden}', '<sl-card id="a"><sl-badge id="b">Active</sl-badge></sl-card>', ['a', 'b']],
    ['a class hiding beside the guard still hides', ':not(:defined){visibility:hidden} .util_is-hidden{display:none}', '<x-card id="a">x</x-card><x-toast id="b" class="util_is-hidden">y</x-toast>', ['a']],
  ])('%s', (_name, style, body, shown) => {
    expect(shownIds(style, body)).toEqual(shown);
  });
});
