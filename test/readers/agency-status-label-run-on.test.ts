// A pasted header line gives the agency, then the status's own label run on before its value, the
// colon lost in a plain-text mail or a note: "Agency: Hampden County EMS -- Affiliation Approved".
// The class: "Affiliation" or "Status" right before a status word is the status's label, never the
// end of the agency's name, and "--" is plain text's dash between a name and its status (domain.md: the dashboard shows the Agency Affiliation and its status).
import { describe, expect, it } from 'vitest';
import { readDashboard } from '../../lib/readers/dashboard';
import type { PageLine } from '../../lib/readers/page-lines';

const pair = (label: string, value: string): PageLine => ({ kind: 'pair', label, value, text: `${label}: ${value}` }) as PageLine;

describe('a status label run on into the agency value', () => {
  it.each([
    ['Hampden County EMS -- Affiliation Approved', 'Hampden County EMS', 'active'],
    ['Cape Ann Regional EMS -- Affiliation Pending Approval', 'Cape Ann Regional EMS', 'pending'],
    ['Pending Approval -- Hilltown Ambulance', 'Hilltown Ambulance', 'pending'],
    ['Cape Ann Regional EMS - Affiliation Pending Approval', 'Cape Ann Regional EMS', 'pending'],
    ['Quaboag Valley Ambulance (Affiliation Active)', 'Quaboag Valley Ambulance', 'active'],
    ['Lowell General Ambulance · Status Pending', 'Lowell General Ambulance', 'pending'],
    ['Berkshire County Ambulance — Status: Active', 'Berkshire County Ambulance', 'active'],
  ])('%s', (value, name, status) => {
    expect(readDashboard([pair('Agency', value)], 'Priya Raman').agency).toEqual({ name, status });
  });
});
