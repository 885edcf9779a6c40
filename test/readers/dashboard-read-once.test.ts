// The background judges a page's labelled facts and agency (readDashboard) once per read, on every
// kind of page: after the person is known, so the person's own name is never the agency's.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { readFile } from './load';

const calls = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../lib/readers/dashboard', async (original) => {
  const module = await original<typeof import('../../lib/readers/dashboard')>();
  return {
    ...module,
    readDashboard: (...args: Parameters<typeof module.readDashboard>) => {
      calls.count += 1;
      return module.readDashboard(...args);
    },
  };
});

const FIXTURES = 'test/fixtures';

describe('readDashboard runs once per read', () => {
  beforeEach(() => {
    calls.count = 0;
  });

  it.each([
    ['a dashboard', 'blind-22/dash-skyux-keyinfo-emr.html', 'nremt-dashboard'],
    ['a dashboard with a frozen label column', 'blind-22/dash-plotly-dash-datatable-pending.html', 'nremt-dashboard'],
    ['an application', 'blind-21/app-thunderbird-saved-msg.html', 'nremt-application'],
    ['an education page', 'blind-22/edu-lyne-split-aemt.html', 'nremt-education'],
  ])('%s', (_, path, kind) => {
    expect(readFile(`${FIXTURES}/${path}`).kind).toBe(kind);
    expect(calls.count).toBe(1);
  });
});
