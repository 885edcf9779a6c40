// The blind scorers' shared report: totals over a set's pages and the printed table, the same
// for pages read as `recert` reads them (score.ts) and read in Chromium (score-live.ts).
import { brief, mismatchLines, type PageScore } from './compare';

export interface PageResult extends PageScore {
  page: string;
  error?: string;
}

export function totalsOf(results: readonly PageResult[]) {
  const matched = results.reduce((sum, r) => sum + r.matched, 0);
  const total = results.reduce((sum, r) => sum + r.total, 0);
  return {
    pages: results.length,
    pagesFullyRight: results.filter((r) => r.matched === r.total).length,
    fieldsMatched: matched,
    fieldsTotal: total,
    fieldsPercent: total ? Math.round((1000 * matched) / total) / 10 : 0,
    zeroCourseMisreads: results.filter((r) => r.zeroCourseMisread).length,
    fieldsWrong: results.reduce((sum, r) => sum + r.wrong, 0),
  };
}

/** Prints the set's report (or its JSON) to stdout. */
export function printReport(results: readonly PageResult[], header: { dir: string; readers: string }, json: boolean): void {
  const totals = totalsOf(results);
  if (json) {
    console.log(JSON.stringify({ ...header, totals, pages: results }, null, 2));
    return;
  }
  console.log(`readers: ${header.readers}\npages:   ${header.dir}\n`);
  for (const r of results) {
    console.log(`${r.matched === r.total ? 'OK  ' : 'MISS'} ${r.page}  ${r.matched}/${r.total}${r.zeroCourseMisread ? '  (shows courses, read zero)' : ''}`);
    if (r.error) console.log(`       error: ${brief(r.error, 120)}`);
    for (const line of mismatchLines(r)) console.log(`       ${line}`);
  }
  console.log(
    `\npages fully right: ${totals.pagesFullyRight} of ${totals.pages}` +
      `\nfields matched:    ${totals.fieldsMatched} of ${totals.fieldsTotal} (${totals.fieldsPercent} %)` +
      `\npages that show courses but were read with zero courses: ${totals.zeroCourseMisreads}` +
      `\nfields read wrong (not unread: a value the page does not show): ${totals.fieldsWrong}`,
  );
}
