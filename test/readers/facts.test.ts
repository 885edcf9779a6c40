// Facts stated in sentences and header lines rather than beside labels.
import { describe, expect, it } from 'vitest';
import { identityFrom } from '../../lib/readers/facts';
import { readHtml } from './load';

describe('a name beside a registry number', () => {
  it.each([
    ['Lucia Ferreira · P2038841', 'Lucia Ferreira', 'P2038841'],
    ["Kevin O'Brien (E4410075)", "Kevin O'Brien", 'E4410075'],
    ['NREMT | Beatriz Santos | Registry A7720013 | Advanced EMT', 'Beatriz Santos', 'A7720013'],
    ['Signed in: Ruth Abernathy (P7310228)', 'Ruth Abernathy', 'P7310228'],
    ['National Registry · Kenji Watanabe · A3358010', 'Kenji Watanabe', 'A3358010'],
    ['Dana Kowalczyk — Registry Number E3368410', 'Dana Kowalczyk', 'E3368410'],
  ])('%j', (line, name, registryNumber) => {
    expect(identityFrom(line)).toMatchObject({ name, registryNumber });
  });

  it('a line without a registry number names nobody', () => {
    expect(identityFrom('Welcome to the National Registry')).toBeNull();
  });
});

describe('a dashboard that states its facts in sentences', () => {
  const page = (body: string) => `<!DOCTYPE html><html><head><title>Dashboard</title></head><body><h1>Welcome back, Morgan Okafor</h1>${body}</body></html>`;

  it('reads level, expiration, cycle start and agency from prose', () => {
    const snap = readHtml(
      page(
        '<p>Your Advanced EMT certification expires on March 31, 2027.</p><p>Your current recertification cycle began on April 1, 2025.</p>' +
          '<p>You are affiliated with Berkshire County Ambulance Service. This affiliation is active.</p>' +
          '<h2>Message Center</h2><p>Reminder: your certification expires March 31, 2029</p>',
      ),
      'https://www.nremt.org/dashboard',
    );
    expect(snap.kind).toBe('nremt-dashboard');
    expect(snap.unreadReason).toBeUndefined();
    expect(snap.person?.name).toBe('Morgan Okafor');
    expect(snap.certification).toEqual({ level: 'aemt', expiresOn: '2027-03-31', cycleStart: '2025-04-01' });
    expect(snap.agency).toEqual({ name: 'Berkshire County Ambulance Service', status: 'active' });
  });

  it('"You last recertified on …" starts the cycle the day after; history is not today', () => {
    const snap = readHtml(
      page(
        '<p>Your certification that expired March 31, 2025 has been renewed.</p><p>You hold a National Registry Paramedic certification.</p>' +
          '<p>You last recertified on March 28, 2025. The certification expires on 31 March 2027.</p>',
      ),
    );
    expect(snap.certification).toEqual({ level: 'paramedic', expiresOn: '2027-03-31', cycleStart: '2025-03-29' });
  });

  it('a label the old list did not hold ("Current Cycle Start Date") is read by its words', () => {
    const snap = readHtml(page('<dl><dt>Level</dt><dd>EMT</dd><dt>Expiration Date</dt><dd>03/31/2027</dd><dt>Current Cycle Start Date</dt><dd>04/01/2025</dd></dl>'));
    expect(snap.certification?.cycleStart).toBe('2025-04-01');
  });
});
