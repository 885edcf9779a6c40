import { describe, expect, it } from 'vitest';
import { pairEvents, scanPage } from '../../lib/readers/scan';
import { readHtml, parseHtml } from './load';

const pairs = (body: string) => {
  const { document, close } = parseHtml(`<!DOCTYPE html><html><body>${body}</body></html>`);
  try {
    return scanPage(document.body, undefined, undefined, pairEvents).flatMap((event) => (event.kind === 'pair' ? [[event.label, event.value]] : []));
  } finally {
    close();
  }
};
const line = (marker: string, label: string, value: string) => `<div class="ln"><span><span>${marker}</span> </span><span><b>${label}</b></span> ${value}</div>`;

describe('a note editor\'s list line: a bullet drawn as text, then "Label: value"', () => {
  it.each([
    ['a bullet glyph before the label', line('•', 'License Number:', 'Q7730015'), [['License Number', 'Q7730015']]],
    ['no marker: as before', '<div><span>License Status:</span> Active</div>', [['License Status', 'Active']]],
  ])('%s', (_name, body, expected) => {
    expect(pairs(body)).toEqual(expected);
  });
});

describe('a renewal pasted as bulleted "Label: value" lines into a note', () => {
  it('reads the license and the application', () => {
    const body = [
      '<div><span>Step B notes</span></div><div>pasted from the state eLicensing site</div>',
      '<div><span>Manage My Licenses and Applications</span></div>',
      line('•', 'Name:', 'PELL R. OYELARAN'),
      line('•', 'License Number:', 'P6620417'),
      line('•', 'License Status:', 'Current'),
      line('•', 'Expiration Date:', '09/30/2027'),
      '<div><span>My Applications</span></div>',
      line('•', 'Application:', 'Paramedic - Renewal Application'),
      line('•', 'Fee:', '$150.00 — Paid 10/02/2026'),
      line('•', 'Application Status:', 'Under Review'),
    ].join('\n');
    const snapshot = readHtml(`<!DOCTYPE html><html><head><title>Step B notes</title></head><body><main>${body}</main><aside><b>Backlinks</b></aside></body></html>`);
    expect(snapshot.license?.number).toBe('P6620417');
    expect(snapshot.license?.expiresOn).toBe('2027-09-30');
    expect(snapshot.person?.name).not.toBe('Backlinks');
  });
});
