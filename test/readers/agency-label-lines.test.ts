// A label word alone on its line (Agency, Affiliation, Organization, Status…) is never an agency's
// name: in an agency section drawn as label line over value line, the label names the next line.
import { describe, expect, it } from 'vitest';
import { readDashboard } from '../../lib/readers/dashboard';
import type { PageLine } from '../../lib/readers/page-lines';

const section = (...texts: string[]): PageLine[] => [
  { kind: 'heading', level: 3, text: 'Agency Affiliation' },
  ...texts.map((text): PageLine => ({ kind: 'title', text })),
];

describe('label lines over value lines in the agency section', () => {
  it.each([
    [['Agency', 'Cape Ann Regional EMS', 'Affiliation status', 'Pending approval', 'Requested', 'Nov 24, 2026'], 'Cape Ann Regional EMS', 'pending'],
    [['Agency Name', 'Lowell General Ambulance', 'Status', 'Active'], 'Lowell General Ambulance', 'active'],
    [['Affiliation', 'Berkshire County Ambulance', 'Affiliation Status', 'Pending Approval'], 'Berkshire County Ambulance', 'pending'],
    [['Organization', 'Pioneer Valley Ambulance Service', 'Status', 'Active'], 'Pioneer Valley Ambulance Service', 'active'],
  ])('%j', (texts, name, status) => {
    expect(readDashboard(section(...texts), 'Renata Q. Okafor').agency).toEqual({ name, status });
  });

  it.each([
    [['Agency', 'Pending approval']],
    [['Organization', 'Active']],
    [['Affiliation', 'Pending Approval']],
    [['Status', 'Active']],
  ])('a label with only a status after it names no agency: %j', (texts) => {
    expect(readDashboard(section(...texts), 'Renata Q. Okafor').agency?.name ?? null).toBeNull();
  });
});
