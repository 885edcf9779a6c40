// A dashboard's card for the recertification application: its status, shown under a heading that
// names the application page (a label or a badge), beside a Start or Continue button.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const dashboard = (card: string): string =>
  '<!DOCTYPE html><html><head><title>Dashboard | NREMT</title></head><body><h1>Dashboard</h1>' +
  '<section><h2>My Certification</h2><dl><dt>Certification Level</dt><dd>Advanced EMT</dd><dt>Status</dt><dd>Active</dd>' +
  '<dt>Expiration Date</dt><dd>03/31/2027</dd></dl></section>' +
  `${card}<section><h2>Messages</h2><p>Welcome to the new dashboard.</p></section></body></html>`;

describe('an application card on the dashboard', () => {
  it.each([
    ['a labelled status beside a Start button', '<section><h2>Recertification Application</h2><p>Status: <span>Not Started</span></p><button>Start</button></section>', 'not-started', false],
    ['a badge alone', '<div><h3>Recertification Application</h3><span>In Progress</span><button>Continue</button></div>', 'in-progress', false],
    ['a labelled status and the Submit control', '<section><h2>Recert Application</h2><p>Application Status: Not Submitted</p><button>Submit Application</button></section>', 'not-submitted', true],
  ])('%s', (_, card, status, submitButton) => {
    const snapshot = readHtml(dashboard(card));
    expect(snapshot.kind).toBe('nremt-dashboard');
    expect(snapshot.application).toMatchObject({ status, submitButton });
  });

  it.each([
    ['no application card', ''],
    ['a card naming the application without a status', '<section><h2>Recertification Application</h2><p>Opens October 1.</p></section>'],
  ])('%s: no application read (the certification\'s "Status: Active" is not its)', (_, card) => {
    expect(readHtml(dashboard(card)).application).toBeUndefined();
  });
});
