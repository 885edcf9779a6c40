// The engine's action that points at NREMT's own Submit Application button. No JSX here: the
// NREMT content script uses it to outline the page's button and must not pull Preact in (its UI
// lives in the framed page).
import type { NextAction, Report } from '../lib/model';

/** The engine's action pointing at NREMT's own Submit Application button, if listed. */
export function submitAction(report: Report): NextAction | undefined {
  return report.nextActions.find((a) => a.where.control === 'nremt-submit');
}
