import { describe, expect, it } from 'vitest';
import { matchLabel, splitLabelled, type LabelField } from '../../lib/readers/labels';

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
