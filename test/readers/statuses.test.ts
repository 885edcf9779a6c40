import { describe, expect, it } from 'vitest';
import { applicationStatusFrom, paidFrom } from '../../lib/readers/application';
import { agencyStatusFrom } from '../../lib/readers/dashboard';
import { licenseStatusFrom } from '../../lib/readers/elicensing';
import { readHtml } from './load';

describe('application status words', () => {
  it.each([
    ['Not Started', 'not-started'],
    ['In Progress', 'in-progress'],
    ['Started', 'in-progress'],
    ['Not Submitted', 'not-submitted'],
    ['Paid – Not Submitted', 'not-submitted'],
    ['Submitted', 'submitted'],
    ['Pending National Registry Review', 'submitted'],
    ['Pending Review', 'submitted'],
    ['Returned Incomplete', 'returned'],
    ['Immediate Action Required', 'returned'],
    ['Approved', 'approved'],
    ['Complete', 'approved'],
    ['Hello', null],
  ])('%j -> %s', (text, status) => {
    expect(applicationStatusFrom(text)).toBe(status);
  });

  it.each([
    ['Paid', true],
    ['Paid $30.00 on 11/20/2026', true],
    ['Payment received', true],
    ['Not Paid', false],
    ['Unpaid', false],
    ['$30.00 due', false],
    ['—', null],
  ])('payment %j -> %s', (text, paid) => {
    expect(paidFrom(text)).toBe(paid);
  });
});

describe('agency and license status words', () => {
  it.each([
    ['Active', 'active'],
    ['Approved', 'active'],
    ['Pending Approval', 'pending'],
    ['Pending', 'pending'],
    ['Inactive', 'none'],
    ['Removed', 'none'],
    ['Unknown words', null],
  ])('agency %j -> %s', (text, status) => {
    expect(agencyStatusFrom(text)).toBe(status);
  });

  it.each([
    ['Current', 'current'],
    ['Expired', 'expired'],
    ['Probation', 'probation'],
    ['Non-Disciplinary Condition', 'non-disciplinary-condition'],
    ['Revoked', 'revoked'],
    ['Suspended', 'suspended'],
    ['Surrendered', 'surrendered'],
    ['Void', 'void'],
    ['Pending Renewal', null],
    ['', null],
  ])('license %j -> %s', (text, status) => {
    expect(licenseStatusFrom(text)).toBe(status);
  });
});

describe('pages that are ours but unreadable say so', () => {
  it('an application page with no status and no button', () => {
    const snapshot = readHtml('<h1>Recertification Application</h1><p>Something went wrong.</p>', null);
    expect(snapshot.kind).toBe('nremt-application');
    expect(snapshot.unreadReason).toBe('Could not read this page: application status not found');
    expect(snapshot.application).toEqual({ status: null, submitButton: false, paid: null });
  });
});
