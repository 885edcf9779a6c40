import { describe, expect, it } from 'vitest';
import { parseApproval } from '../../lib/readers/approval';
import { levelFromLicenseNumber, parseLevel } from '../../lib/readers/level';

describe('parseApproval', () => {
  it.each([
    ['25-LEXN-F3-0412', '25-LEXN-F3-0412'],
    ['  16-EMT-F3-0001 ', '16-EMT-F3-0001'],
    ['OEMS 25-3381-T3', '25-3381-T3'],
    ['OEMS # T3-25-0417', 'T3-25-0417'],
    ['OEMS MA-25-T3-0230', 'MA-25-T3-0230'],
    ['MA-25-T3-0230', 'MA-25-T3-0230'],
    ['MA-26-T1-0514', 'MA-26-T1-0514'],
    ['OEMS 26-3030', '26-3030'],
    ['CAPCE 26-CAPN-F3-0011', '26-CAPN-F3-0011'],
    ['CAPCE #: 16-emt-f3-0001', '16-EMT-F3-0001'],
    ['Approval: 25-PVEM-F5-0102 (virtual)', '25-PVEM-F5-0102'],
    ['N/A', null],
    ['n/a', null],
    ['NA', null],
    ['None', null],
    ['—', null],
    ['-', null],
    ['', null],
    ['See certificate', null],
  ])('%j -> %j', (raw, expected) => {
    expect(parseApproval(raw)).toBe(expected);
  });
});

describe('parseLevel', () => {
  it.each([
    ['Advanced EMT', 'aemt'],
    ['AEMT', 'aemt'],
    ['Advanced Emergency Medical Technician', 'aemt'],
    ['NRAEMT', 'aemt'],
    ['Paramedic', 'paramedic'],
    ['Nationally Registered Paramedic', 'paramedic'],
    ['EMT', 'emt'],
    ['Emergency Medical Technician', 'emt'],
    ['EMT-Basic', 'emt'],
    ['Emergency Medical Responder', 'emr'],
    ['EMR', 'emr'],
    ['Advanced EMT – expires 03/31/2027', 'aemt'],
    ['Firefighter', null],
    ['', null],
  ])('%j -> %s', (raw, level) => {
    expect(parseLevel(raw)).toBe(level);
  });

  it.each([
    ['E123456', 'emt'],
    ['A123456', 'aemt'],
    ['P123456', 'paramedic'],
    ['R123456', null],
  ])('license %s -> %s', (number, level) => {
    expect(levelFromLicenseNumber(number)).toBe(level);
  });
});
