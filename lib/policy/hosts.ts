/**
 * Normalising host entries and endpoint URLs from policy or the options page. Pure; never throws.
 */

const MAX_HOST = 253;

/**
 * A host entry as an admin may write it: `evil.example`, `*.evil.example`, `.evil.example`,
 * `https://evil.example/path`, `EVIL.example.`, `쿠팡.한국` → the ASCII host (`evil.example`,
 * `xn--...`). Each entry stands for the host and all of its subdomains. null when it is not a host.
 */
export function normalizeHostEntry(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  let s = raw.trim();
  if (s.length === 0 || s.length > 2048) return null;
  if (s.includes('://')) {
    try {
      const u = new URL(s);
      if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
      s = u.hostname;
    } catch {
      return null;
    }
  }
  s = s.toLowerCase();
  if (s.startsWith('*.')) s = s.slice(2);
  else if (s.startsWith('.')) s = s.slice(1);
  if (s.endsWith('.')) s = s.slice(0, -1);
  if (s.length === 0 || /[\s/\\?#@:%*[\]<>^|"'`{}]/u.test(s)) return null;
  let host: string;
  try {
    host = new URL(`http://${s}/`).hostname;
  } catch {
    return null;
  }
  if (host.length === 0 || host.length > MAX_HOST) return null;
  const labels = host.split('.');
  for (const label of labels) {
    if (label.length === 0 || label.length > 63) return null;
    if (!/^[a-z0-9_-]+$/.test(label) || label.startsWith('-') || label.endsWith('-')) return null;
  }
  return host;
}

/** True when `host` is `entry` or one of its subdomains (both already normalised). */
export function hostMatches(host: string, entry: string): boolean {
  return host === entry || (host.length > entry.length && host.endsWith(`.${entry}`));
}

/** Loopback or a reserved test name (RFC 6761): the only hosts plain http is allowed for. */
export function isLocalTestHost(hostname: string): boolean {
  const h = hostname.toLowerCase().replace(/\.$/, '');
  if (h === 'localhost' || h.endsWith('.localhost')) return true;
  if (h === 'test' || h.endsWith('.test')) return true;
  if (h === '[::1]') return true;
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h);
}

export type EndpointCheck =
  { ok: true; url: string } | { ok: false; problem: 'invalid-url' | 'insecure-url' };

/**
 * An endpoint the extension may fetch from or post to: https, or plain http only on loopback and
 * `.test` / `.localhost` hosts (for local testing; those names never resolve on the internet).
 * No credentials in the URL (fetch refuses them) and at most 2048 characters.
 */
export function checkEndpointUrl(raw: string): EndpointCheck {
  const s = raw.trim();
  if (s.length === 0 || s.length > 2048) return { ok: false, problem: 'invalid-url' };
  let u: URL;
  try {
    u = new URL(s);
  } catch {
    return { ok: false, problem: 'invalid-url' };
  }
  if (u.username !== '' || u.password !== '' || u.hostname === '')
    return { ok: false, problem: 'invalid-url' };
  if (u.protocol === 'https:') return { ok: true, url: u.href };
  if (u.protocol === 'http:') {
    return isLocalTestHost(u.hostname) ? { ok: true, url: u.href } : { ok: false, problem: 'insecure-url' };
  }
  return { ok: false, problem: 'invalid-url' };
}

/** True when the page guard is switched off for `hostname` by an exception entry. */
export function isPageGuardException(hostname: string, exceptions: readonly string[]): boolean {
  const host = normalizeHostEntry(hostname);
  if (host === null) return false;
  return exceptions.some((e) => hostMatches(host, e));
}
