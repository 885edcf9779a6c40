// Small statistics for timings: medians, not means, so one slow run (shared CPU) does not decide.
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

function quantile(sorted: readonly number[], q: number): number {
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return (sorted[low] as number) + ((sorted[high] as number) - (sorted[low] as number)) * (position - low);
}

/** Interquartile range relative to the median: how noisy a set of timings is. */
export function spread(values: readonly number[]): number | null {
  const middle = median(values);
  if (middle === null || middle === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return (quantile(sorted, 0.75) - quantile(sorted, 0.25)) / middle;
}

export function round(value: number, digits = 2): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** "3.21 ms", or "n/a" when there is no figure. */
export function ms(value: number | null, digits = 2): string {
  return value === null ? 'n/a' : `${round(value, digits)} ms`;
}
