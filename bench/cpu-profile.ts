// Main-thread JavaScript time of the extension, from a V8 CPU profile of the page (CDP
// Profiler). Content scripts run in the page's isolate, so their samples are in the profile; a
// sample counts as the extension's when any frame on its stack comes from a chrome-extension://
// script (so DOM calls made by the extension count too). Minified names do not matter: we only
// group by script.
import type { CDPSession } from 'playwright-core';

interface ProfileNode {
  id: number;
  callFrame: { url: string; functionName: string };
  children?: number[];
}

export interface CpuProfile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

export async function startProfiling(session: CDPSession): Promise<void> {
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 100 }); // µs
  await session.send('Profiler.start');
}

export async function stopProfiling(session: CDPSession): Promise<CpuProfile> {
  const { profile } = await session.send('Profiler.stop');
  return profile as CpuProfile;
}

/** Milliseconds of samples whose stack includes a script whose URL passes `isOurs`. */
export function cpuMsOf(profile: CpuProfile, isOurs: (url: string) => boolean = (url) => url.startsWith('chrome-extension://')): number {
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const ours = new Map<number, boolean>();
  const isOursNode = (id: number): boolean => {
    const known = ours.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id);
    const up = parent.get(id);
    const result = !!node && (isOurs(node.callFrame.url) || (up !== undefined && isOursNode(up)));
    ours.set(id, result);
    return result;
  };
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let totalUs = 0;
  // timeDeltas[i] is the time before sample i; the time a sample stands for is the next delta.
  for (let i = 0; i < samples.length; i++) {
    const sample = samples[i] as number;
    const duration = deltas[i + 1] ?? 0;
    if (isOursNode(sample)) totalUs += duration;
  }
  return totalUs / 1000;
}
