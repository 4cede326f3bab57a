/**
 * One bounded walk over a Document that gathers everything the scorer needs, tagged with WHERE it was seen:
 * the page's own identity slots (head, site header, logo, footer) versus article prose, quotes and comments.
 * Works on any DOM (browser, linkedom): only firstChild/nextSibling, getAttribute, textContent and localName.
 */

export const Region = {
  Header: 1,
  Footer: 2,
  Article: 4,
  Quote: 8,
  Hidden: 16,
  Logo: 32,
  Heading: 64,
  Action: 128,
  Comment: 256,
  Nav: 512,
  Aside: 1024,
  Form: 2048,
  /** seen before the page's first heading, form or field: the top of the page */
  Top: 4096,
} as const;

export interface ImageFact {
  src: string;
  /** alt, title, aria-label, SVG <title>/<text> */
  text: string;
  /** id/class/name of the element itself */
  ci: string;
  flags: number;
  /** href of the link around the image */
  link: string;
}

export interface HeadingFact {
  level: number;
  text: string;
  flags: number;
}

export interface FieldFact {
  type: string;
  autocomplete: string;
  /** raw hint strings: name, id, placeholder, aria-label, title, label text, nearby text */
  hints: string[];
  /** index into forms, or -1 outside any form */
  form: number;
  flags: number;
}

export interface FormFact {
  action: string;
}

export interface LinkFact {
  href: string;
  text: string;
  download: string;
  flags: number;
}

export interface PageFacts {
  title: string;
  meta: Map<string, string>;
  icons: string[];
  /** external stylesheet / script URLs */
  resources: string[];
  inlineScript: string;
  jsonLd: string;
  images: ImageFact[];
  headings: HeadingFact[];
  headerText: string[];
  footerText: string[];
  logoText: string[];
  /** the first few text pieces before any heading, form or field (a text logo sits there) */
  topText: string[];
  /** visible text outside quotes and comments (includes header/footer text too) */
  prose: string[];
  proseChars: number;
  /** button / link / label texts */
  actionText: string[];
  articleChars: number;
  fields: FieldFact[];
  forms: FormFact[];
  links: LinkFact[];
  iframes: string[];
  /** ids/classes that look like copied structure (login/logo/member/brand words), space separated */
  structureTokens: string[];
  countdownAttr: boolean;
  elements: number;
}

export interface CollectLimits {
  maxElements: number;
  maxTextChars: number;
  maxLinks: number;
  maxFields: number;
  maxImages: number;
  maxScriptChars: number;
}

export const DEFAULT_LIMITS: CollectLimits = {
  maxElements: 50_000,
  maxTextChars: 200_000,
  maxLinks: 2_000,
  maxFields: 200,
  maxImages: 400,
  maxScriptChars: 50_000,
};

const SKIP = /^(style|noscript|template|object|embed|canvas|video|audio|map)$/;
const HEADER_CI = /header|gnb|masthead|topbar|top-bar|navbar|top_menu|topmenu/;
const FOOTER_CI = /footer|copyright|site-?info|company-?info|biz-?info|corp-?info|bottom-?info|\bfoot\b/;
const ARTICLE_CI =
  /article|post-?content|post-?body|entry-?content|news-?body|story-?body|view-?content|newsct|se-main-container|blog-?post/;
const COMMENT_CI = /comment|reply|댓글|guestbook|disqus/;
const QUOTE_CI = /quote|인용/;
const LOGO_CI = /logo|로고|brand|(?:^|[\s_-])(?:ci|bi)(?:[\s_-]|$)|symbol/;
const STRUCT_CI = /login|logo|member|coupang|쿠팡|pang/;
const ASIDE_CI = /sidebar|side-bar|widget|(?:^|[\s_-])ads?(?:[\s_-]|$)|advert|promo|related/;
const COUNTDOWN_CI = /countdown|count-down|timer|time-?left|remain/;
const ANY_CI = new RegExp(
  [HEADER_CI, FOOTER_CI, ARTICLE_CI, COMMENT_CI, QUOTE_CI, LOGO_CI, STRUCT_CI, ASIDE_CI, COUNTDOWN_CI]
    .map((r) => r.source)
    .join('|'),
);
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;
const LEAF = /^(a|img|li|t[dhr]|[biu]|strong|em|small|font|option|br|su[bp]|d[dt])$/;
const SILENT_INPUT = /^(hidden|submit|button|reset|image|checkbox|radio|file|range|color)$/;

function attr(el: Element, name: string): string {
  const v = el.getAttribute(name);
  return v == null ? '' : v;
}

function cap(s: string, n: number): string {
  return s.length > n ? s.slice(0, n) : s;
}

export function collect(doc: Document, limits: CollectLimits = DEFAULT_LIMITS): PageFacts {
  const f: PageFacts = {
    title: '',
    meta: new Map(),
    icons: [],
    resources: [],
    inlineScript: '',
    jsonLd: '',
    images: [],
    headings: [],
    headerText: [],
    footerText: [],
    logoText: [],
    topText: [],
    prose: [],
    proseChars: 0,
    actionText: [],
    articleChars: 0,
    fields: [],
    forms: [],
    links: [],
    iframes: [],
    structureTokens: [],
    countdownAttr: false,
    elements: 0,
  };
  const labelsFor = new Map<string, Element>();
  const fieldEls: { el: Element; label: Element | null }[] = [];
  let textBudget = limits.maxTextChars;
  let scriptBudget = limits.maxScriptChars;
  let currentForm = -1;
  let currentLabel: Element | null = null;
  let currentLink = '';
  let top = true;
  // the heading / link whose text the walk is inside (text is appended as it is met)
  let heading: HeadingFact | null = null;
  let link: LinkFact | null = null;

  const visit = (el: Element, inherited: number, depth: number): void => {
    if (f.elements >= limits.maxElements || depth > 400) return;
    f.elements++;
    const tag = (el.localName || '').toLowerCase();
    if (SKIP.test(tag)) return;
    const formOuter = currentForm;
    const headingOuter = heading;
    const linkOuter = link;

    // ---- head-only elements
    if (tag === 'meta') {
      const key = (attr(el, 'property') || attr(el, 'name') || attr(el, 'itemprop')).toLowerCase();
      if (key && !f.meta.has(key)) f.meta.set(key, cap(attr(el, 'content'), 300));
      return;
    }
    if (tag === 'link') {
      const rel = attr(el, 'rel').toLowerCase();
      const href = attr(el, 'href');
      if (rel.includes('icon')) f.icons.push(cap(href, 500));
      else if (rel.includes('stylesheet') || rel.includes('preload')) f.resources.push(cap(href, 500));
      return;
    }
    if (tag === 'title') {
      if (!f.title) f.title = cap(el.textContent ?? '', 500);
      return;
    }
    if (tag === 'script') {
      const src = attr(el, 'src');
      if (src) f.resources.push(cap(src, 500));
      else if (scriptBudget > 0) {
        const text = cap(el.textContent ?? '', scriptBudget);
        scriptBudget -= text.length;
        if (/ld\+json/i.test(attr(el, 'type'))) f.jsonLd += text;
        else f.inlineScript += text + '\n';
      }
      return;
    }
    if (tag === 'iframe' || tag === 'frame') {
      f.iframes.push(cap(attr(el, 'src') || attr(el, 'data-src'), 500));
      return;
    }

    // ---- regions (attributes are read only when the element has any: most of the cost on big pages)
    let flags = inherited;
    let id = '';
    let ci = '';
    let role = '';
    let style = '';
    if (el.hasAttributes()) {
      // leaf-like tags (links, images, list items, table cells, inline text) mark regions by class only; ids,
      // roles and the hidden attribute are read on containers. Fewer DOM calls on pages of thousands of items.
      const leaf = LEAF.test(tag);
      id = leaf ? '' : attr(el, 'id');
      ci = ((el.getAttributeNode('class')?.value ?? '') + ' ' + id).toLowerCase();
      role = leaf ? '' : attr(el, 'role').toLowerCase();
      style = attr(el, 'style');
      // hidden from the eye (not aria-hidden: that hides from screen readers only, the text still shows)
      if ((!leaf && el.hasAttribute('hidden')) || (style && HIDDEN_STYLE.test(style))) flags |= Region.Hidden;
      if (role === 'article') flags |= Region.Article;
      // one combined test first: most class names ("card", "price") match none of the region words
      if (ci.length > 1 && ANY_CI.test(ci)) {
        if (ARTICLE_CI.test(ci)) flags |= Region.Article;
        if (COMMENT_CI.test(ci)) flags |= Region.Comment;
        if (QUOTE_CI.test(ci)) flags |= Region.Quote;
        if (LOGO_CI.test(ci)) flags |= Region.Logo;
        if (FOOTER_CI.test(ci)) flags |= Region.Footer;
        if (ASIDE_CI.test(ci)) flags |= Region.Aside;
        if (!(flags & Region.Article) && HEADER_CI.test(ci)) flags |= Region.Header;
        if (STRUCT_CI.test(ci) && f.structureTokens.length < 500) f.structureTokens.push(cap(ci, 200));
        if (!f.countdownAttr && COUNTDOWN_CI.test(ci)) f.countdownAttr = true;
      }
    }
    if (tag === 'article') flags |= Region.Article;
    if ((tag === 'header' || role === 'banner') && !(flags & Region.Article)) flags |= Region.Header;
    if (tag === 'nav' || role === 'navigation') flags |= Region.Nav;
    if (tag === 'aside' || role === 'complementary') flags |= Region.Aside;
    if (tag === 'form') flags |= Region.Form;
    if (top && /^(h1|h2|h3|form|input|select|textarea|article|main)$/.test(tag)) top = false;
    if (top) flags |= Region.Top;
    else flags &= ~Region.Top;
    if (tag === 'footer' || role === 'contentinfo') flags |= Region.Footer;
    if (
      tag === 'blockquote' ||
      tag === 'q' ||
      tag === 'pre' ||
      tag === 'code' ||
      tag === 'del' ||
      tag === 'cite'
    )
      flags |= Region.Quote;
    if (tag === 'button' || tag === 'a' || tag === 'label' || tag === 'summary') flags |= Region.Action;

    // ---- elements of interest
    switch (tag) {
      case 'img':
      case 'svg': {
        if (f.images.length < limits.maxImages) {
          // <img>: alt (title when there is no alt); <svg>: aria-label, <title> and <text> content
          let text = attr(el, 'alt') || attr(el, 'title');
          if (tag === 'svg') text += ' ' + attr(el, 'aria-label') + ' ' + cap(el.textContent ?? '', 300);
          f.images.push({
            src: cap(attr(el, 'src') || attr(el, 'data-src'), 500),
            text: cap(text, 400),
            ci,
            flags,
            link: currentLink,
          });
        }
        return; // SVG internals are covered by textContent above
      }
      case 'h1':
      case 'h2':
      case 'h3':
        flags |= Region.Heading;
        if (!(flags & Region.Hidden) && f.headings.length < 200) {
          // its text is gathered by the walk below (no second pass through textContent)
          heading = { level: Number(tag[1]), text: '', flags };
          f.headings.push(heading);
        }
        break;
      case 'a': {
        if (f.links.length < limits.maxLinks) {
          const href = attr(el, 'href') || attr(el, 'onclick');
          link = { href: cap(href, 500), text: '', download: attr(el, 'download'), flags };
          f.links.push(link);
        }
        break;
      }
      case 'button': {
        // "다운로드" buttons that navigate by script: onclick="location.href='app.apk'", data-href, formaction
        const go =
          attr(el, 'onclick') || attr(el, 'data-href') || attr(el, 'data-url') || attr(el, 'formaction');
        if (go && f.links.length < limits.maxLinks) {
          link = { href: cap(go, 500), text: '', download: '', flags };
          f.links.push(link);
        }
        break;
      }
      case 'form':
        currentForm = f.forms.length;
        f.forms.push({ action: cap(attr(el, 'action'), 500) });
        break;
      case 'label': {
        const target = attr(el, 'for');
        if (target && !labelsFor.has(target)) labelsFor.set(target, el);
        break;
      }
      case 'input':
      case 'select':
      case 'textarea': {
        const type = (attr(el, 'type') || (tag === 'input' ? 'text' : tag)).toLowerCase();
        if (tag === 'input' && (type === 'submit' || type === 'button')) {
          const v = attr(el, 'value');
          if (v) f.actionText.push(cap(v, 120));
        }
        if (tag === 'input' && type === 'image') {
          f.images.push({
            src: cap(attr(el, 'src'), 500),
            text: attr(el, 'alt'),
            ci,
            flags,
            link: currentLink,
          });
        }
        if (tag === 'textarea' || SILENT_INPUT.test(type) || f.fields.length >= limits.maxFields) break;
        if (flags & Region.Hidden) break;
        f.fields.push({
          type,
          autocomplete: attr(el, 'autocomplete').toLowerCase(),
          hints: [
            attr(el, 'name'),
            id,
            attr(el, 'placeholder'),
            attr(el, 'aria-label'),
            attr(el, 'title'),
            attr(el, 'data-placeholder'),
          ].filter(Boolean),
          form: currentForm,
          flags,
        });
        fieldEls.push({ el, label: currentLabel });
        break;
      }
    }
    if (style && style.includes('url(') && f.images.length < limits.maxImages) {
      const m = /url\(\s*['"]?([^'")]+)/.exec(style);
      if (m?.[1])
        f.images.push({
          src: cap(m[1], 500),
          text: '',
          ci,
          flags,
          link: currentLink,
        });
    }

    // ---- children
    const labelBefore = currentLabel;
    const linkBefore = currentLink;
    if (tag === 'label') currentLabel = el;
    if (tag === 'a') currentLink = attr(el, 'href');
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 1) visit(c as Element, flags, depth + 1);
      else if (c.nodeType === 3) text((c as Text).data, flags);
    }
    currentLabel = labelBefore;
    currentLink = linkBefore;
    heading = headingOuter;
    link = linkOuter;
    if (tag === 'form') currentForm = formOuter;
  };

  const text = (raw: string, flags: number): void => {
    if (!raw || textBudget <= 0 || flags & Region.Hidden) return;
    const s = raw.trim();
    if (!s) return;
    if (heading && heading.text.length < 300)
      heading.text = cap(heading.text ? `${heading.text} ${s}` : s, 300);
    if (link && link.text.length < 120) link.text = cap(link.text ? `${link.text} ${s}` : s, 120);
    const t = cap(s, textBudget);
    textBudget -= t.length;
    if (flags & (Region.Quote | Region.Comment)) {
      return;
    }
    if (flags & Region.Article) f.articleChars += t.length;
    if (flags & Region.Footer) f.footerText.push(t);
    else if (flags & Region.Header && !(flags & Region.Nav)) f.headerText.push(t);
    if (flags & Region.Logo) f.logoText.push(t);
    if (top && !(flags & (Region.Nav | Region.Aside)) && f.topText.length < 5) f.topText.push(t);
    if (flags & Region.Action) f.actionText.push(t);
    f.prose.push(t);
    f.proseChars += t.length;
  };

  try {
    // every top-level element, not only documentElement: a parser given a fragment may leave several
    const roots = doc.childNodes;
    for (let i = 0; i < roots.length; i++) if (roots[i]?.nodeType === 1) visit(roots[i] as Element, 0, 0);
    if (!f.title) f.title = cap(doc.title ?? '', 500);
  } catch {
    // hostile or exotic DOM: keep what was gathered
  }

  // Field hints that need the finished walk: <label for>, wrapping <label>, aria-labelledby, nearby text.
  for (let i = 0; i < fieldEls.length; i++) {
    const { el, label } = fieldEls[i]!;
    const fact = f.fields[i]!;
    try {
      const id = attr(el, 'id');
      const forLabel = id ? labelsFor.get(id) : undefined;
      if (forLabel) fact.hints.push(cap(forLabel.textContent ?? '', 120));
      if (label && label !== forLabel) fact.hints.push(cap(label.textContent ?? '', 120));
      const labelledBy = attr(el, 'aria-labelledby');
      if (labelledBy && doc.getElementById) {
        for (const ref of labelledBy.split(/\s+/).slice(0, 3)) {
          const t = ref ? doc.getElementById(ref) : null;
          if (t) fact.hints.push(cap(t.textContent ?? '', 120));
        }
      }
      if (!forLabel && !label) fact.hints.push(nearbyText(el));
    } catch {
      // ignore this field's extra hints
    }
  }
  return f;
}

/**
 * Text right before a field when it has no label: "<td>카드번호</td><td><input></td>", "<span>CVC</span><input>".
 * Looks at the previous siblings of the field and of its parent (two levels), at most 60 characters.
 */
function nearbyText(el: Element): string {
  let node: Element | null = el;
  for (let level = 0; level < 3 && node; level++) {
    for (let p: Node | null = node.previousSibling, n = 0; p && n < 3; p = p.previousSibling, n++) {
      if (p.nodeType === 1 && /^(input|select|textarea|button)$/i.test((p as Element).localName ?? '')) break;
      const t = (p.textContent ?? '').trim();
      if (t) return cap(t.slice(-60), 60);
    }
    node = node.parentElement;
  }
  return '';
}
