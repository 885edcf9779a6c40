// A dashboard copied as text (a forum post, a blog entry, a <pre>): the agency card's caption is a
// line of its own, not a heading ("Agency Affiliation"), over the name and its status on one line.
// The caption opens the section for the lines right under it only: nothing further down is the agency.
import { describe, expect, it } from 'vitest';
import { readDashboard } from '../../lib/readers/dashboard';
import type { PageLine } from '../../lib/readers/page-lines';
import { readHtml } from './load';

const lines = (...texts: string[]): PageLine[] => texts.map((text): PageLine => ({ kind: 'title', text }));

describe('the agency section opened by a caption line', () => {
  it.each([
    [['Agency Affiliation', 'Shrewsbury Fire Department Pending Approval', 'Add or Remove Agency Affiliation'], 'Shrewsbury Fire Department', 'pending'],
    [['Affiliations', 'Quabbin Regional EMS — Active'], 'Quabbin Regional EMS', 'active'],
    [['My Agency', 'Cape Ann Regional EMS', 'Pending Approval'], 'Cape Ann Regional EMS', 'pending'],
  ])('%j', (texts, name, status) => {
    expect(readDashboard(lines(...texts), 'Kiera M. Donnelly').agency).toEqual({ name, status });
  });

  it('lines further down are out of the section', () => {
    const read = readDashboard(lines('Agency Affiliation', 'Recertification CE Summary', 'National 14 / 20', 'Local 6 / 10', 'Hilltown Ambulance Active'), 'Kiera M. Donnelly');
    expect(read.agency ?? null).toBeNull();
  });

  it('a dashboard pasted in a post, its lines as paragraphs', () => {
    const body = [
      'Here is my dashboard, copied straight out of the browser:',
      'Dashboard',
      'Kiera M. Donnelly',
      'Registry Number: E4471920',
      'Certification: Emergency Medical Technician (EMT)',
      'Expiration Date: 03/31/2027',
      'Agency Affiliation',
      'Shrewsbury Fire Department        Pending Approval',
      'Add or Remove Agency Affiliation',
    ].map((text) => `<p>${text}</p>`).join('');
    const snapshot = readHtml(`<!DOCTYPE html><html><head><title>NREMT dashboard still pending? - EMS forum</title></head><body><h1>NREMT dashboard still pending?</h1>${body}</body></html>`);
    expect(snapshot.kind).toBe('nremt-dashboard');
    expect(snapshot.agency).toEqual({ name: 'Shrewsbury Fire Department', status: 'pending' });
  });
});
