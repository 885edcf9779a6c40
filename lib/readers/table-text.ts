// The tables a fact may sit in, as text: an agency table, a certifications table, a registry
// number's column. Read on the page (the header and the body rows need its elements); judged by
// readDashboard (dashboard.ts) and readPersonEvidence (person.ts), in the background for the
// content scripts.
import type { TableText } from '../model';
import type { LabelField } from './labels';
import { bodyRows, cellsOf, ownRows, tableHead, tableLayout, type TableHead } from './table';
import { textOf } from './text';

export const CERT_FIELDS: readonly LabelField[] = ['level', 'expiresOn', 'cycleStart', 'cycle', 'lastRecertified'];
export const AGENCY_FIELDS: readonly LabelField[] = ['agency', 'agencyStatus'];
const TABLE_FIELDS: readonly LabelField[] = ['certificationStatus', ...AGENCY_FIELDS, ...CERT_FIELDS];

const cellTexts = (row: Element): string[] => cellsOf(row).map((cell) => textOf(cell));

/**
 * `table` as text for readDashboard, when it can hold what that reads. Other pages than the
 * dashboard only read their certification facts from it (a table naming level and expiration).
 */
export function dashboardTable(table: Element, dashboard: boolean, head: TableHead = tableHead(table)): TableText | undefined {
  const layout = tableLayout(table, TABLE_FIELDS, head);
  if (!layout) {
    if (!dashboard) return undefined;
    const rows = ownRows(table);
    // A caption row spans the table: one cell however many columns it covers.
    return { rows: rows.map(cellTexts), head: rows.slice(0, 3).map((row) => [...new Set(cellsOf(row))].map((cell) => textOf(cell))) };
  }
  const { columns } = layout;
  const agency = columns.agency !== undefined;
  // Only an agency table (on the dashboard) or a certifications table says anything readDashboard reads.
  if (agency ? !dashboard : columns.expiresOn === undefined || columns.level === undefined) return undefined;
  const rows = bodyRows(table, layout);
  return { columns, rows: rows.map(cellTexts), ...(agency ? { texts: rows.map((row) => textOf(row)) } : {}) };
}

/**
 * A table's Registry Number column: each body row's number cell and, when the table has a Status
 * column, its status cell. Undefined when the header names no registry number.
 */
export function registryColumn(table: Element, head: TableHead = tableHead(table)): string[][] | undefined {
  const layout = tableLayout(table, ['registryNumber', 'certificationStatus'], head);
  const column = layout?.columns.registryNumber;
  if (!layout || column === undefined) return undefined;
  const status = layout.columns.certificationStatus;
  return bodyRows(table, layout).map((row) => {
    const cells = cellsOf(row);
    return status === undefined ? [textOf(cells[column])] : [textOf(cells[column]), textOf(cells[status])];
  });
}
