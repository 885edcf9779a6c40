// An application's status shown in a table of applications (Application | Submitted | Status):
// the most recent row's Status cell. Tables of sections ("Section | Status") are not about
// the application as a whole, so only a table whose header names the application counts.
import { parseDate } from './parse-date';
import { bodyRows, cellsOf, tableLayout } from './table';
import { textOf } from './text';
import { hasPhrase, isPhrase, phrases } from './words';

const NAMES_APPLICATION = phrases('application', 'applications', 'recertification', 'recertifications', 'renewal', 'renewals');
const DATE_HEADER = phrases('date', 'submitted', 'updated', 'filed', 'received');

/**
 * An application table's rows as [Status cell text, date ('' when none)]; null when the table is
 * not an application table. Which row tells is judged by applicationTableStatus.
 */
export function applicationTableRows(table: Element): Array<[string, string]> | null {
  const layout = tableLayout(table, ['applicationStatus']);
  const statusColumn = layout?.columns.applicationStatus;
  if (!layout || statusColumn === undefined) return null;
  const others = layout.headerTexts.filter((_, i) => i !== statusColumn);
  if (!others.some((text) => hasPhrase(text, NAMES_APPLICATION))) return submitRow(table, layout, statusColumn);
  const dateColumn = layout.headerTexts.findIndex((text, i) => i !== statusColumn && hasPhrase(text, DATE_HEADER));

  const rows: Array<[string, string]> = [];
  for (const row of bodyRows(table, layout)) {
    const cells = cellsOf(row, layout.headerTexts.length);
    const statusCell = cells[statusColumn];
    if (!statusCell) continue;
    const dateCell = dateColumn >= 0 ? cells[dateColumn] : undefined;
    rows.push([textOf(statusCell), (dateCell && parseDate(textOf(dateCell))) || '']);
  }
  return rows;
}

// The application's last section ("Submit"), in a table of its sections.
export const SUBMIT_STEP = phrases('submit', 'submit application');
/** The date's place of a sections table's Submit row: its status is judged as that step's (application.ts). */
export const SUBMIT_ROW = 'submit';

/**
 * A table of the application's sections ("Section | Status"): its Submit row's status; or a table
 * of items ("Item | Status | Updated", a dashboard's): the status of the row naming the
 * application ("Recertification Application (2027)"). Null when no row is either.
 */
function submitRow(table: Element, layout: NonNullable<ReturnType<typeof tableLayout>>, statusColumn: number): Array<[string, string]> | null {
  const rows: Array<[string, string]> = [];
  for (const row of bodyRows(table, layout)) {
    const cells = cellsOf(row, layout.headerTexts.length).map((cell) => (cell ? textOf(cell) : ''));
    const others = cells.filter((_, i) => i !== statusColumn);
    const status = cells[statusColumn];
    if (status && others.some((text) => isPhrase(text, SUBMIT_STEP))) rows.push([status, SUBMIT_ROW]);
    else if (status && others.some((text) => hasPhrase(text, APPLICATION))) rows.push([status, '']);
  }
  return rows.length > 0 ? rows : null;
}
const APPLICATION = phrases('application');

/**
 * The status of the table's most recent row (by its date, else the first row) that `statusFrom`
 * reads; null when none does.
 */
export function applicationTableStatus<S>(rows: ReadonlyArray<readonly [string, string]>, statusFrom: (text: string) => S | null): S | null {
  let best: { status: S; date: string } | null = null;
  for (const [text, date] of rows) {
    const status = statusFrom(text);
    if (status === null) continue;
    // First row wins unless a later row is dated later (pages list newest first or last).
    if (best === null || date > best.date) best = { status, date };
  }
  return best?.status ?? null;
}
