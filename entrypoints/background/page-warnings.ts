import { browser, type Browser } from 'wxt/browser';
import { csHello, type HelloReply } from '../../lib/messages/index';
import { RateLimiter } from '../../lib/messages/rate';
import { csAtRisk, csPageVerdict } from '../../lib/messages/ui';
import { FrameBacklog, frameAsks, withFrame } from '../../lib/page/frame-book';
import { combineFrames } from '../../lib/page/frames';
import { claimingFrames, JudgingFrames, silentFrames } from '../../lib/page/judging-frames';
import { tabClaim, warnAtRiskInTab, withTabClaim } from '../../lib/page/tab-claim';
import type { FieldKind } from '../../lib/page/lexicon';
import type { PageReason, PageVerdict } from '../../lib/page/types';
import { isPageGuardException } from '../../lib/policy/hosts';
import { pageAllowanceKey } from '../../lib/policy/allowance';
import { sharedRule } from '../../lib/domain/classify';
import { isLocalFileUrl } from '../../lib/domain/local-file';
import { allowPage, pageAllowedUntil, verdictAllowedUntil } from './allowances';
import { getJudgingLists } from './lists';
import { applyBadge } from './badge';
import { warnStoppedPage } from './navigation';
import { reportDetection } from './reports';
import { injectScanner, readPicturesIn } from './scanner';
import { ensureWarning, flights, isWarningPage, issueWarning } from './warnings';
import { onContentMessage } from './router';
import { getSettings } from './settings';
import { getTabState, updateTabState, type TabState } from './tab-state';
import { isFlagged, isPageUrl, isWebUrl, judgeUrl } from './verdicts';

/**
 * The page guard's side of the background. Every frame of a tab sends its own verdict (cs:page-verdict);
 * this module keeps them per tab (bounded), judges the tab on all of them together (lib/page/frames.ts) and,
 * on suspicious-page, tells every frame to hold typing (bg:hold) and sends the tab to the extension's warning
 * page — which no web page can draw over, make inert or click through. "Continue anyway" there grants the
 * host an allowance and returns to the page (ui:continue → continuePageWarning).
 *
 * Frames are untrusted: payloads are validated with zod, reasons and evidence are cut short, at most
 * MAX_FRAMES frames are kept per tab (the best claim and the best ask always among them: lib/page/frame-book.ts),
 * and each tab's verdicts are pooled at once up to a rate (40 at once, 4 a second after that); over it, each
 * frame's latest verdict waits and all of them are pooled together once a POOL_LATER_MS — a page's chattering
 * frames cannot silence the one frame that asks (red team 31, r04).
 *
 * A sub-frame that asks for something (a secret field) in a tab whose top page never spoke (its gate stayed
 * closed: no word of the brand, nothing to ask with) gets that top page read as well: the background brings
 * it the scorer, and the content script scans when the scorer arrives unasked (guard.ts). Red team 31, r10:
 * the brand only as a picture in the top page, the form in a frame of its own origin.
 */
type Sender = Browser.runtime.MessageSender;

const limiter = new RateLimiter(40, 4);
const POOL_LATER_MS = 1000;
interface Where {
  frame: string;
  top: string;
}
const backlog = new FrameBacklog<Where>();
/** the top address whose page this background already asked to be read, per tab */
const topAsked = new Map<number, string>();
/**
 * Frames whose secret box was touched and that asked cs:at-risk, per tab: what they asked with (their verdict, the
 * box's kind, where they are) and the other frames' claim they were last told (bg:tab-claim). A claim that reaches
 * the pool after a frame was told "no" is judged with what that frame asked at once (tellAskers): the answer must
 * not depend on which frame's report came first.
 */
interface Asker {
  claim: string;
  verdict: PageVerdict;
  kind: FieldKind;
  where: Where;
}
const askers = new Map<number, Map<number, Asker>>();
/** asks waiting for the tab's top page to be pooled, per tab (woken by pool, or at TOP_WAIT_MS) */
const topWaiters = new Map<number, Set<() => void>>();
/** The longest an ask from a sub-frame waits for its top page's verdict (the frame's own wait is 2 s). */
const TOP_WAIT_MS = 1500;
/**
 * The tab's frames whose gate opened and whose first verdict is not pooled yet (red team 45, sf): an ask waits for
 * them (at most JUDGING_MS after each asked for its scorer), and the frames that asked are told a claim is on its
 * way (lib/page/judging-frames.ts).
 */
const JUDGING_MS = 1500;
/**
 * … and the silent frames brought the scorer, or asked to read their pictures again, at a sub-frame's ask (sp, sq):
 * waited for until each is done (its verdict pooled, its scorer or its pictures' reading failed), however long a
 * loaded machine takes; SILENT_MS is only the backstop for a frame that goes away mid-way. JUDGING_MS there answered
 * the box's frame "no claim" while the picture frame was still being read under a saturated core, and the keys went
 * to the kit (red team 47). The box's frame waits for the answer (messaging.ts atRiskInTab, longer than this) with its
 * typing held (guard.ts `asking`). Not for every frame that asked for its own scorer: a page of hundreds of frames
 * with a box each would hold an honest top page's typing that long (ci49's l2).
 */
const SILENT_MS = 8000;
const judging = new JudgingFrames(JUDGING_MS);
/** the tab's silent frames already brought the scorer at an ask (red team 46, sp), per tab */
const brought = new Map<number, Set<number>>();

/**
 * A sub-frame asks: the tab's other frames that never spoke (their gate closed: the claim only in a picture, red team
 * 46 sp) are brought the scorer, their pictures read first (scanner.ts), and are being judged until their first
 * verdict (the ask waits for it, at most JUDGING_MS).
 */
async function readSilent(tabId: number, asker: number): Promise<void> {
  const frames = (await browser.webNavigation.getAllFrames({ tabId }).catch(() => null)) ?? [];
  const state = await getTabState(tabId);
  let done = brought.get(tabId);
  if (!done) brought.set(tabId, (done = new Set()));
  const top = frames.find((f) => f.frameId === 0)?.url ?? '';
  for (const id of silentFrames(frames, asker, claimingFrames(state.frames ?? {}), done)) {
    done.add(id);
    // (a frame the guard is off in — the brand's own, an exception — never reports: it is not waited for)
    const url = frames.find((f) => f.frameId === id)?.url ?? '';
    if (!(await guardFor(url, top).catch(() => ({ on: false }))).on) continue;
    judging.mark(tabId, id, SILENT_MS);
    // (a frame that spoke of no claim has its scorer read its pictures now: a name found, it reports again and that
    // verdict settles it; a frame with no scorer is brought one, its pictures read first, and its first verdict does)
    void readPicturesIn(tabId, id)
      .then((hit) => (hit === null ? injectScanner(tabId, id) : hit || judging.settle(tabId, id)))
      .catch(() => judging.settle(tabId, id));
  }
}

/**
 * A frame asked for the scorer (entrypoints/background/scanner.ts): it is being judged until its first verdict is
 * pooled. The frames of the tab that asked cs:at-risk and were told no are told so (bg:tab-claim, pending): their
 * next key asks again, and that ask waits for this frame. A claim a kit puts up in a new frame after the first key
 * then reaches the box's frame before its next key does, not after (the push used to race that key).
 */
export function frameJudging(tabId: number, frameId: number): void {
  judging.mark(tabId, frameId);
  for (const [id, a] of askers.get(tabId) ?? []) {
    if (id === frameId) continue;
    a.claim = '';
    void browser.tabs
      .sendMessage(tabId, { type: 'bg:tab-claim', claim: [], pending: true }, { frameId: id })
      .catch(() => undefined);
  }
}

/** The frame's scorer could not be brought: it will send nothing to wait for. */
export function frameNotJudged(tabId: number, frameId: number): void {
  judging.settle(tabId, frameId);
}

export function forgetTab(tabId: number): void {
  limiter.forget(tabId);
  backlog.forget(tabId);
  topAsked.delete(tabId);
  askers.delete(tabId);
  judging.forget(tabId);
  brought.delete(tabId);
}

/** A new top document in the tab: verdicts still waiting belong to the old one. */
export function forgetFrames(tabId: number): void {
  backlog.forget(tabId);
  topAsked.delete(tabId);
  askers.delete(tabId);
  judging.forget(tabId);
  brought.delete(tabId);
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
  if (isPageUrl(sender.url)) return sender.url;
  if (isPageUrl(sender.tab?.url)) return sender.tab.url;
  return claimed;
}

/** The top-level address of the sender's tab. */
function topUrl(sender: Sender, frame: string): string {
  if (sender.frameId === 0) return frame;
  return isPageUrl(sender.tab?.url) ? sender.tab.url : frame;
}

/**
 * What a page warning's "Continue anyway" for `url` covers: the host, or on a shared host the domain guard knows
 * (an IPFS gateway, object storage: every tenant in the path) only that tenant's site (lib/policy/allowance.ts).
 */
async function pageKey(url: string): Promise<string | null> {
  // a page opened from disk: that file (no host, no shared-host list to ask)
  if (isLocalFileUrl(url)) return pageAllowanceKey(url, null);
  const host = hostOf(url);
  if (!host) return null;
  return pageAllowanceKey(url, sharedRule(host, await getJudgingLists())?.prefixes);
}

/**
 * Whether the page guard may judge (and warn about) a page at `frame` inside a tab showing `top`. An address
 * allowance (a look-alike's "Continue anyway", the user's "real site") does not turn it off: it lifted only the
 * address warning, and the page guard and its second chance still read what the pages ask (red team 33, r03/r04).
 * Only a page warning's own "Continue anyway" does, for its host or shared-host site (r02).
 */
async function guardFor(frame: string, top: string): Promise<{ official: boolean; on: boolean }> {
  const settings = await getSettings();
  const hosts = [...new Set([hostOf(top), hostOf(frame)].filter((h): h is string => !!h))];
  const verdicts = await Promise.all([...new Set([top, frame])].filter(isWebUrl).map((u) => judgeUrl(u)));
  const official = verdicts.some((v) => v.verdict === 'official');
  const excepted = hosts.some((h) => isPageGuardException(h, settings.pageGuardExceptions));
  const allowed = (await pageAllowedUntil(await pageKey(top))) !== null;
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

async function frameVerdict(raw: unknown, sender: Sender): Promise<{ ok: boolean } | null> {
  const m = csPageVerdict.safeParse(raw);
  const tabId = sender.tab?.id;
  const frameId = sender.frameId;
  if (!m.success || tabId === undefined || typeof frameId !== 'number') return null;
  // a late message from a document the tab already left for the warning page
  if (isWarningPage(sender.tab?.url)) return { ok: true };
  const frame = frameUrl(sender, m.data.url);
  const where: Where = { frame, top: topUrl(sender, frame) };
  const verdict = m.data.verdict as PageVerdict;
  // over the tab's rate: this frame's latest verdict waits, and is pooled with the others' later; while some
  // wait, every new one waits with them (a frame's older verdict must never land after its newer one)
  if (backlog.has(tabId) || !limiter.take(tabId, Date.now())) {
    if (backlog.park(tabId, frameId, verdict, where)) setTimeout(() => void poolLater(tabId), POOL_LATER_MS);
    return { ok: true };
  }
  try {
    await pool(tabId, [{ frameId, verdict, meta: where }]);
  } finally {
    judging.settle(tabId, frameId);
  }
  return { ok: true };
}

async function poolLater(tabId: number): Promise<void> {
  const waiting = backlog.take(tabId);
  if (waiting.length === 0) return;
  try {
    await pool(tabId, waiting);
  } catch (err) {
    console.warn('[coupang-guard] pooling frames', err);
  }
  for (const w of waiting) judging.settle(tabId, w.frameId);
}

/** Pools frame verdicts of one tab (all for the same top address: the last one's) and warns on a fake page. */
interface Said {
  frameId: number;
  verdict: PageVerdict;
  meta: Where;
}
async function pool(tabId: number, entries: readonly Said[]): Promise<void> {
  const top = entries[entries.length - 1]!.meta.top;
  const guards = new Map<string, boolean>();
  const usable: Said[] = [];
  for (const e of entries) {
    if (e.meta.top !== top) continue;
    let on = guards.get(e.meta.frame);
    if (on === undefined) guards.set(e.meta.frame, (on = (await guardFor(e.meta.frame, top)).on));
    if (on) usable.push(e);
  }
  if (usable.length === 0) return;
  let warn = false;
  let firstReport = false;
  const state = await updateTabState(tabId, (s) => {
    let frames = s.frames ?? {};
    for (const e of usable) frames = withFrame(frames, e.frameId, e.verdict);
    const combined = combineFrames(
      Object.entries(frames).map(([id, verdict]) => ({ frameId: Number(id), verdict })),
    );
    // While this page's warning stands, a calmer verdict its frames send later (the scan after a held key judges
    // the page below the bar again) does not take back what the warning page was sent to show: without this the
    // warning page found no page verdict and said "nothing to show here" to someone just kept off a fake page.
    const standing = s.pageWarning === top && s.pageUrl === top && s.page?.verdict === 'suspicious-page';
    const page = standing && combined.verdict !== 'suspicious-page' ? s.page! : combined;
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
  if (usable.some((e) => e.frameId === 0)) for (const wake of topWaiters.get(tabId) ?? []) wake();
  if (warn) await warnTab(tabId, top);
  else tellAskers(tabId, top, state.frames);
  await applyBadge(tabId, state);
  // a page opened from disk is never reported: its address is a path on the user's computer
  if (firstReport && state.page && !isLocalFileUrl(top)) {
    void reportDetection({
      url: top,
      verdict: state.page.verdict,
      reasons: state.page.reasons,
      source: 'page',
    });
  }
  if (!warn && !('0' in state.frames) && usable.some((e) => e.frameId !== 0 && frameAsks(e.verdict)))
    readTop(tabId, top);
}

const framesOf = (frames: Record<string, PageVerdict>) =>
  Object.entries(frames).map(([id, verdict]) => ({ frameId: Number(id), verdict }));

/** Until the tab's top page has been pooled (for `top`), or `ms` */
async function topSpoken(tabId: number, top: string, ms: number): Promise<void> {
  const spoken = (s: TabState) => s.pageUrl === top && '0' in (s.frames ?? {});
  if (spoken(await getTabState(tabId))) return;
  // a top page that never spoke (its gate closed: the claim only in a picture) is read now
  readTop(tabId, top);
  let wake = () => {};
  const woken = new Promise<void>((r) => (wake = r));
  let set = topWaiters.get(tabId);
  if (!set) topWaiters.set(tabId, (set = new Set()));
  set.add(wake);
  const timer = setTimeout(wake, ms);
  await woken;
  clearTimeout(timer);
  set.delete(wake);
  if (set.size === 0) topWaiters.delete(tabId);
}

/** The box's frame held at the moment of risk, as the frame reports it itself (guard.ts held): a page warning. */
const heldVerdict = (v: PageVerdict): PageVerdict =>
  v.verdict === 'suspicious-page' ? v : { ...v, verdict: 'suspicious-page', brand: 'coupang' };

/**
 * The second chance in a frame of a tab whose other frames may hold the claim (red team 35, class A): the frame
 * holds the event until this answers. A sub-frame's ask waits for the top page's verdict (at most TOP_WAIT_MS;
 * the frame's box was touched seconds after the page loaded, so it is there unless the machine is slow), then is
 * judged with the frames the tab has sent (lib/page/tab-claim.ts). On yes the tab goes to the warning page at once,
 * the frame's verdict pooled as held (the frame says so too, and holds); on no the frame is kept as an asker: when
 * the other frames' claim changes it is judged again with it (tellAskers), and told the new claim.
 */
async function atRisk(raw: unknown, sender: Sender): Promise<{ warn: boolean; claim: PageReason[] } | null> {
  const m = csAtRisk.safeParse(raw);
  const tabId = sender.tab?.id;
  const frameId = sender.frameId;
  if (!m.success || tabId === undefined || typeof frameId !== 'number') return null;
  const frame = frameUrl(sender, m.data.url);
  const top = topUrl(sender, frame);
  if (isWarningPage(sender.tab?.url) || !(await guardFor(frame, top)).on) return { warn: false, claim: [] };
  if (frameId !== 0)
    await Promise.all([
      topSpoken(tabId, top, TOP_WAIT_MS),
      readSilent(tabId, frameId).catch(() => undefined),
    ]);
  // the tab's frames being judged for the first time: their claim is what this box is typed under (red team 45)
  await judging.settled(tabId, frameId);
  const state = await getTabState(tabId);
  const claim = state.pageUrl === top ? tabClaim(framesOf(state.frames ?? {}), frameId) : [];
  const verdict = m.data.verdict as PageVerdict;
  const kind = m.data.kind as FieldKind;
  const where: Where = { frame, top };
  const warn = warnAtRiskInTab(verdict, claim, kind, frameId === 0);
  let tab = askers.get(tabId);
  if (!tab) askers.set(tabId, (tab = new Map()));
  if (warn) {
    tab.delete(frameId);
    await pool(tabId, [
      { frameId, verdict: heldVerdict(withTabClaim(verdict, claim, frameId === 0)), meta: where },
    ]);
  } else tab.set(frameId, { claim: JSON.stringify(claim), verdict, kind, where });
  return { warn, claim };
}

/**
 * The frames that asked cs:at-risk and were told no, when the other frames' claim changes: judged again with it
 * (their box was touched: a claim that comes after is what the next key would have found), the tab warned when
 * it holds now; else told the new claim (bg:tab-claim) for their next keys. Runs only when a frame's verdict is
 * pooled: nothing polls.
 */
function tellAskers(tabId: number, top: string, frames: Record<string, PageVerdict>): void {
  const tab = askers.get(tabId);
  if (!tab) return;
  const all = framesOf(frames);
  for (const [frameId, a] of tab) {
    if (a.where.top !== top) continue;
    const claim = tabClaim(all, frameId);
    const key = JSON.stringify(claim);
    if (key === a.claim) continue;
    a.claim = key;
    if (warnAtRiskInTab(a.verdict, claim, a.kind, frameId === 0)) {
      tab.delete(frameId);
      const verdict = heldVerdict(withTabClaim(a.verdict, claim, frameId === 0));
      void pool(tabId, [{ frameId, verdict, meta: a.where }]).catch(() => undefined);
      return;
    }
    void browser.tabs.sendMessage(tabId, { type: 'bg:tab-claim', claim }, { frameId }).catch(() => undefined);
  }
}

/**
 * A verdict the background reached itself on the tab's top document (a PDF's text, background pdf.ts), pooled as
 * the top frame's: the same checks (guard on for the address) and the same warning as a content script's.
 * `topGuardOn` asks those checks first, so nothing is fetched where the guard would not judge.
 */
export async function topGuardOn(url: string): Promise<boolean> {
  return (await guardFor(url, url)).on;
}

export async function poolTopVerdict(tabId: number, url: string, verdict: PageVerdict): Promise<void> {
  await pool(tabId, [{ frameId: 0, verdict, meta: { frame: url, top: url } }]);
}

/**
 * A frame asks and the top page never spoke: bring the top page the scorer (once per top address); its
 * content script scans when it arrives unasked (guard.ts) and its verdict is pooled with the frame's.
 */
function readTop(tabId: number, top: string): void {
  if (topAsked.get(tabId) === top) return;
  topAsked.set(tabId, top);
  void injectScanner(tabId, 0).catch(() => undefined);
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
 * "Continue anyway" on a page warning: grants the host (a shared host: the site) a page allowance when `url` is the page this tab was
 * warned about. Null when the tab has no such warning (the caller then treats it as a domain warning).
 */
export async function continuePageWarning(
  tabId: number | undefined,
  url: string,
): Promise<{ until: number } | null> {
  if (tabId === undefined) return null;
  const state = await getTabState(tabId);
  const key = await pageKey(url);
  if (!state.pageWarning || state.pageWarning !== url || !key) return null;
  const until = await allowPage(key);
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
  onContentMessage('cs:at-risk', atRisk);
}
