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

// Full stops a browser's host parser (UTS #46) reads as "."; invisible characters inside a host: the ones it
// ignores (zero-width space, soft hyphen, word joiner, variation selectors, BOM) and the ones that only hide a
// split from the reader (ZWNJ/ZWJ, direction marks and overrides) — read through, so the host behind is judged.
const FULL_STOPS = /[\u3002\uff0e\uff61]/u;
// (code point ranges, not a character class: several of them are combining marks)
const IGNORED_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0xad, 0xad],
  [0x34f, 0x34f],
  [0x180b, 0x180f],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x2064],
  [0xfe00, 0xfe0f],
  [0xfeff, 0xfeff],
];
const IGNORED = {
  test: (ch: string): boolean => {
    const c = ch.codePointAt(0) ?? 0;
    return IGNORED_RANGES.some(([a, b]) => c >= a && c <= b);
  },
};
const HOST_CHAR = /[\p{L}\p{N}\-.]/u;
const ASCII_ALNUM = /[A-Za-z0-9]/;

/** A code point as an address bar reads it: full-width and other compatibility forms of ASCII folded (NFKC). */
function asAscii(ch: string): string {
  if (ch.length === 1 && ch.charCodeAt(0) < 0x80) return ch;
  const n = ch.normalize('NFKC');
  return n.length === 1 && n.charCodeAt(0) > 0x20 && n.charCodeAt(0) < 0x7f ? n : ch;
}

/**
 * The text as a browser reads an address typed or pasted from it: compatibility forms folded to ASCII
 * (ｃｏｕｐａｎｇ．ｃｏｍ), the ideographic and half-width full stops read as "." between host characters, and
 * invisible characters inside a host dropped. `at[i]` is the offset in the original text of the read text's
 * character i (one more entry for the end), so a link is shown as the message wrote it.
 */
export function readAsAddress(text: string): { read: string; at: number[] } {
  const chars = Array.from(text);
  let read = '';
  const at: number[] = [];
  let offset = 0;
  const folded = chars.map(asAscii);
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    let out = folded[i]!;
    const prev = read.slice(-1);
    if (IGNORED.test(ch)) {
      // Inside a host-like run the browser never sees it; elsewhere it stays (and splits words as before).
      let j = i + 1;
      while (j < i + 8 && j < chars.length && IGNORED.test(folded[j]!)) j++;
      const next = folded[j] ?? '';
      if (HOST_CHAR.test(prev) && HOST_CHAR.test(next)) {
        offset += ch.length;
        continue;
      }
    } else if (FULL_STOPS.test(out)) {
      // "coupang-refund。com" is an address; "안내드립니다。자세한" is the end of a sentence.
      const next = folded[i + 1] ?? '';
      if (/[\p{L}\p{N}]/u.test(prev) && ASCII_ALNUM.test(next)) out = '.';
    }
    for (let k = 0; k < out.length; k++) at.push(offset);
    read += out;
    offset += ch.length;
  }
  at.push(offset);
  return { read, at };
}

/** Every link in `text`, in order; each with the text as the message wrote it and its offset there. */
export function findLinks(text: string): LinkMatch[] {
  const { read, at } = readAsAddress(text);
  return findLinksIn(read).map((l) => {
    const start = at[l.index] ?? l.index;
    const end = at[l.index + l.text.length] ?? start + l.text.length;
    return { text: text.slice(start, end), url: l.url, index: start };
  });
}

function findLinksIn(text: string): LinkMatch[] {
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

export interface SpacedHost extends LinkMatch {
  /** the message itself tells the reader to join it ("띄어쓰기 없이 입력", "without spaces") */
  joinAsked: boolean;
}

// A host written apart so no filter reads it: "coupang-care . com", "coupang-care 점 com", "coupang-care(.)com".
const ASCII_LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
const SPACED_SEP = '(?:\\s*\\.\\s*|\\s*(?:점|닷)\\s*|\\s+dot\\s+|\\s*[([]\\s*(?:\\.|점|dot)\\s*[)\\]]\\s*)';
const SPACED = new RegExp(
  `(?<![\\p{L}\\p{N}\\-.@/])${ASCII_LABEL}(?:${SPACED_SEP}${ASCII_LABEL})+(?![\\p{L}\\p{N}])(?:\\/[^\\s<>"'\\u3000]*)?`,
  'giu',
);
const JOIN_ASKED =
  /(?:띄어\s*쓰기|띄워\s*쓰기|공백|빈\s*칸|스페이스)\s*(?:를|은|는|을)?\s*(?:없이|빼고|빼서|제거|지우고|없애고|삭제)|붙여\s*(?:서|쓰|써|입력|주세요)|점\s*(?:을|은)?\s*["'“]?\.["'”]?\s*(?:으로|로)|without\s+(?:the\s+|any\s+)?spaces?|remove\s+(?:the\s+|all\s+)?spaces?|no\s+spaces/iu;

/**
 * Hosts written apart with spaces or words around the dot. Not links by themselves: the caller takes one when the
 * message asks to join it or when, joined, it is a look-alike. Every separator plain "." is an ordinary link.
 */
export function findSpacedHosts(text: string): SpacedHost[] {
  const { read, at } = readAsAddress(text);
  const joinAsked = JOIN_ASKED.test(read);
  const out: SpacedHost[] = [];
  for (const m of read.matchAll(SPACED)) {
    const slash = m[0].indexOf('/');
    const hostPart = slash < 0 ? m[0] : m[0].slice(0, slash);
    const path = trimEnd(slash < 0 ? '' : m[0].slice(slash));
    const labels = hostPart.split(new RegExp(SPACED_SEP, 'giu'));
    if (!/[^.]/u.test(hostPart.replace(/[a-z0-9-]/giu, ''))) continue;
    const host = labels.join('.').toLowerCase();
    if (!/^[a-z]{2,}$/.test(labels[labels.length - 1] ?? '') || !isRealHost(host)) continue;
    const written = trimEnd(m[0]);
    const start = at[m.index] ?? m.index;
    const end = at[m.index + written.length] ?? start + written.length;
    out.push({ text: text.slice(start, end), url: `https://${host}${path}`, index: start, joinAsked });
  }
  return out;
}
