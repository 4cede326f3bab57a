/**
 * What the check command prints: one readable line per verdict, and the page + domain combination. Input is
 * hostile: control, bidi and other invisible characters are shown as \u{...} escapes, never sent raw to a
 * terminal.
 */
import type { DomainVerdict, Reason } from '../lib/domain/index';
import type { MessageVerdict } from '../lib/message/index';
import type { PageVerdict } from '../lib/page/index';

const UNSAFE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\u{7f}-\u{9f}]/gu;
const MAX_SHOWN = 300;

/** Text safe for a terminal: invisible and control characters escaped, long text cut. */
export function safe(s: string): string {
  const cut = s.length > MAX_SHOWN ? s.slice(0, MAX_SHOWN) + '…' : s;
  return cut.replace(UNSAFE, (c) => `\\u{${(c.codePointAt(0) ?? 0).toString(16)}}`);
}

function reasonText(r: Reason | { code: string; detail?: string; evidence?: string }): string {
  const parts: string[] = [];
  if ('detail' in r && r.detail) parts.push(r.detail);
  if ('swaps' in r && r.swaps)
    parts.push(r.swaps.map((s) => `${s.found} ${s.codePoint} for ${s.imitates}`).join(', '));
  if ('evidence' in r && r.evidence) parts.push(r.evidence);
  return parts.length > 0 ? `${r.code}(${safe(parts.join('; '))})` : r.code;
}

/** e.g. `lookalike  coupang-refund.com  site coupang-refund.com  imitates coupang: combosquat(refund)` */
export function formatLine(v: DomainVerdict): string {
  const out = [v.verdict.padEnd(9), safe(v.input)];
  if (v.hostname !== null) {
    if (v.unicodeHostname !== null && v.unicodeHostname !== v.hostname)
      out.push(`host ${safe(v.unicodeHostname)} (${v.hostname})`);
    else if (v.hostname !== v.input.trim().toLowerCase()) out.push(`host ${v.hostname}`);
  }
  if (v.registrableDomain !== null) out.push(`site ${v.registrableDomain}`);
  const reasons = v.reasons.map(reasonText).join(' ');
  if (v.brand && v.verdict !== 'official') out.push(`imitates ${v.brand.id}${reasons ? ': ' + reasons : ''}`);
  else if (reasons) out.push(reasons);
  return out.join('  ');
}

/** The domain line followed by the page guard's score and reasons. */
export function formatPageLine(domain: DomainVerdict, verdict: string, page: PageVerdict): string {
  const line = formatLine({ ...domain, verdict: verdict as DomainVerdict['verdict'] });
  return `${line}  page ${page.verdict} score ${page.score}${page.reasons.length ? ': ' + page.reasons.map(reasonText).join(' ') : ''}`;
}

/** The page guard's verdict combined with the domain guard's on the page's address. */
export function combine(
  domain: DomainVerdict,
  page: PageVerdict,
): { verdict: DomainVerdict['verdict'] | 'suspicious-page'; reasons: Array<{ code: string }> } {
  // a known-bad or look-alike address says more than any page content
  if (domain.verdict === 'blocked' || domain.verdict === 'lookalike')
    return { verdict: domain.verdict, reasons: domain.reasons };
  // the brand's own pages ask for passwords by design: an official host is never a suspicious page
  if (page.verdict === 'suspicious-page' && domain.verdict !== 'official')
    return { verdict: 'suspicious-page', reasons: [...domain.reasons, ...page.reasons] };
  return { verdict: domain.verdict, reasons: domain.reasons };
}

/**
 * A message verdict as lines: the verdict with its reasons, then one line per link and per number, e.g.
 * `scam  lure-refund unofficial-link(refund-coupang.shop)` / `  link  refund-coupang.shop  lookalike`.
 */
export function formatMessage(v: MessageVerdict): string {
  const reasons = v.reasons.map((r) => (r.match ? `${r.code}(${safe(r.match)})` : r.code)).join(' ');
  const lines = [`${v.verdict.padEnd(10)} ${reasons}`.trimEnd()];
  for (const l of v.links) lines.push(`  link    ${safe(l.text)}  ${l.verdict}`);
  for (const n of v.numbers) lines.push(`  number  ${n.number}  ${n.verdict}${n.line ? ` (${n.line})` : ''}`);
  if (v.skipped)
    lines.push(`  note    long message: ${v.skipped} characters in the middle not read (start and end were)`);
  if (v.verdict !== 'clean')
    lines.push(`  advice  do not click or call; check with the official customer centre ${v.callInstead}`);
  return lines.join('\n');
}
