// Page snapshots the extension tests build again and again.
import type { PageSnapshot } from '../../lib/model';

/** An NREMT dashboard that names its provider: an AEMT of the replica agency, expiring 2027. */
export const dashboardSnapshot = (name: string, registryNumber: string): PageSnapshot => ({
  url: 'https://www.nremt.org/dashboard',
  kind: 'nremt-dashboard',
  person: { name, registryNumber },
  certification: { level: 'aemt', expiresOn: '2027-03-31', cycleStart: '2025-02-11' },
  agency: { name: 'Pioneer Valley Ambulance', status: 'active' },
});
