/**
 * Words drawn in a picture (red team 41, class P): a sign-in whose brand, labels and button are only pixels of a
 * picture, transparent boxes laid over it, says nothing in its markup. Pure logic here: the picture's ink cut into
 * lines and letter blocks, and a run of blocks compared, as one word, with the brand's names drawn in system faces
 * (`wordSig` of a canvas the browser side draws). The browser side (picture-read.ts) decides when a picture is read.
 *
 * A word's signature is its ink over its own bounding box on a fixed grid (coverage per cell, mean-centred, unit
 * length) and its aspect: the face, size and colours a kit draws with change little of it; other words of the
 * same length fit it less (a coarse OCR of one word, not of letters).
 */
import type { Pixels } from './logo-sig';

const ROWS = 8;
const COLS = 24;
/** A word's drawing fits the name's this well (correlation of cells) … */
export const WORD_FIT = 0.78;
/** … with an aspect (width over height) within this factor of the name's. */
const ASPECT = 1.3;
/** A luminance this far from the picture's own background (0–255) is ink. */
const INK = 70;
/** Blocks of a word lie at most this many line heights apart (a space between words is wider). */
const GAP = 0.45;
/** Pictures larger than this many pixels are not read (a page's photograph, not a form). */
export const MAX_PIXELS = 1_500_000;

export interface WordSig {
  v: number[];
  aspect: number;
}

/**
 * The ink mask of a picture: each pixel over white, against its most common luminance (its background), or with
 * `byRow`, against its row's most common one (a name drawn on a colour band across the picture: red team 42, cb).
 */
function inkMask(px: Pixels, byRow = false): Uint8Array {
  const { width, height, data } = px;
  const lum = new Uint8Array(width * height);
  for (let i = 0; i < width * height; i++) {
    const a = data[i * 4 + 3]! / 255;
    lum[i] = (0.299 * data[i * 4]! + 0.587 * data[i * 4 + 1]! + 0.114 * data[i * 4 + 2]!) * a + 255 * (1 - a);
  }
  const mode = (from: number, to: number) => {
    const hist = new Uint32Array(32);
    for (let i = from; i < to; i++) hist[lum[i]! >> 3]!++;
    let bin = 0;
    for (let b = 1; b < 32; b++) if (hist[b]! > hist[bin]!) bin = b;
    return bin * 8 + 4;
  };
  const out = new Uint8Array(width * height);
  let bg = mode(0, width * height);
  // (on a band, dark text on a dark colour is still read by the user: a lower contrast is ink there)
  const ink = byRow ? INK / 2 : INK;
  for (let y = 0; y < height; y++) {
    if (byRow) bg = mode(y * width, (y + 1) * width);
    for (let i = y * width; i < (y + 1) * width; i++) out[i] = Math.abs(lum[i]! - bg) > ink ? 1 : 0;
  }
  return out;
}

/**
 * The size a picture is read at: its own, or scaled down to at most MAX_PIXELS (rounded down: rounded to nearest, a
 * large picture came out a few pixels over and was never read — red team 42, hg).
 */
export function fitSize(w0: number, h0: number): { w: number; h: number } {
  const k = Math.min(1, Math.sqrt(MAX_PIXELS / Math.max(1, w0 * h0)));
  return { w: Math.floor(w0 * k), h: Math.floor(h0 * k) };
}

/** Whether a picture has any ink (a transparent or one-colour picture has none). */
export function hasInk(px: Pixels): boolean {
  return inkMask(px).includes(1);
}

/** The url()s of a CSS background or `content` value, its top layer first. */
export function cssUrls(css: string): string[] {
  return Array.from(css.matchAll(/url\(\s*(["']?)(.*?)\1\s*\)/gi), (m) => m[2]!).filter(Boolean);
}

export interface Placed {
  /** the picture lies under the box's centre */
  under: boolean;
  /** under it: its area (the tightest is the sign-in the box sits on); else its distance from the box's centre */
  rank: number;
}

/** Where a picture lies against the box's centre (red team 42: a kit puts decoy pictures before its sign-in). */
export function placed(
  r: { left: number; top: number; right: number; bottom: number },
  cx: number,
  cy: number,
): Placed {
  const under = r.left <= cx && cx <= r.right && r.top <= cy && cy <= r.bottom;
  return {
    under,
    rank: under
      ? (r.right - r.left) * (r.bottom - r.top)
      : Math.hypot(Math.max(r.left - cx, 0, cx - r.right), Math.max(r.top - cy, 0, cy - r.bottom)),
  };
}

/** The order pictures are read in: those under the box, tightest first, then the others, nearest first. */
export const readOrder = (a: Placed, b: Placed): number =>
  Number(b.under) - Number(a.under) || a.rank - b.rank;

interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/** The signature of the ink inside `b` (inclusive), or null when it has none. */
function sigOf(mask: Uint8Array, width: number, b: Box): WordSig | null {
  const w = b.x1 - b.x0 + 1;
  const h = b.y1 - b.y0 + 1;
  if (w < 2 || h < 4) return null;
  const v: number[] = [];
  for (let r = 0; r < ROWS; r++)
    for (let c = 0; c < COLS; c++) {
      const ya = b.y0 + Math.floor((r * h) / ROWS);
      const yb = Math.max(ya + 1, b.y0 + Math.floor(((r + 1) * h) / ROWS));
      const xa = b.x0 + Math.floor((c * w) / COLS);
      const xb = Math.max(xa + 1, b.x0 + Math.floor(((c + 1) * w) / COLS));
      let s = 0;
      for (let y = ya; y < yb; y++) for (let x = xa; x < xb; x++) s += mask[y * width + x]!;
      v.push(s / ((yb - ya) * (xb - xa)));
    }
  const mean = v.reduce((a, x) => a + x, 0) / v.length;
  let norm = 0;
  for (let i = 0; i < v.length; i++) norm += (v[i]! -= mean) ** 2;
  if (!norm) return null;
  norm = Math.sqrt(norm);
  return { v: v.map((x) => x / norm), aspect: w / h };
}

/** The ink's bounding box inside `b`, or null. */
function inkBox(mask: Uint8Array, width: number, b: Box): Box | null {
  let x0 = Infinity;
  let x1 = -1;
  let y0 = Infinity;
  let y1 = -1;
  for (let y = b.y0; y <= b.y1; y++)
    for (let x = b.x0; x <= b.x1; x++)
      if (mask[y * width + x]) {
        if (x < x0) x0 = x;
        if (x > x1) x1 = x;
        if (y < y0) y0 = y;
        if (y > y1) y1 = y;
      }
  return x1 < 0 ? null : { x0, x1, y0, y1 };
}

/** A name drawn alone (a canvas with the name in a system face): the signature of all its ink. */
export function wordSig(px: Pixels): WordSig | null {
  const mask = inkMask(px);
  const b = inkBox(mask, px.width, { x0: 0, x1: px.width - 1, y0: 0, y1: px.height - 1 });
  return b && sigOf(mask, px.width, b);
}

function likeness(a: WordSig, b: WordSig): number {
  const r = a.aspect > b.aspect ? a.aspect / b.aspect : b.aspect / a.aspect;
  if (r > ASPECT) return -1;
  let s = 0;
  for (let i = 0; i < a.v.length; i++) s += a.v[i]! * b.v[i]!;
  return s;
}

/**
 * The name a picture draws: its ink cut into lines (rows with no ink between them) and each line into blocks
 * (columns with no ink between them); runs of up to `maxBlocks` neighbouring blocks, read as one word, compared
 * with each name's drawings (`refs`: name → its signatures in system faces). Null when none fits.
 */
export function pictureName(
  px: Pixels,
  refs: ReadonlyMap<string, readonly WordSig[]>,
  maxBlocks = 12,
  fit = WORD_FIT,
): string | null {
  const { width, height } = px;
  if (!width || !height || width * height > MAX_PIXELS) return null;
  return nameIn(px, inkMask(px), refs, maxBlocks, fit) ?? nameIn(px, inkMask(px, true), refs, maxBlocks, fit);
}

function nameIn(
  px: Pixels,
  mask: Uint8Array,
  refs: ReadonlyMap<string, readonly WordSig[]>,
  maxBlocks: number,
  fit: number,
): string | null {
  const { width, height } = px;
  const rowInk = (y: number) => {
    for (let x = 0; x < width; x++) if (mask[y * width + x]) return true;
    return false;
  };
  for (let y = 0; y < height;) {
    if (!rowInk(y)) {
      y++;
      continue;
    }
    const y0 = y;
    while (y < height && rowInk(y)) y++;
    const y1 = y - 1;
    // a line's blocks: runs of columns with ink in it
    const blocks: Box[] = [];
    for (let x = 0; x < width && blocks.length < 200;) {
      let ink = false;
      for (let yy = y0; yy <= y1 && !ink; yy++) ink = !!mask[yy * width + x];
      if (!ink) {
        x++;
        continue;
      }
      const x0 = x;
      for (; x < width; x++) {
        let more = false;
        for (let yy = y0; yy <= y1 && !more; yy++) more = !!mask[yy * width + x];
        if (!more) break;
      }
      blocks.push({ x0, x1: x - 1, y0, y1 });
    }
    const lineH = y1 - y0 + 1;
    for (let i = 0; i < blocks.length; i++)
      for (let j = i; j < blocks.length && j < i + maxBlocks; j++) {
        if (j > i && blocks[j]!.x0 - blocks[j - 1]!.x1 > lineH * GAP) break;
        const box = inkBox(mask, width, { x0: blocks[i]!.x0, x1: blocks[j]!.x1, y0, y1 });
        const sig = box && sigOf(mask, width, box);
        if (!sig) continue;
        for (const [name, sigs] of refs) if (sigs.some((r) => likeness(sig, r) >= fit)) return name;
      }
  }
  return null;
}
