// Points at the page's OWN "Submit Application" button: an attribute and an outline, restored on
// demand. Which element that is, is decided by the reader's definition (submit-control.ts), so
// the control the panel talks about is the one outlined. Never clicked.
import { findSubmitControl, isElicensingSubmitWording } from '../readers/submit-control';

export const HIGHLIGHT_ATTR = 'data-recert-copilot-highlight';

export function findSubmitButton(doc: Document, ignore?: Element | null): HTMLElement | null {
  return findSubmitControl(doc, ignore)?.element ?? null;
}

/** eLicensing's own renewal submit control (same definition, eLicensing's wording). */
export function findElicensingSubmit(doc: Document, ignore?: Element | null): HTMLElement | null {
  return findSubmitControl(doc, ignore, isElicensingSubmitWording)?.element ?? null;
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
