// The audit packet as CSV (papaparse): one header row, then one row per course. A cell that a
// spreadsheet would run as a formula (=, +, -, @, tab, CR first) is prefixed with ' so it stays text.
import Papa from 'papaparse';
import type { PacketRow } from './packet';

export const PACKET_COLUMNS = [
  'Title',
  'Date completed',
  'Hours',
  'Approval number',
  'Component',
  'Topic',
  'Counts',
  'Why not',
] as const;

export function packetCsv(rows: readonly PacketRow[]): string {
  const data = rows.map((row) => [
    row.title,
    row.completedOn ?? '',
    String(row.hours),
    row.approvalNumber ?? '',
    row.component,
    row.topic,
    row.counts ? 'yes' : 'no',
    row.whyNot,
  ]);
  return `${Papa.unparse({ fields: [...PACKET_COLUMNS], data }, { escapeFormulae: true, newline: '\r\n', quotes: false })}\r\n`;
}
