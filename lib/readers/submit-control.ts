// The one definition of NREMT's "Submit Application" control (and of eLicensing's renewal
// submit), used by the readers (is there one, is it enabled) and by the highlighter (which
// element to outline). Found by its wording and role, never by class names; only a control a person can see counts, so a hidden
// copy earlier in the page can neither be read as "the button" nor get the outline.

import { hostOf, queryAllDeep } from './dom';
import { isPhrase, phrases } from './words';

// "Submit Application", "Submit My/Your Application", "Submit Recertification Application",
// "Submit Your Recertification Application".
const SUBMIT_WORDING = phrases(
  ...['', 'my ', 'your '].flatMap((whose) => ['', 'nremt ', 'recertification ', 'renewal '].map((what) => `submit ${whose}${what}application`)),
);

const CANDIDATES = 'button, input[type="submit"], input[type="button"], a, [role="button"]';

export interface SubmitControl {
  element: HTMLElement;
  disabled: boolean;
}

// eLicensing's renewal application ends with its own submit: "Submit", "Submit Application",
// "Submit Renewal", "Submit Renewal Application".
// Spelled out, not built with a spread: the NREMT script, which never reads eLicensing's
// Submit, then leaves the list out of its bundle.
const ELICENSING_SUBMIT_WORDING = phrases(
  'submit',
  'submit renewal',
  'submit application',
  'submit renewal application',
  'submit my application',
  'submit my renewal application',
  'submit your application',
  'submit your renewal application',
);

/** Whether a control's visible wording is one of the Submit Application variants. */
export function isSubmitWording(text: string): boolean {
  return isPhrase(text, SUBMIT_WORDING);
}

/** Whether a control's wording is eLicensing's renewal submit. */
export function isElicensingSubmitWording(text: string): boolean {
  return isPhrase(text, ELICENSING_SUBMIT_WORDING);
}

function wordingOf(element: Element): string {
  if (element.tagName.toUpperCase() === 'INPUT') return element.getAttribute('value') ?? '';
  const text = element.textContent ?? '';
  return text.trim() ? text : (element.getAttribute('aria-label') ?? '');
}

/**
 * The wording without its icons: an icon font's ligature (<i>send</i>) or an aria-hidden glyph
 * is read as a word ("send Submit Application"), though a person sees only the picture.
 */
function wordingWithoutIcons(element: Element): string {
  let text = element.textContent ?? '';
  for (const icon of element.querySelectorAll('i, [aria-hidden="true"]')) text = text.replace(icon.textContent ?? '', ' ');
  return text;
}

/** A plain link is a Submit control only when no real button says so (it may be styled as one). */
function isButtonLike(element: Element): boolean {
  const tag = element.tagName.toUpperCase();
  return tag === 'BUTTON' || tag === 'INPUT' || (element.getAttribute('role') ?? '').toLowerCase() === 'button';
}

/** A component kit's button (<sl-button>, <md-filled-button>, <ion-button>): a custom element named a button. */
function isCustomButton(element: Element): boolean {
  const tag = element.tagName.toUpperCase();
  return tag.includes('-') && tag.split('-').includes('BUTTON');
}

/**
 * Rendered and visible: not inside `hidden`, `aria-hidden="true"` or `inert`, and (where the
 * document has styles) not display:none or visibility:hidden on it or an ancestor.
 */
export function isShown(element: Element): boolean {
  // Up through shadow hosts too: a hidden host hides its whole shadow tree.
  for (let node: Element | null | undefined = element; node; node = node.parentElement ?? hostOf(node.parentNode!)) {
    if (node.hasAttribute('hidden') || node.hasAttribute('inert')) return false;
    if ((node.getAttribute('aria-hidden') ?? '').toLowerCase() === 'true') return false;
  }
  const view = element.ownerDocument?.defaultView;
  // A saved page's declarative shadow tree is a template's inert content: no style to ask.
  if (!view || !element.isConnected) return true;
  const check = (element as Element & { checkVisibility?: (options?: object) => boolean }).checkVisibility;
  if (typeof check === 'function') return check.call(element, { visibilityProperty: true, checkVisibilityCSS: true });
  for (let node: Element | null = element; node; node = node.parentElement) {
    const style = view.getComputedStyle(node);
    if (style.display === 'none') return false;
    if (node === element && style.visibility === 'hidden') return false;
  }
  return true;
}

function isDisabled(element: Element): boolean {
  if ((element.getAttribute('aria-disabled') ?? '').toLowerCase() === 'true') return true;
  if (element.hasAttribute('disabled')) return true;
  // A button inside <fieldset disabled> is disabled too.
  return element.closest('fieldset[disabled]') !== null;
}

/**
 * The page's Submit Application control: the first shown button-like control with that wording,
 * else the first shown link with it. Elements inside `ignore` (our own panel) are skipped.
 */
export function findSubmitControl(
  root: ParentNode,
  ignore?: Element | null,
  wording: (text: string) => boolean = isSubmitWording,
): SubmitControl | null {
  let link: HTMLElement | null = null;
  for (const element of queryAllDeep<HTMLElement>(root, CANDIDATES)) {
    // Wording first: a transcript has hundreds of other buttons, and the visibility check costs.
    if (!wording(wordingOf(element)) && !wording(wordingWithoutIcons(element))) continue;
    if (ignore && ignore.contains(element)) continue;
    if (!isShown(element)) continue;
    if (isButtonLike(element)) return { element, disabled: isDisabled(element) };
    link ??= element;
  }
  // Kits' buttons carry no button tag or role of their own (their shadow root does): looked for
  // only when no real button says Submit (one pass over the page then).
  for (const element of queryAllDeep<HTMLElement>(root, '*')) {
    if (!isCustomButton(element) || !wording(wordingOf(element))) continue;
    if (ignore && ignore.contains(element)) continue;
    if (isShown(element)) return { element, disabled: isDisabled(element) };
  }
  return link ? { element: link, disabled: isDisabled(link) } : null;
}
