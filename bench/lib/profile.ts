/**
 * Time a V8 CPU profile (CDP Profiler.Profile) spent in code of one script family, callees included: a sample
 * counts when any frame on its stack comes from a URL that starts with `urlPrefix` (a content script calls DOM
 * getters and regex built-ins, which show up as frames without a URL of their own).
 */
export interface CpuProfile {
  nodes: { id: number; callFrame: { url: string }; children?: number[] }[];
  samples?: number[];
  timeDeltas?: number[];
}

/** Milliseconds of sampled time under frames from `urlPrefix` (0 for an empty profile). */
export function sampledTimeUnder(profile: CpuProfile, urlPrefix: string): number {
  const parent = new Map<number, number>();
  const own = new Map<number, boolean>();
  for (const n of profile.nodes) {
    own.set(n.id, n.callFrame.url.startsWith(urlPrefix));
    for (const c of n.children ?? []) parent.set(c, n.id);
  }
  const memo = new Map<number, boolean>();
  const under = (id: number): boolean => {
    const known = memo.get(id);
    if (known !== undefined) return known;
    const chain: number[] = [];
    let cur: number | undefined = id;
    let hit = false;
    while (cur !== undefined) {
      const m = memo.get(cur);
      if (m !== undefined) {
        hit = m;
        break;
      }
      chain.push(cur);
      if (own.get(cur)) {
        hit = true;
        break;
      }
      cur = parent.get(cur);
    }
    for (const c of chain) memo.set(c, hit);
    return hit;
  };
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let us = 0;
  for (let i = 0; i < samples.length; i++) if (under(samples[i]!)) us += Math.max(0, deltas[i] ?? 0);
  return us / 1000;
}
