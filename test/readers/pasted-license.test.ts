// The user's own eLicensing license pasted into a letter or a note (a word processor's "Save as
// HTML", a notes export), with no saved-from address: a sentence of the letter names the site it
// was copied from ("Copied from Health Professions Licensing → Manage My Licenses …"), and the
// license shows as a table with a License Number column or a labelled license number. Someone
// else's license, or a letter naming no site, stays unknown.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const page = (title: string, body: string): string =>
  `<!DOCTYPE html><html><head><meta name="generator" content="Writer"><title>${title}</title></head><body>${body}</body></html>`;

const COPIED = 'The state site still lists my license as below. Copied from Health Professions Licensing → Manage My Licenses and Applications this morning (11/30/2026):';

const TABLE =
  '<table><thead><tr><th>License Number</th><th>Status</th><th>Expiration Date</th></tr></thead>' +
  '<tbody><tr><td>P42117</td><td>Expired</td><td>03/31/2026</td></tr></tbody></table>';

const DETAILS = (tag: string): string =>
  ['<b>Licensee:</b> Siobhan R. Kearney', '<b>License Number:</b> P42117', '<b>Status:</b> Expired', '<b>Expires:</b> 03/31/2026']
    .map((line) => `<${tag}>${line}</${tag}>`)
    .join('');

const LETTER = (copied: string, license: string): string =>
  '<h1>License problem – notes for OEMS</h1><p>To: oems.recert@example.gov<br>Re: Paramedic license still showing expired</p>' +
  `<p>I recertified with the National Registry in March. ${copied}</p>${license}<p>Thanks,<br>Siobhan Kearney</p>`;

describe("the user's own license pasted into a letter or a note", () => {
  const own: { name: string; html: string }[] = [
    { name: 'a letter: the sentence naming the site, then a license table', html: page('license problem', LETTER(COPIED, TABLE)) },
    { name: 'a letter: the sentence, then labelled details as paragraphs', html: page('license problem', LETTER(COPIED, DETAILS('p'))) },
    {
      name: 'a note: every line a <div>, the site named at the end of a long line',
      html: page('Notes', `<div><h1>For the OEMS call</h1></div><div>Need to ask why it still shows expired after I paid on 03/02, this is what Manage My Licenses shows me today:</div>${DETAILS('div')}`),
    },
  ];

  it.each(own)('$name', ({ html }) => {
    const read = readHtml(html);
    expect(read.kind).toBe('elicensing-license');
    expect(read.license).toMatchObject({ number: 'P42117', status: 'expired', expiresOn: '2026-03-31' });
  });

  const others: { name: string; html: string }[] = [
    { name: "someone else's license named on the site", html: page('for Dana', LETTER("Here is Dana's license, copied from Health Professions Licensing:", TABLE)) },
    { name: 'their license', html: page('Notes', LETTER('Their license as Health Professions Licensing shows it:', DETAILS('p'))) },
    { name: 'a letter naming no site', html: page('license problem', LETTER('This is what I see:', TABLE)) },
  ];

  it.each(others)('stays unknown: $name', ({ html }) => {
    expect(readHtml(html).kind).toBe('unknown');
  });
});
