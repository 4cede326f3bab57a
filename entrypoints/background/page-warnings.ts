import { browser, type Browser } from 'wxt/browser';
import { csHello, type HelloReply } from '../../lib/messages/index';
import { RateLimiter } from '../../lib/messages/rate';
import { csPageVerdict } from '../../lib/messages/ui';
import { combineFrames } from '../../lib/page/frames';
import type { PageVerdict } from '../../lib/page/types';
import { isPageGuardException } from '../../lib/policy/hosts';
import { allowHost, hostAllowedUntil, verdictAllowedUntil } from './allowances';
import { applyBadge } from './badge';
import { warnStoppedPage } from './navigation';
import { reportDetection } from './reports';
import { ensureWarning, flights, isWarningPage, issueWarning } from './warnings';
import { onContentMessage } from './router';
import { getSettings } from './settings';
import { getTabState, updateTabState, type TabState } from './tab-state';
import { isFlagged, isWebUrl, judgeUrl } from './verdicts';

/**
 * The page guard's side of the background. Every frame of a tab sends its own verdict (cs:page-verdict);
 * this module keeps them per tab (bounded), judges the tab on all of them together (lib/page/frames.ts) and,
 * on suspicious-page, tells every frame to hold typing (bg:hold) and sends the tab to the extension's warning
 * page — which no web page can draw over, make inert or click through. "Continue anyway" there grants the
 * host an allowance and returns to the page (ui:continue → continuePageWarning).
 *
 * Frames are untrusted: payloads are validated with zod, reasons and evidence are cut short, at most
 * MAX_FRAMES frames are kept per tab, and each tab may send RATE_BURST verdicts at once, RATE_PER_S after that.
 */
type Sender = Browser.runtime.MessageSender;

const MAX_FRAMES = 16;
const MAX_REASONS = 30;
const MAX_EVIDENCE = 80;
const limiter = new RateLimiter(40, 4);

export function forgetTab(tabId: number): void {
  limiter.forget(tabId);
}

function hostOf(url: string | null | undefined): string | null {
  try {
    return url ? new URL(url).hostname.toLowerCase().replace(/\.$/, '') || null : null;
  } catch {
    return null;
  }
}

/**
 * The address a frame speaks for: its real URL when it has a web one; an about:blank / srcdoc / data: frame
 * speaks for the tab (its content is the page's doing, and its own claim — document.baseURI — is the page's
 * to choose).
 */
function frameUrl(sender: Sender, claimed: string): string {
  if (isWebUrl(sender.url)) return sender.url;
  if (isWebUrl(sender.tab?.url)) return sender.tab.url;
  return claimed;
}

/** The top-level address of the sender's tab. */
function topUrl(sender: Sender, frame: string): string {
  if (sender.frameId === 0) return frame;
  return isWebUrl(sender.tab?.url) ? sender.tab.url : frame;
}

/** Whether the page guard may judge (and warn about) a page at `frame` inside a tab showing `top`. */
async function guardFor(frame: string, top: string): Promise<{ official: boolean; on: boolean }> {
  const settings = await getSettings();
  const hosts = [...new Set([hostOf(top), hostOf(frame)].filter((h): h is string => !!h))];
  const verdicts = await Promise.all([...new Set([top, frame])].filter(isWebUrl).map((u) => judgeUrl(u)));
  const official = verdicts.some((v) => v.verdict === 'official');
  const excepted = hosts.some((h) => isPageGuardException(h, settings.pageGuardExceptions));
  const allowed = (await hostAllowedUntil(hostOf(top))) !== null;
  return { official, on: settings.pageGuard && !official && !excepted && !allowed };
}

/**
 * A top page that stopped itself at document_start (entrypoints/content/early.ts) waits for one thing only:
 * is its address flagged, and not allowed? Answered from the address judgement alone, never waiting for
 * settings (storage.managed is slow after browser start); the page, if it is fine, loads again and says hello.
 */
async function earlyHello(sender: Sender, url: string): Promise<HelloReply> {
  const v = sender.frameId === 0 && isWebUrl(url) ? await judgeUrl(url) : null;
  const flagged = isFlagged(v) && (await verdictAllowedUntil(v, url)) === null;
  if (flagged && v && sender.tab?.id !== undefined) warnStoppedPage(sender.tab.id, url, v);
  return { official: v?.verdict === 'official', pageGuard: false, allowContinue: true, hold: false, flagged };
}

async function hello(raw: unknown, sender: Sender): Promise<HelloReply | null> {
  const m = csHello.safeParse(raw);
  if (!m.success) return null;
  const frame = frameUrl(sender, m.data.url);
  const top = topUrl(sender, frame);
  if (m.data.early) return earlyHello(sender, frame);
  const [{ official, on }, settings, state] = await Promise.all([
    guardFor(frame, top),
    getSettings(),
    sender.tab?.id === undefined ? null : getTabState(sender.tab.id),
  ]);
  return {
    official,
    pageGuard: on,
    allowContinue: settings.allowContinue,
    hold: !!state?.pageWarning && state.pageWarning === top,
    flagged: false,
  };
}

/** What is kept of a frame's verdict: enough to combine, little enough to store per frame. */
function keep(v: PageVerdict): PageVerdict {
  return {
    ...v,
    reasons: v.reasons.slice(0, MAX_REASONS).map((r) => ({
      ...r,
      ...(r.evidence !== undefined ? { evidence: r.evidence.slice(0, MAX_EVIDENCE) } : {}),
    })),
  };
}

function withFrame(frames: Record<string, PageVerdict>, frameId: number, v: PageVerdict) {
  const next = { ...frames };
  const evidence = v.reasons.some((r) => r.weight > 0);
  if (!evidence && frameId !== 0) delete next[frameId];
  else next[frameId] = keep(v);
  const ids = Object.keys(next);
  if (ids.length > MAX_FRAMES) {
    // keep the top frame and the strongest others
    const drop = ids
      .filter((id) => id !== '0')
      .sort((a, b) => (next[a]?.score ?? 0) - (next[b]?.score ?? 0))
      .slice(0, ids.length - MAX_FRAMES);
    for (const id of drop) delete next[id];
  }
  return next;
}

async function frameVerdict(raw: unknown, sender: Sender): Promise<{ ok: boolean } | null> {
  const m = csPageVerdict.safeParse(raw);
  const tabId = sender.tab?.id;
  const frameId = sender.frameId;
  if (!m.success || tabId === undefined || typeof frameId !== 'number') return null;
  if (!limiter.take(tabId, Date.now())) return { ok: false };
  // a late message from a document the tab already left for the warning page
  if (isWarningPage(sender.tab?.url)) return { ok: true };
  const frame = frameUrl(sender, m.data.url);
  const top = topUrl(sender, frame);
  const guard = await guardFor(frame, top);
  if (!guard.on) return { ok: true };
  let warn = false;
  let firstReport = false;
  const state = await updateTabState(tabId, (s) => {
    const frames = withFrame(s.frames ?? {}, frameId, m.data.verdict as PageVerdict);
    const page = combineFrames(
      Object.entries(frames).map(([id, verdict]) => ({ frameId: Number(id), verdict })),
    );
    const next: TabState = { ...s, frames, page, pageUrl: top };
    if (page.verdict === 'suspicious-page') {
      firstReport = s.reportedPage !== top;
      if (firstReport) next.reportedPage = top;
      if (s.pageWarning !== top) {
        warn = true;
        next.pageWarning = top;
        // the fake page had loaded: "Go back" skips its entry, and "leave" never returns to it
        next.commits = s.commits.map((c, i) =>
          i === s.commits.length - 1 && c.url === top ? { ...c, flagged: true } : c,
        );
        if (s.safeUrl === top) next.safeUrl = s.prevSafeUrl;
      }
    }
    return next;
  });
  if (warn) await warnTab(tabId, top);
  await applyBadge(tabId, state);
  if (firstReport && state.page) {
    void reportDetection({
      url: top,
      verdict: state.page.verdict,
      reasons: state.page.reasons,
      source: 'page',
    });
  }
  return { ok: true };
}

async function warnTab(tabId: number, top: string): Promise<void> {
  const mark = flights.mark(tabId);
  // every frame holds typing now (the one that found it already does) while the tab leaves
  void browser.tabs.sendMessage(tabId, { type: 'bg:hold' }).catch(() => undefined);
  // with a ticket (warnings.ts): the warning page shows a page verdict only for a warning issued here
  const issue = () => issueWarning(tabId, 0, top, 'suspicious-page', 'page');
  try {
    await issue();
  } catch (err) {
    console.warn('[coupang-guard] page warning', err);
    return;
  }
  // the page is still there and its script runs: it may cancel the warning navigation (window.stop())
  void ensureWarning(
    tabId,
    top,
    mark,
    async () => {
      if ((await getTabState(tabId)).pageWarning === top) await issue();
    },
    { verdict: 'suspicious-page', source: 'page' },
  );
}

/**
 * "Continue anyway" on a page warning: grants the host an allowance when `url` is the page this tab was
 * warned about. Null when the tab has no such warning (the caller then treats it as a domain warning).
 */
export async function continuePageWarning(
  tabId: number | undefined,
  url: string,
): Promise<{ until: number } | null> {
  if (tabId === undefined) return null;
  const state = await getTabState(tabId);
  const host = hostOf(url);
  if (!state.pageWarning || state.pageWarning !== url || !host) return null;
  const until = await allowHost(host);
  await updateTabState(tabId, (s) => ({ ...s, pageWarning: null }));
  return { until };
}

/** The page verdict behind the page warning of a tab for `url`, or null when none was issued. */
export async function pageWarningVerdict(
  tabId: number | undefined,
  url: string,
): Promise<PageVerdict | null> {
  if (tabId === undefined) return null;
  const s = await getTabState(tabId);
  return s.pageWarning === url && s.page?.verdict === 'suspicious-page' ? s.page : null;
}

export function setupPageWarnings(): void {
  onContentMessage('cs:hello', hello);
  onContentMessage('cs:page-verdict', frameVerdict);
}
