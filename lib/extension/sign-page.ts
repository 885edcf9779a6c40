// A sign-in or sign-out page, told apart in the content scripts (kept tiny: both bundles have a
// size budget). Signing in or out ends the browsing session: whoever comes next must be named
// again. A page that only links to "Sign Out" is a signed-in page; hidden forms do not count.
const SIGN_IN = /^\s*(?:sign|log) ?[io]n\b/i;
const SIGNED_OUT = /\b(?:signed|logged) o(?:ut|ff)\b|\bsession (?:has )?(?:expired|ended|timed out)\b/i;

export const isSignInOrOutPage = (d: Document): boolean =>
  [...d.querySelectorAll<HTMLElement>('input[type=password],h1,h2')].some(
    (e) => !e.closest('[hidden]') && e.checkVisibility?.() !== false && (e.tagName == 'INPUT' || SIGN_IN.test(e.textContent!)),
  ) ||
  SIGN_IN.test(d.title) ||
  SIGNED_OUT.test(d.body?.textContent ?? '');
