// A certifications grid drawn as a header table and a body table (jsGrid, DataTables' scroll
// header): the header's columns name the body's cells, row for row. The cycle starts the day
// after the last recertification; the expiration is never that column's date.
import { describe, expect, it } from 'vitest';
import { readDashboard } from '../../lib/readers/dashboard';
import type { PageLine } from '../../lib/readers/page-lines';

const grid = (columns: Record<string, number>, rows: string[][]): PageLine[] => [
  { kind: 'heading', level: 2, text: 'My Certification' },
  { kind: 'table', table: { columns, rows: [] }, registry: [] },
  { kind: 'table', table: { rows, head: rows.slice(0, 3) }, registry: undefined },
];

describe('a certifications header table, then its body table', () => {
  it.each([
    [{ level: 0, certificationStatus: 2, lastRecertified: 3, expiresOn: 4 }, [['Advanced EMT', 'A3059126', 'Active', '3/25/2025', '3/31/2027', 'Print card']], { level: 'aemt', expiresOn: '2027-03-31', cycleStart: '2025-03-26' }],
    [{ expiresOn: 0, lastRecertified: 1, level: 2 }, [['03/31/2026', '03/28/2024', 'Paramedic']], { level: 'paramedic', expiresOn: '2026-03-31', cycleStart: '2024-03-29' }],
    [{ level: 0, cycleStart: 1, expiresOn: 2 }, [['EMT', 'Apr 1, 2026', 'Mar 31, 2028']], { level: 'emt', expiresOn: '2028-03-31', cycleStart: '2026-04-01' }],
    [{ level: 0, certificationStatus: 1, expiresOn: 2 }, [['EMR', 'Expired', '03/31/2024'], ['EMT', 'Active', '03/31/2027']], { level: 'emt', expiresOn: '2027-03-31', cycleStart: null }],
  ])('%j', (columns, rows, certification) => {
    expect(readDashboard(grid(columns, rows)).certification).toEqual(certification);
  });

  it('a body table narrower than its header is not its body', () => {
    expect(readDashboard(grid({ level: 0, lastRecertified: 3, expiresOn: 4 }, [['Advanced EMT', '3/25/2025']])).certification.expiresOn).toBeNull();
  });
});
