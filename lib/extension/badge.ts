// The toolbar badge, rendered from the report's next actions (pure; applied by the background).
// Urgency is the engine's: "!" when an action is to be done now.
import type { Report } from '../model';

export interface Badge {
  text: string;
  color: string;
}

export function badgeFor(report: Report | null): Badge {
  if (!report) return { text: '', color: '#5b6b7c' };
  if (report.renewed) return { text: '✓', color: '#1b6b35' };
  if (report.nextActions.some((a) => a.urgency === 'now')) return { text: '!', color: '#c62828' };
  if (report.totalRemaining == null) return { text: '', color: '#5b6b7c' };
  if (report.totalRemaining <= 0) return { text: '', color: '#1b6b35' };
  return { text: String(Math.ceil(report.totalRemaining)), color: '#0b3d6e' };
}
