import { mayImitateBrand } from '../../lib/domain/hint';
import { isOfficialHostFallback } from './official-fallback';

/**
 * The early stop (attack 10 of issue #10, issue #16). The background judges an address when its navigation
 * starts, but a server redirect is reported only when the next page has committed, and a fast server can beat
 * even the first judgement: the look-alike's own script would run before the warning replaces it. So the top
 * frame of a page whose host might imitate the brand (lib/domain/hint.ts: one regular expression; ordinary
 * hosts pay nothing more) stops its document at document_start, before the parser has read a byte of it:
 * nothing of the page runs or paints. The background then answers cs:hello: flagged → the tab is on its way
 * to the warning and stays stopped; fine, or no answer within RELEASE_MS → the page is loaded again (a GET of
 * the same address), marked in this tab's sessionStorage for its origin so it is not stopped twice.
 *
 * The mark is the page's storage: a document of that origin in this tab can write it, but only one that ran
 * already, i.e. one the background let through (or a framed one, which takes the tab to the warning anyway).
 */
const MARK = 'coupang-guard:judged';
export const RELEASE_MS = 400;

/** Stops this document when it is a top frame on a host worth a look, not yet judged in this tab. */
export function stopIfSuspect(): boolean {
  try {
    const host = location.hostname;
    if (!mayImitateBrand(host) || isOfficialHostFallback(host) !== false) return false;
    if (sessionStorage.getItem(MARK)) return false;
    window.stop();
    return true;
  } catch {
    // no storage (sandboxed, storage blocked): no early stop, the navigation judgement stands
    return false;
  }
}

/** Lets a stopped page load again, once. */
export function release(): void {
  try {
    sessionStorage.setItem(MARK, '1');
    location.replace(location.href);
  } catch {
    // cannot mark it: reloading would stop it again
  }
}
