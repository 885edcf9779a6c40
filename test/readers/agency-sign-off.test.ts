// An agency named without a status of its own, beside its Training Officer's or Medical
// Director's sign-off marked approved, is active: only the officers of an agency the provider is
// affiliated with sign off (domain.md: skills verified by the Medical Director, EMT by the
// Training Officer). A sign-off pending, not started or merely named says nothing of it.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const AGENCY = 'Plymouth County Regional EMS';
type Layout = (label: string, value: string) => string;
// The agency and its sign-off as lines of one text block, split by <br>.
const brLines: Layout = (label, value) => `<div><span>Last Recertification Date: 03/31/2025<br>Agency: ${AGENCY}<br>${label}: ${value}</span></div>`;
const definitionList: Layout = (label, value) => `<dl><dt>Last Recertification Date</dt><dd>03/31/2025</dd><dt>Agency Affiliation</dt><dd>${AGENCY}</dd><dt>${label}</dt><dd>${value}</dd></dl>`;
const rowTable: Layout = (label, value) =>
  `<table><tr><th>Last Recertification Date</th><td>03/31/2025</td></tr><tr><th>Agency</th><td>${AGENCY}</td></tr><tr><th>${label}</th><td>${value}</td></tr></table>`;
const paragraphs: Layout = (label, value) => `<p><b>Last Recertification Date:</b> 03/31/2025</p><p><b>Agency:</b> ${AGENCY}</p><p><b>${label}:</b> ${value}</p>`;

const application = (facts: string) => `<!DOCTYPE html><html><head><title>Recertification Application</title></head><body>
<h1>Recertification Application</h1><p>Renée Fontaine · P1094473</p><p>Level: Paramedic</p><p>Expiration Date: 03/31/2027</p>${facts}
<p>Application Status: Not Submitted</p><h2>Continuing Education</h2><p>Complete</p><h2>Make Payment</h2><p>Not Started</p><button>Start</button><button>Submit Application</button></body></html>`;
const dashboard = (facts: string) => `<!DOCTYPE html><html><head><title>My Certification</title></head><body>
<h1>Dashboard</h1><p>Renée Fontaine · P1094473</p><p>Certification Level: Paramedic</p><p>Expiration Date: 03/31/2027</p>${facts}<h2>Message Center</h2><p>No new messages.</p></body></html>`;

const LAYOUTS = [['br lines', brLines], ['dl', definitionList], ['row table', rowTable], ['paragraphs', paragraphs]] as const;
const PAGES = [['application', application, 'https://www.nremt.org/application'], ['dashboard', dashboard, 'https://www.nremt.org/dashboard']] as const;

describe('an approved sign-off makes the named agency active', () => {
  const signedOff = [
    ['Medical Director sign-off', 'Approved 11/16/2026'],
    ['Training Officer sign-off', 'Approved'],
    ['Medical Director Verification', 'Verified 11/16/2026'],
    ['Training Officer Approval', 'Approved on 11/16/2026'],
  ];
  const cases: Array<[string, Layout, (f: string) => string, string, string, string]> = [];
  for (const [l, layout] of LAYOUTS) for (const [p, page, url] of PAGES) for (const [label, value] of signedOff) cases.push([`${p}, ${l}: ${label}: ${value}`, layout, page, url, label!, value!]);
  it.each(cases)('%s', (name, layout, page, url, label, value) => {
    // Not covered: an application page's tables are not judged for its facts (judge-kind.ts keeps a
    // dashboard's only), so a sign-off in a row table there leaves the status unknown.
    const expected = name.startsWith('application, row table') ? { name: AGENCY } : { name: AGENCY, status: 'active' };
    expect(readHtml(page(layout(label, value)), url).agency).toEqual(expected);
  });
});

describe('a sign-off not given says nothing of the agency', () => {
  const notYet = [
    ['Medical Director sign-off', 'Pending'],
    ['Training Officer sign-off', 'Not Started'],
    ['Medical Director', 'Dr. Ann Lee'],
    ['Training Officer', 'R. Amaral'],
  ];
  const cases: Array<[string, Layout, (f: string) => string, string, string, string]> = [];
  for (const [l, layout] of LAYOUTS) for (const [p, page, url] of PAGES) for (const [label, value] of notYet) cases.push([`${p}, ${l}: ${label}: ${value}`, layout, page, url, label!, value!]);
  it.each(cases)('%s', (_name, layout, page, url, label, value) => {
    expect(readHtml(page(layout(label, value)), url).agency?.status).toBeUndefined();
  });
});
