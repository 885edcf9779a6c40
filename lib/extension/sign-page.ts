// A sign-in or sign-out page, told apart in the content scripts (kept tiny: both bundles have a
// size budget): a sign-in form's password field the browser renders, or words saying the
// provider was signed out. Signing in or out ends the browsing session: whoever comes next must
// be named again. A page that only links to "Sign Out" is a signed-in page.
export const isSignInOrOutPage = (d: Document): boolean =>
  [...d.querySelectorAll<HTMLElement>('input[type=password]')].some((e) => e.checkVisibility()) ||
  /\b(?:signed|logged) o(?:ut|ff)\b|\bsession (?:has )?(?:expired|ended)/i.test(d.body?.textContent ?? '');
