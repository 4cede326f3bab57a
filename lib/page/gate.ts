import { COUPANG, type BrandProfile } from './lexicon';
import { CSS_CONTENT, cssUnescape } from './css-text';
import { tight } from './normalize';

/**
 * A cheap first look (issue #16): can this page concern the brand at all? When not, the content script skips
 * the full scan and never loads the scorer. True on any sign of the brand — its names (look-alike letters,
 * jamo, separators and full-width forms folded as the scan folds them, or written backwards) in the title,
 * address, headings, image text or the first stretch of visible text; its CDN — or on anything the page could
 * ask with: a field that is not a search box, a frame whose content the page itself writes (srcdoc,
 * about:blank, data:; a frame with an address of its own has a content script of its own), an embedded
 * document, an APK link. A small page is read whole, and its shadow roots (open, and closed ones when the
 * caller can read them: `shadowRootOf`) count as content it hides: a kit's page is small. Bounded: at most
 * `maxChars` characters of text are read.
 */
const SMALL_PAGE = 3000;
/** Elements of a small page probed for a shadow root: more than this on a page with so little text → scan. */
const SMALL_PAGE_ELEMENTS = 1500;
/** Elements a shadow root can be attached to (besides custom elements, whose names have a hyphen). */
const SHADOW_HOSTS = new Set(
  'article aside blockquote body div footer h1 h2 h3 h4 h5 h6 header main nav p section span'.split(' '),
);
const ASKS =
  'input:not([type=hidden]):not([type=search]):not([type=submit]):not([type=button]):not([type=checkbox]):not([type=radio]),select,' +
  // frames whose content the page writes itself; a frame with an http(s) address runs a content script of its own
  'iframe:not([src]),iframe[src=""],iframe[srcdoc],iframe[src^="about:" i],iframe[src^="data:" i],' +
  'iframe[src^="blob:" i],iframe[src^="javascript:" i],frame,object,embed,' +
  'template[shadowrootmode],a[href*=".apk" i],[download]';

const SHOW_ELEMENT = 1;
const SHOW_TEXT = 4;

/**
 * Up to `max` characters of the text under `root` in document order (what textContent would start with), read
 * node by node: a 10 MB page costs what its first `max` characters cost. `complete` when that was all of it.
 */
export function textSample(doc: Document, root: Node, max: number): { text: string; complete: boolean } {
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  const parts: string[] = [];
  let left = max;
  // at most `max` nodes as well: a page of many empty text nodes is sampled, not walked whole
  for (let i = 0; i < max; i++) {
    const node = walker.nextNode();
    if (!node) return { text: parts.join(''), complete: true };
    const data = (node as CharacterData).data ?? '';
    if (data.length >= left) {
      parts.push(data.slice(0, left));
      return { text: parts.join(''), complete: false };
    }
    parts.push(data);
    left -= data.length;
  }
  return { text: parts.join(''), complete: false };
}

/** Does `root` (a small page's body) or an element under it carry a shadow root? True when there are too many to look. */
function hasShadowRoot(
  doc: Document,
  root: Element,
  shadowRootOf?: (el: Element) => ShadowRoot | null,
): boolean {
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT);
  let el: Element | null = root;
  for (let seen = 0; el; el = walker.nextNode() as Element | null) {
    if (++seen > SMALL_PAGE_ELEMENTS) return true;
    const name = el.localName;
    if (!SHADOW_HOSTS.has(name) && !name.includes('-')) continue;
    if (shadowRootOf ? shadowRootOf(el) : el.shadowRoot) return true;
  }
  return false;
}

const IMG_ATTRS = ['alt', 'src', 'data-src', 'data-original', 'data-lazy-src'];
function svgDataText(src: string): string {
  try {
    const body = src.slice(src.indexOf(',') + 1, 20_000);
    // (base64 holds the SVG's UTF-8 bytes: read as UTF-8, or a Hangul name is mojibake to the names below)
    const svg = /;base64,/i.test(src.slice(0, 80))
      ? new TextDecoder().decode(Uint8Array.from(atob(body), (c) => c.charCodeAt(0)))
      : decodeURIComponent(body);
    // (its letters may be character references: <text>&#xCFE0;&#xD321;</text>)
    return svg.replace(/<[^>]*>/g, '').replace(/&#(x[0-9a-f]{1,6}|\d{1,7});/gi, (_, n: string) => {
      // ('0x1F' and '0123' both read as numbers)
      const c = Number('0' + n.toLowerCase());
      return c > 0 && c < 0x110000 ? String.fromCodePoint(c) : '';
    });
  } catch {
    return '';
  }
}

/** a stylesheet's `url(data:image/svg…)`, quoted or not */
const CSS_SVG = /url\(\s*["']?(data:image\/svg[^"')]{1,20000})/gi;

/**
 * The letters a stylesheet draws from attributes (`.x::before { content: attr(data-p) }`): each element's values
 * of the named attributes, in the order the stylesheet names them, so "쿠" and "팡" in two attributes read as one word.
 */
function attrText(doc: Document, css: string): string {
  const names = [
    ...new Set(Array.from(css.matchAll(/content\s*:\s*attr\(\s*([a-z_][\w-]{0,40})/gi), (m) => m[1]!)),
  ];
  if (!names.length) return '';
  const out: string[] = [];
  const els = doc.querySelectorAll(
    names
      .slice(0, 8)
      .map((n) => `[${n}]`)
      .join(','),
  );
  for (let i = 0; i < els.length && i < 100; i++)
    out.push(names.map((n) => els[i]!.getAttribute(n) ?? '').join(''));
  return out.join(' ');
}

/** The brand's names as one regular expression, built once per profile. */
const namesRe = new WeakMap<BrandProfile, RegExp>();
function namesOf(brand: BrandProfile): RegExp {
  let re = namesRe.get(brand);
  if (!re) namesRe.set(brand, (re = new RegExp(brand.names.join('|'))));
  return re;
}

/**
 * What a page asks with, in words (tight): a secret's name, an app file, an install; or a phone number (a
 * callback page writes the number to call in after the first scan: "해제 상담: " + ['1566','-','0000'].join(''))
 */
const ASK_WORDS =
  /비밀번호|비번|현관|주민|카드번호|계좌|인증번호|통관|생년월일|휴대폰번호|password|passcode|cardnumber|verificationcode|apk|설치|install|(?:windows|win|윈도우)(?:로고)?(?:키|key)?r(?![a-z])|ctrlv|키를?누른채로?[rv]키|붙여넣|허용을?눌|허용하고|허용하지않|clickallow|pressallow|(?<!\d)(?:1[5-9]\d{6}|0\d{8,10})(?!\d)/;

/**
 * Does text a page has just written (a chat message typed in, a label filled in late) name the brand or what a
 * kit asks for? Then the page is read again, as when it adds a form. Text that says neither (a clock, a price,
 * a score) costs this test and nothing else. Bounded: only the first 2,000 characters are read.
 */
export function textMayConcernBrand(text: string, brand: BrandProfile = COUPANG): boolean {
  if (!text) return false;
  const t = tight(text.length > 2000 ? text.slice(0, 2000) : text);
  return namesOf(brand).test(t) || ASK_WORDS.test(t);
}

export function pageMayConcernBrand(
  doc: Document,
  pageUrl: string,
  brand: BrandProfile = COUPANG,
  maxChars = 20_000,
  /** the content script's reader of open and closed shadow roots (without it: open ones only) */
  shadowRootOf?: (el: Element) => ShadowRoot | null,
): boolean {
  try {
    if (doc.querySelector(ASKS)) return true;
    const parts: string[] = [pageUrl, doc.title ?? ''];
    let budget = maxChars;
    const take = (s: string | null | undefined) => {
      if (!s || budget <= 0) return;
      const t = s.length > budget ? s.slice(0, budget) : s;
      budget -= t.length;
      parts.push(t);
    };
    const meta = doc.querySelectorAll('meta[content], img, svg, link[rel~=icon], h1, h2, h3');
    for (let i = 0; i < meta.length && i < 200; i++) {
      const e = meta[i]!;
      const tag = e.localName;
      // an image by its alt text and its address, the lazy loader's too (alt="" and the wordmark in data-src)
      if (tag === 'img') for (const a of IMG_ATTRS) take(e.getAttribute(a));
      else take(e.getAttribute('content') ?? e.getAttribute('src') ?? e.getAttribute('href'));
      if (tag.startsWith('h') || tag === 'svg') take(textSample(doc, e, Math.min(budget, 500)).text);
      // a data: SVG wordmark ("co","up","ang" in three <text>s, percent-encoded or base64): its text, as the scan reads it
      const src = tag === 'img' ? (e.getAttribute('src') ?? '') : '';
      if (/^data:image\/svg/i.test(src)) take(svgDataText(src));
    }
    const body = doc.body ? textSample(doc, doc.body, Math.max(budget, SMALL_PAGE)) : null;
    take(body?.text);
    // a small page's stylesheets may draw its name where no text is: a logo's ::before (content: "\CFE0\D321"),
    // letters kept in attributes (content: attr(data-p)), a background picture (url(data:image/svg+xml;…))
    if (body?.complete && body.text.length < SMALL_PAGE) {
      const styles = doc.getElementsByTagName('style');
      for (let i = 0; i < styles.length && i < 8; i++) {
        const css = (styles[i]!.textContent ?? '').slice(0, 60_000);
        if (css.includes('content')) {
          for (const m of css.matchAll(CSS_CONTENT)) take(cssUnescape(m[1] ?? m[2] ?? ''));
          take(attrText(doc, css));
        }
        if (/data:image\/svg/i.test(css))
          for (const m of css.matchAll(CSS_SVG)) take(svgDataText(m[1]!.replace(/\\(.)/g, '$1')));
      }
    }
    const all = parts.join(' ');
    if (brand.cdnHosts.some((h) => all.includes(h))) return true;
    const t = tight(all);
    const re = namesOf(brand);
    if (re.test(t) || re.test([...t].reverse().join(''))) return true;
    // a kit's page is small, and may keep its content in a shadow root, where the text walk does not reach,
    // or navigate to an address its script decodes (an APK in base64, char codes or backwards: no name shows),
    // or paint its name on a canvas (fillText: no text node holds it, and a keypad of buttons asks with no field)
    return (
      !!body &&
      body.complete &&
      body.text.length < SMALL_PAGE &&
      ((/\batob\s*\(|fromCharCode|\.reverse\s*\(/.test(body.text) &&
        /location|\.open\s*\(/.test(body.text)) ||
        /\.(?:fill|stroke)Text\s*\(/.test(body.text) ||
        hasShadowRoot(doc, doc.body!, shadowRootOf))
    );
  } catch {
    return true; // cannot tell: scan
  }
}
