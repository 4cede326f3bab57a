import type { ListData } from './schema';

/**
 * What `npm run lists:publish` writes next to the signed list: a small status page and its JSON twin,
 * pure functions of the list and the ingest diff. Everything from feeds is escaped: a feed can name a
 * "host" full of markup.
 */
export const LIST_FILE = 'coupang-guard-list.signed.json';

export interface PublishDiffEntry {
  host: string;
  subdomains?: boolean;
  path?: string;
  reasons?: string[];
  sources?: string[];
  firstSeen?: string;
  lastSeen?: string;
  why?: string;
}

export interface PublishStatus {
  version: number;
  issued: string;
  expires: string;
  keyId: string;
  bytes: number;
  sha256: string;
  brands: number;
  officialDomains: number;
  blocked: number;
  added: number;
  removed: number;
}

export function publishStatus(
  list: ListData,
  file: { keyId: string; bytes: number; sha256: string },
  diff: { added: unknown[]; removed: unknown[] } | null,
): PublishStatus {
  return {
    version: list.version,
    issued: list.issued,
    expires: list.expires,
    keyId: file.keyId,
    bytes: file.bytes,
    sha256: file.sha256,
    brands: list.brands.length,
    officialDomains: list.brands.reduce((n, b) => n + b.domains.length + b.hosts.length, 0),
    blocked: list.blocked.length,
    added: diff?.added.length ?? 0,
    removed: diff?.removed.length ?? 0,
  };
}

export function escapeHtml(s: string): string {
  return s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

const entryText = (e: PublishDiffEntry) => `${e.subdomains === false ? '=' : ''}${e.host}${e.path ?? ''}`;

/** index.html: version, dates, counts and the last ingest's diff, in Korean and English. */
export function statusPage(
  s: PublishStatus,
  diff: { added: PublishDiffEntry[]; removed: PublishDiffEntry[] } | null,
): string {
  const e = escapeHtml;
  const row = (ko: string, en: string, v: string) =>
    `<tr><th>${ko} <span lang="en">${en}</span></th><td>${e(v)}</td></tr>`;
  const list = (items: PublishDiffEntry[], extra: (x: PublishDiffEntry) => string) =>
    items.length
      ? `<ul>${items
          .slice(0, 2000)
          .map((x) => `<li><code>${e(entryText(x))}</code> ${e(extra(x))}</li>`)
          .join('')}</ul>${items.length > 2000 ? `<p>… ${items.length - 2000}</p>` : ''}`
      : '<p>—</p>';
  return `<!doctype html>
<html lang="ko">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>쿠팡 가드 경고 목록 · Coupang Guard list</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#111}th{text-align:left;padding-right:1rem;font-weight:600}span[lang=en],small{color:#555;font-weight:400}code{word-break:break-all}</style>
</head>
<body>
<h1>쿠팡 가드 경고 목록 <small lang="en">Coupang Guard list</small></h1>
<p><a href="${LIST_FILE}">${LIST_FILE}</a> · <a href="status.json">status.json</a>${diff ? ' · <a href="diff.json">diff.json</a>' : ''}</p>
<table>
${row('버전', 'Version', String(s.version))}
${row('발행', 'Issued', s.issued)}
${row('만료', 'Expires', s.expires)}
${row('서명 키', 'Key id', s.keyId)}
${row('차단 항목', 'Blocked entries', String(s.blocked))}
${row('공식 도메인', 'Official domains', String(s.officialDomains))}
${row('크기', 'Size', `${s.bytes} bytes`)}
${row('SHA-256', 'SHA-256', s.sha256)}
</table>
<h2>추가 <span lang="en">Added</span> (${s.added})</h2>
${diff ? list(diff.added, (x) => [x.reasons?.join(', '), x.sources?.join(', '), x.firstSeen && `${x.firstSeen} – ${x.lastSeen}`].filter(Boolean).join(' · ')) : '<p>—</p>'}
<h2>삭제 <span lang="en">Removed</span> (${s.removed})</h2>
${diff ? list(diff.removed, (x) => [x.why, x.sources?.join(', '), x.lastSeen].filter(Boolean).join(' · ')) : '<p>—</p>'}
</body>
</html>
`;
}

/**
 * Cache headers for the published files (the `_headers` file Cloudflare Pages and Netlify read; the same
 * values for S3/CloudFront and nginx are in docs/lists.md). A CDN may keep the list 5 minutes; browsers
 * revalidate with ETag / Last-Modified, so an unchanged list costs a 304.
 */
export const HEADERS_FILE = `/${LIST_FILE}
  Cache-Control: public, max-age=300, must-revalidate
  Content-Type: application/json; charset=utf-8
  X-Content-Type-Options: nosniff
/status.json
  Cache-Control: public, max-age=300
/diff.json
  Cache-Control: public, max-age=300
/index.html
  Cache-Control: public, max-age=300
`;
