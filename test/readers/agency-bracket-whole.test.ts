// An agency's name with a remark in brackets after it that holds its status ("Rockport Fire
// Department (affiliation approved)", domain.md's agency affiliation and its status): the remark
// is dropped whole, never cut open at the status word; a bracket that is part of the name
// ("(Station 2)") is kept whole.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const dashboard = (line: string): string =>
  '<!DOCTYPE html><html><head><title>Dashboard – NREMT</title></head><body>' +
  '<main><h1>My Certification</h1>' +
  '<ul><li><strong>Name:</strong> Tobias R. Quinlan</li><li><strong>Certification Level:</strong> Paramedic</li>' +
  `<li><strong>Expiration Date:</strong> 03/31/2028</li><li><strong>Agency:</strong> ${line}</li></ul>` +
  '<h2>Message Center</h2><p>Your recertification application is now open.</p></main></body></html>';

describe('a bracketed remark after the agency name', () => {
  it.each([
    ['affiliation approved', 'Rockport Fire Department (affiliation approved)', 'Rockport Fire Department', 'active'],
    ['affiliation pending', 'Rockport Fire Department (affiliation pending)', 'Rockport Fire Department', 'pending'],
    ['status pending approval', 'Rockport Fire Department (status: pending approval)', 'Rockport Fire Department', 'pending'],
    ['a bracket of the name kept', 'Rockport Fire Department (Station 2) – Approved', 'Rockport Fire Department (Station 2)', 'active'],
  ])('%s', (_, line, name, status) => {
    expect(readHtml(dashboard(line)).agency).toEqual({ name, status });
  });
});
