// Numeric dates' order as the page's own dates prove it: 1 day first ("14/10/2025" and never
// "10/14/2025": an LMS set to a day-first locale), 2 month first, 3 both shown (read month first), 0 unproven.
// Apart from parse-date.ts so a reader can pass the order on without bundling the date parser;
// every reader imports it from here.
/** Read through dateOrder(); parse-date.ts reads it directly. */
export let order = 0;

/** The order numeric dates are read in now (see provenOrder in parse-date.ts). */
export function dateOrder(): number {
  return order;
}

/** Runs `read` with numeric dates read in the `proven` order. */
export function withDateOrder<T>(proven: number, read: () => T): T {
  const was = order;
  order = proven;
  try {
    return read();
  } finally {
    order = was;
  }
}
