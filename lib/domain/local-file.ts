import type { DomainVerdict } from './types';

/**
 * A page opened from disk (`file:`): an attachment saved and double-clicked, a download a page built
 * (`쿠팡_피해보상_신청서.html`). It has no host, so the domain guard has nothing to say about it: no look-alike,
 * no official, no known-bad. The page guard reads it on what it shows, as on a host it does not know (red team
 * 33, r01). A `file://server/share/…` address (a Windows share) is no different here: its server is not a web
 * host the domain guard judges.
 */
export function isLocalFileUrl(url: string | null | undefined): url is string {
  return typeof url === 'string' && /^file:/i.test(url);
}

/** Longest file name shown; longer ones are cut in the middle of nothing important (the end keeps `.html`). */
const MAX_NAME = 120;

/**
 * The file's name as a person reads it: the last path segment, percent-decoded (`%EC%BF%A0%ED%8C%A1.html` →
 * `쿠팡.html`), control and invisible format characters dropped, cut to MAX_NAME. Null when it is not a file
 * address or names no file (a folder listing). Text only: callers put it in a text node, never in markup.
 */
export function localFileName(url: string): string | null {
  if (!isLocalFileUrl(url)) return null;
  const path = url.replace(/^file:(?:\/\/[^/]*)?/i, '').split(/[?#]/)[0] ?? '';
  const raw = path.slice(path.lastIndexOf('/') + 1);
  let name = raw;
  try {
    name = decodeURIComponent(raw);
  } catch {
    // as written
  }
  // (C0/C1 controls and bidi or zero-width format characters: a name must not reorder or hide what it shows)
  name = name.replace(/[\p{Cc}\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/gu, '');
  if (!name) return null;
  return name.length > MAX_NAME ? `${name.slice(0, MAX_NAME - 10)}…${name.slice(-9)}` : name;
}

/**
 * The domain guard's word on a file page: `unknown`, no host, no reasons, so every surface (badge, popup, page
 * warning) says what it says for a host it does not know, and nothing reads the path as a host.
 */
export function localFileVerdict(url: string): DomainVerdict {
  return {
    input: url,
    verdict: 'unknown',
    hostname: null,
    unicodeHostname: null,
    registrableDomain: null,
    reasons: [],
  };
}

/**
 * What a page warning's "Continue anyway" on a file page covers: that one file (no query, no fragment), never
 * the folder or every file on the disk.
 */
export function localFileKey(url: string): string | null {
  if (!isLocalFileUrl(url)) return null;
  try {
    const u = new URL(url);
    return `file://${u.hostname.toLowerCase()}${u.pathname}`;
  } catch {
    return null;
  }
}
