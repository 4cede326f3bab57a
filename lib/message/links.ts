/**
 * Links in messages as scammers write them: with or without a scheme, glued to Korean text, Hangul hosts
 * (쿠팡보상.kr), punycode, userinfo tricks. A candidate without a scheme counts only when its last label is a real
 * top-level domain, so "1.5배" or "설명서.pdf" are not links; e-mail addresses are not links.
 */
import punycode from 'punycode/punycode.js';
import { parse } from 'tldts';

export interface LinkMatch {
  /** the text as written */
  text: string;
  /** the text as a URL (https:// added when the message had no scheme) */
  url: string;
  index: number;
}

// A host label: letters of any script, digits, hyphens (punycode labels included).
const LABEL = '[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?';
const CANDIDATE = new RegExp(
  `(?:(?:https?|hxxps?):\\/\\/[^\\s<>"'\\u3000/?#()\\[\\]{}]+|(?:${LABEL}\\.)+${LABEL}\\.?(?::\\d{2,5})?)(?:[/?#][^\\s<>"'\\u3000]*)?`,
  'giu',
);
const SCHEME = /^(?:https?|hxxps?):\/\//i;
const TRAILING = /[.,;:!?'"\u2019\u201d)\]}>»」』】〕…~]+$/u;
const NON_ASCII = /[^\x21-\x7e]/u;
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;

/** Strips punctuation that ends a sentence rather than a URL; keeps a closing bracket whose opener is inside. */
function trimEnd(s: string): string {
  let t = s;
  for (;;) {
    const m = TRAILING.exec(t);
    if (!m) return t;
    if (m[0] === ')' && t.includes('(')) return t;
    t = t.slice(0, t.length - m[0].length);
  }
}

function isRealHost(host: string): boolean {
  if (IPV4.test(host)) return true;
  let ascii: string;
  try {
    ascii = punycode.toASCII(host.toLowerCase());
  } catch {
    return false;
  }
  const p = parse(ascii, { allowPrivateDomains: false });
  return Boolean(p.domain && p.isIcann && p.publicSuffix && /[a-z]/.test(p.publicSuffix));
}

/**
 * Separates a link glued to Korean text: Hangul before a Latin host ("확인coupang.com") and Hangul after a Latin
 * top-level domain or after a path ("coupang.com에서", "bit.ly/x로") are message text, not link. A host written in
 * Hangul (쿠팡보상.kr) keeps its Hangul labels. Returns the offset of the link in `raw` and its text.
 */
function unglue(raw: string): { offset: number; text: string } {
  const scheme = SCHEME.exec(raw)?.[0] ?? '';
  const body = raw.slice(scheme.length);
  const hostEnd = body.search(/[/?#]/);
  let host = hostEnd < 0 ? body : body.slice(0, hostEnd);
  let tail = hostEnd < 0 ? '' : body.slice(hostEnd);
  const labels = host.split('.');
  const last = labels.length - 1;
  // "com에서": the top-level domain is Latin and the Hangul after it is the sentence going on.
  const tldGlue = /^([a-z]{2,})[^\x21-\x7e]/iu.exec(labels[last] ?? '');
  if (tldGlue) {
    labels[last] = tldGlue[1]!;
    tail = '';
  }
  let offset = 0;
  // "조회는coupangcare.net": Hangul in front of an otherwise Latin host.
  const headGlue = /^([^\x21-\x7e]+)[a-z0-9]/iu.exec(labels[0] ?? '');
  if (!scheme && headGlue && labels.slice(1).every((l) => !NON_ASCII.test(l))) {
    offset = headGlue[1]!.length;
    labels[0] = labels[0]!.slice(offset);
  }
  host = labels.join('.');
  const cut = tail.search(NON_ASCII);
  if (cut >= 0) tail = tail.slice(0, cut);
  return { offset, text: trimEnd(scheme + host + tail) };
}

/** Every link in `text`, in order. */
export function findLinks(text: string): LinkMatch[] {
  const out: LinkMatch[] = [];
  for (const m of text.matchAll(CANDIDATE)) {
    const before = text[m.index - 1] ?? '';
    // user@host: an e-mail address, not a link.
    if (before === '@' || before === '.' || before === '/') continue;
    const { offset, text: link } = unglue(m[0]);
    const scheme = SCHEME.exec(link)?.[0] ?? '';
    const authority = link.slice(scheme.length).split(/[/?#]/)[0] ?? '';
    const host = (authority.split('@').pop() ?? '').replace(/:\d+$/, '').replace(/\.$/, '');
    if (!host.includes('.') || !isRealHost(host)) continue;
    const url = scheme ? link.replace(/^hxxp/i, 'http') : `https://${link}`;
    out.push({ text: link, url, index: m.index + offset });
  }
  return out;
}
