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
 * when drawing), a logo cut into images side by side (drawn together as laid out), a logo painted on a
 * <canvas> (read back unless the page tainted it), a data: `background-image`, an `<svg><image href="data:…">`,
 * noise pixels and slight redraws (the signature tolerates them). Not covered: a logo drawn from a
 * cross-origin image, one rotated by more than a few degrees, a redraw in other colours.
 */
import { PAGE_BRAND_MARKS } from './brand-marks.data';
import type { LogoMarks } from './collect';
import { matchMark, MAX_SIDE, type MarkSignature, type Pixels } from './logo-sig';

/** Drawings per document, over all rescans. */
const MAX_DRAWS = 16;
/** Candidates looked at per pass (the first ones in the document). */
const MAX_PER_PASS = 10;
const DECODE_WAIT_MS = 1500;

/** What is drawn as one picture: elements side by side (a logo cut into pieces), or a source of its own. */
interface Unit {
  els: Element[];
  /** a data: image to decode ourselves (a CSS background, a favicon, an <svg><image>) */
  src?: string;
  /** a favicon: its href as the page wrote it */
  icon?: string;
}

export interface LogoReader {
  /** what has been found so far: pass to scanPage (ScanOptions.logoMarks) */
  readonly marks: LogoMarks;
  /** Looks at candidates not seen yet, in idle time; calls `found` if it found a mark. Never throws. */
  read(doc: Document, found: () => void): void;
}

export function logoReader(marks: readonly MarkSignature[] = PAGE_BRAND_MARKS): LogoReader {
  const elements = new Map<Element, string>();
  const icons = new Map<string, string>();
  /** what each element (or favicon) showed when it was read: read again only when that changes */
  const seen = new Map<unknown, string>();
  let draws = 0;
  let busy = false;
  const read = (doc: Document, found: () => void): void => {
    if (busy || !marks.length || draws >= MAX_DRAWS) return;
    let units: Unit[] = [];
    try {
      units = candidates(doc).filter((u) =>
        u.icon ? seen.get(u.icon) !== u.src : u.els.some((el, i) => seen.get(el) !== keyOf(u, i)),
      );
    } catch {
      // a page that cannot be read: nothing to draw
    }
    if (!units.length) return;
    busy = true;
    let hit = false;
    const next = (i: number): void => {
      const u = units[i];
      if (!u || draws >= MAX_DRAWS) {
        busy = false;
        if (hit) found();
        return;
      }
      draws++;
      if (u.icon) seen.set(u.icon, u.src!);
      u.els.forEach((el, k) => seen.set(el, keyOf(u, k)));
      void draw(doc, u)
        .then((px) => {
          const id = px && matchMark(px, marks);
          if (!id || (!u.icon && inRow(u.els))) return;
          if (u.icon) icons.set(u.icon, id);
          for (const el of u.els) elements.set(el, id);
          hit = true;
        })
        .catch(() => undefined)
        .then(() => idle(() => next(i + 1)));
    };
    idle(() => next(0));
  };
  return { marks: { elements, icons }, read };
}

const idle = (fn: () => void): unknown =>
  typeof requestIdleCallback === 'function' ? requestIdleCallback(fn, { timeout: 300 }) : setTimeout(fn, 16);

/** What a unit's k-th piece shows now: its source (or a canvas's size), so a changed image is read again. */
const keyOf = (u: Unit, k: number): string => {
  const el = u.els[k] as HTMLImageElement & HTMLCanvasElement;
  return (u.src ?? (el.localName === 'canvas' ? `${el.width}x${el.height}` : el.currentSrc || el.src)).slice(
    0,
    300,
  );
};

/** data:, blob:, or the page's own origin: pixels we may read without a request. */
const DATA = /^\s*(?:data:image\/|blob:)/i;
function readable(src: string, doc: Document): boolean {
  try {
    return DATA.test(src) || new URL(src, doc.baseURI).origin === doc.location?.origin;
  } catch {
    return false;
  }
}

const rectOf = (el: Element) => el.getBoundingClientRect();
/** laid out wider than tall (a wordmark, padding allowed), at a logo's size, near the top of the document */
function logoShaped(el: Element): boolean {
  const r = rectOf(el);
  return r.width >= 24 && r.height >= 6 && r.width >= r.height * 1.2 && r.top + scrollY < 1600;
}

/** The page's logo candidates, in document order, bounded. */
function candidates(doc: Document): Unit[] {
  const out: Unit[] = [];
  const view = doc.defaultView;
  const taken = new Set<Element>();
  const els = doc.querySelectorAll(
    'link[rel~="icon" i], img, canvas, svg image, [style*="url(" i], [class*="logo" i], [id*="logo" i]',
  );
  for (let i = 0; i < els.length && i < 300 && out.length < MAX_PER_PASS; i++) {
    const el = els[i]!;
    const tag = el.localName;
    if (taken.has(el)) continue;
    if (tag === 'link') {
      // favicons given as data: URLs (a file would have to be requested again)
      const href = el.getAttribute('href') ?? '';
      if (/^\s*data:image\//i.test(href)) out.push({ els: [], src: href, icon: href });
    } else if (tag === 'image') {
      // <svg><image href="data:…">: drawn from its source, laid out as its <svg>
      const svg = el.closest('svg');
      const href = el.getAttribute('href') ?? el.getAttribute('xlink:href') ?? '';
      if (svg && DATA.test(href) && logoShaped(svg)) out.push({ els: [svg], src: href });
    } else if (tag === 'img' || tag === 'canvas') {
      const src = tag === 'img' && ((el as HTMLImageElement).currentSrc || (el as HTMLImageElement).src);
      if ((src !== false && !(src && readable(src, doc))) || !logoShaped(el)) continue;
      // a logo cut into pieces: the siblings that continue it on the same line, drawn together
      const group = [el];
      for (let s = el.nextElementSibling; s && group.length < 4 && /^(?:img|canvas)$/.test(s.localName);) {
        const a = rectOf(group[group.length - 1]!);
        const b = rectOf(s);
        if (Math.abs(a.top - b.top) > a.height / 2 || b.left < a.left || b.left - a.right > a.height * 0.6)
          break;
        group.push(s);
        taken.add(s);
        s = s.nextElementSibling;
      }
      out.push({ els: group });
    } else if (tag !== 'svg') {
      // a data: image painted by CSS (a div's background-image, a stylesheet's logo class)
      const m = /url\(\s*["']?((?:data:image\/|blob:)[^"')]+)/i.exec(
        view?.getComputedStyle(el).backgroundImage ?? '',
      );
      if (m && logoShaped(el)) out.push({ els: [el], src: m[1]! });
    }
  }
  return out;
}

/**
 * Beside other logo-shaped images on the same line (a row of shops' logos: price comparison, "buy at …"
 * buttons): one of many, nobody's own logo. Two or more such neighbours within three levels up.
 */
function inRow(els: Element[]): boolean {
  const r = rectOf(els[0]!);
  const near = els[0]!.parentElement?.parentElement?.parentElement?.querySelectorAll(
    'img, svg, canvas, [style*="url(" i]',
  );
  let n = 0;
  for (let i = 0; near && i < near.length && i < 40; i++) {
    const q = rectOf(near[i]!);
    if (
      els.includes(near[i]!) ||
      q.height < r.height * 0.4 ||
      q.height > r.height * 2.5 ||
      q.width < q.height * 1.2
    )
      continue;
    if (Math.abs(q.top + q.height / 2 - r.top - r.height / 2) < r.height && ++n >= 2) return true;
  }
  return false;
}

/** Waits until the image is decoded (or fails, or DECODE_WAIT_MS have passed); true when it can be drawn. */
async function decoded(img: HTMLImageElement): Promise<boolean> {
  if (!img.complete || !img.naturalWidth)
    await Promise.race([img.decode().catch(() => 0), new Promise((r) => setTimeout(r, DECODE_WAIT_MS))]);
  return img.complete && img.naturalWidth > 0;
}

/** The unit drawn at most 160 px wide, as RGBA; null when it cannot be read (tainted, not loaded, empty). */
async function draw(doc: Document, u: Unit): Promise<Pixels | null> {
  const parts: [CanvasImageSource, number, number, number, number, string][] = [];
  if (u.src) {
    const img = new Image();
    img.src = u.src;
    if (!(await decoded(img))) return null;
    parts.push([img, 0, 0, img.naturalWidth, img.naturalHeight, 'none']);
  } else {
    // one image by its own pixels; pieces as laid out, in CSS pixels
    const base = rectOf(u.els[0]!);
    for (const el of u.els as (HTMLImageElement & HTMLCanvasElement)[]) {
      if (el.localName === 'img' && !(await decoded(el))) return null;
      const r = rectOf(el);
      const one = u.els.length < 2;
      parts.push([
        el,
        r.left - base.left,
        r.top - base.top,
        one ? el.naturalWidth || el.width : r.width,
        one ? el.naturalHeight || el.height : r.height,
        // the CSS filter the page shows it through (a hue-rotated copy turned back by hue-rotate())
        doc.defaultView?.getComputedStyle(el).filter ?? 'none',
      ]);
    }
  }
  const fullW = Math.max(...parts.map((p) => p[1] + p[3]));
  const fullH = Math.max(...parts.map((p) => p[2] + p[4]));
  const k = Math.min(1, 160 / fullW, MAX_SIDE / fullH);
  const w = Math.round(fullW * k);
  const h = Math.round(fullH * k);
  if (!(w > 0 && h > 0)) return null;
  const ctx = new OffscreenCanvas(w, h).getContext('2d');
  if (!ctx) return null;
  for (const [el, x, y, pw, ph, filter] of parts) {
    ctx.filter = filter;
    ctx.drawImage(el, x * k, y * k, pw * k, ph * k);
  }
  try {
    return ctx.getImageData(0, 0, w, h);
  } catch {
    // tainted (a cross-origin image, a canvas the page drew one on): unreadable, as for the page itself
    return null;
  }
}
