// Example stored data of each version, as the extension wrote it (read-frog style).
import type { ProviderRecord } from '../../lib/model';

/** v1: a single provider's record was the whole value of local:people. */
export const V1_PEOPLE_WITH_REGISTRY: ProviderRecord = {
  person: { name: 'Jordan Rivera', registryNumber: 'A3187642' },
  certification: { level: 'aemt', expiresOn: '2027-03-31', cycleStart: '2025-02-11' },
  agency: { name: 'Pioneer Valley Ambulance', status: 'active' },
  courses: [
    { title: 'Airway Management', completedOn: '2025-04-08', hours: 3, component: 'national', topic: 'airway', approvalNumber: '25-LEXN-F3-0412' },
  ],
  readAt: { nremt: '2026-11-20T14:03:00.000Z' },
};

export const V1_PEOPLE_NAME_ONLY: ProviderRecord = {
  person: { name: 'Casey  O’Brien' },
  courses: [],
  readAt: { elicensing: '2026-11-21T09:00:00.000Z' },
};

export const V1_PEOPLE_NO_IDENTITY: ProviderRecord = {
  person: {},
  courses: [
    { title: 'Trauma Update', completedOn: '2026-02-01', hours: 2, component: 'national', topic: 'trauma', approvalNumber: '26-XYZ-F3-0001' },
  ],
  readAt: {},
};
