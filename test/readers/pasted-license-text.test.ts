// The user's own eLicensing license pasted as plain text into a note (an Org or Markdown file
// exported to HTML, a text file in a <pre>, lines broken by <br>): the labels keep no markup, each
// "License Number: A23418" is a line of text. A line names the site it came from. Someone else's
// license, or a note naming no site, stays unknown.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const page = (title: string, body: string): string => `<!DOCTYPE html><html><head><title>${title}</title></head><body>${body}</body></html>`;

const LICENSE = ['Licensee: Teresa Q. Vance', 'License Type: Emergency Medical Technician - Advanced', 'License Number: A23418', 'License Status: Current', 'Issue Date: 04/01/2024', 'Expiration Date: 03/31/2028'];

const own: Array<[string, string]> = [
  [
    'an Org file: a headline naming the site, the license as lines of a <pre>',
    page('licenses.org', `<pre>#+TITLE: Licenses &amp; certs\n* Mass eLicensing (Health Professions Licensing) :state:\nPasted from "Manage My Licenses and Applications" &gt; Show Details:\n** Advanced EMT license\n${LICENSE.join('\n')}\n* CPR card\nAHA BLS Provider, eCard exp 09/2027</pre>`),
  ],
  ['a Markdown note: the lines broken by <br>', page('license.md', `<p># State license<br>Copied from Health Professions Licensing today:<br>${LICENSE.join('<br>')}</p>`)],
  ['a text file: one line a <div>', page('notes.txt', `<div>Health Professions Licensing shows:</div>${LICENSE.map((line) => `<div>${line}</div>`).join('')}`)],
];

const nobody: Array<[string, string]> = [
  ["someone else's license copied from the site", page('notes.txt', `<div>Dana's license, copied from Health Professions Licensing:</div>${LICENSE.map((line) => `<div>${line}</div>`).join('')}`)],
  ['a note naming no site', page('notes.txt', `<div>What the card says:</div>${LICENSE.map((line) => `<div>${line}</div>`).join('')}`)],
];

describe("the user's own license pasted as plain text", () => {
  it.each(own)('%s', (_, html) => {
    const read = readHtml(html);
    expect(read.kind).toBe('elicensing-license');
    expect(read.license).toMatchObject({ number: 'A23418', status: 'current', expiresOn: '2028-03-31' });
  });
  it.each(nobody)('%s: unknown', (_, html) => {
    expect(readHtml(html).kind).toBe('unknown');
  });
});
