// Re-read only what changed: a debounce with a maximum wait, places that tick or rotate learned
// as not worth a read, and the background writing only a record that changed.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createPageService } from '../../lib/extension/page-service';
import { debounceWithMaxWait, touchedElements, volatileRegions, type Timers } from '../../lib/extension/read-schedule';
import { READ_AT_REFRESH_MS, recordNeedsWrite } from '../../lib/extension/record-change';
import type { PageSnapshot, ProviderRecord } from '../../lib/model';
import { RecertStore } from '../../lib/storage/store';

/** Timers driven by hand: advance(ms) runs what falls due, in order. */
function manualTimers(): Timers & { advance(ms: number): void } {
  let now = 0;
  let nextId = 1;
  const due = new Map<number, { at: number; run: () => void }>();
  return {
    set: (run, ms) => {
      due.set(nextId, { at: now + ms, run });
      return nextId++;
    },
    clear: (id) => void (id !== undefined && due.delete(id)),
    now: () => now,
    advance(ms) {
      const end = now + ms;
      for (;;) {
        const next = [...due.entries()].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
        if (!next) break;
        due.delete(next[0]);
        now = next[1].at;
        next[1].run();
      }
      now = end;
    },
  };
}

describe('debounce with a maximum wait', () => {
  it('reads once changes pause', () => {
    const timers = manualTimers();
    let reads = 0;
    const d = debounceWithMaxWait(() => reads++, 250, 1000, timers);
    d.schedule();
    timers.advance(100);
    d.schedule();
    timers.advance(249);
    expect(reads).toBe(0);
    timers.advance(1);
    expect(reads).toBe(1);
  });

  it('a page that changes every 50 ms forever is still read, about once per maximum wait', () => {
    const timers = manualTimers();
    let reads = 0;
    const d = debounceWithMaxWait(() => reads++, 250, 1000, timers);
    for (let t = 0; t < 5000; t += 50) {
      d.schedule();
      timers.advance(50);
    }
    expect(reads).toBeGreaterThanOrEqual(4);
    expect(reads).toBeLessThanOrEqual(6);
  });

  it('cancel drops the pending read', () => {
    const timers = manualTimers();
    let reads = 0;
    const d = debounceWithMaxWait(() => reads++, 250, 1000, timers);
    d.schedule();
    d.cancel();
    timers.advance(2000);
    expect(reads).toBe(0);
  });
});

describe('places that change without changing what is read', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  async function mutations(change: () => void): Promise<MutationRecord[]> {
    const records: MutationRecord[] = [];
    const observer = new MutationObserver((batch) => records.push(...batch));
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    change();
    await new Promise((resolve) => setTimeout(resolve, 0));
    records.push(...observer.takeRecords());
    observer.disconnect();
    return records;
  }

  it('a countdown is learned once; its next ticks are not worth a read; other changes still are', async () => {
    document.body.innerHTML = '<p id="clock">Session expires in 4:59</p><table><tbody id="rows"><tr><td>CPR</td></tr></tbody></table>';
    const clock = document.getElementById('clock')!;
    const regions = volatileRegions();
    const tick = (text: string) => mutations(() => void (clock.textContent = text));
    const first = touchedElements(await tick('Session expires in 4:58'));
    expect(regions.covers(first)).toBe(false); // unknown yet: read once
    regions.learn(first); // ...and the read found the same snapshot
    expect(regions.covers(touchedElements(await tick('Session expires in 4:57')))).toBe(true);
    expect(regions.covers(touchedElements(await tick('Session expires in 0:09')))).toBe(true);
    // New words in the same place are read.
    expect(regions.covers(touchedElements(await tick('Your session has expired. Sign in again.')))).toBe(false);
    // A change elsewhere is read.
    const row = await mutations(() => document.getElementById('rows')!.insertAdjacentHTML('beforeend', '<tr><td>Airway</td></tr>'));
    expect(regions.covers(touchedElements(row))).toBe(false);
  });

  it('"Loading…" that becomes a course row is read, even where a spinner ticked before', async () => {
    document.body.innerHTML = '<table><tbody id="rows"><tr><td>Loading.</td></tr></tbody></table>';
    const rows = document.getElementById('rows')!;
    const regions = volatileRegions();
    // Each frame of the spinner costs one read until its frames are known.
    regions.learn(touchedElements(await mutations(() => void (rows.innerHTML = '<tr><td>Loading..</td></tr>'))));
    regions.learn(touchedElements(await mutations(() => void (rows.innerHTML = '<tr><td>Loading.</td></tr>'))));
    expect(regions.covers(touchedElements(await mutations(() => void (rows.innerHTML = '<tr><td>Loading.</td></tr>'))))).toBe(true);
    const filled = await mutations(() => void (rows.innerHTML = '<tr><td>CPR Refresher</td><td>01/02/2026</td><td>2</td></tr>'));
    expect(regions.covers(touchedElements(filled))).toBe(false);
  });

  it('a big region (the app root re-rendering) is never learned', async () => {
    document.body.innerHTML = `<div id="app"><p>${'Course row text. '.repeat(20)}</p></div>`;
    const app = document.getElementById('app')!;
    const regions = volatileRegions();
    const rerender = () => mutations(() => void (app.innerHTML = `<p>${'Course row text. '.repeat(20)}</p>`));
    regions.learn(touchedElements(await rerender()));
    expect(regions.covers(touchedElements(await rerender()))).toBe(false);
  });
});

describe('the background writes only a record that changed', () => {
  beforeEach(() => fakeBrowser.reset());

  const record: ProviderRecord = { person: { registryNumber: 'A1' }, courses: [], readAt: { nremt: '2026-11-24T12:00:00.000Z' } };

  it('recordNeedsWrite: content changes, or a last-read time grown stale', () => {
    expect(recordNeedsWrite(undefined, record)).toBe(true);
    expect(recordNeedsWrite(record, { ...record, readAt: { nremt: '2026-11-24T12:00:05.000Z' } })).toBe(false);
    expect(recordNeedsWrite(record, { ...record, readAt: { nremt: new Date(Date.parse('2026-11-24T12:00:00.000Z') + READ_AT_REFRESH_MS).toISOString() } })).toBe(true);
    expect(recordNeedsWrite(record, { ...record, readAt: { ...record.readAt, elicensing: '2026-11-24T12:00:05.000Z' } })).toBe(true);
    expect(recordNeedsWrite(record, { ...record, agency: { name: 'X', status: 'active' } })).toBe(true);
    // The same record built in another order (storage's parse, the merge) is the same record.
    const named: ProviderRecord = { ...record, person: { name: 'Jordan Rivera', registryNumber: 'A1' } };
    expect(recordNeedsWrite(named, { ...named, person: { registryNumber: 'A1', name: 'Jordan Rivera' }, readAt: { nremt: '2026-11-24T12:00:05.000Z' } })).toBe(false);
  });

  it('the same page sent again within minutes writes nothing', async () => {
    let now = new Date(2026, 10, 24, 12);
    const service = createPageService(new RecertStore(), () => now);
    const handler = (message: { snapshot: PageSnapshot; tabOwner: string | null }) => service.ingestPage(structuredClone(message));
    const snapshot: PageSnapshot = {
      url: 'https://www.nremt.org/dashboard',
      kind: 'nremt-dashboard',
      person: { name: 'Jordan Rivera', registryNumber: 'A3187642' },
      certification: { level: 'aemt', expiresOn: '2027-03-31', cycleStart: '2025-02-11' },
    };
    const writes: string[] = [];
    fakeBrowser.storage.onChanged.addListener((changes) => writes.push(...Object.keys(changes)));
    await handler({ snapshot, tabOwner: null });
    const afterFirst = writes.length;
    expect(afterFirst).toBeGreaterThan(0);
    for (let i = 1; i <= 5; i++) {
      now = new Date(now.getTime() + 1000);
      await handler({ snapshot, tabOwner: 'reg:A3187642' });
    }
    expect(writes.length).toBe(afterFirst);
    await handler({ snapshot: { ...snapshot, agency: { name: 'Pioneer Valley Ambulance', status: 'active' } }, tabOwner: 'reg:A3187642' });
    expect(writes.length).toBeGreaterThan(afterFirst);
  });

  it('from a tab: a page whose evidence changed but not what it shows (a ticking countdown line) writes nothing', async () => {
    let now = new Date(2026, 10, 24, 12);
    const service = createPageService(new RecertStore(), () => now);
    const sender = { tab: { id: 7 } };
    const page = (tick: number) => ({
      snapshot: { url: 'https://www.nremt.org/dashboard', kind: 'nremt-dashboard' },
      // The content script sends the page's lines; the background judges them (judge-page.ts).
      evidence: {
        outline: [
          { text: 'Registry Number: A3187642', label: 'Registry Number' },
          { text: 'Your Advanced EMT certification expires on March 31, 2027.' },
          { text: `Session ends in ${60 - tick} seconds` },
        ],
      },
    });
    const writes: string[] = [];
    fakeBrowser.storage.onChanged.addListener((changes) => writes.push(...Object.keys(changes)));
    const first = await service.ingestPage(structuredClone(page(0)), sender);
    const afterFirst = writes.length;
    expect(afterFirst).toBeGreaterThan(0);
    for (let tick = 1; tick <= 5; tick++) {
      now = new Date(now.getTime() + 1000);
      const reply = await service.ingestPage(structuredClone(page(tick)), sender);
      expect(reply.view.state).toBe('ready');
      // The same judged snapshot: the content script learns the ticking place is not worth a read.
      expect(reply.read).toBe(first.read);
    }
    expect(writes).toHaveLength(afterFirst);
    const changed = page(6);
    changed.evidence.outline[1] = { text: 'Your Advanced EMT certification expires on March 31, 2029.' };
    const reply = await service.ingestPage(structuredClone(changed), sender);
    expect(reply.read).not.toBe(first.read);
    expect(writes.length).toBeGreaterThan(afterFirst);
  });
});
