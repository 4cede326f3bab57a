import type { browser } from 'wxt/browser';
import type { PageReason, PageVerdict } from '../../lib/page/types';
import { after } from './timer';

/**
 * The content script's side of the wire (schemas: lib/messages/page.ts). Plain objects, no zod here: the
 * content script must stay small. Every call resolves (null on error or timeout), never throws. Messages come
 * only from our own background (`runtime.onMessage`, checked by sender id): nothing a page can post or
 * dispatch reaches these listeners.
 *
 * The extension API is not touched until this frame first speaks to the background (issue #16): the first
 * touch of `chrome.runtime` builds the extension bindings in this world, a millisecond or two in a fresh
 * renderer, and a top page the gate keeps closed never speaks. So the background's listener is registered
 * with the first message this frame sends (every frame the gate opened, every sub-frame, a stopped page, a
 * first key into a secret field): the background sends bg:hold only to a tab a frame of which reported a
 * suspicious page, and a top page that never spoke has no field and no word of the brand to hold.
 */
type Api = typeof browser;
let api: Api | null = null;
function ext(): Api {
  const g = globalThis as unknown as { browser?: Api; chrome?: Api };
  return (api ??= g.browser?.runtime?.id ? g.browser : g.chrome!);
}
let onHold: (() => void) | null = null;
let onClaim: ((claim: PageReason[] | null) => void) | null = null;
let listening = false;
export interface HelloInfo {
  official: boolean;
  pageGuard: boolean;
  allowContinue: boolean;
  /** the background is moving this tab to the warning page: hold typing in this frame now */
  hold: boolean;
  /** the top frame's address is flagged and not allowed: the tab is going to the warning page */
  flagged: boolean;
}

function send(message: object, timeoutMs: number): Promise<unknown> {
  return new Promise((resolve) => {
    let done = false;
    const finish = (v: unknown) => {
      if (!done) resolve(v ?? null);
      done = true;
    };
    after(timeoutMs, () => finish(null));
    try {
      listen();
      Promise.resolve(ext().runtime.sendMessage(message)).then(finish, () => finish(null));
    } catch {
      finish(null);
    }
  });
}

/**
 * `{type:'cs:hello', url}` → HelloInfo; null when the background did not answer. With `earlyMs`, the hello of
 * a stopped top page (early.ts), which waits that long at most.
 */
export async function hello(url: string, earlyMs = 0): Promise<HelloInfo | null> {
  const m = earlyMs ? { type: 'cs:hello', url, early: true } : { type: 'cs:hello', url };
  const r = (await send(m, earlyMs || 2000)) as Partial<HelloInfo> | null;
  if (!r || typeof r !== 'object' || typeof r.official !== 'boolean' || typeof r.pageGuard !== 'boolean')
    return null;
  return {
    official: r.official,
    pageGuard: r.pageGuard,
    allowContinue: r.allowContinue !== false,
    hold: r.hold === true,
    flagged: r.flagged === true,
  };
}

/**
 * `{type:'cs:load-scanner'}` → `{ok}` once the background has injected the page scorer into this frame
 * (scanner-slot.ts); false when it could not (a frame the browser does not let it inject into); null when the
 * background did not answer in time (the injection may still be on its way: a busy machine).
 */
export async function requestScanner(): Promise<boolean | null> {
  const r = (await send({ type: 'cs:load-scanner' }, 5000)) as { ok?: unknown } | null;
  return r && r.ok === true;
}

/**
 * `{type:'cs:pdf-text'}` → the text of this top frame's PDF, fetched and read by the background (background
 * pdf.ts); null when it has none or did not answer.
 */
export async function pdfText(): Promise<{ title: string; text: string } | null> {
  const r = (await send({ type: 'cs:pdf-text' }, 10_000)) as { title?: unknown; text?: unknown } | null;
  return typeof r?.title === 'string' && typeof r.text === 'string' ? { title: r.title, text: r.text } : null;
}

/**
 * `{type:'cs:page-verdict', url, verdict}`: this frame's verdict; the background judges the tab. True when
 * the background took it (`{ok:true}`), false when it refused it or did not answer.
 */
export async function sendVerdict(url: string, verdict: PageVerdict): Promise<boolean> {
  const r = (await send({ type: 'cs:page-verdict', url, verdict: trimVerdict(verdict) }, 5000)) as {
    ok?: unknown;
  } | null;
  return r?.ok === true;
}

/**
 * `{type:'cs:at-risk', url, verdict, kind}` → `{warn, claim}`: a secret box touched in a frame of a tab whose other
 * frames may make the claim (lib/page/tab-claim.ts); null when the background did not answer within `timeoutMs`
 * (its own wait for the tab's frames ends sooner: background page-warnings.ts JUDGING_MS; a loaded machine's slow
 * answer is still the answer, red team 47).
 */
export async function atRiskInTab(
  url: string,
  verdict: PageVerdict,
  kind: string,
  timeoutMs = 12_000,
): Promise<{ warn: boolean; claim: PageReason[] } | null> {
  const m = { type: 'cs:at-risk', url, verdict: trimVerdict(verdict), kind };
  const r = (await send(m, timeoutMs)) as { warn?: unknown; claim?: unknown } | null;
  if (!r || typeof r.warn !== 'boolean' || !Array.isArray(r.claim)) return null;
  return { warn: r.warn, claim: r.claim as PageReason[] };
}

/** Evidence is untrusted page text: keep it short on the wire. */
export function trimVerdict(v: PageVerdict): PageVerdict {
  return {
    ...v,
    reasons: v.reasons
      .slice(0, 40)
      .map((r) => (r.evidence ? { ...r, evidence: r.evidence.slice(0, 120) } : r)),
  };
}

/**
 * From our own background only: `{type:'bg:hold'}` (a frame of this tab was judged suspicious: hold typing
 * here too), `{type:'bg:tab-claim', claim}` (the other frames' claim changed, to a frame that asked cs:at-risk; with
 * `pending: true`, a frame of the tab is being judged: the claim is unknown until asked again) and `{type:'bg:ping'}` → `{ok, url}` (lets the extension and its e2e tests see we run).
 * Registered with this frame's first message (above); `hold` is what bg:hold calls.
 */
export function listenToBackground(hold: () => void, claim?: (claim: PageReason[] | null) => void): void {
  onHold = hold;
  onClaim = claim ?? null;
}

function listen(): void {
  if (listening) return;
  listening = true;
  const runtime = ext().runtime;
  runtime.onMessage.addListener((m: unknown, sender: { id?: string }, reply: (r: unknown) => void) => {
    if (sender.id !== runtime.id) return;
    const type = (m as { type?: unknown } | null)?.type;
    if (type === 'bg:hold') {
      onHold?.();
      reply({ ok: true });
    } else if (type === 'bg:tab-claim') {
      const { claim, pending } = m as { claim?: unknown; pending?: unknown };
      // (pending: another frame of the tab is being judged; its claim is on its way — ask again at the next key)
      if (pending === true) onClaim?.(null);
      else if (Array.isArray(claim)) onClaim?.(claim as PageReason[]);
      reply({ ok: true });
    } else if (type === 'bg:ping' && window === window.top) {
      reply({ ok: true, url: location.href });
    }
  });
}
