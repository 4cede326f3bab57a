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

function drawRefs(doc: Document): Map<string, WordSig[]> {
  const out = new Map<string, WordSig[]>();
  const c = doc.createElement('canvas');
  c.width = 420;
  c.height = 60;
  const g = c.getContext('2d', { willReadFrequently: true });
  if (!g) return out;
  for (const [word] of SECRET_WORDS)
    for (const [face, ink] of FACES) {
      g.fillStyle = '#fff';
      g.fillRect(0, 0, c.width, c.height);
      g.fillStyle = ink;
      g.font = face;
      g.fillText(word, 10, 46);
      const s = wordSig(g.getImageData(0, 0, c.width, c.height));
      if (s) out.set(word, [...(out.get(word) ?? []), s]);
    }
  return out;
}

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
    const c = doc.createElement('canvas');
    c.width = canvas.width;
    c.height = canvas.height;
    const g = c.getContext('2d', { willReadFrequently: true });
    if (!g) return null;
    g.drawImage(canvas, 0, 0);
    const px = g.getImageData(0, 0, c.width, c.height);
    refs ??= drawRefs(doc);
    const word = pictureName(px, refs);
    return SECRET_WORDS.find(([w]) => w === word)?.[1] ?? null;
  } catch {
    // tainted (a cross-origin picture drawn in it): unreadable, as for the page itself
    return null;
  }
}

/** The strip above a box its drawn label is read in, in CSS pixels */
const LABEL_STRIP = 28;

/** A box with no words of its own: no label, placeholder, title or accessible name, no text just before it */
function wordless(el: Element, nearby: (el: Element) => string): boolean {
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

/**
 * What a box with no words of its own takes, as the label a canvas under it draws just above it says (au090's class:
 * the whole form drawn on a canvas, bare boxes laid over it): the strip of the canvas above the box read against the
 * secrets' words. Null when the box has words, no canvas lies under that strip, or the strip says none of them.
 */
export function drawnLabelKind(el: Element, nearby: (el: Element) => string): FieldKind | null {
  if (!/^(input|textarea)$/.test(el.localName) || !wordless(el, nearby)) return null;
  const doc = el.ownerDocument;
  const r = el.getBoundingClientRect();
  if (!(r.width > 0)) return null;
  const canvas = (doc.elementsFromPoint?.(r.left + 4, r.top - LABEL_STRIP / 2) ?? []).find(
    (e) => e.localName === 'canvas',
  ) as HTMLCanvasElement | undefined;
  if (!canvas?.width || !canvas.height) return null;
  const cr = canvas.getBoundingClientRect();
  if (!(cr.width > 0 && cr.height > 0)) return null;
  const kx = canvas.width / cr.width;
  const ky = canvas.height / cr.height;
  const sx = Math.max(0, Math.floor((r.left - cr.left) * kx));
  const sy = Math.max(0, Math.floor((r.top - LABEL_STRIP - cr.top) * ky));
  const sw = Math.min(canvas.width - sx, Math.ceil(r.width * kx));
  const sh = Math.min(canvas.height - sy, Math.ceil((r.top - cr.top) * ky) - sy);
  if (!(sw > 0 && sh > 0)) return null;
  try {
    const c = doc.createElement('canvas');
    c.width = sw;
    c.height = sh;
    const g = c.getContext('2d', { willReadFrequently: true });
    if (!g) return null;
    g.drawImage(canvas, sx, sy, sw, sh, 0, 0, sw, sh);
    refs ??= drawRefs(doc);
    const word = pictureName(g.getImageData(0, 0, sw, sh), refs);
    return SECRET_WORDS.find(([w]) => w === word)?.[1] ?? null;
  } catch {
    // tainted: unreadable, as for the page itself
    return null;
  }
}
