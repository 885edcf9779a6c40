// The signed-in person's name in the chrome ("Daniel Okafor" in the top bar) when the page writes
// the same person in full with a middle initial ("Daniel R. Okafor" heading the certification
// card): the page's fuller writing is the name.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const dashboard = (chrome: string, card: string): string =>
  '<!DOCTYPE html><html><head><title>Dashboard | NREMT</title></head><body>' +
  `<header><nav><a href="/dashboard" aria-current="page">Dashboard</a> <a href="/transcript">Transcript</a></nav>${chrome}</header>` +
  `<main><h1>My Certification</h1>${card}<dl><dt>Certification Level</dt><dd>EMT</dd><dt>Registry Number</dt><dd>E3087741</dd><dt>Expiration Date</dt><dd>03/31/2027</dd></dl>` +
  '<h2>Message Center</h2><p>Welcome to your new cycle.</p></main></body></html>';

describe('the chrome’s name and the page’s fuller writing of it', () => {
  it.each([
    ['a user menu, then the card’s heading', '<div>Daniel Okafor <a href="/sign-out">Sign out</a></div>', '<h2>Daniel R. Okafor</h2>', 'Daniel R. Okafor'],
    ['a greeting, then a bold name on the card', '<p>Signed in as <strong>Priya Raghunathan</strong></p>', '<p><strong>Priya N. Raghunathan</strong></p>', 'Priya N. Raghunathan'],
    ['a user menu, then a name heading with a hyphenated surname', '<div>Maria Santos-Whitfield <a href="/sign-out">Log out</a></div>', '<h2>Maria L. Santos-Whitfield</h2>', 'Maria L. Santos-Whitfield'],
  ])('%s', (_name, chrome, card, name) => {
    expect(readHtml(dashboard(chrome, card)).person?.name).toBe(name);
  });

  it.each([
    ['two fuller writings that disagree', '<div>Daniel Okafor <a href="/sign-out">Sign out</a></div>', '<h2>Daniel R. Okafor</h2><p>Daniel T. Okafor</p>', 'Daniel Okafor'],
    ['another person of the same first name', '<div>Daniel Okafor <a href="/sign-out">Sign out</a></div>', '<h2>Daniel R. Osei</h2>', 'Daniel Okafor'],
  ])('%s: the chrome’s name stays', (_name, chrome, card, name) => {
    expect(readHtml(dashboard(chrome, card)).person?.name).toBe(name);
  });
});
