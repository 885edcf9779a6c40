// A course list pasted into another tool, told by classify's pasted-list rule from the records its
// lines alone hold (line-records.ts): those lines are read once per read, and finishRead judges
// the courses from that same reading (judge-kind.ts hands it on).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { readFile } from './load';

const calls = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../lib/readers/line-records', async (original) => {
  const module = await original<typeof import('../../lib/readers/line-records')>();
  return {
    ...module,
    lineRecords: (...args: Parameters<typeof module.lineRecords>) => {
      calls.count += 1;
      return module.lineRecords(...args);
    },
  };
});

const FIXTURES = 'test/fixtures';

describe('a pasted list’s lines are read once', () => {
  beforeEach(() => {
    calls.count = 0;
  });

  it.each([
    ['a notes tool', 'blind-27/edu-element-notes-emt2027-pending.html'],
    ['a forum post', 'blind-28/edu-discourse-post-aemt2027.html'],
    ['an editor’s HTML export', 'blind-28/edu-vim-tohtml-emr2028.html'],
    ['a chat export', 'blind-30/transcript-telegram-export-emt2027.html'],
    ['a mail with tabbed lines', 'blind-31f/transcript-zohomail-tabs-emt2027.html'],
  ])('%s', (_, path) => {
    const read = readFile(`${FIXTURES}/${path}`);
    expect(read.kind).toBe('nremt-education');
    expect(read.courses?.length).toBeGreaterThan(1);
    expect(calls.count).toBe(1);
  });
});
