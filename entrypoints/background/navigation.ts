import { browser } from 'wxt/browser';
import { readWarningParams } from '../../lib/lists/warning-url';
import type { DomainVerdict } from '../../lib/domain/types';
import { verdictAllowedUntil } from './allowances';
import { getJudgingLists } from './lists';
import { applyBadge, badgeReset } from './badge';
import { reportDetection } from './reports';
import { clearTabState, getTabState, updateTabState, type TabState } from './tab-state';
import { isFlagged, isPageUrl, isWebUrl, judgeUrl } from './verdicts';
import { forgetFrames, forgetTab as forgetPageTab } from './page-warnings';
import { ensureWarning, flights, forgetTab, isWarningPage, issueWarning, ticketFor } from './warnings';
import { noteLoadEnded, noteLoadStarted } from './startup';

/**
 * Judges every navigation, in the top frame and in sub-frames, as it starts and sends tabs with a `blocked` /
 * `lookalike` address to the warning page (with a ticket: warnings.ts) before the fake page can be used. A
 * flagged sub-frame takes the whole tab to the warning: a page that frames a fake Coupang page is not one to
 * stay on. Server redirects, single-page-app URL changes, back/forward (including pages restored from the
 * back/forward cache) and prerendered pages are caught after the fact.
 *
 * Test URLs: http://coupang-refund.test/ (warning), http://www.coupang.com/ (calm badge), https://example.com/
 */
/** An aborted load: Chromium's net::ERR_ABORTED, Firefox's NS_BINDING_ABORTED. */
const ABORTED = /ABORTED|2152398850/;

/** Redirects issued recently per tab, so the several events of one navigation redirect only once. */
const pending = new Map<number, { url: string; at: number }>();
const PENDING_MS = 3000;

/** Judgements in flight per tab: a warning page asking for its ticket waits for them. */
const judging = new Map<number, Promise<unknown>>();

export function judgementsSettled(tabId: number): Promise<unknown> {
  return (judging.get(tabId) ?? Promise.resolve()).catch(() => undefined);
}

async function redirect(tabId: number, frameId: number, url: string, v: DomainVerdict): Promise<void> {
  const p = pending.get(tabId);
  if (p && p.url === url && Date.now() - p.at < PENDING_MS) return;
  pending.set(tabId, { url, at: Date.now() });
  // One place sees every warning the background issues (declarativeNetRequest redirects included, as they
  // are judged here too): report it when the organisation asked for reports (reportDetection does nothing
  // otherwise, and dedupes reloads). A warning page opened by anyone else reports nothing.
  void reportDetection({ url, verdict: v.verdict, reasons: v.reasons, source: 'domain' });
  try {
    await issueWarning(tabId, frameId, url, v.verdict);
  } catch {
    pending.delete(tabId);
  }
}

/** The flagged `url` is showing in the tab's top frame: make sure the warning about it reaches the tab. */
function ensureDomainWarning(tabId: number, url: string, v: DomainVerdict, mark: number): Promise<void> {
  return ensureWarning(
    tabId,
    url,
    mark,
    () => {
      pending.delete(tabId);
      return redirect(tabId, 0, url, v);
    },
    { verdict: v.verdict, source: 'domain' },
  );
}

type Phase = 'before' | 'committed' | 'same-document';

/** Judge `url` in `tabId`; redirect when it is flagged and the user has no "Continue anyway" for it. */
async function judgeTab(
  tabId: number,
  url: string,
  phase: Phase,
  earlier: Promise<unknown> = Promise.resolve(),
  mark: number = flights.mark(tabId),
): Promise<void> {
  if (tabId < 0) return;
  if (isWarningPage(url)) {
    if (phase === 'committed') await onWarningCommitted(tabId, url, earlier);
    return;
  }
  // (a page opened from disk is judged like a web page: its address says nothing, its page is read: red team 33, r01)
  if (!isPageUrl(url)) {
    if (phase !== 'before') {
      forgetFrames(tabId);
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
  const flagged = isFlagged(v) && (await verdictAllowedUntil(v, url)) === null;
  const before = await getTabState(tabId);
  // a new document: frame verdicts still waiting to be pooled were the old one's
  if (phase === 'committed') forgetFrames(tabId);
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
      await browser.tabs.update(tabId, { url: before.safeUrl }).catch(() => redirect(tabId, 0, url, v));
      return;
    }
    if (phase === 'committed') await ensureDomainWarning(tabId, url, v, mark);
    else await redirect(tabId, 0, url, v);
  }
  if (phase !== 'before') await applyBadge(tabId, state);
}

/**
 * A top page that stopped itself at document_start (entrypoints/content/early.ts) on a flagged address. Its
 * `window.stop()` can cancel a warning navigation that was still pending: unless the tab is showing or loading a
 * warning page (or another one is on its way), the warning is issued again.
 */
export function warnStoppedPage(tabId: number, url: string, v: DomainVerdict): void {
  const mark = flights.mark(tabId);
  track(tabId, () => ensureDomainWarning(tabId, url, v, mark));
}

/**
 * A sub-frame's address: a flagged one (not allowed by the user) takes the whole tab to the warning about
 * it. The frame itself is blocked by declarativeNetRequest when its host is known-bad; a look-alike frame
 * may have started loading, but the page it sits in is replaced.
 */
async function judgeFrame(tabId: number, frameId: number, url: string): Promise<void> {
  if (tabId < 0 || !isWebUrl(url)) return;
  const v = await judgeUrl(url);
  if (!isFlagged(v) || (await verdictAllowedUntil(v, url)) !== null) return;
  await redirect(tabId, frameId, url, v);
}

async function onWarningCommitted(tabId: number, href: string, earlier: Promise<unknown>): Promise<void> {
  pending.delete(tabId);
  const params = readWarningParams(href);
  // What the tab is about comes from the ticket, never from the address alone (anyone can open the page).
  await earlier.catch(() => undefined);
  const ticket = await ticketFor({ tabId, id: params.ticket });
  const before = await getTabState(tabId);
  if (ticket?.source === 'page' && before.pageWarning === ticket.url) {
    // A page warning (page-warnings.ts): the page verdict stays the tab's until it leaves the warning.
    const subject = ticket.url;
    const state = await updateTabState(tabId, (s) => ({
      ...s,
      url: subject,
      warningFor: subject,
      commits: [
        ...s.commits,
        { url: subject, flagged: true, warning: true, ticket: params.ticket ?? undefined },
      ],
    }));
    await applyBadge(tabId, state);
    return;
  }
  const subject = ticket?.source === 'domain' ? ticket.url : null;
  const v = subject ? await judgeUrl(subject) : null;
  const state = await updateTabState(tabId, (s) => ({
    ...s,
    url: subject,
    domain: v,
    page: null,
    pageUrl: null,
    warningFor: subject,
    commits: subject
      ? [...s.commits, { url: subject, flagged: true, warning: true, ticket: params.ticket ?? undefined }]
      : s.commits,
  }));
  await applyBadge(tabId, state);
}

/**
 * The tab's warning page about `subject` asked for its verdict: it is showing. Where the browser did not tell us
 * it committed (Chromium before 156 gives an extension without the `tabs` permission no address for its own page,
 * and its navigation events can come without it), record it now, so that "Go back" counts the fake page's entry
 * and going back onto that entry leaves for the last safe page. Nothing twice: a commit already seen is left.
 */
export async function warningPageShown(tabId: number, href: string, subject: string): Promise<void> {
  if (!isWarningPage(href)) return;
  const s = await getTabState(tabId);
  const last = s.commits[s.commits.length - 1];
  const ticket = readWarningParams(href).ticket ?? undefined;
  if (s.warningFor === subject && last?.warning && last.url === subject && last.ticket === ticket) return;
  await onWarningCommitted(tabId, href, judgementsSettled(tabId));
}

/** Runs one judgement of a tab's navigation; the tab's warning page can wait for those in flight. */
function track(tabId: number, fn: (earlier: Promise<unknown>) => Promise<void>): void {
  const earlier = (judging.get(tabId) ?? Promise.resolve()).catch(() => undefined);
  const p = fn(earlier);
  const all = Promise.all([earlier, p]);
  judging.set(tabId, all);
  void all.finally(() => {
    if (judging.get(tabId) === all) judging.delete(tabId);
  });
  p.catch((err: unknown) => console.warn('[coupang-guard] navigation', err));
}

function guard(fn: () => Promise<void>): void {
  fn().catch((err: unknown) => console.warn('[coupang-guard] navigation', err));
}

/** Tabs open before the extension was installed or the browser started: judge them once. */
async function sweepTabs(): Promise<void> {
  const tabs = await browser.tabs.query({});
  for (const t of tabs) {
    if (t.id !== undefined && t.url && (isPageUrl(t.url) || isWarningPage(t.url))) {
      await judgeTab(t.id, t.url, 'committed');
    }
  }
}

export function setupNavigation(): void {
  // Compile the lists now, so the first navigation is judged without waiting for it: the full lists when the
  // settings come within JUDGE_WAIT_MS (a worker restart), else the bundled list alone (after a browser start
  // storage.managed takes seconds), before the first page loads rather than during it (issue #16).
  void getJudgingLists().catch(() => undefined);
  browser.runtime.onInstalled.addListener(() => guard(sweepTabs));
  browser.runtime.onStartup.addListener(() => guard(sweepTabs));
  browser.webNavigation.onBeforeNavigate.addListener((d) => {
    if (d.frameId === 0) {
      flights.navigationStarted(d.tabId, d.url);
      noteLoadStarted(d.tabId);
    }
    track(d.tabId, () =>
      d.frameId === 0 ? judgeTab(d.tabId, d.url, 'before') : judgeFrame(d.tabId, d.frameId, d.url),
    );
  });
  browser.webNavigation.onCommitted.addListener((d) => {
    if (d.frameId === 0) {
      flights.committed(d.tabId, d.url);
      // a new document: the browser has cleared the tab's badge (badge.ts)
      badgeReset(d.tabId);
    }
    const mark = flights.mark(d.tabId);
    // commits after a server redirect: the address that loaded may not be the one judged before
    track(d.tabId, (earlier) =>
      d.frameId === 0
        ? judgeTab(d.tabId, d.url, 'committed', earlier, mark)
        : judgeFrame(d.tabId, d.frameId, d.url),
    );
  });
  // A navigation the block rules stopped (known-bad host, top frame or sub-frame): the browser shows its
  // error page; the warning replaces it. Usually onBeforeNavigate has already done so (deduplicated).
  // A load aborted while the tab is already showing or loading the warning (the page was replaced by it, or
  // stopped itself at document_start: content/early.ts) needs no second warning, which would add a history
  // entry that "Go back" then lands on.
  browser.webNavigation.onErrorOccurred.addListener((d) => {
    if (d.frameId === 0) {
      flights.failed(d.tabId, d.url);
      noteLoadEnded(d.tabId);
      // an error page may have committed in its place
      badgeReset(d.tabId);
    }
    track(d.tabId, async () => {
      if (d.frameId !== 0) return judgeFrame(d.tabId, d.frameId, d.url);
      if (ABORTED.test(d.error)) {
        const tab = await browser.tabs.get(d.tabId).catch(() => null);
        if (isWarningPage(tab?.pendingUrl) || isWarningPage(tab?.url)) return;
      }
      return judgeTab(d.tabId, d.url, 'before');
    });
  });
  browser.webNavigation.onHistoryStateUpdated.addListener((d) => {
    if (d.frameId === 0) guard(() => judgeTab(d.tabId, d.url, 'same-document'));
  });
  browser.webNavigation.onReferenceFragmentUpdated.addListener((d) => {
    if (d.frameId === 0) guard(() => judgeTab(d.tabId, d.url, 'same-document'));
  });
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'complete') noteLoadEnded(tabId);
    // a document the webNavigation events may not have reported (back/forward cache, prerender activation)
    if (change.url !== undefined || change.status === 'loading') badgeReset(tabId);
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
    noteLoadEnded(removed);
    badgeReset(added);
    badgeReset(removed);
    guard(async () => {
      await clearTabState(removed);
      const tab = await browser.tabs.get(added);
      if (tab.url) await judgeTab(added, tab.url, 'committed');
    });
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    noteLoadEnded(tabId);
    badgeReset(tabId);
    pending.delete(tabId);
    forgetTab(tabId);
    forgetPageTab(tabId);
    guard(() => clearTabState(tabId));
  });
}
