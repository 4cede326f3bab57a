import { isOwnerContext, warnAtRisk } from './at-risk';
import type { FrameVerdict } from './frames';
import type { FieldKind } from './lexicon';
import type { PageReason, PageVerdict } from './types';

/**
 * The second chance across the frames of a tab (red team 35, class A). A kit can put its claim in one document
 * and the secret box in another (a frame of any origin, a srcdoc frame; either way round): each frame's own
 * check then sees a box with no claim, or a claim with no box. So the frame whose box is touched judges its own
 * verdict together with the claim the tab's other frames make (`tabClaim`, computed by the background from the
 * verdicts the frames sent), by the same rule as a page that holds both.
 *
 * A frame's claim travels with its own context: another sub-frame's identity reasons count only when that
 * frame's own identity is positive and nothing in it says whose page it is (a Coupang Partners ad beside an
 * honest login nets 0 and counts for nothing); the top frame's identity reasons count whole, context included:
 * the top page decides whether the tab is someone else's page.
 */

function strongest(into: Map<string, PageReason>, r: PageReason): void {
  const prev = into.get(r.code);
  if (!prev || Math.abs(r.weight) > Math.abs(prev.weight)) into.set(r.code, r);
}

/** The identity reasons of the tab's frames other than `asker` that count for `asker`'s check (see above). */
export function tabClaim(frames: readonly FrameVerdict[], asker: number): PageReason[] {
  const best = new Map<string, PageReason>();
  for (const { frameId, verdict } of frames) {
    if (frameId === asker) continue;
    const ids = verdict.reasons.filter((r) => r.group === 'identity');
    if (frameId !== 0) {
      const net = verdict.identity ?? ids.reduce((n, r) => n + r.weight, 0);
      if (!(net > 0) || ids.some(isOwnerContext)) continue;
    }
    for (const r of ids) if (frameId === 0 || r.weight > 0) strongest(best, r);
  }
  return [...best.values()];
}

/**
 * `own` (the verdict of the frame whose box is touched) with the other frames' `claim` merged in, strongest
 * reason per code. With no positive claim elsewhere it is `own` unchanged. In a sub-frame whose tab claims the
 * brand, whose page it is is the top page's to say (its context is in `claim`): the frame's own "I am another
 * company's page" does not cancel the claim around it (a payment frame naming its gateway under a page in the
 * brand's voice).
 */
export function withTabClaim(own: PageVerdict, claim: readonly PageReason[], top: boolean): PageVerdict {
  if (!claim.some((r) => r.group === 'identity' && r.weight > 0)) return own;
  const best = new Map<string, PageReason>();
  for (const r of own.reasons) if (top || !isOwnerContext(r)) strongest(best, r);
  for (const r of claim) if (r.group === 'identity') strongest(best, r);
  return { ...own, reasons: [...best.values()] };
}

/** The second chance of a frame of a tab: warn at this box, its own verdict judged with the tab's claim? */
export function warnAtRiskInTab(
  own: PageVerdict,
  claim: readonly PageReason[],
  kind: FieldKind,
  top: boolean,
): boolean {
  return warnAtRisk(withTabClaim(own, claim, top), kind);
}
