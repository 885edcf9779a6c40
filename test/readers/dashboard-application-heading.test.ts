// A dashboard's card about the application ("Recertification Application", its step and status)
// is a card of the dashboard: where the title and the menu's current item both name the dashboard,
// a card heading naming the application does not make the page the application page.
import { describe, expect, it } from 'vitest';
import { classify } from '../../lib/readers/classify';
import type { OutlineLine } from '../../lib/model';

const outline = (h1: string, cards: string[]): OutlineLine[] => [
  { heading: 1, text: h1 },
  ...cards.flatMap((card): OutlineLine[] => [{ heading: 2, text: card }, { text: 'Status: In Progress', label: 'Status' }]),
];

describe('a card heading naming the application on a page the title and menu call the dashboard', () => {
  it.each([
    ['My Certification | Dashboard | NREMT', 'Dashboard', 'Welcome back, Joaquin', ['Agency affiliation awaiting approval', 'Recertification Application', 'Message Center']],
    ['Dashboard - National Registry', 'My Certification', 'Good morning, Dana', ['Recertification Application']],
    ['NREMT | Dashboard', 'Dashboard', 'Hello, Priya', ['Your Certification', 'Recert Application']],
  ])('%j', (title, current, h1, cards) => {
    expect(classify(outline(h1, cards), { title, url: null, records: 0, current }).kind).toBe('nremt-dashboard');
  });

  it.each([
    ['Recertification Application | NREMT', 'Recertification', 'Welcome back, Joaquin', ['Recertification Application']],
    ['Dashboard | NREMT', 'Recertification Application', 'Welcome back, Joaquin', ['Recertification Application']],
    ['Dashboard | NREMT', undefined, 'Recertification Application', ['Personal Information']],
    ['Dashboard | NREMT', undefined, 'Welcome back, Joaquin', ['Recertification Application']],
  ])('the application page stays one: %j', (title, current, h1, cards) => {
    expect(classify(outline(h1, cards), { title, url: null, records: 0, ...(current ? { current } : {}) }).kind).toBe('nremt-application');
  });
});
