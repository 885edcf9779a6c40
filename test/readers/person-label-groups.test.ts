// A name's label in the plural or as a path names a group, not the page's person: a card's
// sidebar ("Members" beside "Checklist", "Attachment"), a list of people ("Participants: …"), a
// breadcrumb's group before the page's name ("Members / T Lindqvist"). The singular still labels
// the person ("Member: Dana R. Whitfield").
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const dashboard = (extra: string, greeting = 'Welcome, Dana R. Whitfield'): string =>
  `<!DOCTYPE html><html><head><title>Dashboard | NREMT</title></head><body><header><span>${greeting}</span></header>${extra}<h1>Dashboard</h1>` +
  '<dl><dt>Registry Number</dt><dd>E1234567</dd><dt>Certification Level</dt><dd>EMT</dd><dt>Expiration Date</dt><dd>03/31/2027</dd></dl></body></html>';

const groups: Array<[string, string]> = [
  ["a card's sidebar: Members beside Checklist", dashboard('<div><h3>Add to card</h3><div><b>Members:</b> Checklist</div></div>')],
  ['a list of participants', dashboard('<div><b>Participants:</b> Jordan Ellis</div>')],
  ["a breadcrumb's group before the page's name", dashboard('<div><a href="/Members">Members</a> /</div><h2>T Whitfield</h2>')],
];

describe("a name's label naming a group", () => {
  it.each(groups)('%s: the greeted person', (_, html) => {
    expect(readHtml(html, 'https://www.nremt.org/dashboard').person).toEqual({ name: 'Dana R. Whitfield', registryNumber: 'E1234567' });
  });
  it('the singular labels the person', () => {
    const html = dashboard('<div><b>Member:</b> Dana Whitfield-Ross</div>', 'Welcome back');
    expect(readHtml(html, 'https://www.nremt.org/dashboard').person).toEqual({ name: 'Dana Whitfield-Ross', registryNumber: 'E1234567' });
  });
});
