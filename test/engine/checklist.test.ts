// The two-step checklist: fixed ids and order, and honest states (unknown when we cannot tell).
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../lib/engine';
import type { ProviderRecord } from '../../lib/model';
import { aemtCompleteCourses, record } from './builders';

const states = (rec: ProviderRecord, today = '2027-01-10') =>
  Object.fromEntries(buildReport({ record: rec }, today).checklist.map((i) => [i.id, i.state]));

describe('checklist', () => {
  it('has the agreed ids, steps and order', () => {
    const list = buildReport({ record: record({}) }, '2027-01-10').checklist;
    expect(list.map((i) => `${i.step}:${i.id}`)).toEqual([
      'A:login', 'A:affiliate', 'A:hours', 'A:submit', 'A:pay', 'A:signoff',
      'B:elicensing-account', 'B:attest', 'B:pay-state', 'B:submit-state', 'B:confirm-expiration',
    ]);
    expect(list.find((i) => i.id === 'submit')?.label).toBe('Click Submit Application (paying does not submit)');
    expect(list.find((i) => i.id === 'pay')?.label).toBe('Pay the $30 NREMT fee');
    expect(list.find((i) => i.id === 'pay-state')?.label).toBe('Pay the $125 state fee');
    expect(list.find((i) => i.id === 'submit-state')?.label).toBe('Click Submit on eLicensing (paying does not submit)');
  });

  it('nothing read: only logging in is a known to-do; the rest is unknown', () => {
    expect(states(record({}))).toEqual({
      login: 'todo', affiliate: 'unknown', hours: 'unknown', submit: 'unknown', pay: 'unknown', signoff: 'unknown',
      'elicensing-account': 'unknown', attest: 'unknown', 'pay-state': 'unknown', 'submit-state': 'unknown', 'confirm-expiration': 'unknown',
    });
  });

  it('mid-cycle AEMT, application read, eLicensing read', () => {
    const rec = record({
      certification: { level: 'aemt', expiresOn: '2027-03-31', cycleStart: '2025-02-11' },
      agency: { name: 'PVA', status: 'active' },
      application: { status: 'in-progress', submitButton: true, paid: false },
      license: { number: 'A1', status: 'current', expiresOn: '2027-03-31' },
      courses: aemtCompleteCourses().slice(0, 3),
    });
    const report = buildReport({ record: rec }, '2027-01-10');
    const hours = report.checklist.find((i) => i.id === 'hours');
    // 25 - 15 = 10 National + 12.5 + 12.5 = 35 h left
    expect(hours).toMatchObject({ state: 'todo', detail: '35 h left' });
    expect(states(rec)).toEqual({
      login: 'done', affiliate: 'done', hours: 'todo', submit: 'todo', pay: 'todo', signoff: 'todo',
      'elicensing-account': 'done', attest: 'todo', 'pay-state': 'todo', 'submit-state': 'todo', 'confirm-expiration': 'todo',
    });
    expect(report.checklist.find((i) => i.id === 'signoff')?.detail).toBe('By April 30, 2027');
  });

  it('an eLicensing renewal under review counts as attested and paid, not yet confirmed', () => {
    const rec = record({
      certification: { level: 'emt', expiresOn: '2027-03-31' },
      license: { number: 'E1', status: 'current', expiresOn: '2027-03-31', renewalStatus: 'Submitted - In Review' },
    });
    expect(states(rec)).toMatchObject({ attest: 'done', 'pay-state': 'done', 'confirm-expiration': 'todo' });
  });

  it('eLicensing showing the new date: all of Step B done', () => {
    const rec = record({
      certification: { level: 'emt', expiresOn: '2027-03-31' },
      license: { number: 'E1', status: 'current', expiresOn: '2029-03-31' },
    });
    expect(states(rec, '2027-03-01')).toMatchObject({
      'elicensing-account': 'done', attest: 'done', 'pay-state': 'done', 'confirm-expiration': 'done',
    });
  });
});
