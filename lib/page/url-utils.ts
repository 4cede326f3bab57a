/**
 * Small URL helpers for the page guard. No public-suffix list here (it would not fit the content script's
 * size budget): "same site" compares the last two labels, or three under common second-level registries
 * (co.kr, or.kr, com.au, co.uk …). Good enough to tell "this form posts to another site".
 */

const SECOND_LEVEL = new Set([
  'co',
  'or',
  'go',
  'ne',
  're',
  'pe',
  'ac',
  'com',
  'net',
  'org',
  'gov',
  'edu',
  'ltd',
  'plc',
]);
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;

export function parseUrl(raw: string, base?: string): URL | null {
  try {
    return base ? new URL(raw, base) : new URL(raw);
  } catch {
    return null;
  }
}

export function isIpHost(host: string): boolean {
  return IPV4.test(host) || host.startsWith('[') || /^\d+$/.test(host) || /^0x[0-9a-f]+$/i.test(host);
}

export function siteOf(host: string): string {
  const h = host.toLowerCase().replace(/\.$/, '');
  if (isIpHost(h)) return h;
  const labels = h.split('.');
  const n = labels.length;
  if (n >= 3 && SECOND_LEVEL.has(labels[n - 2]!) && labels[n - 1]!.length === 2)
    return labels.slice(-3).join('.');
  return labels.slice(-2).join('.');
}

export function hostMatches(host: string, suffixes: readonly string[]): boolean {
  const h = host.toLowerCase();
  return suffixes.some((s) => h === s || h.endsWith('.' + s));
}

/** Last path segment of a URL or path, decoded when possible ("/img/coupang_logo.png" → "coupang_logo.png"). */
export function fileName(src: string): string {
  const path = src.split(/[?#]/)[0] ?? '';
  const last = path.slice(path.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** `s` percent-decoded twice at most (a link encoded once more to hide what it carries); as it was when it is not valid. */
export function safeDecode(s: string): string {
  let out = s;
  for (let i = 0; i < 2 && out.includes('%'); i++) {
    try {
      out = decodeURIComponent(out);
    } catch {
      break;
    }
  }
  return out;
}
