// readPage (and `recert`) decide a page's kind once per read: the kind that chose between the
// NREMT and eLicensing readers is the kind finishRead judges by (judge-kind.ts).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { readFile } from './load';

const calls = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../lib/readers/classify', async (original) => {
  const module = await original<typeof import('../../lib/readers/classify')>();
  return {
    ...module,
    classify: (...args: Parameters<typeof module.classify>) => {
      calls.count += 1;
      return module.classify(...args);
    },
  };
});

const FIXTURES = 'test/fixtures';

describe('classify runs once per read', () => {
  beforeEach(() => {
    calls.count = 0;
  });

  it.each([
    ['a dashboard', 'blind-22/dash-skyux-keyinfo-emr.html', 'nremt-dashboard'],
    ['an application', 'blind-21/app-thunderbird-saved-msg.html', 'nremt-application'],
    ['an education page', 'blind-22/edu-lyne-split-aemt.html', 'nremt-education'],
    ['a Training Officer’s view', 'blind-23/other-vector-to-review.html', 'unknown'],
  ])('%s', (_, path, kind) => {
    expect(readFile(`${FIXTURES}/${path}`).kind).toBe(kind);
    expect(calls.count).toBe(1);
  });
});
