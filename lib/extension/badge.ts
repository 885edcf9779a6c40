// The toolbar badge, derived from the active person's report (pure) and applied by the background.
import type { Report } from '../model';

export interface Badge {
  text: string;
  color: string;
}

const URGENT = new Set(['STEP_B_NOT_DONE', 'SUBMIT_APPLICATION']);

export function badgeFor(report: Report | null): Badge {
  if (!report) return { text: '', color: '#5b6b7c' };
  if (report.renewed) return { text: '✓', color: '#1b6b35' };
  if (report.warnings.some((w) => URGENT.has(w.code))) return { text: '!', color: '#c62828' };
  if (report.totalRemaining == null) return { text: '', color: '#5b6b7c' };
  if (report.totalRemaining <= 0) return { text: '', color: '#1b6b35' };
  return { text: String(Math.ceil(report.totalRemaining)), color: '#0b3d6e' };
}
