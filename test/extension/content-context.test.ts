// The content scripts' lean context behaves as WXT's ContentScriptContext in what they use, and
// speaks its events: a newer copy of the script stops an older one, whichever class each is.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext as WxtContext } from 'wxt/utils/content-script-context';
import { ContentScriptContext } from '../../lib/extension/content-context';

const contexts: Array<{ onInvalidated(cb: () => void): () => void; isInvalid: boolean }> = [];
function track<T extends { isInvalid: boolean }>(context: T): T {
  contexts.push(context as never);
  return context;
}

afterEach(() => {
  // Later tests must not be stopped by, or stop, these: a fresh name per test does it.
  contexts.length = 0;
  vi.useRealTimers();
});

describe('the content scripts\' context', () => {
  it('is stopped by a newer copy of the same script, not by itself or another script', () => {
    const old = track(new ContentScriptContext('nremt-a'));
    const other = track(new ContentScriptContext('elicensing-a'));
    let stopped = 0;
    old.onInvalidated(() => (stopped += 1));
    expect(old.isInvalid).toBe(false);
    track(new ContentScriptContext('nremt-a'));
    expect(old.isInvalid).toBe(true);
    expect(stopped).toBe(1);
    expect(other.isInvalid).toBe(false);
  });

  it('stops, and is stopped by, WXT\'s own context of the same script (an update across versions)', () => {
    const wxtOld = new WxtContext('nremt-b');
    const lean = track(new ContentScriptContext('nremt-b'));
    expect(wxtOld.isInvalid).toBe(true);
    expect(lean.isInvalid).toBe(false);
    new WxtContext('nremt-b');
    expect(lean.isInvalid).toBe(true);
  });

  it('removes its listeners when invalidated', () => {
    const context = track(new ContentScriptContext('nremt-c'));
    const seen: string[] = [];
    context.addEventListener(window, 'resize', () => seen.push('resize'));
    window.dispatchEvent(new Event('resize'));
    track(new ContentScriptContext('nremt-c'));
    window.dispatchEvent(new Event('resize'));
    expect(seen).toEqual(['resize']);
  });

  it('announces a view change as wxt:locationchange, heard through WXT\'s event name', () => {
    vi.useFakeTimers();
    const context = track(new ContentScriptContext('nremt-d'));
    const heard: string[] = [];
    context.addEventListener(window, 'wxt:locationchange', (event) => heard.push(String((event as Event & { newUrl: URL }).newUrl)));
    const before = location.href;
    history.pushState({}, '', '/manage-education?view=2');
    vi.advanceTimersByTime(1100);
    expect(heard).toEqual([new URL('/manage-education?view=2', before).href]);
    // WXT's name for the event is the one used: a WXT context's watcher is heard too (each watcher announces).
    const wxt = new WxtContext('nremt-d-wxt');
    const wxtHeard: string[] = [];
    wxt.addEventListener(window, 'wxt:locationchange', () => wxtHeard.push('heard'));
    history.pushState({}, '', before);
    vi.advanceTimersByTime(1100);
    expect(heard.slice(1)).toEqual(heard.slice(1).map(() => before));
    expect(heard.length).toBeGreaterThan(1);
    expect(wxtHeard.length).toBe(heard.length - 1);
    wxt.abort();
  });
});
