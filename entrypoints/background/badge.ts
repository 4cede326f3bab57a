import { browser } from 'wxt/browser';
import { badgeSpec, displayKind, type DisplayKind } from '../../lib/ui/display-kind';
import type { TabState } from './tab-state';

/**
 * Toolbar badge per tab: a calm mark on official sites, a clear "!" on flagged ones, nothing elsewhere.
 * MV3 `action`, Firefox MV2 `browserAction`. Browsers reset tab badges when a new document commits (Firefox:
 * "when the user navigates this tab to a new page"), so navigation.ts applies it again after each commit and
 * load, and calls `badgeReset` first wherever the browser may have reset it.
 *
 * Each application is four calls handled on the browser's main thread (issue #16), and most navigations apply
 * the same badge twice (after commit and at load): what this worker last asked for per tab is kept in memory, and
 * a badge equal to it is not sent again until `badgeReset` says the browser may have cleared it. A new worker
 * knows nothing, so it sends its first badge of each tab in full.
 */
type ActionApi = typeof browser.action;
function actionApi(): ActionApi | undefined {
  return browser.action ?? (browser as unknown as { browserAction?: ActionApi }).browserAction;
}

const msg = (key: string): string => (browser.i18n.getMessage as (k: string) => string)(key);

export function kindOf(state: TabState): DisplayKind {
  return displayKind(
    state.domain?.verdict ?? null,
    state.page?.verdict ?? null,
    !!state.domain?.allowedByUser,
  );
}

/** Per tab, the badge this worker last sent (text, colour and title) since the browser last may have reset it. */
const sent = new Map<number, string>();

/**
 * The browser may have reset the tab's badge, or the tab is gone: the next `applyBadge` sends it in full. Called
 * on every top-frame commit, failed load, address or loading change, replacement and removal of a tab.
 */
export function badgeReset(tabId: number): void {
  sent.delete(tabId);
}

export async function applyBadge(tabId: number, state: TabState): Promise<void> {
  const api = actionApi();
  if (!api || tabId < 0) return;
  const spec = badgeSpec(kindOf(state));
  const text = spec.textKey ? msg(spec.textKey) : '';
  const title = msg(spec.titleKey) || msg('extName');
  const key = `${text}\n${spec.color}\n${title}`;
  if (sent.get(tabId) === key) return;
  sent.set(tabId, key);
  try {
    await Promise.all([
      api.setBadgeText({ tabId, text }),
      api.setBadgeBackgroundColor({ tabId, color: spec.color }),
      api.setTitle({ tabId, title }),
      typeof api.setBadgeTextColor === 'function'
        ? api.setBadgeTextColor({ tabId, color: '#ffffff' })
        : Promise.resolve(),
    ]);
  } catch {
    // the tab closed meanwhile (or one call failed: send it all again next time)
    if (sent.get(tabId) === key) sent.delete(tabId);
  }
}
