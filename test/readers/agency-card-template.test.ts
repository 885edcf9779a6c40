// The dashboard's Agency Affiliation (domain.md: "an agency can show 'Pending Approval'") beside a
// second card the page keeps for later: a "Pending Approval" notice whose sentence addresses the
// reader ("Your request to affiliate with ___ is awaiting Training Officer approval."), its agency
// left blank (a template a script fills in, hidden by a stylesheet a saved page does not carry).
// A sentence to the reader is no agency's name: the agency shown with its status is read, and
// with no agency shown the agency stays unread (unknown beats wrong).
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const page = (agency: string) =>
  '<!DOCTYPE html><html><head><title>Dashboard | NREMT</title></head><body><main><h1>Dashboard</h1>' +
  '<div><h4>My Certification</h4><p>Level: Advanced EMT</p><p>Registry Number: A4471209</p><p>Expiration Date: 03/31/2027</p></div>' +
  `${agency}</main></body></html>`;

const CARD =
  '<div><div><h4>Agency Affiliation</h4></div><div><div><div><h6>Cape Ann Regional Ambulance</h6>' +
  '<small>Training Officer: L. Marchetti &middot; Medical Director: Dr. S. Iyer</small></div><span>Affiliated</span></div>' +
  '<a href="/agency">Add or Remove Agency Affiliation</a></div></div>';

const TEMPLATES = [
  ['"Your request to affiliate with ___ is awaiting…"', '<div><div><span>Pending Approval</span><p>Your request to affiliate with <span></span> is awaiting Training Officer approval.</p></div></div>'],
  ['"Your affiliation request with ___ is pending."', '<div><span>Pending Approval</span><p>Your affiliation request with <b></b> is pending.</p></div>'],
  ['"You asked to join ___; your Training Officer…"', '<div><span>Pending</span><p>You asked to join <span></span>; your Training Officer has not yet answered.</p></div>'],
] as const;

describe('a pending notice addressed to the reader names no agency', () => {
  it.each(TEMPLATES)('the shown agency card, then a blank template %s', (_, template) => {
    const snap = readHtml(page(`${CARD}${template}`), 'https://www.nremt.org/dashboard');
    expect(snap.kind).toBe('nremt-dashboard');
    expect(snap.agency).toEqual({ name: 'Cape Ann Regional Ambulance', status: 'active' });
  });

  it.each(TEMPLATES)('only the blank template %s: no agency name read', (_, template) => {
    const snap = readHtml(page(`<h4>Agency Affiliation</h4>${template}`), 'https://www.nremt.org/dashboard');
    expect(snap.kind).toBe('nremt-dashboard');
    expect(snap.agency?.name ?? null).toBeNull();
  });
});
