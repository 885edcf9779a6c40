// What the panel says about a course list it could not see whole (see lib/readers/coverage.ts).
import type { ListCoverage } from '../model';

export function coverageNote(coverage: ListCoverage | undefined): string | null {
  if (!coverage || coverage.complete) return null;
  const { shown, total, reason } = coverage;
  if (reason === 'loading') return 'This course list was still loading, so nothing stored was removed. I’ll read it again once it has filled in.';
  if (shown !== undefined && total !== undefined && total > shown) {
    return `Only ${shown} of ${total} courses are on this page — show them all and I’ll read the rest. Nothing stored was removed.`;
  }
  if (reason === 'filter') return 'A filter is on, so not every course is shown — clear it and I’ll read them all. Nothing stored was removed.';
  if (reason === 'collapsed') return 'Some course sections are collapsed — open them and I’ll read the rest. Nothing stored was removed.';
  return 'Not every course is on this page — show them all and I’ll read the rest. Nothing stored was removed.';
}
