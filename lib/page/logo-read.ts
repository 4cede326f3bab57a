/**
 * The browser side of logos read by their pixels (lib/page/logo-sig.ts): finds the images a page may show as its
 * logo, draws each small into a canvas of its own and compares it with the brands' marks. Part of the scanner
 * only (entrypoints/scanner.ts), so it runs where the gate has opened, never on ordinary pages.
 *
 * Bounded and never blocking: at most MAX_DRAWS drawings per document, one per idle slice, an image not yet
 * decoded waited for DECODE_WAIT_MS at most. Private and silent: only pixels the page already has are read —
 * `data:` and `blob:` images, same-origin images already loaded, canvases the page painted, CSS backgrounds and
 * favicons given as `data:` URLs. Nothing is fetched (a second request for a page's favicon would tell the page
 * the guard is there), and a cross-origin image is skipped (its pixels cannot be read: the canvas is tainted).
 *
 * What a kit does next, covered: a CSS filter that colours a pre-distorted image back (the filter is applied
 * when drawing), a logo cut into two or more images side by side (drawn together as laid out), a logo painted
 * on a <canvas> (read back unless the page tainted it), a `background-image` on a div, an `<svg><image
 * href="data:…">`, noise pixels and slight redraws (the signature tolerates them). Not covered: a logo drawn
 * from a cross-origin image, one rotated by more than a few degrees, a redraw in other colours.
 */
import { PAGE_BRAND_MARKS } from './brand-marks.data';
import type { LogoMarks } from './collect';
import { matchMark, MAX_SIDE, type MarkSignature, type Pixels } from './logo-sig';

/** Drawings per document, over all rescans. */
const MAX_DRAWS = 16;
/** Candidates looked at per pass (the first ones in the document). */
const MAX_PER_PASS = 8;
const DECODE_WAIT_MS = 1500;
/** Width a candidate is drawn at. */
const DRAW_WIDTH = 160;
/** Below this many CSS pixels of the document's top, an image is no page's logo. */
const TOP_PX = 1600;

interface Unit {
  /** the elements that make the picture (several: a logo cut into pieces side by side) */
  els: Element[];
  /** an image source to decode ourselves (a data: background, a favicon, an <svg><image>) */
  src?: string;
  /** a favicon's href as the page wrote it */
  icon?: string;
  key: string;
}

export interface LogoReader {
  /** what has been found so far: pass to scanPage (ScanOptions.logoMarks) */
  readonly marks: LogoMarks;
  /** Looks at candidates not seen yet, in idle time; calls `found` once if it found a mark. Never throws. */
  read(doc: Document, found: () => void): void;
}

export function logoReader(marks: readonly MarkSignature[] = PAGE_BRAND_MARKS): LogoReader {
  const elements = new Map<Element, string>();
  const icons = new Map<string, string>();
  const seen = new WeakMap<Element, string>();
  const seenIcons = new Set<string>();
  let draws = 0;
  let running = false;
  let again = false;
  const read = (doc: Document, found: () => void): void => {
    if (!marks.length || draws >= MAX_DRAWS) return;
    if (running) {
      again = true;
      return;
    }
    let units: Unit[];
    try {
      units = candidates(doc).filter((u) =>
        u.icon ? !seenIcons.has(u.icon) : u.els.some((el) => seen.get(el) !== u.key),
      );
    } catch {
      return;
    }
    if (!units.length) return;
    running = true;
    let hit = false;
    const next = (i: number): void => {
      if (i >= units.length || draws >= MAX_DRAWS) {
        running = false;
        if (hit) found();
        if (again) {
          again = false;
          read(doc, found);
        }
        return;
      }
      const u = units[i]!;
      if (u.icon) seenIcons.add(u.icon);
      for (const el of u.els) seen.set(el, u.key);
      draws++;
      void draw(doc, u)
        .then((px) => {
          const m = px && matchMark(px, marks);
          if (!m) return;
          if (u.icon) icons.set(u.icon, m.id);
          else if (!inRow(u.els)) {
            for (const el of u.els) elements.set(el, m.id);
            hit = true;
          }
          if (u.icon) hit = true;
        })
        .catch(() => undefined)
        .then(() => idle(() => next(i + 1)));
    };
    idle(() => next(0));
  };
  return { marks: { elements, icons }, read };
}

const idle = (fn: () => void): void => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(fn, { timeout: 300 });
  else setTimeout(fn, 16);
};

/** A source whose pixels we may read without a request: data:, blob:, or the page's own origin (loaded). */
function readable(src: string, doc: Document): boolean {
  if (/^\s*(?:data:image\/|blob:)/i.test(src)) return true;
  try {
    return new URL(src, doc.baseURI).origin === doc.location?.origin;
  } catch {
    return false;
  }
}

const rectOf = (el: Element) => el.getBoundingClientRect();
/** laid out at a logo's size and shape (wider than tall, padding allowed), near the top of the document */
function logoShaped(el: Element, doc: Document): boolean {
  const r = rectOf(el);
  const top = r.top + (doc.defaultView?.scrollY ?? 0);
  return r.width >= 24 && r.height >= 6 && r.width >= r.height * 1.2 && top < TOP_PX && r.bottom > -TOP_PX;
}

const CSS_URL = /url\(\s*["']?((?:data:image\/|blob:)[^"')]+)/i;

/** The page's logo candidates, in document order, bounded. */
function candidates(doc: Document): Unit[] {
  const out: Unit[] = [];
  // favicons given as data: URLs (a file would have to be requested again)
  const links = doc.querySelectorAll('link[rel~="icon" i]');
  for (let i = 0; i < links.length && i < 3; i++) {
    const href = links[i]!.getAttribute('href') ?? '';
    if (/^\s*data:image\//i.test(href)) out.push({ els: [], src: href, icon: href, key: href.slice(0, 200) });
  }
  const pieces = new Set<Element>();
  const els = doc.querySelectorAll('img, canvas, svg image, input[type="image" i]');
  for (let i = 0; i < els.length && i < 200 && out.length < MAX_PER_PASS; i++) {
    const el = els[i]!;
    if (pieces.has(el)) continue;
    const tag = el.localName;
    if (tag === 'image') {
      // <svg><image href="data:…">: drawn from its source, laid out as its <svg>
      const svg = el.closest('svg');
      const href = el.getAttribute('href') ?? el.getAttribute('xlink:href') ?? '';
      if (svg && /^\s*data:image\//i.test(href) && logoShaped(svg, doc))
        out.push({ els: [svg], src: href, key: href.slice(0, 200) });
      continue;
    }
    const src =
      tag === 'canvas' ? 'canvas' : (el as HTMLImageElement).currentSrc || el.getAttribute('src') || '';
    if (!src || (tag !== 'canvas' && !readable(src, doc)) || !logoShaped(el, doc)) continue;
    // a logo cut into pieces side by side: the element's siblings that continue it on the same line
    const group = [el];
    for (let s = el.nextElementSibling; s && group.length < 4; s = s.nextElementSibling) {
      if (!/^(?:img|canvas)$/.test(s.localName)) break;
      const a = rectOf(group[group.length - 1]!);
      const b = rectOf(s);
      if (Math.abs(a.top - b.top) > a.height / 2 || b.left - a.right > a.height * 0.6 || b.left < a.left)
        break;
      group.push(s);
    }
    for (const g of group) pieces.add(g);
    out.push({ els: group, key: group.map(srcKey).join(' ') });
  }
  // a data: image painted by CSS where a logo sits (a div's background-image)
  const styled = doc.querySelectorAll('[style*="url(" i], [class*="logo" i], [id*="logo" i], header *');
  const view = doc.defaultView;
  for (let i = 0; i < styled.length && i < 60 && out.length < MAX_PER_PASS + 3; i++) {
    const el = styled[i]!;
    if (/^(?:img|canvas|svg|image|input)$/.test(el.localName)) continue;
    const bg = view?.getComputedStyle(el).backgroundImage ?? '';
    const m = CSS_URL.exec(bg);
    if (m && logoShaped(el, doc)) out.push({ els: [el], src: m[1]!, key: m[1]!.slice(0, 200) });
  }
  return out;
}

const srcKey = (el: Element): string =>
  el.localName === 'canvas'
    ? `canvas:${(el as HTMLCanvasElement).width}x${(el as HTMLCanvasElement).height}`
    : ((el as HTMLImageElement).currentSrc || el.getAttribute('src') || '').slice(0, 200);

/**
 * Beside other logo-shaped images on the same line (a row of shops' logos: price comparison, "buy at …"
 * buttons): one of many, nobody's own logo. Two or more such neighbours under the same parent or grandparent.
 */
function inRow(els: Element[]): boolean {
  try {
    const r = rectOf(els[0]!);
    const mid = r.top + r.height / 2;
    let n = 0;
    for (let p = els[0]!.parentElement, up = 0; p && up < 3; p = p.parentElement, up++) {
      const near = p.querySelectorAll('img, svg, canvas, [style*="url(" i]');
      for (let i = 0; i < near.length && i < 40; i++) {
        const o = near[i]!;
        if (els.includes(o)) continue;
        const q = rectOf(o);
        if (q.height < r.height * 0.4 || q.height > r.height * 2.5 || q.width < q.height * 1.2) continue;
        if (Math.abs(q.top + q.height / 2 - mid) > r.height) continue;
        if (++n >= 2) return true;
      }
    }
  } catch {
    // no layout: not a row
  }
  return false;
}

/** Waits until the image is decoded (or fails, or DECODE_WAIT_MS have passed); true when it can be drawn. */
async function decoded(img: HTMLImageElement): Promise<boolean> {
  if (!(img.complete && img.naturalWidth > 0)) {
    await Promise.race([
      img.decode().catch(() => undefined),
      new Promise((r) => setTimeout(r, DECODE_WAIT_MS)),
    ]);
  }
  return img.complete && img.naturalWidth > 0;
}

/** The unit drawn small, as RGBA; null when it cannot be read (tainted, not loaded, empty). */
async function draw(doc: Document, u: Unit): Promise<Pixels | null> {
  const view = doc.defaultView;
  let sources: { el: CanvasImageSource; w: number; h: number; x: number; y: number; filter: string }[] = [];
  if (u.src) {
    const img = new Image();
    img.src = u.src;
    if (!(await decoded(img))) return null;
    sources = [{ el: img, w: img.naturalWidth, h: img.naturalHeight, x: 0, y: 0, filter: 'none' }];
  } else {
    const base = rectOf(u.els[0]!);
    for (const el of u.els) {
      const r = rectOf(el);
      let w: number;
      let h: number;
      if (el.localName === 'canvas') {
        w = (el as HTMLCanvasElement).width;
        h = (el as HTMLCanvasElement).height;
      } else {
        if (!(await decoded(el as HTMLImageElement))) return null;
        w = (el as HTMLImageElement).naturalWidth;
        h = (el as HTMLImageElement).naturalHeight;
      }
      if (!w || !h) return null;
      const filter = view?.getComputedStyle(el).filter ?? 'none';
      // pieces are placed as laid out, in CSS pixels; one image by its own pixels
      const many = u.els.length > 1;
      sources.push({
        el: el as HTMLImageElement,
        w: many ? r.width : w,
        h: many ? r.height : h,
        x: many ? r.left - base.left : 0,
        y: many ? r.top - base.top : 0,
        filter,
      });
    }
  }
  const fullW = Math.max(...sources.map((s) => s.x + s.w));
  const fullH = Math.max(...sources.map((s) => s.y + s.h));
  if (!(fullW > 0 && fullH > 0)) return null;
  const k = Math.min(1, DRAW_WIDTH / fullW, MAX_SIDE / fullH);
  const w = Math.max(1, Math.round(fullW * k));
  const h = Math.max(1, Math.round(fullH * k));
  const canvas =
    typeof OffscreenCanvas === 'function'
      ? new OffscreenCanvas(w, h)
      : Object.assign(doc.createElement('canvas'), { width: w, height: h });
  const ctx = canvas.getContext('2d') as CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null;
  if (!ctx) return null;
  for (const s of sources) {
    // the CSS filter the page shows the image through (a hue-rotated copy turned back by hue-rotate())
    if ('filter' in ctx) ctx.filter = s.filter && s.filter !== 'none' ? s.filter : 'none';
    ctx.drawImage(
      s.el,
      Math.round(s.x * k),
      Math.round(s.y * k),
      Math.max(1, Math.round(s.w * k)),
      Math.max(1, Math.round(s.h * k)),
    );
  }
  try {
    return ctx.getImageData(0, 0, w, h);
  } catch {
    // tainted (a cross-origin image, a canvas the page drew one on): unreadable, as for the page itself
    return null;
  }
}
