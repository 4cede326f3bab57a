/**
 * The browser side of words drawn in a picture (picture-words.ts; red team 41, class P). A sign-in drawn as one
 * picture — brand, labels and button only pixels, transparent boxes laid over it — has no word for the scorer to
 * read, and the user reads the brand all the same. At the second chance only (the user starts typing into a box
 * that takes a secret), and only on a page that shows almost no words of its own, the few pictures it shows are
 * drawn into a canvas and their lines compared with the brand's names drawn in system faces. A name found is a
 * drawn claim where it sits, as a logo read by its pixels is (LogoMarks.elements `picture:<name>`).
 *
 * Part of the scanner only (entrypoints/scanner.ts): never on a page whose secret box the user did not press.
 * Bounded: only for a box with no words of its own or on a page of at most WORDY letters (a page that says who it
 * is in words is read as words); at most MAX_PICTURES pictures, each read once per source; what the page already has is read — a `data:`
 * or `blob:` picture, or one of the page's own origin (its CSS background asked for again, as it is shown: the
 * browser's cache answers). A cross-origin picture taints the canvas: unreadable, as for the page itself.
 */
import { nearbyText } from './collect';
import { wordless, wordRefs, type WordDraw } from './drawn-box';
import { NAMES } from './drawn-text';
import {
  cssUrls,
  fitSize,
  hasInk,
  pictureName,
  placed,
  readOrder,
  type Placed,
  type WordSig,
} from './picture-words';

/** A page showing more letters than this says who it is in words. */
const WORDY = 40;
const MAX_PICTURES = 3;
/** Pictures read at most, blank ones included, and pictures looked at (the nearest the box are read) */
const MAX_READS = 16;
const MAX_FOUND = 32;
/** Background layers of one element looked at */
const MAX_LAYERS = 4;
/** Elements looked at for a picture (a page of almost no words has few). */
const MAX_ELEMENTS = 400;
const DECODE_WAIT_MS = 1500;
/** Checks a canvas read blank is read again at (a kit blanks its canvas at the press and draws it again after the
 * reading: red team 43 and 44, pd) */
const BLANK_AGAIN = 4;
const SVG = 'http://www.w3.org/2000/svg';
/** The names looked for, in the forms they are drawn in, and the faces they are drawn in */
const FORMS = (n: string) =>
  /^[a-z]/.test(n) ? [n, n[0]!.toUpperCase() + n.slice(1), n.toUpperCase()] : [n];
const FACES = ['bold 40px sans-serif', '40px sans-serif', '40px serif'];

/**
 * A picture of the page asked for once more where the page's own service worker cannot answer it (the extension's
 * background fetches it from the network: red team 41, w2 — a worker that hands the picture to the page once and a
 * blank one to every later request, which the reader's own request is). Null when it cannot be had.
 */
export type AskAgain = (src: string, doc: Document) => Promise<CanvasImageSource | null>;

/**
 * The pictures to be asked for again past the page's worker (`AskAgain`): those the reader asked the page's address
 * for itself (a CSS background, an SVG <image>: not an element the page already shows, not `data:`/`blob:`), read
 * once here, the first MAX_PICTURES in reading order — only on a page whose requests its own worker answers.
 */
export function askAgainFor<T extends { p: Picture }>(found: readonly T[], controlled: boolean): T[] {
  if (!controlled) return [];
  const out: T[] = [];
  const srcs = new Set<string>();
  for (const f of found.slice(0, MAX_READS)) {
    if (out.length >= MAX_PICTURES) break;
    if (f.p.draw || /^\s*(?:data|blob):/i.test(f.p.src) || srcs.has(f.p.src)) continue;
    srcs.add(f.p.src);
    out.push(f);
  }
  return out;
}

export interface PictureReader {
  /**
   * A promise when the page around `field` is worth reading for a drawn name (it resolves true when one was
   * found: the picture is then in `into` and a scan reads it; null when none was but a canvas read blank is to be
   * read again at the next check), null when it is not (nothing to wait for).
   */
  claim(field: Element): Promise<boolean | null> | null;
  /**
   * The same for a whole document with no box (a frame of the tab brought the scorer by the background at another
   * frame's ask: red team 46, sp — the claim drawn in a sibling frame): its pictures under and around the middle of
   * its viewport, on a page of almost no words only.
   */
  page(doc: Document): Promise<boolean | null> | null;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const readable = (src: string, doc: Document): boolean => {
  try {
    return (
      /^\s*(?:data:image\/|blob:)/i.test(src) || new URL(src, doc.baseURI).origin === doc.location?.origin
    );
  } catch {
    return false;
  }
};

/** Letters the page shows (its rendered text, spaces left out); more than `max` when its markup is long */
function shownLetters(doc: Document, max: number): number {
  // (a long document is not measured: its markup alone holds many times that; innerText lays the page out)
  if ((doc.body?.textContent?.length ?? 0) > max * 50) return max + 1;
  const t = (doc.body as HTMLElement | null)?.innerText ?? '';
  return t.replace(/\s+/g, '').length;
}

export interface Picture {
  src: string;
  draw: CanvasImageSource | null;
}

/**
 * The elements under (`cx`, `cy`) wherever they are in the page (a kit puts 400 elements before its picture), and
 * inside the open shadow roots there, the box's own first (a sign-in drawn in a web component, red team 43, sh: the
 * document's hit test stops at the host); then the first elements of each of those roots.
 */
export function underAndNear(field: Element, doc: Document, cx: number, cy: number): Set<Element> {
  const all = new Set<Element>();
  const roots: (Document | ShadowRoot)[] = [doc];
  const own = field.getRootNode();
  if (own !== doc && 'host' in own) roots.unshift(own as ShadowRoot);
  for (let i = 0; i < roots.length && i < 8; i++)
    for (const el of roots[i]!.elementsFromPoint?.(cx, cy) ?? []) {
      all.add(el);
      if (el.shadowRoot && !roots.includes(el.shadowRoot)) roots.push(el.shadowRoot);
    }
  for (const root of roots) {
    const tags = root === doc ? doc.body.getElementsByTagName('*') : root.querySelectorAll('*');
    for (let i = 0; i < tags.length && i < MAX_ELEMENTS; i++) all.add(tags[i]!);
  }
  return all;
}

/** Where a name found in `el`'s picture is a claim: the outermost <svg> of an SVG <image> (the scan reads an <svg>
 * as one picture and never walks into it) */
export function markAt(el: Element): Element {
  let m = el;
  while (m.namespaceURI === SVG && m.parentElement?.namespaceURI === SVG) m = m.parentElement;
  return m;
}

/**
 * The pictures an element shows: an <img>, an SVG <image>, a <canvas>, or each own-origin or data: URL of its CSS backgrounds and
 * of its ::before/::after (a kit lays a transparent picture of its own over the sign-in's: red team 42, ly).
 */
export const picturesOf = (el: Element, doc: Document): Picture[] => {
  const tag = el.localName;
  if (tag === 'img') {
    const img = el as HTMLImageElement;
    const src = img.currentSrc || img.src;
    return src && readable(src, doc) ? [{ src, draw: img }] : [];
  }
  // (an SVG <image>, asked for again as a CSS background is: red team 43, sv)
  if (tag === 'image' && el.namespaceURI === SVG) {
    const src = el.getAttribute('href') || el.getAttribute('xlink:href');
    return src && readable(src, doc) ? [{ src: new URL(src, doc.baseURI).href, draw: null }] : [];
  }
  if (tag === 'canvas')
    return [{ src: `canvas:${(el as HTMLCanvasElement).width}`, draw: el as HTMLCanvasElement }];
  const out: Picture[] = [];
  const view = doc.defaultView;
  for (const pseudo of [null, '::before', '::after']) {
    const st = view?.getComputedStyle(el, pseudo);
    if (!st) continue;
    const css = `${st.backgroundImage} ${pseudo && /url\(/i.test(st.content) ? st.content : ''}`;
    for (const u of cssUrls(css))
      if (readable(u, doc) && out.length < MAX_LAYERS)
        out.push({ src: new URL(u, doc.baseURI).href, draw: null });
  }
  return out;
};

/** Pieces composed into one picture at most, and how far from the box's centre they are taken (CSS px) */
const MAX_PIECES = 64;
const PIECES_AROUND = 480;

/**
 * The pictures around the box drawn into one canvas where they are laid out, in the document's order (red team 43
 * and 44, tl: a kit cut its sign-in into 36 canvases, no one of which holds the whole name). `pieces`: <img> and
 * <canvas> elements with their laid-out rectangles, sorted here (the first in the document is where a name read in
 * them is marked). Null when fewer than two, or the result cannot be read.
 */
export function composed(
  doc: Document,
  pieces: { el: Element; r: { left: number; top: number; width: number; height: number } }[],
): ImageData | null {
  if (pieces.length < 2) return null;
  // (in paint order: the document's, where they overlap)
  pieces.sort((a, b) => (a.el.compareDocumentPosition(b.el) & 4 ? -1 : 1));
  const left = Math.min(...pieces.map((p) => p.r.left));
  const top = Math.min(...pieces.map((p) => p.r.top));
  const right = Math.max(...pieces.map((p) => p.r.left + p.r.width));
  const bottom = Math.max(...pieces.map((p) => p.r.top + p.r.height));
  const { w, h } = fitSize(Math.ceil(right - left), Math.ceil(bottom - top));
  if (!(w > 0 && h > 0)) return null;
  const kx = w / (right - left);
  const ky = h / (bottom - top);
  const c = doc.createElement('canvas');
  c.width = w;
  c.height = h;
  const g = c.getContext('2d');
  if (!g) return null;
  try {
    for (const { el, r } of pieces)
      g.drawImage(
        el as HTMLCanvasElement,
        (r.left - left) * kx,
        (r.top - top) * ky,
        r.width * kx,
        r.height * ky,
      );
    return g.getImageData(0, 0, w, h);
  } catch {
    // tainted, or a piece not drawable: unreadable
    return null;
  }
}

export function pictureReader(
  into: Map<Element, string>,
  names: readonly string[] = NAMES.slice(0, 2),
  askAgain?: AskAgain,
): PictureReader {
  let refs: Map<string, WordSig[]> | null = null;
  const seen = new WeakMap<Element, string[]>();
  /** canvases read blank, and how often */
  const blank = new WeakMap<Element, number>();

  /** The names in every form and face a kit draws them in, black */
  const drawRefs = (doc: Document) =>
    wordRefs(
      doc,
      names.flatMap((name) =>
        FORMS(name).flatMap((form) => FACES.map((face): WordDraw => [name, form, face, '#000'])),
      ),
    );

  /** A CSS background's picture asked for again (the cache answers), decoded; begun before it is read */
  const load = (src: string) => {
    const img = new Image();
    img.src = src;
    return { img, decoded: img.decode().catch(() => 0) };
  };

  const pixels = async (
    src: string,
    draw: CanvasImageSource | null,
    doc: Document,
    loading: ReturnType<typeof load> | undefined,
  ): Promise<ImageData | null> => {
    let im = draw;
    if (!im) {
      const { img, decoded } = loading ?? load(src);
      if (!loading) await Promise.race([decoded, sleep(DECODE_WAIT_MS)]);
      if (!img.complete || !img.naturalWidth) return null;
      im = img;
    } else if (im instanceof HTMLImageElement && !(im.complete && im.naturalWidth)) return null;
    const w0 = (im as HTMLImageElement).naturalWidth || (im as HTMLCanvasElement | ImageBitmap).width;
    const h0 = (im as HTMLImageElement).naturalHeight || (im as HTMLCanvasElement | ImageBitmap).height;
    const { w, h } = fitSize(w0, h0);
    if (!(w > 0 && h > 0)) return null;
    const c = doc.createElement('canvas');
    c.width = w;
    c.height = h;
    const g = c.getContext('2d');
    if (!g) return null;
    g.drawImage(im, 0, 0, w, h);
    try {
      return g.getImageData(0, 0, w, h);
    } catch {
      // tainted: a cross-origin picture is unreadable, as for the page itself
      return null;
    }
  };

  return {
    claim(field) {
      const doc = field.ownerDocument;
      // (a box of no words of its own, or a page of almost none: a kit adds a line of filler to the one or the other)
      if (!doc?.body || (!wordless(field, nearbyText) && shownLetters(doc, WORDY) > WORDY)) return null;
      // (the pictures under the box first, the tightest first: the sign-in it sits on; then the others, nearest
      // first. A kit put three pictures before its sign-in in the page: red team 42, d3)
      const fr = field.getBoundingClientRect();
      return read(doc, field, fr.left + fr.width / 2, fr.top + fr.height / 2);
    },
    page(doc) {
      const view = doc.defaultView;
      if (!doc.body || !view || shownLetters(doc, WORDY) > WORDY) return null;
      return read(doc, doc.body, view.innerWidth / 2, view.innerHeight / 2);
    },
  };

  function read(doc: Document, field: Element, cx: number, cy: number): Promise<boolean | null> | null {
    const found: ({ el: Element; p: Picture } & Placed)[] = [];
    const all = underAndNear(field, doc, cx, cy);
    for (const el of all) {
      if (found.length >= MAX_FOUND) break;
      const r = el.getBoundingClientRect();
      if (
        r.width * r.height < 2000 ||
        el.checkVisibility?.({ opacityProperty: true, visibilityProperty: true }) === false
      )
        continue;
      for (const p of picturesOf(el, doc))
        if (!seen.get(el)?.includes(p.src)) found.push({ el, p, ...placed(r, cx, cy) });
    }
    if (!found.length) return null;
    found.sort(readOrder);
    return (async () => {
      refs ??= drawRefs(doc);
      let hit = false;
      let inked = 0;
      // (the backgrounds that may be read are all asked for at once and waited for together, at most
      // DECODE_WAIT_MS, well under the hold's cap: a kit's pictures that never finish loading, under the box, must
      // not outlast the hold, which then gives the keys back; one not decoded by then is not read)
      const loads = found.slice(0, MAX_READS).map((f) => (f.p.draw ? undefined : load(f.p.src)));
      if (loads.some(Boolean))
        await Promise.race([Promise.all(loads.map((l) => l?.decoded)), sleep(DECODE_WAIT_MS)]);
      // (a picture with no ink — a transparent or blank layer — does not use up one of the three)
      let again = false;
      for (let n = 0; n < found.length && n < MAX_READS && inked < MAX_PICTURES; n++) {
        const { el, p } = found[n]!;
        const px = await pixels(p.src, p.draw, doc, loads[n]).catch(() => null);
        const inkless = !px || !hasInk(px);
        // (a canvas read blank is not taken as read: a redraw is no change of the document, so the next check is
        // asked for and reads it again — a few times)
        const times = blank.get(el) ?? 0;
        if (inkless && el.localName === 'canvas' && times < BLANK_AGAIN) {
          blank.set(el, times + 1);
          again = true;
        } else seen.set(el, [...(seen.get(el) ?? []), p.src]);
        if (!px || inkless) continue;
        inked++;
        const name = pictureName(px, refs);
        if (name) {
          into.set(markAt(el), `picture:${name}`);
          hit = true;
        }
      }
      // (nothing named, on a page whose requests its own worker answers: the pictures the reader asked the page for
      // are asked for again where the worker cannot answer — the worker may have answered the reader's request with
      // another picture than the page's, red team 41 w2 — and read as they come; a CI machine slower than ours showed
      // it, 2026-12-07)
      if (!hit && askAgain) {
        let controlled = false;
        try {
          controlled = !!doc.defaultView?.navigator.serviceWorker?.controller;
        } catch {
          controlled = false;
        }
        const again = askAgainFor(found, controlled);
        const got = await Promise.all(again.map((f) => askAgain(f.p.src, doc).catch(() => null)));
        for (let i = 0; i < again.length && !hit; i++) {
          const im = got[i];
          if (!im) continue;
          const px = await pixels(again[i]!.p.src, im, doc, undefined).catch(() => null);
          const name = px && hasInk(px) ? pictureName(px, refs) : null;
          if (name) {
            into.set(markAt(again[i]!.el), `picture:${name}`);
            hit = true;
          }
        }
      }
      // (nothing named by any one picture: those around the box composed as they are laid out, read once)
      if (!hit) {
        const pieces: { el: Element; r: DOMRect }[] = [];
        for (const el of all) {
          if (pieces.length >= MAX_PIECES) break;
          if (el.localName !== 'canvas' && el.localName !== 'img') continue;
          if (
            el.localName === 'img' &&
            !((el as HTMLImageElement).complete && (el as HTMLImageElement).naturalWidth)
          )
            continue;
          const r = el.getBoundingClientRect();
          if (
            r.width > 0 &&
            r.height > 0 &&
            Math.abs(r.left + r.width / 2 - cx) < PIECES_AROUND &&
            Math.abs(r.top + r.height / 2 - cy) < PIECES_AROUND
          )
            pieces.push({ el, r });
        }
        const px = composed(doc, pieces);
        const name = px && hasInk(px) ? pictureName(px, refs) : null;
        if (name) {
          into.set(pieces[0]!.el, `picture:${name}`);
          hit = true;
        }
      }
      return hit || (again ? null : false);
    })();
  }
}
