import { describe, expect, it } from 'vitest';
import { matchLabel, splitLabelled, splitLabelledAll, type LabelField } from '../../lib/readers/labels';

const COURSE: LabelField[] = ['courseTitle', 'completedOn', 'hours', 'approvalNumber', 'assignment', 'topic'];
const DASHBOARD: LabelField[] = ['expiresOn', 'cycle', 'cycleStart', 'lastRecertified', 'registryNumber', 'level'];

describe('matchLabel', () => {
  it.each([
    ['Expiration Date', DASHBOARD, 'expiresOn'],
    ['Expires', DASHBOARD, 'expiresOn'],
    ['Exp. Date', DASHBOARD, 'expiresOn'],
    ['EXPIRATION DATE:', DASHBOARD, 'expiresOn'],
    ['  Expiration   date ', DASHBOARD, 'expiresOn'],
    ['Certification Cycle', DASHBOARD, 'cycle'],
    ['Recertification Cycle', DASHBOARD, 'cycle'],
    ['Cycle Start Date', DASHBOARD, 'cycleStart'],
    ['Registry #', DASHBOARD, 'registryNumber'],
    ['Registry No.', DASHBOARD, 'registryNumber'],
    ['Registry Number', DASHBOARD, 'registryNumber'],
    ['Credits', COURSE, 'hours'],
    ['Hours', COURSE, 'hours'],
    ['Credit Hours', COURSE, 'hours'],
    ['Date Completed', COURSE, 'completedOn'],
    ['Completed', COURSE, 'completedOn'],
    ['Completion Date', COURSE, 'completedOn'],
    ['Approval Number', COURSE, 'approvalNumber'],
    ['CAPCE #', COURSE, 'approvalNumber'],
    ['State Approval #', COURSE, 'approvalNumber'],
    ['CAPCE / State Approval #', COURSE, 'approvalNumber'],
    ['Assigned To', COURSE, 'assignment'],
    ['Course Title', COURSE, 'courseTitle'],
    ['Course Name', COURSE, 'courseTitle'],
    ['Expiration Date', COURSE, null],
    ['Your application is not submitted until you click Submit Application', COURSE, null],
    ['Hours of operation vary by location and season', COURSE, null],
    // Bracketed remarks and format hints only explain the label.
    ['Credit Hours (CEH)', COURSE, 'hours'],
    ['Date Completed (MM/DD/YYYY)', COURSE, 'completedOn'],
    ['Completed [mm/dd/yy]', COURSE, 'completedOn'],
    ['Completion Date yyyy-mm-dd', COURSE, 'completedOn'],
    ['Expires (MM/DD/YYYY):', DASHBOARD, 'expiresOn'],
    ['(MM/DD/YYYY)', COURSE, null],
    ['Notes (hours)', COURSE, null],
  ] as Array<[string, LabelField[], LabelField | null]>)('%j -> %s', (raw, fields, expected) => {
    expect(matchLabel(raw, fields)).toBe(expected);
  });
});

describe('splitLabelled', () => {
  it.each([
    ['Completion Date: 03/12/2026', { field: 'completedOn', value: '03/12/2026' }],
    ['Assigned To: National – Trauma', { field: 'assignment', value: 'National – Trauma' }],
    ['Credits:2', { field: 'hours', value: '2' }],
    ['Toxicology: Opioids and Overdose', null],
    ['No colon here', null],
  ])('%j -> %j', (raw, expected) => {
    expect(splitLabelled(raw, COURSE)).toEqual(expected);
  });
});

describe('splitLabelledAll', () => {
  const pairs = (...p: Array<[string, string]>): Array<{ field: string; value: string }> => p.map(([field, value]) => ({ field, value }));
  it.each([
    ['Completed: March 3, 2026 · Hours: 1.5 · Approval Number: 25-AAS-F3-0012', pairs(['completedOn', 'March 3, 2026'], ['hours', '1.5'], ['approvalNumber', '25-AAS-F3-0012'])],
    ['Date: 03/12/2026 | Credits: 2', pairs(['completedOn', '03/12/2026'], ['hours', '2'])],
    ['Date: 03/12/2026 • Credits: 2', pairs(['completedOn', '03/12/2026'], ['hours', '2'])],
    ['Date: 03/12/2026; Credits: 2', pairs(['completedOn', '03/12/2026'], ['hours', '2'])],
    ['Completed: 03/12/2026 Hours: 1:30 CAPCE #: 25-ABC-F3-0102', pairs(['completedOn', '03/12/2026'], ['hours', '1:30'], ['approvalNumber', '25-ABC-F3-0102'])],
    ['Assigned To: National: Cardiovascular', pairs(['assignment', 'National: Cardiovascular'])],
    ['Approval Number: 25-ABC-F3-0102; 25-ABC-F3-0103', pairs(['approvalNumber', '25-ABC-F3-0102; 25-ABC-F3-0103'])],
    ['Course Title: Toxicology: Opioids · Hours: 2', pairs(['courseTitle', 'Toxicology: Opioids'], ['hours', '2'])],
    ['Credits: 2', pairs(['hours', '2'])],
    ['Toxicology: Opioids · Hours: 2', []],
  ] as Array<[string, Array<{ field: string; value: string }>]>)('%j', (raw, expected) => {
    expect(splitLabelledAll(raw, COURSE).map(({ field, value }) => ({ field, value }))).toEqual(expected);
  });
});
