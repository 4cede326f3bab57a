/**
 * The frames of a tab being judged for the first time (red team 45, sf), pure: the background
 * (entrypoints/background/page-warnings.ts) marks a frame when it asks for the scorer (its gate opened: it may
 * speak of the brand) and settles it when its first verdict has been pooled, when its scorer could not be brought,
 * or after `capMs`. A kit puts its claim in a new sibling frame after the user's first key into the box's frame: that
 * frame's claim exists on screen before its verdict reaches the background, and the box frame's next keys used to
 * race it. Now the box frame is told a claim is on its way (its next key asks again), and an ask waits until the
 * tab's other frames have settled (`settled`), at most `capMs` after each was marked.
 */
export class JudgingFrames {
  private readonly tabs = new Map<
    number,
    Map<number, { since: number; cap: number; wake: Set<() => void> }>
  >();

  constructor(
    readonly capMs: number,
    private readonly now: () => number = Date.now,
    private readonly later: (fn: () => void, ms: number) => unknown = (fn, ms) => setTimeout(fn, ms),
  ) {}

  /**
   * `frameId` of `tabId` is being judged (its scorer asked for), for `capMs` at most (this instance's unless given:
   * a frame read at another's ask is waited for longer — red team 47)
   */
  mark(tabId: number, frameId: number, capMs = this.capMs): void {
    let tab = this.tabs.get(tabId);
    if (!tab) this.tabs.set(tabId, (tab = new Map()));
    const prev = tab.get(frameId);
    const entry = { since: this.now(), cap: capMs, wake: prev?.wake ?? new Set<() => void>() };
    tab.set(frameId, entry);
    this.later(() => {
      if (tab.get(frameId) === entry) this.settle(tabId, frameId);
    }, capMs);
  }

  /** `frameId`'s first verdict has been pooled (or it will send none): asks waiting on it go on */
  settle(tabId: number, frameId: number): void {
    const tab = this.tabs.get(tabId);
    const entry = tab?.get(frameId);
    if (!tab || !entry) return;
    tab.delete(frameId);
    if (tab.size === 0) this.tabs.delete(tabId);
    for (const wake of entry.wake) wake();
  }

  /** the frames of `tabId` other than `except` still being judged */
  judging(tabId: number, except: number): number[] {
    const tab = this.tabs.get(tabId);
    if (!tab) return [];
    const now = this.now();
    return [...tab].filter(([id, e]) => id !== except && e.since > now - e.cap).map(([id]) => id);
  }

  /** resolves when no frame of `tabId` other than `except` is being judged (each at most `capMs` after its mark) */
  async settled(tabId: number, except: number): Promise<void> {
    for (;;) {
      const ids = this.judging(tabId, except);
      if (ids.length === 0) return;
      const entry = this.tabs.get(tabId)!.get(ids[0]!)!;
      await new Promise<void>((r) => entry.wake.add(r));
    }
  }

  forget(tabId: number): void {
    const tab = this.tabs.get(tabId);
    this.tabs.delete(tabId);
    for (const e of tab?.values() ?? []) for (const wake of e.wake) wake();
  }
}

/**
 * The flag the background sets in a frame's extension world before it brings that frame the scorer unasked
 * (entrypoints/scanner.ts reads the frame's pictures before it registers; red team 46, sp).
 */
export const READ_PICTURES = 'cgReadPictures';
/**
 * … and the function a scorer already in a frame leaves in that world: the background calls it to have the frame's
 * pictures read now (a frame whose gate opened and that reported no claim: red team 46, sq). It resolves true when
 * a name was found (the frame then scans and reports again), false when not.
 */
export const READ_AGAIN = 'cgReadAgain';
/** Silent frames read at one ask at most */
const MAX_SILENT = 6;

/**
 * The tab's frames whose pictures are read at a sub-frame's ask (red team 46, sp: the claim only as a picture in a
 * sibling frame of another origin, whose gate never opened, so it never spoke; sq: the same frame with a box of no use
 * that opens its gate, so it spoke first, of no claim): every web frame other than the top (read by the top-page
 * path), the asker, a frame whose pooled verdict already claims something (`claiming`) and one already read for this
 * document. At most MAX_SILENT, the first in the browser's order.
 */
export function silentFrames(
  frames: readonly { frameId: number; url: string }[],
  asker: number,
  claiming: ReadonlySet<number>,
  brought: ReadonlySet<number>,
): number[] {
  const out: number[] = [];
  for (const f of frames) {
    if (out.length >= MAX_SILENT) break;
    if (f.frameId === 0 || f.frameId === asker || claiming.has(f.frameId) || brought.has(f.frameId)) continue;
    if (!/^https?:/i.test(f.url)) continue;
    out.push(f.frameId);
  }
  return out;
}

/** The frames of a tab whose pooled verdict claims something (a reason of positive weight): not read again (sq) */
export function claimingFrames(
  frames: Record<string, { reasons: readonly { weight: number }[] }>,
): Set<number> {
  return new Set(
    Object.entries(frames)
      .filter(([, v]) => v.reasons.some((r) => r.weight > 0))
      .map(([id]) => Number(id)),
  );
}
