/**
 * The browser side of letters as drawn (drawn-sig.ts; red team 36, class C): text the page draws in a web face
 * of its own (a `document.fonts` face, loaded) where a site shows who it is — headings, the top of the page, a
 * form, the header and the footer — is drawn letter by letter in that face and compared with the brand's names'
 * letters drawn in system faces. Text that draws a name its letters do not say is a drawn claim, as a logo read
 * from its pixels is (`drawn:<name>` in LogoMarks, scored as `brand-logo` where a logo sits); text that says a
 * name it does not draw (a symbol font) claims nothing (LogoMarks.undrawn).
 *
 * Part of the scanner only (entrypoints/scanner.ts): it runs where the gate has opened, never on quiet pages.
 * Bounded and never blocking: nothing when the page loaded no face; at most MAX_ELEMENTS texts per document (over
 * all rescans, MAX_PER_PASS per idle slice), of at most MAX_CHARS letters; each letter drawn once per face.
 * Nothing is requested: only faces already loaded are drawn with (a face still loading is waited for, as the
 * page's own text is), and the references are drawn in the generic system faces.
 */
import { PAGE_BRAND_NAMES } from './brand-names.data';
import {
  drawnName,
  glyphSig,
  GLYPH_BASE,
  GLYPH_H,
  GLYPH_PX,
  GLYPH_W,
  GLYPH_X,
  nameUndrawn,
  type GlyphSig,
} from './drawn-sig';

/**
 * The brand's names in Hangul or Latin letters: its own (coupang, 쿠팡) and its services' (로켓배송, 쿠페이,
 * 와우멤버십 …: red team 39 — a face drawing 로켓배송 over "ABCD" claimed the brand unread), and in Han or kana (酷澎,
 * クーハン, ロケット配送 …: red team 41 — a face drawing 酷澎 over "AB"). The first two first.
 */
export const NAMES = PAGE_BRAND_NAMES.split('|').filter((n) =>
  /^[a-z\uac00-\ud7a3\u3040-\u30ff\u4e00-\u9fff]+$/.test(n),
);
const ALPHABET = [...new Set([...NAMES.join('')].flatMap((c) => [c.toLowerCase(), c.toUpperCase()]))];
const MAX_ELEMENTS = 24;
const MAX_PER_PASS = 8;
/** Looks at the page per document (a scan after each change asks again): the walk costs a few ms. */
const MAX_PASSES = 8;
const MAX_CHARS = 32;
/** Text nodes looked at per pass. */
const MAX_NODES = 3000;
/** The top of the page, CSS px from the document's top (or on screen, for a fixed header). */
const TOP_PX = 250;
const PLACES = 'h1,h2,h3,header,footer,form,[class*="logo" i],[id*="logo" i],[role="banner"]';
const SYSTEM_FACES = ['sans-serif', 'serif'];

export interface DrawnTextReader {
  /** Reads the texts not read yet, in idle time; calls `found` when one drew a name it does not say. */
  read(doc: Document, found: () => void): void;
}

/** `into`: where drawn claims go (the logo reader's elements); `undrawn`: texts that say a name not drawn. */
export function drawnTextReader(into: Map<Element, string>, undrawn: Set<Element>): DrawnTextReader {
  const seen = new Map<Element, string>();
  const sigs = new Map<string, GlyphSig | null>();
  let canvas: HTMLCanvasElement | undefined;
  let ctx: CanvasRenderingContext2D | null | undefined;
  let busy = false;
  let done = 0;
  let passes = 0;
  let listening = false;
  /** a read asked for while a pass ran (a face came in): done after it */
  let again = false;

  /** Draws the letters not drawn yet in `font` side by side, one read of the canvas, into `sigs`. */
  const drawAll = (doc: Document, font: string, chars: Iterable<string>): void => {
    const all = [...new Set(chars)].filter((ch) => !sigs.has(`${font}\u0000${ch}`));
    // (40 letters a read: the names' letters are more than that)
    for (let i = 40; i < all.length; i += 40) drawAll(doc, font, all.slice(i, i + 40));
    const todo = all.slice(0, 40);
    if (!todo.length) return;
    canvas ??= doc.createElement('canvas');
    // (one canvas for the document, as wide as the widest batch: setting its size clears it)
    canvas.width = Math.max(canvas.width, GLYPH_W * todo.length);
    canvas.height = GLYPH_H;
    const g = (ctx ??= canvas.getContext('2d', { willReadFrequently: true }));
    let px: ImageData | null = null;
    if (g) {
      g.font = font;
      g.fillStyle = '#000';
      g.textBaseline = 'alphabetic';
      todo.forEach((ch, i) => g.fillText(ch, i * GLYPH_W + GLYPH_X, GLYPH_BASE, GLYPH_W - GLYPH_X));
      try {
        px = g.getImageData(0, 0, GLYPH_W * todo.length, GLYPH_H);
      } catch {
        // unreadable: no signatures
      }
    }
    todo.forEach((ch, i) => {
      if (sigs.size < 4000) sigs.set(`${font}\u0000${ch}`, px && glyphSig(px, i * GLYPH_W, GLYPH_W));
    });
  };
  const sig = (doc: Document, font: string, ch: string): GlyphSig | null => {
    const key = `${font}\u0000${ch}`;
    if (!sigs.has(key)) drawAll(doc, font, [ch]);
    return sigs.get(key) ?? null;
  };

  /**
   * `text` drawn in `styled`'s face and in each system face (the text's letters at once, and the names' letters in
   * each system face at once: two reads or three): the page face's glyph of a letter, and the system faces' ones.
   */
  const facesOf = (
    doc: Document,
    styled: Element,
    text: string,
  ): [(ch: string) => GlyphSig | null, (ch: string) => GlyphSig[]] => {
    const st = doc.defaultView!.getComputedStyle(styled);
    const shape = `${st.fontStyle} ${st.fontWeight} ${GLYPH_PX}px`;
    const own = `${shape} ${st.fontFamily}`;
    const letters = text.replace(/\s+/g, '');
    drawAll(doc, own, letters);
    for (const f of SYSTEM_FACES) drawAll(doc, `${shape} ${f}`, [...ALPHABET, ...letters.toLowerCase()]);
    return [
      (ch) => sig(doc, own, ch),
      (ch) => SYSTEM_FACES.map((f) => sig(doc, `${shape} ${f}`, ch)).filter((s): s is GlyphSig => !!s),
    ];
  };

  const readOne = (doc: Document, el: Element, text: string, piece: Element, run?: Element[]): boolean => {
    if (piece !== el) return readRun(doc, run ?? [el], text, piece);
    const [drawn, ref] = facesOf(doc, el, text);
    const shows = drawnName(text, NAMES, drawn, ref);
    if (nameUndrawn(text, NAMES, drawn, ref)) undrawn.add(el);
    else undrawn.delete(el);
    if (shows) into.set(el, `drawn:${shows}`);
    else if (into.get(el)?.startsWith('drawn:')) into.delete(el);
    return !!shows;
  };

  /**
   * A name drawn one letter per element (`<span>A</span><span>B</span>…`, red team 40): the run `run` holds (the
   * element that holds it, or the run's pieces in a longer line) is drawn
   * in its first piece's face; a name it draws is read at the first piece, and the other pieces' letters not at all.
   */
  const readRun = (doc: Document, run: Element[], text: string, piece: Element): boolean => {
    const shows = drawnName(text, NAMES, ...facesOf(doc, piece, text));
    const pieces: Element[] = [];
    // (the run: the element that holds it, or the pieces of a longer line, red team 41)
    const holder = run.length === 1 ? run[0] : null;
    for (const el of run) {
      const walker = doc.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
      for (let n = walker.nextNode(); n && pieces.length < MAX_CHARS; n = walker.nextNode()) {
        const p = n.parentElement;
        if (p && p !== holder && /\S/.test((n as Text).data) && !pieces.includes(p)) pieces.push(p);
      }
    }
    pieces.forEach((p, i) => {
      if (shows && !i) into.set(p, `drawn:${shows}`);
      else if (into.get(p)?.startsWith('drawn:')) into.delete(p);
      if (shows && i) undrawn.add(p);
      else undrawn.delete(p);
    });
    return !!shows;
  };

  const read = (doc: Document, found: () => void): void => {
    if (busy) again = true;
    if (busy || done >= MAX_ELEMENTS || passes >= MAX_PASSES || !doc.fonts) return;
    busy = true;
    // (a face the page loads after the scan — a stylesheet's, loaded when its text is laid out; one a script
    // adds later — is read when it is in: no scan may come after it)
    if (!listening) {
      listening = true;
      doc.fonts.addEventListener?.('loadingdone', () => read(doc, found));
    }
    // (faces still loading draw as the fallback, and are not "loaded" yet: read once they are in)
    void Promise.race([doc.fonts.ready, new Promise((r) => setTimeout(r, 1500))])
      .catch(() => undefined)
      .then(() =>
        idle(() => {
          let todo: [Element, string, string, Element, Element[] | undefined][] = [];
          try {
            const faces = pageFaces(doc);
            // (a pass that finds no face of the page's costs nothing: not counted — the scans at load come before
            // a stylesheet's face is in)
            if (faces.size) {
              passes++;
              // (read again when a face has come in since: a text drawn before its face loaded drew the fallback)
              const key = (t: string) => `${faces.size}\u0000${t}`;
              todo = candidates(doc, faces, (el, t) => seen.get(el) !== key(t)).map(([el, t, piece, run]) => [
                el,
                t,
                key(t),
                piece,
                run,
              ]);
            }
          } catch {
            // a page that cannot be read: nothing to draw
          }
          // one text per idle slice (a face's first drawing loads the system faces it falls back to)
          let hit = false;
          const next = (i: number): void => {
            const item = todo[i];
            if (!item || done >= MAX_ELEMENTS) {
              busy = false;
              if (hit) found();
              else if (again) {
                again = false;
                read(doc, found);
              }
              return;
            }
            done++;
            seen.set(item[0], item[2]);
            try {
              hit = readOne(doc, item[0], item[1], item[3], item[4]) || hit;
            } catch {
              // not drawable: nothing read
            }
            idle(() => next(i + 1));
          };
          next(0);
        }),
      );
  };
  return { read };
}

const idle = (fn: () => void): unknown =>
  typeof requestIdleCallback === 'function' ? requestIdleCallback(fn, { timeout: 300 }) : setTimeout(fn, 16);

/** The families of the faces the page loaded (lower case, unquoted). */
function pageFaces(doc: Document): Set<string> {
  const out = new Set<string>();
  let n = 0;
  doc.fonts?.forEach((f) => {
    if (n++ < 200 && f.status === 'loaded') out.add(unquote(f.family));
  });
  return out;
}

const unquote = (s: string) =>
  s
    .trim()
    .replace(/^(['"])(.*)\1$/, '$2')
    .toLowerCase();

/**
 * Texts drawn in a page face where a site names itself: the parent of each text node (first MAX_NODES), when its
 * first family is a page face and it sits in a heading, header, form, footer or logo box, or at the top.
 */
function candidates(
  doc: Document,
  faces: Set<string>,
  fresh: (el: Element, t: string) => boolean,
): [Element, string, Element, Element[] | undefined][] {
  const out: [Element, string, Element, Element[] | undefined][] = [];
  const view = doc.defaultView;
  if (!doc.body || !view) return out;
  const face = new Map<Element, boolean>();
  const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = 0, node = walker.nextNode(); node && n < MAX_NODES && out.length < MAX_PER_PASS; n++) {
    const cur = node as Text;
    const el = cur.parentElement;
    node = walker.nextNode();
    if (!el || /^(?:script|style|noscript|textarea|template)$/.test(el.localName)) continue;
    if (!face.has(el)) {
      const first = view.getComputedStyle(el).fontFamily.split(',')[0] ?? '';
      face.set(el, faces.has(unquote(first)));
    }
    if (!face.get(el)) continue;
    // (a letter or two alone: a name drawn one letter per element — red team 40 — is read as the run its parent
    // holds, up to two levels up, drawn in this piece's face; the piece's own wrappers first, however many —
    // `<b><i><u>A</u></i></b>`, red team 41)
    let at = el;
    const short = (e: Element) => (e.textContent ?? '').trim().length <= 2;
    const up = (e: Element) => (e.parentElement !== doc.body ? e.parentElement : null);
    for (let i = 0, p = up(at); i < 8 && short(at) && p && short(p); i++, p = up(at)) at = p;
    const box = at;
    for (
      let i = 0, p = up(at);
      i < 2 && short(at) && p && (p.textContent ?? '').length <= MAX_CHARS * 2;
      i++, p = up(at)
    )
      at = p;
    // (the element's whole text when short — a name cut into spans — else this node's; or, for a piece in a longer
    // line, the run of pieces around it: `<h1><span>A</span>…<span>D</span> and sixty letters more</h1>`)
    let pieces: Element[] | undefined;
    if (at === box && short(box) && box.parentElement) {
      pieces = runAround(box);
      if (pieces.length > 1) at = box.parentElement;
      else pieces = undefined;
    }
    const all = pieces ? pieces.map((p) => p.textContent ?? '').join('') : (at.textContent ?? '');
    const t = (all.length <= MAX_CHARS * 2 ? all : cur.data).replace(/\s+/g, ' ').trim().slice(0, MAX_CHARS);
    if (!t || !/\S/.test(t) || out.some(([e]) => e === at) || !fresh(at, t)) continue;
    const r = at.getBoundingClientRect();
    if (!r.width || !r.height) continue;
    if (
      at.closest(PLACES) ||
      r.top + view.scrollY < TOP_PX ||
      (r.top >= 0 && r.top < TOP_PX && fixedUp(at, view))
    )
      out.push([at, t, el, pieces]);
  }
  return out;
}

/**
 * The pieces of a name drawn one per element around `box` in a longer line: its element neighbours of a letter or
 * two each (spaces between them skipped), up to MAX_CHARS; a word or a longer element ends the run.
 */
export function runAround(box: Element): Element[] {
  const piece = (n: Node | null): boolean | null =>
    !n
      ? null
      : n.nodeType === 3
        ? /\S/.test((n as Text).data)
          ? null
          : false
        : n.nodeType === 1 && /\S/.test(n.textContent ?? '') && (n.textContent ?? '').trim().length <= 2;
  let first: Node = box;
  for (let n = box.previousSibling, k = 0; k < MAX_CHARS * 2; n = n!.previousSibling, k++) {
    const ok = piece(n);
    if (ok === null || (ok === false && n!.nodeType === 1)) break;
    if (ok) first = n!;
  }
  const out: Element[] = [];
  for (
    let n: Node | null = first, k = 0;
    n && out.length < MAX_CHARS && k < MAX_CHARS * 2;
    n = n.nextSibling, k++
  ) {
    const ok = piece(n);
    if (ok === null || (ok === false && n.nodeType === 1)) break;
    if (ok) out.push(n as Element);
  }
  return out;
}

/** Inside a fixed or sticky box (a header that stays on screen). */
function fixedUp(el: Element, view: Window): boolean {
  for (let e: Element | null = el, i = 0; e && i < 8; e = e.parentElement, i++)
    if (/^(?:fixed|sticky)$/.test(view.getComputedStyle(e).position)) return true;
  return false;
}
