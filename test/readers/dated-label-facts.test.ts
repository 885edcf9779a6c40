// A cycle named with its own dates ("Current cycle (4/1/2026 – 3/31/2028)") is a fact on its own
// line, not a label over the next line (often another cycle's, "Previous cycle (…)"): the recert
// cycle dates are the label's own, never those of the line after it.
import { describe, expect, it } from 'vitest';
import { readDashboard } from '../../lib/readers/dashboard';
import type { PageLine } from '../../lib/readers/page-lines';

const pair = (label: string, value: string): PageLine => ({ kind: 'pair', label, value }) as PageLine;

describe('a cycle label that states its own dates', () => {
  it.each([
    ['Current cycle (4/1/2026 – 3/31/2028)', 'Previous cycle (4/1/2024 – 3/31/2026)', '2026-04-01'],
    ['Recert cycle (04/01/2025 - 03/31/2027)', 'Prior cycle (04/01/2023 - 03/31/2025)', '2025-04-01'],
    ['Recert cycle (Apr 1, 2026 – Mar 31, 2028)', 'Last cycle (Apr 1, 2024 – Mar 31, 2026)', '2026-04-01'],
    ['Cycle (Apr 1, 2025 to Mar 31, 2027)', 'Cycle (Apr 1, 2023 to Mar 31, 2025)', '2025-04-01'],
  ])('%s over %s', (label, value, cycleStart) => {
    expect(readDashboard([pair(label, value)]).certification.cycleStart).toBe(cycleStart);
  });

  // Dates outside parentheses make no label at all: the pair gives no cycle (the sentence reader has the line).
  it.each([
    ['Recert cycle 04/01/2025 - 03/31/2027', 'Prior cycle 04/01/2023 - 03/31/2025', '2023-04-01'],
    ['Recertification cycle: April 1, 2026 – March 31, 2028', 'Last cycle: April 1, 2024 – March 31, 2026', '2024-04-01'],
  ])('never the next line\'s dates: %s', (label, value, earlier) => {
    expect(readDashboard([pair(label, value)]).certification.cycleStart).not.toBe(earlier);
  });

  it('a plain cycle label still takes its value', () => {
    expect(readDashboard([pair('Recert cycle', '04/01/2025 - 03/31/2027')]).certification.cycleStart).toBe('2025-04-01');
  });
});
