import type { Reason } from '../domain/types';
import type { PageReason } from '../page/types';
import { tr, type Translate } from './i18n';
import { reasonKey, UNKNOWN_REASON_KEY } from './reason-key';

export interface ReasonLine {
  code: string;
  text: string;
  /** untrusted page text behind a page reason (render as text only) */
  evidence?: string;
}

export interface ReasonContext {
  /** brand name in the UI language */
  brand: string;
  /** the real registrable domain (or host) */
  domain: string;
  /** the imitated brand's official domain */
  official: string;
}

/** Plain-words lines for domain reasons, one per code, in the engine's order. */
export function domainReasonLines(
  t: Translate,
  reasons: readonly Reason[],
  ctx: ReasonContext,
): ReasonLine[] {
  const seen = new Set<string>();
  const out: ReasonLine[] = [];
  for (const r of reasons) {
    if (typeof r?.code !== 'string' || seen.has(r.code)) continue;
    seen.add(r.code);
    out.push({
      code: r.code,
      text: tr(t, reasonKey(r.code), [ctx.brand, ctx.domain, ctx.official], UNKNOWN_REASON_KEY),
    });
  }
  return out;
}

const MAX_EVIDENCE = 80;

/**
 * Plain-words lines for page reasons that count towards a warning (positive weight), strongest first,
 * one per code. Context reasons (negative weight: "only a news article") are left out.
 */
export function pageReasonLines(t: Translate, reasons: readonly PageReason[], brand: string): ReasonLine[] {
  const best = new Map<string, PageReason>();
  for (const r of reasons) {
    if (typeof r?.code !== 'string' || !(r.weight > 0)) continue;
    const prev = best.get(r.code);
    if (!prev || r.weight > prev.weight) best.set(r.code, r);
  }
  return [...best.values()]
    .sort((a, b) => b.weight - a.weight)
    .map((r) => {
      const line: ReasonLine = { code: r.code, text: tr(t, reasonKey(r.code), [brand], UNKNOWN_REASON_KEY) };
      const ev = typeof r.evidence === 'string' ? r.evidence.replace(/\s+/g, ' ').trim() : '';
      if (ev) line.evidence = ev.length > MAX_EVIDENCE ? `${ev.slice(0, MAX_EVIDENCE - 1)}…` : ev;
      return line;
    });
}
