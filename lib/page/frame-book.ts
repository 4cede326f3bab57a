import type { PageVerdict } from './types';

/**
 * What the background keeps of a tab's frames (entrypoints/background/page-warnings.ts), pure. A kit can put
 * its claim and its ask in different frames (lib/page/frames.ts pools them), and a page makes as many frames
 * as it likes, each talking as often as it likes. So a page must not be able to buy the eviction of the one
 * frame that asks (red team 31, r08: sixteen hidden brand frames outscore the risk-only form frame) nor make
 * its chatter drown that frame's single message (r04: twelve frames flipping a brand heading spend the tab's
 * rate).
 *
 *  - keepFrames: at most `max` frames; the top frame, the sub-frame that claims the brand most and the
 *    sub-frame that asks the most are always kept, whatever the others score; the rest by score.
 *  - FrameBacklog: a verdict the rate refused is not dropped: the latest per frame waits (bounded per tab, the
 *    same choice as keepFrames) until the tab's next pooling.
 */
export const MAX_FRAMES = 16;
export const MAX_REASONS = 30;
export const MAX_EVIDENCE = 80;

/** One half of a verdict (identity or risk): as the scorer sent it, else summed from its reasons. */
function half(v: PageVerdict, group: 'identity' | 'risk'): number {
  const given = v[group];
  if (typeof given === 'number' && Number.isFinite(given)) return given;
  const isGroup = (code: string) => /^(?:brand|context)-/.test(code) === (group === 'identity');
  return v.reasons.reduce((s, r) => s + (isGroup(r.code) && r.weight > 0 ? r.weight : 0), 0);
}

/**
 * The sub-frames pooling may use most: the strongest claim (a frame that declares itself someone else gives
 * the pool no claim, lib/page/frames.ts) and the strongest ask (its asks still count, whatever it says it is:
 * red team 35, class B). Ties: the lower frame id (stable).
 */
function bestOf(frames: Record<string, PageVerdict>, group: 'identity' | 'risk'): string | null {
  let best: string | null = null;
  let bestValue = 0;
  // integer keys come in ascending order: on a tie the lower frame id stays
  for (const [id, v] of Object.entries(frames)) {
    if (id === '0') continue;
    const namesItself = half(v, 'identity') < 0;
    if (namesItself && group === 'identity') continue;
    // (of a frame that names itself, only its asks are pooled)
    const value = namesItself
      ? v.reasons.reduce((s, r) => s + (/^asks-/.test(r.code) && r.weight > 0 ? r.weight : 0), 0)
      : half(v, group);
    if (value > bestValue) {
      best = id;
      bestValue = value;
    }
  }
  return best;
}

/** At most `max` frames of `frames`: the top one, the best claim, the best ask, then the highest scores. */
export function keepFrames(
  frames: Record<string, PageVerdict>,
  max = MAX_FRAMES,
): Record<string, PageVerdict> {
  const ids = Object.keys(frames);
  if (ids.length <= max) return frames;
  const kept = new Set<string>();
  if ('0' in frames) kept.add('0');
  for (const id of [bestOf(frames, 'risk'), bestOf(frames, 'identity')])
    if (id !== null && kept.size < max) kept.add(id);
  const rest = ids
    .filter((id) => !kept.has(id))
    .sort((a, b) => (frames[b]?.score ?? 0) - (frames[a]?.score ?? 0) || Number(a) - Number(b));
  for (const id of rest) {
    if (kept.size >= max) break;
    kept.add(id);
  }
  const out: Record<string, PageVerdict> = {};
  for (const id of ids) if (kept.has(id)) out[id] = frames[id]!;
  return out;
}

/** What is kept of a frame's verdict: enough to combine, little enough to store per frame. */
export function trimKept(v: PageVerdict): PageVerdict {
  return {
    ...v,
    reasons: v.reasons.slice(0, MAX_REASONS).map((r) => ({
      ...r,
      ...(r.evidence !== undefined ? { evidence: r.evidence.slice(0, MAX_EVIDENCE) } : {}),
    })),
  };
}

/**
 * `frames` with frame `frameId`'s new verdict: a sub-frame without evidence is forgotten (it withdrew what it
 * had said), the top frame is always kept; bounded by keepFrames.
 */
export function withFrame(
  frames: Record<string, PageVerdict>,
  frameId: number,
  v: PageVerdict,
  max = MAX_FRAMES,
): Record<string, PageVerdict> {
  const next = { ...frames };
  const evidence = v.reasons.some((r) => r.weight > 0);
  if (!evidence && frameId !== 0) delete next[frameId];
  else next[frameId] = trimKept(v);
  return keepFrames(next, max);
}

/**
 * Whether a sub-frame's verdict asks for something (a secret field, a form that posts away): then the top page
 * that frames it is read as well, even if its own gate saw nothing (red team 31, r10: the brand only as a
 * picture in the top page, the ask in a frame of its own origin). Lure words alone do not count.
 */
export function frameAsks(v: PageVerdict): boolean {
  return v.reasons.some(
    (r) =>
      r.weight > 0 && /^(?:asks-|form-posts-|sends-to-)/.test(r.code) && r.code !== 'asks-push-permission',
  );
}

/** A verdict the rate refused, kept until the tab's next pooling: the frame's latest only. */
export interface Parked<T> {
  frameId: number;
  verdict: PageVerdict;
  /** what the caller needs to pool it later (addresses) */
  meta: T;
}

/**
 * The latest refused verdict of each frame, per tab: at most `maxPerTab` frames (a frame that sends nothing
 * but withdrawals never crowds out one with evidence: keepFrames decides) and `maxTabs` tabs. Pure.
 */
export class FrameBacklog<T> {
  private readonly tabs = new Map<number, Map<number, Parked<T>>>();

  constructor(
    private readonly maxPerTab = MAX_FRAMES,
    private readonly maxTabs = 200,
  ) {}

  /** Keeps `verdict` as frame `frameId`'s latest; true when the tab had nothing waiting before. */
  park(tabId: number, frameId: number, verdict: PageVerdict, meta: T): boolean {
    let tab = this.tabs.get(tabId);
    const first = !tab || tab.size === 0;
    if (!tab) {
      if (this.tabs.size >= this.maxTabs) this.tabs.delete(this.tabs.keys().next().value!);
      tab = new Map();
      this.tabs.set(tabId, tab);
    }
    tab.delete(frameId);
    tab.set(frameId, { frameId, verdict: trimKept(verdict), meta });
    if (tab.size > this.maxPerTab) {
      const byId: Record<string, PageVerdict> = {};
      for (const [id, p] of tab) byId[id] = p.verdict;
      // a withdrawal (no evidence) scores nothing: it is the first to go, as a kept frame with evidence is not
      const keep = keepFrames(byId, this.maxPerTab);
      for (const id of [...tab.keys()]) if (!(String(id) in keep)) tab.delete(id);
    }
    return first;
  }

  /** Everything waiting for the tab, oldest first, and forgets it. */
  take(tabId: number): Parked<T>[] {
    const tab = this.tabs.get(tabId);
    this.tabs.delete(tabId);
    return tab ? [...tab.values()] : [];
  }

  has(tabId: number): boolean {
    return (this.tabs.get(tabId)?.size ?? 0) > 0;
  }

  forget(tabId: number): void {
    this.tabs.delete(tabId);
  }
}
