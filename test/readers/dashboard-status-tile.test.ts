// A dashboard's application status shown without a heading for the application (domain.md: the
// Dashboard shows the recertification application's status beside the certification's facts):
// a summary tile with its value above its caption ("Not started" over "Recertification
// application"), in a grid of tiles, a row of table cells or a list; a note's line telling it in the
// status's words alone ("No application started."). A link that opens the application tells none.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const dashboard = (body: string): string =>
  '<!DOCTYPE html><html><head><title>Dashboard | NREMT</title></head><body><h1>Dashboard</h1>' +
  '<h2>Sam Ortiz</h2><p>Registry #: E5512034</p>' + body +
  '<h2>Message Center</h2><p>Recertification is open. Applications for certifications expiring 31 Mar 2027 may now be submitted.</p></body></html>';

const tiles = (status: string): string =>
  '<div><div><strong>EMT</strong><span>Certification level</span></div>' +
  '<div><strong>31 Mar 2027</strong><span>Expiration date</span></div>' +
  `<div><strong>${status}</strong><span>Recertification application</span></div></div>`;
const cells = (status: string): string =>
  `<table><tr><td><b>EMT</b><br>Certification level</td><td><b>03/31/2027</b><br>Expiration date</td><td><b>${status}</b><br>Recertification Application</td></tr></table>`;
const list = (status: string): string =>
  `<ul><li><p>EMT</p><p>Certification level</p></li><li><p>03/31/2027</p><p>Expires</p></li><li><p>${status}</p><p>Recertification Application</p></li></ul>`;
const note = (status: string): string =>
  `<p>Certification level: EMT. Expiration date: 03/31/2027.</p><ul><li>Nothing entered yet.</li><li>${status === 'Not started' ? 'No application started' : `Application ${status.toLowerCase()}`}. I will get to it after my hours.</li></ul>`;

describe('an application status on a dashboard with no heading for it', () => {
  for (const [layout, draw] of [['tiles', tiles], ['a row of cells', cells], ['a list', list], ['a note', note]] as const) {
    it.each([
      ['Not started', 'not-started'],
      ['In Progress', 'in-progress'],
      ['Submitted', 'submitted'],
    ])(`${layout}: %s`, (status, expected) => {
      const snapshot = readHtml(dashboard(draw(status)));
      expect(snapshot.kind).toBe('nremt-dashboard');
      expect(snapshot.application?.status).toBe(expected);
    });
  }
  it.each([
    ['a link opening the application', '<p><a href="/recert">Open Recertification Application</a></p>'],
    ['a link starting it', '<p><a href="/recert">Start Recertification Application</a></p>'],
  ])('%s tells no status', (_, body) => {
    expect(readHtml(dashboard(`<p>Certification level: EMT</p><p>Expiration date: 03/31/2027</p>${body}`)).application?.status ?? null).toBeNull();
  });
});
