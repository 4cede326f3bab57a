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
 * noise pixels and slight redraws (the signature tolerates them). Red team 31 (class 2), covered too: a fixed
 * header on a page that scrolled itself down (what is on screen counts as the top), a `::before`/`::after`
 * `content:url(data:…)` (found by the stylesheet's rules and the computed style), a <video> (its current frame:
 * a canvas's captureStream is readable, a cross-origin clip taints and is skipped), an animated image whose first
 * frame is blank (its longest-shown frames, by WebCodecs' ImageDecoder where the browser has it), transparent or
 * invisible images put first to spend the budget (skipped, or not counted when they draw blank; candidates are
 * read on screen first, then from the top). Not covered: a logo drawn from a cross-origin image, one rotated by
 * more than a few degrees, a redraw in other colours, the mark's colours as a CSS gradient (no picture to read:
 * a five-colour bar is no proof of the wordmark, and honest pages draw such bars).
 */
import { PAGE_BRAND_MARKS } from './brand-marks.data';
import type { LogoMarks } from './collect';
import { matchMark, MAX_SIDE, type MarkSignature, type Pixels } from './logo-sig';
import { blankPixels, blankRereads, cssPicture, framesToRead, gifFrames, whereLogoIs } from './logo-where';

/** Drawings per document, over all rescans. */
const MAX_DRAWS = 16;
/** Candidates looked at per pass (the first ones in the document). */
const MAX_PER_PASS = 10;
const DECODE_WAIT_MS = 1500;
/** Drawings that came out blank (a transparent spacer) are not counted against MAX_DRAWS, up to this many. */
const MAX_BLANK = 32;
/** Frames of an animated image read (the ones shown longest), out of its first ANIM_FRAMES. */
const ANIM_READ = 2;
const ANIM_FRAMES = 8;

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
  readonly marks: LogoMarks & { elements: Map<Element, string> };
  /** Looks at candidates not seen yet, in idle time; calls `found` if it found a mark. Never throws. */
  read(doc: Document, found: () => void): void;
}

export function logoReader(marks: readonly MarkSignature[] = PAGE_BRAND_MARKS): LogoReader {
  const elements = new Map<Element, string>();
  const icons = new Map<string, string>();
  /** what each element (or favicon) showed when it was read: read again only when that changes */
  const seen = new Map<unknown, string>();
  /** when to read a blank <canvas> or frameless <video> again */
  const readAgain = blankRereads<Element>();
  let draws = 0;
  let blanks = 0;
  let busy = false;
  /** a read asked for while a pass ran (a re-read's time came): done after it */
  let missed = false;
  const read = (doc: Document, found: () => void): void => {
    if (busy) missed = true;
    if (busy || !marks.length || draws >= MAX_DRAWS) return;
    let units: Unit[] = [];
    try {
      units = candidates(doc, (u) =>
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
        const again = missed;
        missed = false;
        if (hit) found();
        // more candidates than one pass takes: the next ones in the next idle time, within the same budget
        else if (again || (!u && units.length >= MAX_PER_PASS)) idle(() => read(doc, found));
        return;
      }
      draws++;
      if (u.icon) seen.set(u.icon, u.src!);
      u.els.forEach((el, k) => seen.set(el, keyOf(u, k)));
      void draw(doc, u, (px) => matchMark(px, marks) !== null)
        // (Firefox throws drawing a canvas no script has painted yet: nothing on it, as in Chromium)
        .catch((): Pixels[] => [])
        .then((pxs) => {
          // a <video> with no frame yet (a stream that starts late), a <canvas> not painted yet (a script file
          // paints it after load): read again 2, 4 and 8 s later (not sooner), within the budget
          const el = u.els[0]!;
          const later = u.src ? 0 : readAgain(el, el?.localName, pxs.every(blankPixels));
          if (later) {
            // (unseen at that time, not before: other reads in between would spend it)
            setTimeout(() => {
              seen.delete(el);
              read(doc, found);
            }, later);
          }
          // nothing on it (a transparent spacer a kit puts first to spend the budget): not counted
          if (pxs.length && pxs.every(blankPixels) && ++blanks <= MAX_BLANK) draws--;
          let id: string | null = null;
          for (const px of pxs) id ??= matchMark(px, marks);
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
  const el = u.els[k] as HTMLImageElement & HTMLCanvasElement & HTMLVideoElement;
  const tag = el.localName;
  return (
    u.src ??
    (tag === 'canvas'
      ? `${el.width}x${el.height}`
      : tag === 'video'
        ? `${el.videoWidth}x${el.videoHeight}${el.currentSrc}`
        : el.currentSrc || el.src)
  ).slice(0, 300);
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
/**
 * Laid out wider than tall (a wordmark, padding allowed), at a logo's size, near the top of the document or on
 * screen now (a fixed header on a scrolled page), and shown (not transparent, not hidden: a kit's invisible
 * images would spend the budget).
 */
function logoShaped(el: Element): boolean {
  const r = rectOf(el);
  return (
    r.width >= 24 &&
    r.height >= 6 &&
    r.width >= r.height * 1.2 &&
    whereLogoIs(r.top, r.bottom, scrollY, innerHeight) &&
    el.checkVisibility?.({ opacityProperty: true, visibilityProperty: true }) !== false
  );
}

/**
 * Elements a stylesheet gives a picture: a `::before`/`::after` `content:url()` or a background-image, by the
 * rule's selector (the pseudo-element part dropped). Unreadable (cross-origin) sheets are skipped; bounded.
 */
function styledElements(doc: Document): Element[] {
  const out: Element[] = [];
  let n = 0;
  const walk = (rules: CSSRuleList | undefined): void => {
    for (let i = 0; rules && i < rules.length && n++ < 3000 && out.length < 60; i++) {
      const r = rules[i] as CSSStyleRule & CSSGroupingRule;
      if (r.style && cssPicture(r.style.content || r.style.backgroundImage)) {
        try {
          const found = doc.querySelectorAll(r.selectorText.replace(/::?(?:before|after)\b/gi, '') || '*');
          for (let k = 0; k < found.length && k < 20; k++) out.push(found[k]!);
        } catch {
          // a selector we cannot query
        }
      } else if (r.cssRules) walk(r.cssRules);
    }
  };
  for (let s = 0; s < doc.styleSheets.length && s < 30; s++) {
    try {
      walk(doc.styleSheets[s]!.cssRules);
    } catch {
      // a cross-origin sheet: unreadable, as for the page itself
    }
  }
  return out;
}

/**
 * The page's logo candidates not read yet (`fresh`), bounded: favicons first, then what is on screen, then by
 * position from the top (a kit's images put first in the document no longer come first).
 */
function candidates(doc: Document, fresh: (u: Unit) => boolean): Unit[] {
  const out: Unit[] = [];
  const view = doc.defaultView;
  const taken = new Set<Element>();
  const all = [
    ...doc.querySelectorAll(
      'link[rel~="icon" i], img, canvas, video, svg image, [style*="url(" i], [class*="logo" i], [id*="logo" i]',
    ),
  ].slice(0, 300);
  for (const el of styledElements(doc)) if (!all.includes(el)) all.push(el);
  const rank = new Map<Element, number>();
  for (const el of all) {
    if (el.localName === 'link') rank.set(el, -1e9);
    else {
      const r = rectOf(el);
      rank.set(el, r.top + (r.bottom > 0 && r.top < innerHeight ? 0 : 1e6 + scrollY));
    }
  }
  all.sort((a, b) => rank.get(a)! - rank.get(b)!);
  const push = (u: Unit) => {
    if (fresh(u)) out.push(u);
  };
  for (let i = 0; i < all.length && out.length < MAX_PER_PASS; i++) {
    const el = all[i]!;
    const tag = el.localName;
    if (taken.has(el)) continue;
    if (tag === 'link') {
      // favicons given as data: URLs (a file would have to be requested again)
      const href = el.getAttribute('href') ?? '';
      if (/^\s*data:image\//i.test(href)) push({ els: [], src: href, icon: href });
    } else if (tag === 'image') {
      // <svg><image href="data:…">: drawn from its source, laid out as its <svg>
      const svg = el.closest('svg');
      const href = el.getAttribute('href') ?? el.getAttribute('xlink:href') ?? '';
      if (svg && DATA.test(href) && logoShaped(svg)) push({ els: [svg], src: href });
    } else if (tag === 'video') {
      // a <video> (a canvas's captureStream, a clip): its current frame, unless cross-origin (tainted)
      if (logoShaped(el)) push({ els: [el] });
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
      push({ els: group });
    } else if (tag !== 'svg') {
      // a data: image painted by CSS: a background-image, or a ::before/::after content:url()
      const st = (p?: string) => view?.getComputedStyle(el, p);
      const src =
        cssPicture(st()?.backgroundImage) ??
        cssPicture(st('::before')?.content) ??
        cssPicture(st('::after')?.content);
      if (src && logoShaped(el)) push({ els: [el], src });
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
      // beside it, not under or over it, and shown (red team 31's r15: 18 transparent images stacked over the
      // header's corner read as a row of shops' logos and dropped the mark)
      (q.right > r.left && q.left < r.right) ||
      near[i]!.checkVisibility?.({ opacityProperty: true, visibilityProperty: true }) === false ||
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

/** Waits until the video has a frame to show (or DECODE_WAIT_MS have passed); true when it can be drawn. */
async function hasFrame(v: HTMLVideoElement): Promise<boolean> {
  if (v.readyState < 2)
    await new Promise((r) => {
      v.addEventListener('loadeddata', r, { once: true });
      setTimeout(r, DECODE_WAIT_MS);
    });
  return v.videoWidth > 0;
}

/**
 * The frames of an animated data:/blob: image the user sees longest, each drawn over the frames before it as the
 * browser shows them: drawing an <img> gives its first frame only (Chromium and Firefox alike), which a kit leaves
 * blank for a few milliseconds. A GIF is cut into one-frame GIFs (logo-where.ts gifFrames) the browser decodes
 * anywhere; other formats go through WebCodecs' ImageDecoder where the browser has it (https pages only). Nothing
 * is requested (a data: URL is decoded here, a blob: URL is the page's own memory). Empty when not animated.
 */
async function laterFrames(src: string): Promise<(ImageBitmap | VideoFrame)[][]> {
  const out: (ImageBitmap | VideoFrame)[][] = [];
  if (!DATA.test(src)) return out;
  let dec: ImageDecoder | undefined;
  try {
    const m = /^\s*data:(image\/[\w.+-]+);base64,/i.exec(src);
    const blob = m ? null : await (await fetch(src)).blob();
    // (a logo is small: a picture of megabytes is not decoded again on the page's thread)
    if ((blob?.size ?? src.length * 0.75) > 2e6) return out;
    const type = m ? m[1]! : blob!.type;
    const data = m
      ? Uint8Array.from(atob(src.slice(m[0].length)), (c) => c.charCodeAt(0))
      : new Uint8Array(await blob!.arrayBuffer());
    const gif = gifFrames(data, ANIM_FRAMES);
    if (gif) {
      const keep =
        gif.length > 1
          ? framesToRead(
              gif.map((f) => f.ms),
              ANIM_READ,
            )
          : [];
      const shown = await Promise.all(
        gif.slice(0, Math.max(-1, ...keep) + 1).map((f) => createImageBitmap(new Blob([f.gif], { type }))),
      );
      for (const k of keep) out.push(shown.slice(0, k + 1));
      return out;
    }
    if (typeof ImageDecoder !== 'function' || !(await ImageDecoder.isTypeSupported(type))) return out;
    dec = new ImageDecoder({ data, type });
    await dec.tracks.ready;
    const track = dec.tracks.selectedTrack;
    if (!track?.animated || track.frameCount < 2) return out;
    const n = Math.min(track.frameCount, ANIM_FRAMES);
    const frames: VideoFrame[] = [];
    for (let i = 0; i < n; i++) frames.push((await dec.decode({ frameIndex: i })).image);
    const keep = framesToRead(
      frames.map((f) => f.duration ?? 0),
      ANIM_READ,
    );
    frames.forEach((f, i) => (keep.includes(i) ? out.push([f]) : f.close()));
  } catch {
    // not decodable here: the first frame, as drawn, is all we read
  } finally {
    dec?.close();
  }
  return out;
}

type Part = [CanvasImageSource, number, number, number, number, string];

/** The unit drawn at most 160 px wide, as RGBA (several drawings for an animated image); empty when unreadable. */
async function draw(doc: Document, u: Unit, shows: (px: Pixels) => boolean): Promise<Pixels[]> {
  const parts: Part[] = [];
  let img: HTMLImageElement | undefined;
  if (u.src) {
    img = new Image();
    img.src = u.src;
    if (!(await decoded(img))) return [];
    parts.push([img, 0, 0, img.naturalWidth, img.naturalHeight, 'none']);
  } else {
    // one image by its own pixels; pieces as laid out, in CSS pixels
    const base = rectOf(u.els[0]!);
    for (const el of u.els as (HTMLImageElement & HTMLCanvasElement & HTMLVideoElement)[]) {
      const tag = el.localName;
      if (tag === 'img' && !(await decoded(el))) return [];
      if (tag === 'video' && !(await hasFrame(el))) return [];
      const r = rectOf(el);
      const one = u.els.length < 2;
      parts.push([
        el,
        r.left - base.left,
        r.top - base.top,
        one ? el.naturalWidth || el.videoWidth || el.width : r.width,
        one ? el.naturalHeight || el.videoHeight || el.height : r.height,
        // the CSS filter the page shows it through (a hue-rotated copy turned back by hue-rotate())
        doc.defaultView?.getComputedStyle(el).filter ?? 'none',
      ]);
    }
    if (u.els.length < 2 && u.els[0]!.localName === 'img') img = u.els[0] as HTMLImageElement;
  }
  const first = paint(parts);
  const out = first ? [first] : [];
  // an animated image: the frames shown longest too (its first frame may be a blank a few ms long)
  if (img && !(first && shows(first))) {
    const stacks = await laterFrames(u.src ?? img.currentSrc ?? img.src);
    for (const fs of stacks) {
      const p = paint(fs.map((f) => [f, 0, 0, img.naturalWidth, img.naturalHeight, parts[0]![5]]));
      if (p) out.push(p);
    }
    for (const f of new Set(stacks.flat())) f.close();
  }
  return out;
}

function paint(parts: Part[]): Pixels | null {
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
    // tainted (a cross-origin image or video, a canvas the page drew one on): unreadable, as for the page itself
    return null;
  }
}
