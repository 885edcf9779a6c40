// A labelled value stops where the next "Label:" begins: a value that runs on into further
// pairs on its line or in its box is read up to there (its name, level, status), never whole.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const URL = 'https://www.nremt.org/dashboard';

const dashboard = (facts: string, agency: string) =>
  `<html><head><title>My Certification</title></head><body><h1>My Certification</h1>${facts}${agency}</body></html>`;
const FACTS = '<p>Registry Number: P1234567</p><p>Certification Level: Paramedic</p><p>Expiration Date: 03/31/2027</p>';

describe('an agency value that runs on into its status and other details', () => {
  const layouts: Record<string, string> = {
    'a panel caption over blocks (custom elements around each line)':
      '<div><div><x-text><span>Agency Affiliation</span></x-text></div><div><x-text><p><strong>Cape Cod Regional EMS</strong></p></x-text><x-text><p>Status: <span>Active</span></p></x-text><x-text><p>Training Officer: R. Amaral</p></x-text></div></div>',
    'a panel caption over plain blocks': '<div><div><span>Agency Affiliation</span></div><div><p><strong>Cape Cod Regional EMS</strong></p><p>Status: <span>Active</span></p><p>Training Officer: R. Amaral</p></div></div>',
    'a description holding the whole line': '<dl><dt>Agency</dt><dd>Cape Cod Regional EMS Status: Active Training Officer: R. Amaral</dd></dl>',
    'a description of spans': '<dl><dt>Agency</dt><dd><span>Cape Cod Regional EMS</span> <span>Status: Active</span> <span>Training Officer: R. Amaral</span></dd></dl>',
    'a row header and a cell of lines': '<table><tr><th>Agency</th><td>Cape Cod Regional EMS<br>Status: Active<br>Training Officer: R. Amaral</td></tr></table>',
    'a caption over the name, its town and a bulleted status':
      '<div><div><span>Agency Affiliation</span></div><div><p>Cape Cod Regional EMS</p><p>Hyannis, MA</p><p>· Affiliation status: Active</p><p>Training Officer: R. Amaral</p></div></div>',
    'a heading and one line': '<h2>Agency Affiliation</h2><p>Cape Cod Regional EMS Status: Active</p>',
  };
  for (const [layout, agency] of Object.entries(layouts)) {
    it(layout, () => {
      const read = readHtml(dashboard(FACTS, agency), URL);
      expect(read.agency).toEqual({ name: 'Cape Cod Regional EMS', status: 'active' });
      expect(read.certification).toMatchObject({ level: 'paramedic', expiresOn: '2027-03-31' });
    });
  }

  it('a status word before a colon starts no pair ("Pending Approval: …")', () => {
    const read = readHtml(dashboard(FACTS, '<h2>Agency Affiliation</h2><p>Pending Approval: Hilltown Volunteer Ambulance</p>'), URL);
    expect(read.agency).toEqual({ name: 'Hilltown Volunteer Ambulance', status: 'pending' });
  });

  it('a name that runs into an unknown label is not read (a name holds no colon)', () => {
    const read = readHtml(dashboard(FACTS, '<dl><dt>Agency</dt><dd>Cape Cod Regional EMS Duty Liaison: R. Amaral</dd><dt>Affiliation Status</dt><dd>Active</dd></dl>'), URL);
    expect(read.agency?.name ?? null).toBeNull();
  });
});

describe('other facts whose value runs on into the next label', () => {
  const cases: Array<{ name: string; html: string; expected: Record<string, unknown> }> = [
    {
      name: 'a level in a description that goes on to the expiration',
      html: '<dl><dt>Registry Number</dt><dd>P1234567</dd><dt>Certification</dt><dd>Paramedic Expiration Date: 03/31/2027</dd></dl><p>Agency: Cape Cod Regional EMS (Active)</p>',
      expected: { level: 'paramedic', expiresOn: '2027-03-31' },
    },
    {
      name: 'a name in a box with the registry number after it',
      html: '<div><div><span>Name</span></div><div><p>Dmitri V. Sokolov</p><p>Registry Number: P1234567</p></div></div><p>Certification Level: Paramedic</p><p>Expires: 03/31/2027</p>',
      expected: { name: 'Dmitri V. Sokolov', registryNumber: 'P1234567' },
    },
  ];
  for (const { name, html, expected } of cases) {
    it(name, () => {
      const read = readHtml(dashboard('', html), URL);
      expect({ ...read.person, ...read.certification }).toMatchObject(expected);
    });
  }
});

describe('a greeted name is kept exactly as written', () => {
  const transcript = (header: string) =>
    `<html><head><title>Transcript</title></head><body><div>${header}</div><h1>Transcript</h1><table><thead><tr><th>Course</th><th>Date Completed</th><th>Hours</th></tr></thead><tbody><tr><td>Trauma Review</td><td>10/02/2025</td><td>2</td></tr></tbody></table></body></html>`;
  const cases: Array<[string, string, string]> = [
    ['a middle initial before bars and menu links', 'Welcome, <b>Dmitri V. Sokolov</b> &nbsp;|&nbsp; <a href="/a">My Account</a> &nbsp;|&nbsp; <a href="/o">Log Out</a>', 'Dmitri V. Sokolov'],
    ['a middle initial ending a sentence', '<p>Welcome back, Dmitri V. Sokolov. You have 2 new messages.</p>', 'Dmitri V. Sokolov'],
    ['two initials', '<p>Good morning, Mary J. K. Lindqvist!</p>', 'Mary J. K. Lindqvist'],
    ['a suffix with its period', '<p>Welcome, Robert A. Castellano Jr. | Sign out</p>', 'Robert A. Castellano Jr.'],
    ['a name ending the sentence loses only the sentence period', '<p>Welcome, Dmitri Sokolov. Your transcript is below.</p>', 'Dmitri Sokolov'],
  ];
  for (const [name, header, expected] of cases) {
    it(name, () => {
      expect(readHtml(transcript(header), 'https://www.nremt.org/transcript').person?.name).toBe(expected);
    });
  }
});
