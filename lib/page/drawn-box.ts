/**
 * A box drawn on a canvas that takes the page's keys (round page57, tune-av's av092 class): no <input>, no
 * contenteditable — a focusable element whose only content is a <canvas> (or a focusable canvas) shaped as a field,
 * the page's own key listeners painting what is typed. The second chance sees such a key as typing aimed at no box;
 * what the box takes is what the page paints in it before the first key (its placeholder), read by its pixels as
 * picture-words reads a drawn name: its lines compared with the secrets' words drawn in system faces.
 *
 * Part of the scanner only (entrypoints/scanner.ts): read at a trusted key into such a box on a page whose gate
 * opened, never on a quiet page. A canvas the page tainted (a cross-origin picture drawn in it) is unreadable.
 */
import type { FieldKind } from './lexicon';
import { pictureName, wordSig, type WordSig } from './picture-words';

/** The secrets' words a drawn box may show as its placeholder (lexicon data: the words a box's label says) */
const SECRET_WORDS: readonly [string, FieldKind][] = [
  ['비밀번호', 'password'],
  ['password', 'password'],
  ['Password', 'password'],
  ['카드번호', 'card'],
  ['인증번호', 'otp'],
];
/** The faces and inks the words are drawn in: a name's large faces, and a placeholder's small ones in black and grey
 * (a 17px grey placeholder fits a 40px drawing too little: its strokes are thinner in the ink mask) */
const FACES: readonly [string, string][] = [
  ['bold 40px sans-serif', '#000'],
  ['40px sans-serif', '#000'],
  ['40px serif', '#000'],
  ...[13, 15, 17, 20].flatMap((n): [string, string][] => [
    [`${n}px sans-serif`, '#000'],
    [`${n}px sans-serif`, '#999'],
  ]),
];
/** A field's shape: at least this much wider than high, and not taller than this (a game's or chart's canvas is not) */
const FIELD_ASPECT = 2.5;
const FIELD_MAX_HEIGHT = 90;

/**
 * The canvas a key went to when the element is a box drawn on one: a focusable canvas, or a focusable element whose
 * only content is a canvas (no text of its own); null for anything else. `size`: the laid-out size, where known.
 */
export function drawnBox(
  el: Element | null,
  size: (el: Element) => { width: number; height: number } | null = (e) =>
    e.getBoundingClientRect?.() ?? null,
): HTMLCanvasElement | null {
  if (!el || !/^-?\d/.test(el.getAttribute?.('tabindex') ?? '')) return null;
  let canvas: Element | null = null;
  if (el.localName === 'canvas') canvas = el;
  else if (
    el.childElementCount === 1 &&
    el.firstElementChild?.localName === 'canvas' &&
    !el.textContent?.trim()
  )
    canvas = el.firstElementChild;
  if (!canvas) return null;
  const r = size(canvas);
  if (!r || !(r.height > 0) || r.height > FIELD_MAX_HEIGHT || r.width < FIELD_ASPECT * r.height) return null;
  return canvas as HTMLCanvasElement;
}

let refs: Map<string, WordSig[]> | null = null;

/** A canvas of the reader's own, `width` × `height`, to draw into and read back: its 2-d context, null for none */
function readCanvas(doc: Document, width: number, height: number): CanvasRenderingContext2D | null {
  const c = doc.createElement('canvas');
  c.width = width;
  c.height = height;
  return c.getContext('2d', { willReadFrequently: true });
}

/** A word drawn for reference: its key (what it is read as), its text, the face and the ink it is drawn in */
export type WordDraw = [key: string, text: string, face: string, ink: string];

/**
 * Signatures of words drawn on white in system faces (a 420 × 60 canvas, from 10, 46), by key: what a drawing read
 * from the page is compared with. One for the drawn-box and picture readers
 */
export function wordRefs(doc: Document, draws: WordDraw[]): Map<string, WordSig[]> {
  const out = new Map<string, WordSig[]>();
  const g = readCanvas(doc, 420, 60);
  if (!g) return out;
  for (const [key, text, face, ink] of draws) {
    g.fillStyle = '#fff';
    g.fillRect(0, 0, 420, 60);
    g.fillStyle = ink;
    g.font = face;
    g.fillText(text, 10, 46);
    const s = wordSig(g.getImageData(0, 0, 420, 60));
    if (s) out.set(key, [...(out.get(key) ?? []), s]);
  }
  return out;
}

/** The secrets' words, each in every face and ink a kit draws a placeholder in */
const drawRefs = (doc: Document) =>
  wordRefs(
    doc,
    SECRET_WORDS.flatMap(([word]) => FACES.map(([face, ink]): WordDraw => [word, word, face, ink])),
  );

/**
 * What a box drawn on a canvas takes, as its painted words say (its placeholder): a secret's kind, or null when it
 * is no drawn box, says none of the secrets' words, or cannot be read.
 */
export function drawnBoxKind(el: Element | null): FieldKind | null {
  const canvas = drawnBox(el);
  if (!canvas?.width || !canvas.height) return null;
  try {
    // (drawn into a canvas of the reader's own: asking the page's canvas for a context would give it one)
    const doc = canvas.ownerDocument;
    const g = readCanvas(doc, canvas.width, canvas.height);
    if (!g) return null;
    g.drawImage(canvas, 0, 0);
    const px = g.getImageData(0, 0, g.canvas.width, g.canvas.height);
    refs ??= drawRefs(doc);
    const word = pictureName(px, refs);
    return SECRET_WORDS.find(([w]) => w === word)?.[1] ?? null;
  } catch {
    // tainted (a cross-origin picture drawn in it): unreadable, as for the page itself
    return null;
  }
}

/** A rectangle in CSS pixels (the viewport's) */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** The strip just above a box its drawn label is read in, in CSS pixels */
const LABEL_STRIP = 28;
/** … and the one above that (a label drawn 30 px and more above its box: red team 44, la) */
const FAR_STRIP = 36;
/** … and the strip on its left a label drawn beside it is read in (red team 44, lb) */
const SIDE_STRIP = 160;

/**
 * Where a bare box's drawn label may be, nearest first: the strip just above it, the strip above that, and the strip
 * on its left as high as the box (a little over it). A kit drew its labels 40 px above its boxes, or beside them,
 * where the 28 px strip alone never looked (red team 44).
 */
export function labelStrips(r: Box): { strip: Box; x: number; y: number }[] {
  const above = (top: number, height: number) => ({
    strip: { left: r.left, top, width: r.width, height },
    x: r.left + 4,
    y: top + height / 2,
  });
  return [
    above(r.top - LABEL_STRIP, LABEL_STRIP),
    above(r.top - LABEL_STRIP - FAR_STRIP, FAR_STRIP),
    // (the canvas is looked for just left of the box: the strip may start beyond the window's edge)
    {
      strip: { left: r.left - SIDE_STRIP, top: r.top - 6, width: SIDE_STRIP, height: r.height + 12 },
      x: r.left - 6,
      y: r.top + r.height / 2,
    },
  ];
}

/** The part of a canvas laid out at `cr` (its bitmap `w`×`h`) a strip covers, in the canvas's pixels; null: none */
export function stripIn(strip: Box, cr: Box, w: number, h: number): Box | null {
  if (!(cr.width > 0 && cr.height > 0)) return null;
  const kx = w / cr.width;
  const ky = h / cr.height;
  const left = Math.max(0, Math.floor((strip.left - cr.left) * kx));
  const top = Math.max(0, Math.floor((strip.top - cr.top) * ky));
  const width = Math.min(w, Math.ceil((strip.left + strip.width - cr.left) * kx)) - left;
  const height = Math.min(h, Math.ceil((strip.top + strip.height - cr.top) * ky)) - top;
  return width > 0 && height > 0 ? { left, top, width, height } : null;
}

/** A box with no words of its own: no label, placeholder, title or accessible name, no text just before it */
export function wordless(el: Element, nearby: (el: Element) => string): boolean {
  const a = (n: string) => (el.getAttribute(n) ?? '').trim();
  return (
    !(el as HTMLInputElement).labels?.length &&
    !a('placeholder') &&
    !a('aria-label') &&
    !a('aria-labelledby') &&
    !a('title') &&
    !nearby(el).trim()
  );
}

/** Canvases read at one strip's middle (a kit lays a transparent canvas of its own over the one it draws on: ld) */
const CANVASES_AT = 3;

/**
 * What a box with no words of its own takes, as the label a canvas under it draws near it says (au090's class: the
 * whole form drawn on a canvas, bare boxes laid over it): the strips of the canvas above the box and on its left
 * (`labelStrips`) read against the secrets' words, in each of the first canvases there. Null when the box has words,
 * no canvas lies under those strips, or they say none of them.
 */
export function drawnLabelKind(el: Element, nearby: (el: Element) => string): FieldKind | null {
  if (!/^(input|textarea)$/.test(el.localName) || !wordless(el, nearby)) return null;
  const doc = el.ownerDocument;
  const r = el.getBoundingClientRect();
  if (!(r.width > 0)) return null;
  for (const { strip, x, y } of labelStrips(r)) {
    const at = doc.elementsFromPoint?.(x, y) ?? [];
    const canvases = at.filter((e) => e.localName === 'canvas').slice(0, CANVASES_AT);
    for (const canvas of canvases as HTMLCanvasElement[]) {
      const src =
        canvas.width && canvas.height
          ? stripIn(strip, canvas.getBoundingClientRect(), canvas.width, canvas.height)
          : null;
      const kind = src && readStrip(doc, canvas, src);
      if (kind) return kind;
    }
  }
  return null;
}

/** The secret a strip of a canvas says (its words against the secrets'), null for none or a tainted canvas */
function readStrip(doc: Document, canvas: HTMLCanvasElement, src: Box): FieldKind | null {
  try {
    const g = readCanvas(doc, src.width, src.height);
    if (!g) return null;
    g.drawImage(canvas, src.left, src.top, src.width, src.height, 0, 0, src.width, src.height);
    refs ??= drawRefs(doc);
    const word = pictureName(g.getImageData(0, 0, src.width, src.height), refs);
    return SECRET_WORDS.find(([w]) => w === word)?.[1] ?? null;
  } catch {
    // tainted: unreadable, as for the page itself
    return null;
  }
}

/** A box's drawn words read again no sooner than this after they said nothing (ms): a key costs no pixel reading */
const REREAD_MS = 250;
/** Boxes looked at when the page is read (`readAll`) */
const READ_ALL = 16;

/**
 * What the page's drawn boxes and bare boxes were seen to take, kept: the secret a box's painted placeholder or drawn
 * label said once is what it takes for the rest of the document. Red team 44: a kit shows its words while the user
 * reads them and blanks them when the pointer comes over the box or the box takes the focus (fb, hv, lr), so the
 * reading at the press or the key found nothing. They are read when the page is read (`readAll`, after each scan,
 * before any pointer came near), at the press, and at the keys (a reading that found nothing is tried again, no
 * sooner than REREAD_MS later: a kit draws its label again after the reading); a secret found is never forgotten.
 */
export function drawnKinds(
  read: {
    box(el: Element): FieldKind | null;
    label(el: Element, nearby: (el: Element) => string): FieldKind | null;
  } = { box: drawnBoxKind, label: drawnLabelKind },
  now: () => number = () => performance.now(),
) {
  const kinds = new WeakMap<Element, FieldKind>();
  const empty = new WeakMap<Element, number>();
  const look = (el: Element, f: () => FieldKind | null): FieldKind | null => {
    const known = kinds.get(el);
    if (known) return known;
    const t = now();
    if (t - (empty.get(el) ?? -Infinity) < REREAD_MS) return null;
    const kind = f();
    if (kind) kinds.set(el, kind);
    else empty.set(el, t);
    return kind;
  };
  return {
    /** a box drawn on a canvas (the element that takes the keys): the secret its placeholder says or said */
    box: (el: Element | null): FieldKind | null => (el ? look(el, () => read.box(el)) : null),
    /** a box with no words of its own: the secret its drawn label says or said */
    label: (el: Element, nearby: (el: Element) => string): FieldKind | null =>
      look(el, () => read.label(el, nearby)),
    /** every drawn box and bare text box of a page that has a canvas (the first READ_ALL of each) */
    readAll(doc: Document, nearby: (el: Element) => string): void {
      if (!doc.querySelector('canvas')) return;
      for (const c of Array.from(
        doc.querySelectorAll('canvas[tabindex], [tabindex] > canvas:only-child'),
      ).slice(0, READ_ALL))
        this.box(c.hasAttribute('tabindex') ? c : c.parentElement);
      for (const el of Array.from(
        doc.querySelectorAll(
          'input:not([type]), input[type=text], input[type=tel], input[type=number], textarea',
        ),
      ).slice(0, READ_ALL))
        this.label(el, nearby);
    },
  };
}

/** The drawn boxes watched at once at most */
const WATCH_MAX = 16;
/** The watch's pace: its reading's cost times this, and not more often than every REREAD_MS */
const WATCH_COST_FACTOR = 10;

/**
 * Watches the page's boxes drawn on a canvas (`drawnBox`) from the first reading on, each read again and again
 * (`seen.box`, what `drawnKinds` keeps) until every one has said it takes a secret or none is left; then the watch
 * stops, and the next call (the next scan) starts it again. Red team 44's reading when the page is read, and red team
 * 45's at each late look (1, 2, 4, 8 … s), left gaps between two readings: a kit paints its placeholder after one look
 * and blanks it when the pointer comes near, before the next (red team 46, dl), and a saturated core moved a look past
 * the hover (red team 47, dh in Firefox: 7 keys, no warning). Now a placeholder shown for longer than the pace is read
 * while it is shown, whenever that is. The pace is the reading's own cost ×WATCH_COST_FACTOR, at least REREAD_MS: a
 * slow machine reads less often but still reads, and the page's main thread keeps nine tenths of its time. A page
 * with no drawn box pays one query per call. `after`: a timer the page cannot cancel (the content script's).
 */
export function drawnWatcher(
  seen: { box(el: Element | null): FieldKind | null },
  after: (ms: number, fn: () => void) => void,
  isBox: (el: Element | null) => boolean = (el) => drawnBox(el) !== null,
  now: () => number = () => performance.now(),
): (doc: Document) => void {
  let watching = false;
  return (doc) => {
    if (watching) return;
    watching = true;
    const tick = () => {
      const t = now();
      let open = false;
      try {
        for (const c of Array.from(
          doc.querySelectorAll('canvas[tabindex], [tabindex] > canvas:only-child'),
        ).slice(0, WATCH_MAX)) {
          const el = c.hasAttribute('tabindex') ? c : c.parentElement;
          if (isBox(el) && !seen.box(el)) open = true;
        }
      } catch {
        // a box that cannot be read: as none
      }
      if (!open) return void (watching = false);
      after(Math.max(REREAD_MS, WATCH_COST_FACTOR * (now() - t)), tick);
    };
    tick();
  };
}
