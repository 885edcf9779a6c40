// Points at the page's OWN "Submit Application" button: an attribute and an outline, restored on
// demand. Found by its text, never by class names. Never clicked.
export const HIGHLIGHT_ATTR = 'data-recert-copilot-highlight';

const SUBMIT_TEXT = /^\s*submit\s+application\s*$/i;

export function findSubmitButton(doc: Document, ignore?: Element | null): HTMLElement | null {
  const candidates = doc.querySelectorAll<HTMLElement>('button, input[type="submit"], input[type="button"], a, [role="button"]');
  for (const element of candidates) {
    const text = element instanceof HTMLInputElement ? element.value : (element.textContent ?? '');
    // Text first: a transcript has hundreds of other buttons, and contains() is a DOM call.
    if (SUBMIT_TEXT.test(text) && !(ignore && ignore.contains(element))) return element;
  }
  return null;
}

export interface Highlight {
  element: HTMLElement;
  restore: () => void;
}

export function highlightSubmitButton(element: HTMLElement): Highlight {
  const before = { outline: element.style.outline, outlineOffset: element.style.outlineOffset };
  element.setAttribute(HIGHLIGHT_ATTR, 'submit');
  element.style.outline = '4px solid #e65100';
  element.style.outlineOffset = '3px';
  return {
    element,
    restore: () => {
      element.removeAttribute(HIGHLIGHT_ATTR);
      element.style.outline = before.outline;
      element.style.outlineOffset = before.outlineOffset;
    },
  };
}
