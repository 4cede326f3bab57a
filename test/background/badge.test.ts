import { beforeEach, describe, expect, test, vi } from 'vitest';
import type * as BadgeNs from '../../entrypoints/background/badge';
import { emptyTabState, type TabState } from '../../entrypoints/background/tab-state';
import type { DomainVerdict } from '../../lib/domain/types';

/**
 * entrypoints/background/badge.ts: a badge equal to the one last sent to a tab is not sent again (four calls on
 * the browser's main thread, twice per navigation: after commit and at load; issue #16) until the browser may
 * have reset it (`badgeReset`: commit, failed load, address change, replaced or closed tab).
 */
const { action, calls, state } = vi.hoisted(() => ({
  calls: [] as string[],
  state: { failNext: false },
  action: {} as Record<string, (d: { tabId: number }) => Promise<void>>,
}));
vi.mock('wxt/browser', () => ({
  browser: { action, i18n: { getMessage: (k: string) => `«${k}»` } },
}));

let badge: typeof BadgeNs;
beforeEach(async () => {
  calls.length = 0;
  state.failNext = false;
  const methods = {
    setBadgeText: 'text',
    setBadgeBackgroundColor: 'color',
    setTitle: 'title',
    setBadgeTextColor: 'textColor',
  };
  for (const [method, name] of Object.entries(methods))
    action[method] = (d) => {
      calls.push(`${name}:${d.tabId}`);
      if (!state.failNext) return Promise.resolve();
      state.failNext = false;
      return Promise.reject(new Error('No tab with id'));
    };
  vi.resetModules();
  badge = await import('../../entrypoints/background/badge');
});

const withDomain = (verdict: DomainVerdict['verdict']): TabState => ({
  ...emptyTabState(),
  url: 'https://example.test/',
  domain: { verdict } as DomainVerdict,
});

describe('applyBadge', () => {
  test('the same badge twice: sent once', async () => {
    await badge.applyBadge(7, withDomain('unknown'));
    expect(calls).toHaveLength(4);
    await badge.applyBadge(7, withDomain('unknown'));
    expect(calls).toHaveLength(4);
  });

  test('after badgeReset (a commit, the tab replaced or closed) it is sent again in full', async () => {
    await badge.applyBadge(7, withDomain('official'));
    badge.badgeReset(7);
    await badge.applyBadge(7, withDomain('official'));
    expect(calls).toHaveLength(8);
    expect(calls.slice(4).sort()).toEqual(['color:7', 'text:7', 'textColor:7', 'title:7']);
  });

  test('a different badge is sent; tabs are kept apart', async () => {
    await badge.applyBadge(7, withDomain('unknown'));
    await badge.applyBadge(7, withDomain('lookalike'));
    expect(calls).toHaveLength(8);
    await badge.applyBadge(8, withDomain('lookalike'));
    expect(calls).toHaveLength(12);
    // back to the first: sent again, it is not what the tab shows
    await badge.applyBadge(7, withDomain('unknown'));
    expect(calls).toHaveLength(16);
  });

  test('a failed call is not remembered', async () => {
    state.failNext = true;
    await badge.applyBadge(7, withDomain('official'));
    await badge.applyBadge(7, withDomain('official'));
    expect(calls).toHaveLength(8);
    await badge.applyBadge(7, withDomain('official'));
    expect(calls).toHaveLength(8);
  });

  test('no tab: nothing', async () => {
    await badge.applyBadge(-1, withDomain('official'));
    expect(calls).toHaveLength(0);
  });
});
