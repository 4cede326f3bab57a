import { verdictOf } from './score';
import type { PageReason, PageVerdict } from './types';

/** One frame's verdict, as its content script sent it (untrusted: bounded and validated by lib/messages). */
export interface FrameVerdict {
  frameId: number;
  verdict: PageVerdict;
}

/** What a page asks the user for (lib/page/types.ts: asks-password, asks-card, …) */
const ASKS = /^asks-/;

/**
 * The verdict of a tab from the verdicts of its frames. A kit can split itself: the brand claim in the top
 * page, the password box in a frame (or the other way round). So:
 *
 *  1. a frame that is suspicious on its own makes the tab suspicious (the top frame's first);
 *  2. otherwise the reasons of the frames are pooled: the top frame's, and those of the sub-frames. A sub-frame
 *     whose own identity is negative (it names itself: a news site, an affiliate widget, a payment gateway's
 *     footer) gives no brand claim, but what it asks (asks-*) still counts: a frame's word on whose it is may
 *     cancel its own claims, never its asks — else one footer line, "© KG Inicis", in a kit's card frame took
 *     the card form out of a Coupang checkout's pool (red team 35, class B). Whose page the tab is stays the top
 *     frame's to say (an honest shop's checkout names itself in the top page). Per code the strongest reason
 *     counts; context reasons (negative) count only from the top frame, so a kit cannot dilute its own evidence
 *     with a frame.
 *
 * Pure: the background calls it with what the frames sent.
 */
export function combineFrames(frames: readonly FrameVerdict[], brandId = 'coupang'): PageVerdict {
  const ordered = [...frames].sort((a, b) => a.frameId - b.frameId);
  const alone = ordered.find((f) => f.verdict.verdict === 'suspicious-page');
  if (alone) return alone.verdict;
  const best = new Map<string, PageReason>();
  for (const { frameId, verdict } of ordered) {
    const namesItself = frameId !== 0 && (verdict.identity ?? 0) < 0;
    for (const r of verdict.reasons) {
      if (frameId !== 0 && !(r.weight > 0)) continue;
      if (namesItself && !ASKS.test(r.code)) continue;
      const prev = best.get(r.code);
      if (!prev || Math.abs(r.weight) > Math.abs(prev.weight)) best.set(r.code, { ...r });
    }
  }
  const top = ordered.find((f) => f.frameId === 0)?.verdict;
  if (best.size === 0) return top ?? { verdict: 'clean', score: 0, reasons: [] };
  // (whose page the top frame says it is stays said: a site name of its own whose reason weighs nothing — zeroed as
  // small print, or never a reason — still stops the brand said in a sentence, as it does for the frame alone)
  return verdictOf([...best.values()], brandId, top?.owner === true);
}
