import { browser } from 'wxt/browser';
import { readWarningParams, warningUrl } from '../../lib/lists/warning-url';
import { hostAllowedUntil } from './allowances';
import { getCompiledLists } from './lists';
import { applyBadge } from './badge';
import { reportDetection } from './reports';
import { clearTabState, getTabState, updateTabState, type TabState } from './tab-state';
import { isFlagged, isWebUrl, judgeUrl } from './verdicts';
import { forgetTab } from './page-warnings';

/**
 * Judges every top-level navigation as it starts and sends `blocked` / `lookalike` tabs to the warning page
 * before the fake page can be used. Server redirects, single-page-app URL changes, back/forward (including
 * pages restored from the back/forward cache) and prerendered pages are caught after the fact.
 *
 * Test URLs: http://coupang-refund.test/ (warning), http://www.coupang.com/ (calm badge), https://example.com/
 */
const WARNING_PAGE = '/warning.html';

export function isWarningPage(url: string | null | undefined): boolean {
  return typeof url === 'string' && url.startsWith(browser.runtime.getURL(WARNING_PAGE));
}

/** Redirects issued recently per tab, so the several events of one navigation redirect only once. */
const pending = new Map<number, { url: string; at: number }>();
const PENDING_MS = 3000;

async function redirect(tabId: number, url: string, verdict: string): Promise<void> {
  const p = pending.get(tabId);
  if (p && p.url === url && Date.now() - p.at < PENDING_MS) return;
  pending.set(tabId, { url, at: Date.now() });
  try {
    await browser.tabs.update(tabId, { url: warningUrl(browser.runtime.getURL('/'), url, verdict) });
  } catch {
    pending.delete(tabId);
  }
}

type Phase = 'before' | 'committed' | 'same-document';

/** Judge `url` in `tabId`; redirect when it is flagged and the user has no "Continue anyway" for it. */
async function judgeTab(tabId: number, url: string, phase: Phase): Promise<void> {
  if (tabId < 0) return;
  if (isWarningPage(url)) {
    if (phase === 'committed') await onWarningCommitted(tabId, url);
    return;
  }
  if (!isWebUrl(url)) {
    if (phase !== 'before') {
      const s = await updateTabState(tabId, (s) => ({
        ...s,
        url: null,
        domain: null,
        page: null,
        warningFor: null,
        frames: {},
        pageWarning: null,
      }));
      await applyBadge(tabId, s);
    }
    return;
  }
  const v = await judgeUrl(url);
  const flagged = isFlagged(v) && (await hostAllowedUntil(v.hostname)) === null;
  const before = await getTabState(tabId);
  const state = await updateTabState(tabId, (s) => {
    const next: TabState = { ...s, url, domain: v };
    if (phase !== 'same-document' && s.pageUrl !== url) {
      next.page = null;
      next.pageUrl = null;
    }
    if (phase === 'committed') {
      next.warningFor = null;
      // a new document: its frames will speak again, and a page warning is issued anew if it is still a fake
      next.frames = {};
      next.pageWarning = null;
      next.commits = [...s.commits, { url, flagged }];
      if (!isFlagged(v) && s.safeUrl !== url) {
        next.prevSafeUrl = s.safeUrl;
        next.safeUrl = url;
      }
    }
    return next;
  });
  if (flagged) {
    // Going back from the warning page onto the fake page's history entry: leave for the last safe page
    // instead of showing the same warning again (which would trap the Back button).
    if (before.warningFor === url && before.safeUrl && before.safeUrl !== url) {
      pending.set(tabId, { url, at: Date.now() });
      await browser.tabs.update(tabId, { url: before.safeUrl }).catch(() => redirect(tabId, url, v.verdict));
      return;
    }
    await redirect(tabId, url, v.verdict);
  }
  if (phase !== 'before') await applyBadge(tabId, state);
}

async function onWarningCommitted(tabId: number, href: string): Promise<void> {
  pending.delete(tabId);
  const subject = readWarningParams(href).url;
  const before = await getTabState(tabId);
  if (subject && before.pageWarning === subject) {
    // A page warning (page-warnings.ts): the page verdict stays the tab's until it leaves the warning.
    const state = await updateTabState(tabId, (s) => ({
      ...s,
      url: subject,
      warningFor: subject,
      commits: [...s.commits, { url: subject, flagged: true, warning: true }],
    }));
    await applyBadge(tabId, state);
    return;
  }
  const v = isWebUrl(subject) ? await judgeUrl(subject) : null;
  // One place sees every warning shown, whoever redirected (DNR or this module): report it when the
  // organisation asked for reports (reportDetection does nothing otherwise, and dedupes reloads).
  if (subject && v && isFlagged(v)) {
    void reportDetection({ url: subject, verdict: v.verdict, reasons: v.reasons, source: 'domain' });
  }
  const state = await updateTabState(tabId, (s) => ({
    ...s,
    url: subject,
    domain: v,
    page: null,
    pageUrl: null,
    warningFor: subject,
    commits: subject ? [...s.commits, { url: subject, flagged: true, warning: true }] : s.commits,
  }));
  await applyBadge(tabId, state);
}

function guard(fn: () => Promise<void>): void {
  fn().catch((err: unknown) => console.warn('[coupang-guard] navigation', err));
}

/** Tabs open before the extension was installed or the browser started: judge them once. */
async function sweepTabs(): Promise<void> {
  const tabs = await browser.tabs.query({});
  for (const t of tabs) {
    if (t.id !== undefined && t.url && (isWebUrl(t.url) || isWarningPage(t.url))) {
      await judgeTab(t.id, t.url, 'committed');
    }
  }
}

export function setupNavigation(): void {
  // Compile the lists now, so the first navigation is judged without waiting for it.
  void getCompiledLists().catch(() => undefined);
  browser.runtime.onInstalled.addListener(() => guard(sweepTabs));
  browser.runtime.onStartup.addListener(() => guard(sweepTabs));
  browser.webNavigation.onBeforeNavigate.addListener((d) => {
    if (d.frameId === 0) guard(() => judgeTab(d.tabId, d.url, 'before'));
  });
  browser.webNavigation.onCommitted.addListener((d) => {
    if (d.frameId === 0) guard(() => judgeTab(d.tabId, d.url, 'committed'));
  });
  browser.webNavigation.onHistoryStateUpdated.addListener((d) => {
    if (d.frameId === 0) guard(() => judgeTab(d.tabId, d.url, 'same-document'));
  });
  browser.webNavigation.onReferenceFragmentUpdated.addListener((d) => {
    if (d.frameId === 0) guard(() => judgeTab(d.tabId, d.url, 'same-document'));
  });
  browser.tabs.onUpdated.addListener((tabId, change) => {
    guard(async () => {
      if (change.url) {
        const s = await getTabState(tabId);
        // URL changes the webNavigation events did not report (back/forward cache, prerender activation).
        if (s.url !== change.url && !isWarningPage(change.url))
          await judgeTab(tabId, change.url, 'same-document');
      }
      if (change.status === 'complete') await applyBadge(tabId, await getTabState(tabId));
    });
  });
  browser.tabs.onReplaced?.addListener((added, removed) => {
    guard(async () => {
      await clearTabState(removed);
      const tab = await browser.tabs.get(added);
      if (tab.url) await judgeTab(added, tab.url, 'committed');
    });
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    pending.delete(tabId);
    forgetTab(tabId);
    guard(() => clearTabState(tabId));
  });
}
