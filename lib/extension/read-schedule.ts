// When a content script re-reads its page. Pages change for reasons the readers do not care about
// (a "session expires in 4:59" countdown, a rotating banner); those must not cost a read, a
// message or a storage write, while a page that keeps changing is still read once it fills in.
// Content-script side: no storage, no engine, no zod.

export interface Timers {
  set(run: () => void, ms: number): number;
  clear(id: number | undefined): void;
  now(): number;
}

export const windowTimers = (win: Window): Timers => ({
  set: (run, ms) => win.setTimeout(run, ms),
  clear: (id) => win.clearTimeout(id),
  now: () => win.performance.now(),
});

/**
 * Runs `run` once changes pause for `waitMs`, and at the latest `maxWaitMs` after the first change
 * of a burst: a page that changes every 50 ms forever is still read about once per `maxWaitMs`.
 */
export function debounceWithMaxWait(run: () => void, waitMs: number, maxWaitMs: number, timers: Timers) {
  let timer: number | undefined;
  let firstAt: number | null = null;
  const fire = () => {
    timer = undefined;
    firstAt = null;
    run();
  };
  return {
    schedule(): void {
      const now = timers.now();
      firstAt ??= now;
      timers.clear(timer);
      timer = timers.set(fire, Math.max(0, Math.min(waitMs, firstAt + maxWaitMs - now)));
    },
    cancel(): void {
      timers.clear(timer);
      timer = undefined;
      firstAt = null;
    },
  };
}

/** Text that can tick or rotate is short: a clock, a banner, a badge. A page's content is not. */
const VOLATILE_TEXT_LIMIT = 200;

/** A clock's text without its digits: "expires in 4:59" and "expires in 4:58" are the same shape. */
function shapeOf(text: string): string {
  return text.replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
}

/** The elements a batch of mutations touched (a text node counts as its parent element). */
export function touchedElements(mutations: readonly MutationRecord[]): Element[] {
  const out = new Set<Element>();
  for (const mutation of mutations) {
    const target = mutation.target;
    const element = target.nodeType === 1 ? (target as Element) : target.parentElement;
    if (element) out.add(element);
  }
  return [...out];
}

export interface VolatileRegions {
  /** Every touched element is inside a known region that now shows a shape seen before. */
  covers(touched: readonly Element[]): boolean;
  /** A read found nothing new after these changes: remember the small ones and what they show. */
  learn(touched: readonly Element[]): void;
}

/**
 * Places on the page that changed without changing what the readers saw, with the shapes of text
 * they showed meanwhile. Once a re-read after a change confined to small elements gave the same
 * snapshot, a later change there that shows a shape already seen (the clock ticking on, the
 * banner's next slide) is not worth a read. New text there ("Loading…" becoming a course row),
 * or a change anywhere else, still is. (State in a closure: the minifier shortens its names.)
 */
export function volatileRegions(): VolatileRegions {
  const regions = new WeakMap<Element, Set<string>>();
  const coveredBy = (element: Element): boolean => {
    for (let node: Element | null = element; node; node = node.parentElement) {
      const shapes = regions.get(node);
      if (shapes) return shapes.has(shapeOf(node.textContent ?? ''));
    }
    return false;
  };
  return {
    covers: (touched) => touched.length > 0 && touched.every(coveredBy),
    learn(touched) {
      for (const element of touched) {
        if (!element.isConnected) continue;
        const text = element.textContent ?? '';
        if (text.length > VOLATILE_TEXT_LIMIT) continue;
        const shapes = regions.get(element) ?? new Set<string>();
        shapes.add(shapeOf(text));
        regions.set(element, shapes);
      }
    },
  };
}

/** Lets the page's own work run between the steps of a read (keeps each task short). */
export function yieldToPage(win: Window): Promise<void> {
  const scheduler = (win as Window & { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => win.setTimeout(resolve, 0));
}

/** What a snapshot says, as a comparable string: equal strings mean nothing new to send. */
export function snapshotKey(snapshot: unknown): string {
  return JSON.stringify(snapshot);
}
