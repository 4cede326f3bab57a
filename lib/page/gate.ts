import { COUPANG, type BrandProfile } from './lexicon';
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

/** Does any element of `root` (a small page's body) carry a shadow root? True when there are too many to look. */
function hasShadowRoot(root: Element, shadowRootOf?: (el: Element) => ShadowRoot | null): boolean {
  const all = root.querySelectorAll('*');
  if (all.length > SMALL_PAGE_ELEMENTS) return true;
  for (let i = -1; i < all.length; i++) {
    const el = i < 0 ? root : all[i]!;
    const name = el.localName;
    if (!SHADOW_HOSTS.has(name) && !name.includes('-')) continue;
    if (shadowRootOf ? shadowRootOf(el) : el.shadowRoot) return true;
  }
  return false;
}

function svgDataText(src: string): string {
  try {
    const body = src.slice(src.indexOf(',') + 1, 20_000);
    const svg = /;base64,/i.test(src.slice(0, 80)) ? atob(body) : decodeURIComponent(body);
    return svg.replace(/<[^>]*>/g, '');
  } catch {
    return '';
  }
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
      take(
        e.getAttribute('content') ?? e.getAttribute('alt') ?? e.getAttribute('src') ?? e.getAttribute('href'),
      );
      if (tag.startsWith('h') || tag === 'svg') take(e.textContent);
      // a data: SVG wordmark ("co","up","ang" in three <text>s, percent-encoded or base64): its text, as the scan reads it
      const src = tag === 'img' ? (e.getAttribute('src') ?? '') : '';
      if (/^data:image\/svg/i.test(src)) take(svgDataText(src));
    }
    const body = doc.body?.textContent ?? '';
    // a kit's page is small, and may keep its content in a shadow root, where textContent does not reach
    if (body.length < SMALL_PAGE && doc.body && hasShadowRoot(doc.body, shadowRootOf)) return true;
    take(body);
    const all = parts.join(' ');
    if (brand.cdnHosts.some((h) => all.includes(h))) return true;
    const t = tight(all);
    const re = new RegExp(brand.names.join('|'));
    return re.test(t) || re.test([...t].reverse().join(''));
  } catch {
    return true; // cannot tell: scan
  }
}
