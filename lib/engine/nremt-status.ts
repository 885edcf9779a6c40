// NREMT's own application statuses, from the words it shows. Each one asks something different
// of the provider (or nothing at all), so the engine keeps the distinction the coarse
// application status loses.
import type { Application } from '../model';

export type NremtStatus =
  | 'training-officer'
  | 'agency'
  | 'legal'
  | 'registry-review'
  | 'immediate-action'
  | 'returned';

const FORMS: ReadonlyArray<[NremtStatus, RegExp]> = [
  ['immediate-action', /\bimmediate action required\b/i],
  ['returned', /\breturned\b/i],
  ['training-officer', /\btraining officer\b|\bmedical director\b|\bsign[- ]?off\b/i],
  ['agency', /\bpending agency\b|\bagency affiliation\b/i],
  ['legal', /\blegal pathway\b/i],
  ['registry-review', /\bnational registry review\b|\bpending review\b|\bunder review\b/i],
];

export function nremtStatusOf(application: Application | undefined): NremtStatus | null {
  const text = application?.statusText ?? '';
  for (const [status, form] of FORMS) if (form.test(text)) return status;
  if (application?.status === 'returned') return 'returned';
  return null;
}
