import punycode from 'punycode/punycode.js';

/**
 * From whatever the user, the browser or a feed gave us (URL, bare host, garbage) to the host a browser would
 * actually contact. Hostile input: never throws.
 */

export type ParsedInput =
  | {
      kind: 'host';
      /** ASCII, lower case, no trailing dot; IPv6 without brackets */
      hostname: string;
      /** decoded user:password part of the URL, when there is one */
      userinfo?: string;
      /** URL path ('/' for a bare host) */
      path: string;
      /** URL query with its "?", when there is one */
      search?: string;
      /** URL fragment with its "#", when there is one (what a page's script may read as its real address) */
      hash?: string;
      /**
       * the host the link's text shows when a backslash ends the real one before a user-info "@"
       * (`https://cp-safe.top\@www.coupang.com/` opens cp-safe.top and shows www.coupang.com)
       */
      shownHost?: string;
      /**
       * the host as written, when it has non-ASCII characters and the URL parser's IDNA mapping changed more
       * than the case (Greek lunate sigma "ϲ" becomes "σ"): what the reader of the link saw
       */
      literalHostname?: string;
      /**
       * the host was read from a link no browser opens as written (a defanged dot, an invisible character, an
       * encoded "@"): what a reader takes it for, judged, but never "official"
       */
      repaired?: true;
      /** of the repairs, an invisible character dropped from the host (`coup\u200cang.kr`): no one types one */
      invisible?: true;
      /**
       * the host is an IPv4 address written otherwise than as four decimal numbers (`0xD98B7C11`, `3649731601`,
       * `046.0346.0213.0134`): the parser reads it as the address, no reader does
       */
      disguisedIp?: true;
      /** the link's own scheme when it is an app's, not the web's (`coupangeats://webview?url=…`), lower case */
      appScheme?: string;
    }
  | { kind: 'invalid'; code: 'invalid-input' | 'non-web-scheme'; detail: string };

/** Inputs longer than this are not URLs anyone navigates to. */
export const MAX_INPUT = 16_384;

const WEB_SCHEMES = new Set(['http', 'https', 'ws', 'wss', 'ftp']);
/** Schemes that wrap another URL whose origin is what matters. */
const WRAPPER_SCHEMES = new Set(['blob', 'view-source', 'filesystem']);
/** Browser-internal and non-navigation schemes: nothing on the web to judge. */
const LOCAL_SCHEMES = new Set([
  'about',
  'brave',
  'chrome',
  'chrome-extension',
  'chrome-untrusted',
  'data',
  'devtools',
  'edge',
  'file',
  'intent',
  'javascript',
  'mailto',
  'moz-extension',
  'opera',
  'resource',
  'safari-extension',
  'sms',
  'tel',
  'vivaldi',
]);
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
/** The fragment of an Android intent whose target is a web address (`#Intent;scheme=https;package=…;end`). */
const INTENT_WEB = /#Intent;(?:[^#]*;)?scheme=https?;/i;
/**
 * The web address an intent for an app falls back to when the app is not installed (`S.browser_fallback_url=…`): the
 * browser opens it instead.
 */
const INTENT_FALLBACK = /#Intent;(?:[^#]*;)?S\.browser_fallback_url=([^;#]{1,2000})/i;

function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Letters, digits, marks, hyphens and dots only: a host name, perhaps one the URL parser's IDNA rules refuse. */
const HOST_LIKE = /^[\p{L}\p{N}\p{M}.-]+$/u;

/** The host part of a URL string as written: no scheme, user info, port, path or trailing dot. */
/** An IPv4 address as the URL parser writes it. */
const DOTTED_QUAD = /^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}$/;

function rawHost(s: string): string {
  const rest = s.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
  const end = rest.search(/[/?#\\]/);
  const authority = end < 0 ? rest : rest.slice(0, end);
  return authority
    .slice(authority.lastIndexOf('@') + 1)
    .replace(/:\d*$/, '')
    .replace(/\.+$/, '');
}

/**
 * The host a reader takes the link for when a backslash ends the real host: browsers read "\" as "/", so in
 * `https://cp-safe.top\@www.coupang.com/` the "@www.coupang.com" is path, while a reader (and an older parser)
 * takes everything up to the first "/" as the authority and the part after its "@" as the host.
 */
function shownHost(s: string): string | undefined {
  const rest = s.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
  const end = rest.search(/[/?#]/);
  const authority = end < 0 ? rest : rest.slice(0, end);
  const backslash = authority.indexOf('\\');
  const at = authority.lastIndexOf('@');
  if (backslash < 0 || at < backslash) return undefined;
  const shown = authority
    .slice(at + 1)
    .replace(/:\d*$/, '')
    .replace(/\.+$/, '')
    .toLowerCase();
  return shown.length > 0 && shown.length <= 253 ? shown : undefined;
}

/**
 * A host judged label by label without the URL parser: for hosts it refuses (IDNA rules are stricter than what
 * feeds and attackers register, e.g. Greek lunate sigma in "ϲoupang") and for the literal spelling of mapped ones.
 */
function looseHost(host: string): string | null {
  if (!HOST_LIKE.test(host) || host.length > 253) return null;
  const labels = host.split('.');
  if (labels.some((l) => l.length === 0)) return null;
  try {
    const hostname = labels.map((l) => punycode.toASCII(l.normalize('NFC').toLowerCase())).join('.');
    return hostname.length > 253 ? null : hostname;
  } catch {
    return null;
  }
}

const NON_ASCII = /[^\p{ASCII}]/u;

/**
 * Characters a reader takes for a full stop that the URL parser refuses in a host: the one dot leader U+2024 and
 * the small full stop U+FE52 (`coupang\u2024com.login-check.top` reads as `coupang.com.…`), where a real dot follows
 * (the host then ends in a domain of real dots). The ideographic and full-width stops it maps to a dot itself. Alone
 * (`coupang\u2024com`) no browser opens it, and it is no address of anyone's: judged invalid, never "official".
 */
const DOT_LIKE = /[\u2024\ufe52](?=[^\u2024\ufe52]*\.)/g;
/**
 * A slash look-alike inside a host (full-width `／`, and division `∕`, fraction `⁄`, big solidus `⧸` where the parser
 * refuses the host for another reason): `coupang.com／login.reissue-card.icu` shows the brand's host and a page,
 * while the name is one host under `reissue-card.icu`. The URL parser refuses it (IDNA maps `／` to a slash), so no
 * browser opens it; with more of a name after it, it is judged as the name it would be, the look-alike a label's
 * end (never official). (The parser takes the other three as a label's letters: judged as that IDN.)
 */
const SLASH_LIKE = /[\u2044\u2215\u29f8\uff0f](?=[^\u2044\u2215\u29f8\uff0f]*\.)/g;

/**
 * A dot written out of harm's way, as reports and feeds defang a link (`coupang-refund[.]top`, `(.)`, `{.}`,
 * `[dot]`): the address a reader copies back into a browser.
 */
const DEFANGED_DOT = /\[\.\]|\(\.\)|\{\.\}|\[dot\]|\(dot\)/gi;
/**
 * Characters no reader sees in a host (zero-width space, non-joiner and joiner, word joiner, byte-order mark, soft
 * hyphen): the URL parser refuses a joiner between Latin letters (IDNA's CheckJoiners), but the link as shown is
 * the host without it (`coupang\u200d-refund.xyz` reads `coupang-refund.xyz`).
 */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
/**
 * An "@" written `%40` in the authority (`https://www.coupang.com%40bosang-kr.top/`): the URL parser refuses it, a
 * client that decodes first (a mail or chat app) opens the host after it, and the reader sees the brand's host
 * before it, as with a real user-info "@".
 */
const ENCODED_AT = /%40/gi;
/**
 * An "@" a reader takes for one that the URL parser refuses in a host (the full-width `＠` and the small `﹫`:
 * `https://accounts.coupang.com＠pay-check.net/`): read as an encoded "@" is, the host after it, what stands before
 * it as user info (domain52).
 */
const AT_LIKE = /[\ufe6b\uff20]/g;
/**
 * A percent sign itself encoded in the host (`coupang%252Ecom.auth.kr-service.info`: `%2E` once decoded, a dot twice):
 * a client or redirector that decodes once more opens the host with the dot; the parser refuses it as written.
 */
const ENCODED_PERCENT = /%25/gi;
/**
 * A control character or a fragment's `#` written as an escape inside a host (`coupang%00.com.login-kr.shop`,
 * `www.coupang.com%09.check.lat`, `coupang-cs.com%23.kr-help.top`): the URL parser refuses the host, and a reader
 * sees the letters about the escape as one name, the brand's host before a lure domain's labels (domain68). Read
 * with the escapes left out, as the brand's host under that domain; an official host so written is no one's link
 * (repaired: judged invalid, never official).
 */
const ENCODED_CONTROL = /%(?:[01][0-9a-f]|7f|23)/gi;
/**
 * A space written as an escape inside a host (`쿠%20팡.com`): the parser refuses the host, and a reader closes the gap
 * as in a name spelt out with spaces (SPACED_HANGUL): read without it (domain75).
 */
const ENCODED_SPACE = /%20/g;
/**
 * A separator or other sign written as an escape inside a host: a slash, a backslash, `?`, `:`, `=`, `&`, a dot
 * (`login.coupang.com%5C.auth-kr.online`, `coupang.com%2F.auth-kr.top`, `www.coupang.com%3Fid%3D.kr-notice.xyz`,
 * `coupang-refund.com%2F%2E%2E%2F`): the parser refuses the host, and a reader sees the brand's host with more of a
 * name after it. Read as a slash look-alike is (SLASH_LIKE): a dot, the empty labels it leaves closed up, the name
 * it would be; an official host so written is no one's link (repaired: judged invalid, never official). domain75.
 */
const ENCODED_SIGN = /%(?:2[1-9a-cef]|3[a-f]|5[b-e]|60|7[b-e])/gi;
/** A page's file name ending what follows them (`%2Fevent%2Fnotice.html`): a path written out, no domain. */
const PAGE_FILE =
  /\.(?:s?html?|php[0-9]?|jsp|aspx?|cgi|js|css|json|xml|txt|pdf|png|jpe?g|gif|svg|webp|apk)$/i;
/** Such escapes ending the host (`coupang-refund.com%2F%2E%2E%2F`): a path's start, not part of the name. */
const TRAILING_SIGNS = /(?:%(?:2[1-9a-f]|3[a-f]|5[b-e]|60|7[b-e]))+$/i;

/**
 * `raw` (a host the parser refused, with an escape in it) as a reader sees it: an escaped space closed up, escaped
 * signs ending it dropped, and the others read as dots only where a domain of real dots follows the last of them
 * (`www.coupang.com%2Flogin`, the brand's own link over-encoded, names no other host and stays as it was).
 */
function readSigns(raw: string): string {
  const t = raw.replace(ENCODED_SPACE, '').replace(TRAILING_SIGNS, '');
  let end = -1;
  t.replace(ENCODED_SIGN, (m: string, at: number) => {
    end = at + m.length;
    return m;
  });
  if (end < 0) return t;
  if (t.indexOf('.', end) < 0 || PAGE_FILE.test(t)) return raw;
  return t
    .replace(ENCODED_SIGN, '.')
    .replace(/\.{2,}/g, '.')
    .replace(/^\./, '');
}

function parseUrl(s: string): ParsedInput {
  let url: URL;
  try {
    url = new URL(s);
  } catch {
    // a host the parser refuses is judged as a reader sees it: a dot-like character or a defanged dot as a dot,
    // invisible characters dropped, the host after an encoded "@" with what stands before it as user info
    const written = rawHost(s).replace(DOT_LIKE, '.');
    let raw = written.replace(SLASH_LIKE, '.');
    if (raw.includes('[') || raw.includes('(') || raw.includes('{')) raw = raw.replace(DEFANGED_DOT, '.');
    const visible = raw.replace(INVISIBLE, '');
    const invisible = visible !== raw;
    raw = visible;
    let userinfo = '';
    // (a doubly encoded escape decodes to the escape, read once more below: at most three times over)
    for (let k = 0; k < 3 && raw.includes('%25'); k++) raw = raw.replace(ENCODED_PERCENT, '%');
    if (raw.includes('\uff20') || raw.includes('\ufe6b')) raw = raw.replace(AT_LIKE, '%40');
    if (raw.includes('%')) {
      const parts = raw.split(ENCODED_AT);
      if (parts.length > 1) {
        raw = parts.pop()!;
        userinfo = decode(parts.join('@'));
      }
      // an encoded dot or letter left in the host is what a decoding client reads (`coupang%2Ecom`)
      if (raw.includes('%') && /%[0-9a-f]{2}/i.test(raw) && written.includes('%25')) raw = decode(raw);
      if (raw.includes('%')) raw = raw.replace(ENCODED_CONTROL, '');
      if (raw.includes('%')) raw = readSigns(raw);
    }
    const hostname = looseHost(raw);
    if (hostname === null) return { kind: 'invalid', code: 'invalid-input', detail: 'unparsable' };
    return {
      kind: 'host',
      hostname,
      path: '/',
      ...(userinfo ? { userinfo } : {}),
      ...(raw !== written ? { repaired: true as const } : {}),
      ...(invisible ? { invisible: true as const } : {}),
    };
  }
  let hostname = url.hostname;
  if (hostname.startsWith('[') && hostname.endsWith(']')) hostname = hostname.slice(1, -1);
  hostname = hostname.replace(/\.+$/, '');
  // (the parser takes `(` and `{` in a host: a dot defanged with them, `cpng-verify(.)top`, is the dot)
  let repaired = false;
  if (hostname.includes('(') || hostname.includes('{')) {
    const fixed = looseHost(hostname.replace(DEFANGED_DOT, '.'));
    if (fixed !== null && fixed !== hostname) {
      hostname = fixed;
      repaired = true;
    }
  }
  if (!hostname) return { kind: 'invalid', code: 'invalid-input', detail: 'no-host' };
  if (hostname.length > 253) return { kind: 'invalid', code: 'invalid-input', detail: 'too-long' };
  const userinfo =
    url.username || url.password ? decode(url.username + (url.password ? ':' + url.password : '')) : '';
  const raw = rawHost(s);
  const literal = NON_ASCII.test(raw) ? looseHost(raw) : null;
  const shown = shownHost(s);
  return {
    kind: 'host',
    hostname,
    path: url.pathname || '/',
    ...(url.search ? { search: url.search } : {}),
    ...(url.hash ? { hash: url.hash } : {}),
    ...(shown !== undefined && shown !== hostname ? { shownHost: shown } : {}),
    ...(userinfo ? { userinfo } : {}),
    ...(literal !== null && literal !== hostname ? { literalHostname: literal } : {}),
    ...(repaired ? { repaired: true as const } : {}),
    ...(DOTTED_QUAD.test(hostname) && raw.toLowerCase() !== hostname ? { disguisedIp: true as const } : {}),
  };
}

/**
 * An address whose host is written with HTML's numeric character references (`coupang&#46;com.evil.top`), as a
 * link copied out of a page's source or a mail's HTML: the `href` a browser follows holds the characters they name.
 */
const HOST_ENTITY = /^((?:[a-z][a-z0-9+.-]*:)?\/\/)?([^/?\s]*?&#(?:[0-9]{1,7}|x[0-9a-f]{1,6});[^/?\s]*)/i;
const ENTITY = /&#(?:([0-9]{1,7})|x([0-9a-f]{1,6}));/gi;

function hostEntities(s: string): string {
  if (!s.includes('&#')) return s;
  const m = HOST_ENTITY.exec(s);
  if (!m) return s;
  const host = m[2]!.replace(ENTITY, (e, dec: string | undefined, hex: string | undefined) => {
    const cp = dec !== undefined ? Number(dec) : parseInt(hex!, 16);
    return cp > 0x20 && cp <= 0x10ffff ? String.fromCodePoint(cp) : e;
  });
  return (m[1] ?? '') + host + s.slice(m[0].length);
}

export function parseInput(input: string, depth = 0): ParsedInput {
  if (typeof input !== 'string') return { kind: 'invalid', code: 'invalid-input', detail: 'not-a-string' };
  if (input.length > MAX_INPUT) return { kind: 'invalid', code: 'invalid-input', detail: 'too-long' };
  const s = hostEntities(input.trim());
  if (!s) return { kind: 'invalid', code: 'invalid-input', detail: 'empty' };
  const m = SCHEME.exec(s);
  if (m) {
    const scheme = m[1]!.toLowerCase();
    const rest = s.slice(m[0].length);
    if (WEB_SCHEMES.has(scheme)) return parseUrl(s);
    if (WRAPPER_SCHEMES.has(scheme)) {
      if (depth > 2) return { kind: 'invalid', code: 'invalid-input', detail: 'nested' };
      const inner = parseInput(rest, depth + 1);
      return inner.kind === 'invalid' && inner.code === 'invalid-input'
        ? { kind: 'invalid', code: 'non-web-scheme', detail: scheme }
        : inner;
    }
    // an Android intent that a browser opens (`intent://host/path#Intent;scheme=https;…;end`) is that web address
    // (unless its host is no public name, a single label such as `intent://open#…`: nothing answers there, and the
    // browser opens the fallback address, judged below)
    if (
      scheme === 'intent' &&
      rest.startsWith('//') &&
      INTENT_WEB.test(rest) &&
      !(/^\/\/[^./?#:@]*(?:[/?#]|$)/.test(rest) && INTENT_FALLBACK.test(rest))
    )
      return parseUrl('https:' + rest.slice(0, rest.indexOf('#')));
    // an Android store link (`market://details?id=…`, `market://search?q=…`) opens the Play Store's page of it
    if (scheme === 'market' && /^\/\/(?:details|search)\?/i.test(rest))
      return parseUrl('https://play.google.com/store/apps/' + rest.slice(2));
    // an intent for an app's own scheme: what a browser without the app opens is its fallback web address
    const fallback = scheme === 'intent' ? INTENT_FALLBACK.exec(rest) : null;
    if (fallback && depth <= 2) {
      const target = decode(fallback[1]!);
      if (/^https?:\/\//i.test(target)) return parseUrl(target);
    }
    // "coupang.com:8080/x" and "localhost:3000" look like a scheme but are host:port
    const hostPort = /^\d{1,5}(?:[/?#]|$)/.test(rest) && !rest.startsWith('//');
    if (!hostPort) {
      // an unknown scheme with an authority (hxxp://, sftp://): the host is still what the user sees
      if (rest.startsWith('//') && !LOCAL_SCHEMES.has(scheme)) {
        const p = parseUrl('http:' + rest);
        return p.kind === 'host' ? { ...p, appScheme: scheme } : p;
      }
      return { kind: 'invalid', code: 'non-web-scheme', detail: scheme };
    }
  }
  if (s.startsWith('//')) return parseUrl('http:' + s);
  const parsed = parseUrl('http://' + s);
  // a bare address written out for a reader to type, as a message spells it past link filters: the dot said in
  // Korean (`쩜`), set apart by spaces (`coupang-bosang . com`), or every character spaced out
  // (`c o u p a n g . c o m`): judged as that address, never official (as a defanged dot). Only what the parser
  // refuses or reads as one label gets here: an ordinary host pays nothing
  if ((parsed.kind === 'invalid' || !parsed.hostname.includes('.')) && SPOKEN_HINT.test(s)) {
    const typed = spokenAddress(s);
    if (typed !== s) {
      const p = parseUrl('http://' + typed);
      return p.kind === 'host' ? { ...p, repaired: true } : p;
    }
  }
  return parsed;
}

/** A bare input that may be an address written out: a Korean dot word or a space. */
const SPOKEN_HINT = /[\s\u3000쩜]/;
/** `쩜` (the dot said in Korean) between an address's letters, spaces about it or not */
const SPOKEN_DOT = /(?<=[a-z0-9])\s*쩜\s*(?=[a-z0-9])/gi;
/** a dot set apart by spaces */
const SPACED_DOT = /(?<=[a-z0-9])\s*\.\s*(?=[a-z0-9])/gi;
/** every character of a host spaced out, one space between: `c o u p a n g . c o m` */
const SPACED_OUT = /^[a-z0-9.-](?:[ \u3000][a-z0-9.-]){3,}$/i;
/**
 * A Hangul name with every syllable spaced out, one space between, then a domain's suffix (`쿠 팡.com`): the name a
 * reader types without the spaces, as SPACED_OUT's letters (domain68). A phrase of words (`쿠팡 환불.com`) is none.
 */
const SPACED_HANGUL =
  /^([\uac00-\ud7a3](?:[ \u3000][\uac00-\ud7a3])+)(\.[a-z0-9.-]*[a-z]{2,24}(?:[/?#]\S*)?)$/i;

/** The address `s` spells when written out for typing; `s` itself when it is none. */
function spokenAddress(s: string): string {
  if (SPACED_OUT.test(s)) return s.replace(/[ \u3000]/g, '');
  const hangul = SPACED_HANGUL.exec(s);
  if (hangul) return hangul[1]!.replace(/[ \u3000]/g, '') + hangul[2]!;
  const t = s.replace(SPOKEN_DOT, '.').replace(SPACED_DOT, '.');
  // what is left must be one host name: a sentence with spaces in it is no address
  return /^[a-z0-9.-]+\.[a-z]{2,24}(?:[/?#]\S*)?$/i.test(t) ? t : s;
}
