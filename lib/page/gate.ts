import { COUPANG, type BrandProfile } from './lexicon';
import { tight } from './normalize';

/**
 * A cheap first look (issue #16): can this page concern the brand at all? When not, the content script skips
 * the full scan. True on any sign of the brand — its names (look-alike letters, jamo, separators and
 * full-width forms folded as the scan folds them, or written backwards) in the title, address, headings,
 * image text or the first stretch of visible text; its CDN — or on anything the page could ask with: a field that is not a search box, a frame, an embedded
 * document, an APK link. Bounded: at most `maxChars` characters of text are read.
 */
const SMALL_PAGE = 3000;

export function pageMayConcernBrand(
  doc: Document,
  pageUrl: string,
  brand: BrandProfile = COUPANG,
  maxChars = 20_000,
): boolean {
  try {
    if (
      doc.querySelector(
        'input:not([type=hidden]):not([type=search]):not([type=submit]):not([type=button]):not([type=checkbox]):not([type=radio]),select,iframe,frame,object,template[shadowrootmode],a[href*=".apk" i],[download]',
      )
    )
      return true;
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
    }
    const body = doc.body?.textContent ?? '';
    // a small page costs nothing to scan, and a kit's page is small: its content may sit where this look does
    // not reach (an open shadow root, a frame still loading)
    if (body.length < SMALL_PAGE) return true;
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
