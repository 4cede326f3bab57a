import { z } from 'zod/mini';

/**
 * A detection report: what an organisation's endpoint (policy `reportUrl`) receives, and what a user
 * may copy. Only the URL, the verdict, reason codes and brand ids, the time and the extension
 * version: never page content, page text evidence, cookies or anything about the user.
 */

const code = z.string().check(z.regex(/^[a-z0-9-]{1,60}$/));
const brand = z.string().check(z.regex(/^[a-z0-9-]{1,40}$/));

export const reportReasonSchema = z.object({ code, brand: z.optional(brand) });

export const reportSchema = z.object({
  /** random id: lets a receiver drop duplicates (delivery is at least once) */
  id: z.string().check(z.regex(/^[A-Za-z0-9-]{8,64}$/)),
  time: z.iso.datetime(),
  url: z.string().check(z.maxLength(2048)),
  verdict: z.string().check(z.regex(/^[a-z-]{1,40}$/)),
  reasons: z.array(reportReasonSchema).check(z.maxLength(30)),
  extensionVersion: z.string().check(z.maxLength(40)),
  source: z.enum(['domain', 'page']),
  /** auto: sent because policy asks for every detection; user: the user pressed "Report" */
  trigger: z.enum(['auto', 'user']),
  /** false-alarm: the user says this flagged address is a real Coupang site (absent: a detection) */
  kind: z.optional(z.enum(['detection', 'false-alarm'])),
});

export type Report = z.infer<typeof reportSchema>;
export type ReportReason = z.infer<typeof reportReasonSchema>;

export interface ReportInput {
  url: string;
  /** a DomainVerdictKind or PageVerdictKind, e.g. 'blocked', 'lookalike', 'suspicious-page' */
  verdict: string;
  /** domain or page reasons; only `code` and `brand` are kept (page evidence is page content) */
  reasons: readonly unknown[];
  source: 'domain' | 'page';
  trigger?: 'auto' | 'user';
  /** 'false-alarm' when the user says the verdict was wrong ("This is a real Coupang site") */
  kind?: 'detection' | 'false-alarm';
}

export interface ReportContext {
  extensionVersion: string;
  now: number;
  id: string;
}

/** The URL without its fragment and without any password in userinfo, at most 2048 characters. */
export function reportableUrl(raw: string): string {
  let s = typeof raw === 'string' ? raw : '';
  try {
    const u = new URL(s);
    u.hash = '';
    if (u.password) u.password = '';
    s = u.href;
  } catch {
    // not a URL: keep the text (shortened and printable) so the report still says what was seen
  }
  // eslint-disable-next-line no-control-regex
  s = s.replace(/[\u0000-\u001f\u007f]/g, '');
  return s.length > 2048 ? s.slice(0, 2048) : s;
}

function pickReasons(reasons: readonly unknown[]): ReportReason[] {
  const out: ReportReason[] = [];
  const seen = new Set<string>();
  for (const r of Array.isArray(reasons) ? reasons : []) {
    if (typeof r !== 'object' || r === null) continue;
    const c = code.safeParse((r as { code?: unknown }).code);
    if (!c.success) continue;
    const b = brand.safeParse((r as { brand?: unknown }).brand);
    const key = `${c.data}|${b.success ? b.data : ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(b.success ? { code: c.data, brand: b.data } : { code: c.data });
    if (out.length >= 30) break;
  }
  return out;
}

export function buildReport(input: ReportInput, ctx: ReportContext): Report {
  const verdict =
    typeof input.verdict === 'string' && /^[a-z-]{1,40}$/.test(input.verdict) ? input.verdict : 'unknown';
  return {
    id: ctx.id,
    time: new Date(Number.isFinite(ctx.now) ? ctx.now : 0).toISOString(),
    url: reportableUrl(input.url),
    verdict,
    reasons: pickReasons(input.reasons),
    extensionVersion: ctx.extensionVersion.slice(0, 40),
    source: input.source === 'page' ? 'page' : 'domain',
    trigger: input.trigger === 'user' ? 'user' : 'auto',
    ...(input.kind === 'false-alarm' ? { kind: 'false-alarm' as const } : {}),
  };
}

/** A random report id (crypto.randomUUID exists in Node 20 and both browsers). */
export function newReportId(): string {
  return globalThis.crypto.randomUUID();
}
