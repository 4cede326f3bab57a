import { browser } from 'wxt/browser';
import { badgeSpec, displayKind, type DisplayKind } from '../../lib/ui/display-kind';
import type { TabState } from './tab-state';

/**
 * Toolbar badge per tab: a calm mark on official sites, a clear "!" on flagged ones, nothing elsewhere.
 * MV3 `action`, Firefox MV2 `browserAction`. Browsers reset tab badges when a new document commits, so
 * navigation.ts applies it again after each commit and load.
 */
type ActionApi = typeof browser.action;
function actionApi(): ActionApi | undefined {
  return browser.action ?? (browser as unknown as { browserAction?: ActionApi }).browserAction;
}

const msg = (key: string): string => (browser.i18n.getMessage as (k: string) => string)(key);

export function kindOf(state: TabState): DisplayKind {
  return displayKind(state.domain?.verdict ?? null, state.page?.verdict ?? null);
}

export async function applyBadge(tabId: number, state: TabState): Promise<void> {
  const api = actionApi();
  if (!api || tabId < 0) return;
  const spec = badgeSpec(kindOf(state));
  const text = spec.textKey ? msg(spec.textKey) : '';
  const title = msg(spec.titleKey) || msg('extName');
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
    // the tab closed meanwhile
  }
}
