import { afterEach, describe, expect, it } from 'vitest';
import { findSubmitButton, HIGHLIGHT_ATTR, highlightSubmitButton } from '../../lib/extension/highlight';
import { seenText } from '../../lib/extension/seen-text';
import { textSignature } from '../../lib/extension/text-signature';
import { panelSide, PANEL_WIDTH } from '../../lib/extension/placement';
import { hasBrowserSidePanel, openBrowserSidePanel } from '../../lib/extension/side-panel';
import { answerWho } from '../../lib/extension/who-answer';
import type { RecertMessenger } from '../../lib/extension/protocol';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the page’s own Submit Application button', () => {
  it('is found by its text, as a button, an input or a link, and not inside our own panel', () => {
    document.body.innerHTML = `
      <div id="ours"><button>Submit Application</button></div>
      <button class="x9f">Save</button>
      <a href="#" role="button" class="css-77">  Submit
        Application </a>`;
    const found = findSubmitButton(document, document.getElementById('ours'));
    expect(found?.tagName).toBe('A');
    document.body.innerHTML = '<input type="submit" value="Submit Application">';
    expect(findSubmitButton(document)?.tagName).toBe('INPUT');
    document.body.innerHTML = '<button>Submit Application Fee</button><button>Start</button>';
    expect(findSubmitButton(document)).toBeNull();
  });

  it('is outlined and marked, never clicked, and restored exactly', () => {
    document.body.innerHTML = '<button style="outline: 1px dotted red">Submit Application</button>';
    const button = findSubmitButton(document)!;
    const original = button.style.outline;
    let clicks = 0;
    button.addEventListener('click', () => clicks++);
    const highlight = highlightSubmitButton(button);
    expect(button.getAttribute(HIGHLIGHT_ATTR)).toBe('submit');
    expect(button.style.outline).toContain('solid');
    highlight.restore();
    expect(button.hasAttribute(HIGHLIGHT_ATTR)).toBe(false);
    expect(button.style.outline).toBe(original);
    expect(original).toContain('dotted');
    expect(clicks).toBe(0);
  });
});

describe('panel placement', () => {
  it('stays right unless the Submit button is under the right column', () => {
    expect(panelSide(null, 1280)).toBe('right');
    expect(panelSide({ left: 100, right: 300 }, 1280)).toBe('right');
    expect(panelSide({ left: 1000, right: 1180 }, 1280)).toBe('left');
    expect(panelSide({ left: 1280 - PANEL_WIDTH - 20, right: 1280 - PANEL_WIDTH - 12 }, 1280)).toBe('right');
  });
});

describe('page text: a re-read is skipped only when the text and address are the same', () => {
  const URL = 'https://www.nremt.org/manage-education';
  const page = (text: string) => {
    document.body.textContent = text;
    return document;
  };
  afterEach(() => {
    document.body.textContent = '';
  });

  const cases: Array<[string, string, string, string, boolean]> = [
    ['the same text at the same address', 'Airway Management 2.00', URL, 'Airway Management 2.00', true],
    ['the same text at a new address (an SPA view)', 'Airway Management 2.00', `${URL}?view=2`, 'Airway Management 2.00', false],
    ['one figure changed', 'Airway Management 2.00', URL, 'Airway Management 2.50', false],
    ['a course added', 'Airway Management 2.00', URL, 'Airway Management 2.00 Cardiology 1.00', false],
    // These two texts of one length shared a 32-bit hash of the address and text (the signature
    // the script compared before): the second was never read.
    ['another approval number with the same hash', 'Airway Management Update 2.00 OEMS 26-5B6CAA', URL, 'Airway Management Update 2.00 OEMS 26-Q1RDAA', false],
  ];
  for (const [what, before, url, after, same] of cases) {
    it(`${what}: ${same ? 'same' : 'changed'}`, () => {
      const seen = seenText();
      expect(seen.same(page(before), URL)).toBe(false);
      expect(seen.same(page(after), url)).toBe(same);
      expect(seen.same(page(after), url)).toBe(true);
    });
  }

  it('the hash collision is real (why the text is compared, not a hash)', () => {
    const a = `${URL}\nAirway Management Update 2.00 OEMS 26-5B6CAA`;
    const b = `${URL}\nAirway Management Update 2.00 OEMS 26-Q1RDAA`;
    expect(textSignature(a)).toBe(textSignature(b));
    expect(textSignature('abc')).not.toBe(textSignature('abd'));
  });
});

describe('opening the browser side panel', () => {
  it('uses Chrome sidePanel with the window id, else Firefox sidebarAction', async () => {
    const calls: string[] = [];
    await openBrowserSidePanel(7, { sidePanel: { open: async (o) => void calls.push(`chrome:${o.windowId}`) } });
    await openBrowserSidePanel(undefined, { sidebarAction: { open: async () => void calls.push('firefox') } });
    expect(calls).toEqual(['chrome:7', 'firefox']);
    await expect(openBrowserSidePanel(1, {})).rejects.toThrow('no side panel');
    expect(hasBrowserSidePanel({})).toBe(false);
  });
});

describe('the "who" message', () => {
  it('the content script answers with its person, and stops answering when invalidated', () => {
    const handlers = new Map<string, () => unknown>();
    const onMessage = ((type: string, handler: () => unknown) => {
      handlers.set(type, handler);
      return () => handlers.delete(type);
    }) as unknown as RecertMessenger['onMessage'];
    let person: string | null = 'reg:A1';
    const stop = answerWho({ onMessage }, () => person);
    expect(handlers.get('whoIsThisTab')?.()).toEqual({ personKey: 'reg:A1' });
    person = null;
    expect(handlers.get('whoIsThisTab')?.()).toEqual({ personKey: null });
    stop();
    expect(handlers.has('whoIsThisTab')).toBe(false);
  });
});
