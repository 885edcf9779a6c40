// Where an agency's name starts and ends: a status phrase is never a name, so a status line with its
// details ("Pending Approval Requested …") under the name is that name's status; and a name ends
// where a person's role label begins ("… EMS Medical Director sign-off: Approved …"), what follows
// being that person's detail, not part of the name nor the agency's status.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const dashboard = (body: string): string =>
  '<!DOCTYPE html><html><head><title>Dashboard – NREMT</title></head><body>' +
  '<header><span>National Registry of Emergency Medical Technicians</span> <a href="#">Sign out</a></header>' +
  '<main><h1>My Certification</h1>' +
  '<dl><dt>Name</dt><dd>Tobias R. Quinlan</dd><dt>Certification Level</dt><dd>EMT</dd><dt>Expiration Date</dt><dd>03/31/2028</dd></dl>' +
  `${body}<h2>Message Center</h2><p>Your recertification application is now open.</p></main></body></html>`;

describe('a status phrase with its details under the name: the status of that name, never a name', () => {
  it.each([
    ['pending, then when it was requested', '<span>Pending Approval</span> <span>Requested November 19, 2026</span>', 'pending'],
    ['pending, a short date', '<span>Pending Approval</span> <span>Requested 11/19/2026</span>', 'pending'],
    ['active since a date', '<span>Active</span> <span>Affiliated since June 4, 2022</span>', 'active'],
    ['approved on a date', '<span>Approved</span> <span>on Mar 2, 2026</span>', 'active'],
  ])('%s', (_, details, status) => {
    const snap = readHtml(dashboard(
      '<div><h3>Agency Affiliation</h3><a href="#">Add or Remove Agency Affiliation</a></div>' +
        `<div><div><span>Mashpee Fire Department</span></div><div>${details}</div></div>`,
    ));
    expect(snap.agency).toEqual({ name: 'Mashpee Fire Department', status });
  });
});

const application = (line: string): string =>
  '<!DOCTYPE html><html><head><title>Recertification Application – NREMT</title></head><body>' +
  '<h1>Recertification Application</h1><p>Application Status: Not Submitted</p>' +
  '<p>Name: Tobias R. Quinlan<br>National Registry Number: E5521907<br>Certification Level: EMT<br>Expiration Date: 03/31/2027</p>' +
  `<div><span>Last Recertification Date: 03/31/2025<br>${line}</span></div><button>Submit Application</button></body></html>`;

describe('a name runs into the next line\'s role label: it ends where the label begins', () => {
  it.each([
    ['a medical director\'s sign-off', 'Agency: Barnstable County EMS<br>Medical Director sign-off: Approved 11/16/2026'],
    ['a medical director\'s name', 'Agency: Barnstable County EMS<br>Medical Director: Dr. A. Okonkwo'],
    ['a training officer\'s approval', 'Agency Affiliation: Barnstable County EMS<br>Training Officer approval: Approved 11/16/2026'],
    ['a training officer\'s name', 'Affiliated Agency: Barnstable County EMS<br>Training Officer: Lt. R. Amaral'],
  ])('%s', (_, line) => {
    const snap = readHtml(application(line));
    expect(snap.kind).toBe('nremt-application');
    expect(snap.agency?.name).toBe('Barnstable County EMS');
  });
});
