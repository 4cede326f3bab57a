import { COUPANG_GATE, type GateBrand } from './lexicon';
import {
  adoptedSheets,
  contentStrings,
  CSS_CONTENT,
  CSS_DRAWN_PROPS,
  CSS_DRAWS_PROPS,
  CSS_IMPORT_DATA,
  CSS_VAR_STRING,
  cssUnescape,
  dataUrlText,
  styleText,
} from './css-text';
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

/**
 * The body's text in document order, the words it shows and its code (script and style text: a 26k
 * `__NEXT_DATA__` blob) apart, each up to `max` characters: code before the words cannot spend their budget.
 */
function bodySample(
  doc: Document,
  root: Node,
  max: number,
): { text: string; code: string; complete: boolean } {
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  const text: string[] = [];
  const code: string[] = [];
  let textLeft = max;
  let codeLeft = max;
  for (let i = 0; i < 2 * max; i++) {
    const node = walker.nextNode();
    if (!node) return { text: text.join(''), code: code.join(''), complete: true };
    const data = (node as CharacterData).data ?? '';
    const parent = (node.parentNode as Element | null)?.localName;
    const isCode = parent === 'script' || parent === 'style';
    const left = isCode ? codeLeft : textLeft;
    if (left <= 0) {
      if (textLeft <= 0 && codeLeft <= 0) break;
      continue;
    }
    const t = data.length > left ? data.slice(0, left) : data;
    (isCode ? code : text).push(t);
    if (isCode) codeLeft -= t.length;
    else textLeft -= t.length;
    // (the words' budget spent: the page is not read whole)
    if (!isCode && textLeft <= 0) break;
  }
  return { text: text.join(''), code: code.join(''), complete: false };
}

/** Does `root` (a small page's body) or an element under it carry a shadow root? True when there are too many to look. */
function hasShadowRoot(
  doc: Document,
  root: Element,
  shadowRootOf?: (el: Element) => ShadowRoot | null,
): boolean {
  const roots = shadowRoots(doc, root, shadowRootOf, 1);
  return !roots || roots.length > 0;
}

/**
 * Up to `max` shadow roots under `root` (closed ones too with `shadowRootOf`), among its first
 * SMALL_PAGE_ELEMENTS elements; null when there were more elements than that to look at.
 */
function shadowRoots(
  doc: Document,
  root: Element,
  shadowRootOf: ((el: Element) => ShadowRoot | null) | undefined,
  max: number,
): ShadowRoot[] | null {
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT);
  const found: ShadowRoot[] = [];
  let el: Element | null = root;
  for (let seen = 0; el && found.length < max; el = walker.nextNode() as Element | null) {
    if (++seen > SMALL_PAGE_ELEMENTS) return null;
    const name = el.localName;
    if (!SHADOW_HOSTS.has(name) && !name.includes('-')) continue;
    const sr = shadowRootOf ? shadowRootOf(el) : el.shadowRoot;
    if (sr) found.push(sr);
  }
  return found;
}

const IMG_ATTRS = ['alt', 'src', 'data-src', 'data-original', 'data-lazy-src'];
function svgDataText(src: string): string {
  // (its letters may be character references: <text>&#xCFE0;&#xD321;</text>)
  return dataText(src.slice(0, 20_000))
    .replace(/<[^>]*>/g, '')
    .replace(/&#(x[0-9a-f]{1,6}|\d{1,7});/gi, (_, n: string) => {
      // ('0x1F' and '0123' both read as numbers)
      const c = Number('0' + n.toLowerCase());
      return c > 0 && c < 0x110000 ? String.fromCodePoint(c) : '';
    });
}

const SVG_AT = /data:image\/svg/i;
/**
 * `v` from its first `data:image/svg` (any case) to its end, '' when there is none or nothing follows it: what
 * /data:image\/svg[\s\S]+/i finds, without that regex. A class of every character under the `i` flag made
 * V8 work out the case variants of the whole of Unicode the first time it ran: ~0.3 ms of the gate's first
 * look in a new renderer (issue #16, perf9).
 */
export function svgFrom(v: string): string {
  const i = v.search(SVG_AT);
  return i >= 0 && v.length > i + 14 ? v.slice(i) : '';
}

/** Characters of stylesheet text the gate reads on a page, in all its sheets. */
const CSS_BUDGET = 120_000;
/** a stylesheet's data: SVG picture (url(…), image-set(…)), read to its own closing quote (width='100%' inside "…") */
const CSS_SVG =
  /(?:url|image-set)\(\s*(?:"(data:image\/svg[^"]{1,20000})|'(data:image\/svg[^']{1,20000})|(data:image\/svg[^'")\s]{1,20000}))/gi;
/** A data: address's text, its first 100,000 characters */
const dataText = (src: string): string => dataUrlText(src.slice(0, 100_080));

/** Letters of size zero (`font-size:0`, `0.0px`, `.0`) */
const ZERO_SIZE = /font-size\s*:\s*(?:0+(?:\.0*)?|\.0+)(?:px|em|rem|%|pt)?\s*[;!}]/i;

/**
 * Ten digit keys, one per element (a keypad of buttons or spans, shuffled), or ten buttons with no words at all
 * (each digit a picture or drawn by the stylesheet, as banks' security keypads draw them): bounded to the first
 * 600 elements
 */
function keypad(root: Element, text?: string): boolean {
  // (ten digit keys need the ten digits in the text read whole, ten blank buttons ten buttons: neither, no loop)
  if (
    text !== undefined &&
    ![...'0123456789'].every((d) => text.includes(d)) &&
    root.querySelectorAll('button, [role=button]').length < 10
  )
    return false;
  const keys = new Set<string>();
  let blank = 0;
  const els = root.querySelectorAll('button, [role=button], td, li, span, div, b, a, i');
  for (let i = 0; i < els.length && i < 600 && keys.size < 10 && blank < 10; i++) {
    const el = els[i]!;
    const t = el.textContent ?? '';
    if (t.length <= 3 && /^\s*\d\s*$/.test(t)) keys.add(t.trim());
    else if (!t.trim() && el.matches('button, [role=button]')) blank++;
  }
  return keys.size >= 10 || blank >= 10;
}

/**
 * The letters a stylesheet draws from attributes (`.x::before { content: attr(data-p) }`): each element's values
 * of the named attributes, in the order the stylesheet names them, so "쿠" and "팡" in two attributes read as one word.
 */
function attrText(doc: Document, css: string): string {
  const names = [
    ...new Set(
      Array.from(css.matchAll(/content\s*:[^;{}]{0,200}/gi), (m) =>
        Array.from(m[0].matchAll(/attr\(\s*([a-z_][\w-]{0,40})/gi), (a) => a[1]!),
      ).flat(),
    ),
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
const namesRe = new WeakMap<GateBrand, RegExp>();
function namesOf(brand: GateBrand): RegExp {
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
 * a score) costs this test and nothing else. Bounded: only the first and the last 2,000 characters are read.
 */
export function textMayConcernBrand(text: string, brand: GateBrand = COUPANG_GATE): boolean {
  if (!text) return false;
  // (its head and its tail: an SPA's late page puts 2,000 characters of order rows before its lure)
  const t = tight(text.length > 4000 ? `${text.slice(0, 2000)} ${text.slice(-2000)}` : text);
  return namesOf(brand).test(t) || ASK_WORDS.test(t);
}

/** The body shows fewer than 400 characters besides its scripts and styles (a skeleton loader's empty boxes) */
function fewWordsShown(sample: { text: string; complete: boolean }): boolean {
  return sample.complete && sample.text.length < 400;
}

/** A script that writes markup into the page */
const WRITES_PAGE =
  /\.(?:inner|outer)HTML\s*[+]?=|insertAdjacentHTML\s*\(|document\.write(?:ln)?\s*\(|createContextualFragment\s*\(|parseFromString\s*\(|setHTML(?:Unsafe)?\s*\(|\.srcdoc\s*=/;

export function pageMayConcernBrand(
  doc: Document,
  pageUrl: string,
  brand: GateBrand = COUPANG_GATE,
  maxChars = 20_000,
  /** the content script's reader of open and closed shadow roots (without it: open ones only) */
  shadowRootOf?: (el: Element) => ShadowRoot | null,
  /** only whether the page names the brand (its names, its hosts), not whether it asks: the hold's `risky` (red team 37) */
  namesOnly = false,
): boolean {
  try {
    if (!namesOnly && doc.querySelector(ASKS)) return true;
    const parts: string[] = [pageUrl, doc.title ?? ''];
    // (pictures, headings and meta have a budget of their own: two inlined photos cannot spend the words')
    let budget = maxChars;
    const take = (s: string | null | undefined) => {
      if (!s || budget <= 0) return;
      const t = s.length > budget ? s.slice(0, budget) : s;
      budget -= t.length;
      parts.push(t);
    };
    const meta = doc.querySelectorAll(
      'meta[content], img, svg, link[rel~=icon], h1, h2, h3, source[srcset], video[poster], svg image',
    );
    for (let i = 0; i < meta.length && i < 200; i++) {
      const e = meta[i]!;
      const tag = e.localName;
      // an image by its alt text and its address, the lazy loader's too (alt="" and the wordmark in data-src)
      // (a data: address of a bitmap holds no words: skipped, not read into the budget)
      if (tag === 'img')
        for (const a of IMG_ATTRS) {
          const v = e.getAttribute(a);
          if (!v || !/^\s*data:(?!image\/svg)/i.test(v)) take(v);
        }
      else take(e.getAttribute('content') ?? e.getAttribute('src') ?? e.getAttribute('href'));
      if (tag.startsWith('h') || tag === 'svg') take(textSample(doc, e, Math.min(budget, 500)).text);
      // a data: SVG wordmark ("co","up","ang" in three <text>s, percent-encoded or base64): its text, as the scan
      // reads it — given as its src, in a srcset or by its <picture>'s <source>
      // (… or an <svg>'s <image>, a <video>'s poster: every element that shows a data: SVG picture)
      for (const a of ['src', 'srcset', 'poster', 'href', 'xlink:href']) {
        // (to the attribute's end: an SVG written with raw spaces, xmlns='…' viewBox='…')
        const src = svgFrom(e.getAttribute(a) ?? '');
        if (src) take(svgDataText(src));
      }
    }
    const bodyMax = Math.max(maxChars, SMALL_PAGE);
    const sample = doc.body ? bodySample(doc, doc.body, bodyMax) : null;
    // (the words and the scripts in document order, as one text for the script tests below)
    const body = sample && { text: sample.text + ' ' + sample.code, complete: sample.complete };
    if (sample) parts.push(sample.text, sample.code);
    const small = !!body?.complete && body.text.length < SMALL_PAGE;
    // Stylesheets may draw the name where no text is: a logo's ::before (content: "\CFE0\D321"), letters kept in
    // attributes (content: attr(data-p)) or in a custom property (content: var(--n)), a background picture
    // (url(data:image/svg+xml;…), image-set(…)) — in <style>s, in stylesheets carried as data: addresses (a
    // <link>, an @import), in sheets a script adopted, and on a small page in elements' style attributes.
    // Read on every page, up to CSS_BUDGET characters in all.
    const sheets: string[] = [];
    let cssLeft = CSS_BUDGET;
    const sheet = (css: string, nested = 0) => {
      if (cssLeft <= 0 || !css) return;
      css = css.slice(0, cssLeft);
      cssLeft -= css.length;
      sheets.push(css);
      if (nested < 2 && css.includes('@import'))
        for (const m of css.matchAll(CSS_IMPORT_DATA)) sheet(dataText(m[1]!), nested + 1);
    };
    const styles = doc.querySelectorAll('style, link[rel~=stylesheet][href^="data:" i]');
    for (let i = 0; i < styles.length && cssLeft > 0; i++) {
      const e = styles[i]!;
      sheet(e.localName === 'link' ? dataText(e.getAttribute('href') ?? '') : styleText(e));
    }
    const adopted = adoptedSheets(doc);
    for (let i = 0; i < adopted.length && i < 4; i++)
      sheet(Array.from(adopted[i]!.cssRules, (r) => r.cssText).join('\n'));
    if (small) {
      const inline = doc.querySelectorAll('[style*="data:image/svg" i], [style*="--"]');
      for (let i = 0; i < inline.length && i < 30; i++) sheet(inline[i]!.getAttribute('style') ?? '');
    }
    const drawn: string[] = [];
    for (const css of sheets) {
      if (css.includes('content')) {
        for (const m of css.matchAll(CSS_CONTENT)) drawn.push(cssUnescape(contentStrings(m[1]!)));
        drawn.push(attrText(doc, css));
      }
      if (CSS_DRAWS_PROPS.test(css))
        for (const m of css.matchAll(CSS_DRAWN_PROPS)) drawn.push(cssUnescape(contentStrings(m[1]!)));
      if (css.includes('--'))
        for (const m of css.matchAll(CSS_VAR_STRING)) drawn.push(cssUnescape(m[1] ?? m[2] ?? ''));
      if (/data:image\/svg/i.test(css))
        for (const m of css.matchAll(CSS_SVG))
          drawn.push(svgDataText((m[1] ?? m[2] ?? m[3]!).replace(/\\(.)/g, '$1')));
    }
    parts.push(...drawn.slice(0, 200).map((d) => d.slice(0, 2000)));
    // a page read whole but larger than a small one may keep its lure in a shadow root (a declarative closed
    // one behind 3,000 characters of FAQ): the words of its first roots are read with the rest — a root's
    // presence alone does not open the gate there, as it does on a small page
    if (sample?.complete && !small && doc.body) {
      const roots = shadowRoots(doc, doc.body, shadowRootOf, 8);
      for (const r of roots ?? []) parts.push(textSample(doc, r, 2000).text);
    }
    const all = parts.join(' ');
    if (brand.cdnHosts.some((h) => all.includes(h))) return true;
    const t = tight(all);
    const re = namesOf(brand);
    // (… or with a zero for its o, "C0UPANG 결제 알림" over a number to call: the scan reads that as the name)
    if (re.test(t) || re.test([...t].reverse().join('')) || re.test(t.replace(/0/g, 'o'))) return true;
    if (namesOnly) return false;
    // a kit's page is small, and may keep its content in a shadow root, where the text walk does not reach,
    // or navigate to an address its script decodes (an APK in base64, char codes or backwards: no name shows),
    // or paint its name on a canvas (fillText: no text node holds it, and a keypad of buttons asks with no field)
    // … or ask with no field at all: a box drawn with contenteditable, a keypad of ten keys (a number to call does
    // not open it: many a small honest page shows one, and a call-back kit must still name the brand somewhere)
    // (… or keeps a keypad's ten digits in its script, `'7294051863'.split('')`, `[7,2,9,…]`, drawing the keys by
    // attr(); or slips letters of size zero between a name's letters, so that no text reads as the name)
    // (… or writes its page at run time, behind a "로봇이 아닙니다" box or a timer: what it will show is in its script
    // now, a string that may be long — a QR picture in it — on a page of a few elements)
    // (every test of the page's code below needs a call's parenthesis, an assignment, a quote, an array or
    // `fromCharCode`: a page whose text holds none of them runs none of those regular expressions)
    const code = !!body && /[(=['"`]|fromCharCode/.test(body.text);
    if (
      code &&
      WRITES_PAGE.test(body.text) &&
      /['"`]\s*<(?:div|form|h[1-3]|p|section|main)\b/i.test(body.text) &&
      (doc.body!.getElementsByTagName('*').length < 60 || fewWordsShown(sample!))
    )
      return true;
    return (
      small &&
      // (a box drawn with contenteditable, or letters of size zero in a style attribute: one query for both)
      (!!doc.querySelector(
        '[contenteditable]:not([contenteditable="false" i]), [style*="font-size:0" i], [style*="font-size: 0" i]',
      ) ||
        keypad(doc.body!, sample!.code.length < bodyMax ? body.text : undefined) ||
        (code && /['"`]\d{10}['"`]|\[\s*['"]?\d['"]?\s*(?:,\s*['"]?\d['"]?\s*){9}/.test(body.text)) ||
        sheets.some((css) => ZERO_SIZE.test(css)) ||
        (code &&
          /\batob\s*\(|fromCharCode|\.reverse\s*\(/.test(body.text) &&
          /location|\.open\s*\(/.test(body.text)) ||
        (code && /\.(?:fill|stroke)Text\s*\(/.test(body.text)) ||
        hasShadowRoot(doc, doc.body!, shadowRootOf))
    );
  } catch {
    return true; // cannot tell: scan
  }
}
