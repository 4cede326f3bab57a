import { browser } from 'wxt/browser';
import type { PageVerdict } from '../../lib/page/types';

/**
 * The content script's side of the wire (schemas: lib/messages/page.ts). Plain objects, no zod here: the
 * content script must stay small. Every call resolves (null on error or timeout), never throws.
 */
export interface HelloInfo {
  official: boolean;
  pageGuard: boolean;
  allowContinue: boolean;
}

function send(message: object, timeoutMs: number): Promise<unknown> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(null), timeoutMs);
    try {
      Promise.resolve(browser.runtime.sendMessage(message)).then(
        (reply: unknown) => {
          clearTimeout(timer);
          resolve(reply ?? null);
        },
        () => {
          clearTimeout(timer);
          resolve(null);
        },
      );
    } catch {
      clearTimeout(timer);
      resolve(null);
    }
  });
}

/** `{type:'cs:hello', url}` → `{official, pageGuard, allowContinue}`; null when the background did not answer. */
export async function hello(url: string): Promise<HelloInfo | null> {
  const r = (await send({ type: 'cs:hello', url }, 2000)) as Partial<HelloInfo> | null;
  if (!r || typeof r !== 'object' || typeof r.official !== 'boolean' || typeof r.pageGuard !== 'boolean')
    return null;
  return { official: r.official, pageGuard: r.pageGuard, allowContinue: r.allowContinue !== false };
}

export function sendVerdict(url: string, verdict: PageVerdict): void {
  void send({ type: 'cs:page-verdict', url, verdict: trimVerdict(verdict) }, 5000);
}

export type ReportOutcome = 'sent' | 'queued' | 'not-configured' | 'failed';

/**
 * `{type:'cs:report', url, verdict}` → what happened: 'sent' only when the organisation's endpoint accepted
 * it, 'not-configured' when no report address exists (nothing left the browser).
 */
export async function sendReport(url: string, verdict: PageVerdict): Promise<ReportOutcome> {
  const r = (await send({ type: 'cs:report', url, verdict: trimVerdict(verdict) }, 15000)) as {
    ok?: boolean;
    sent?: unknown;
  } | null;
  if (!r || r.ok !== true) return 'failed';
  return r.sent === 'sent' || r.sent === 'queued' || r.sent === 'not-configured' ? r.sent : 'failed';
}

/** `{type:'cs:continue', url}`: the user chose "Continue anyway"; the background may allow the host a while. */
export function sendContinue(url: string): void {
  void send({ type: 'cs:continue', url }, 5000);
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

/** `{type:'bg:ping'}` from our own extension → `{ok, url}`: lets the extension (and its e2e tests) see we run. */
export function answerPings(): void {
  browser.runtime.onMessage.addListener(
    (m: unknown, sender: { id?: string }, reply: (r: unknown) => void) => {
      if (sender.id !== browser.runtime.id || (m as { type?: unknown } | null)?.type !== 'bg:ping') return;
      reply({ ok: true, url: location.href });
    },
  );
}
