// Whether the Submit Application reminder applies. No JSX here: the NREMT content script uses it
// and must not pull Preact in (its UI lives in the framed page).
import type { Report } from '../lib/model';

/** Hours done, application not submitted: the mistake that lapses certifications. */
export function needsSubmit(report: Report): boolean {
  if (report.renewed) return false;
  return report.stepA.status === 'ready-to-submit' || report.warnings.some((w) => w.code === 'SUBMIT_APPLICATION');
}
