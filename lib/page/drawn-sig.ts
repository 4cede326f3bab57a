/**
 * Letters as drawn (red team 36, class C): a page's own web font may draw other letters than its text says — a
 * cmap that sends `f l o w e r s` to the glyphs of `c o u p a n g` and `K P` to those of `쿠 팡`. The DOM reads
 * "flowers"; the user sees the brand. Pure logic here (signatures of drawn glyphs, and which letter a drawing is);
 * the browser side (drawn-text.ts) draws each letter of a text in its own face and in system faces.
 *
 * A glyph's signature is its ink on a fixed baseline band: columns cut to the ink's width (where a face puts a
 * glyph sideways is noise), rows fixed (x-height, ascenders, descenders and a Hangul block's height are the
 * letter). Two drawings of one letter in different faces correlate well above two different letters.
 */
import type { Pixels } from './logo-sig';

/** A glyph drawn at this size (CSS px) into a canvas of GLYPH_W × GLYPH_H, baseline at GLYPH_BASE. */
export const GLYPH_PX = 28;
export const GLYPH_W = 64;
export const GLYPH_H = 44;
export const GLYPH_X = 10;
export const GLYPH_BASE = 32;
/** The band read: rows GLYPH_TOP … GLYPH_TOP + ROWS × ROW_H. */
const GLYPH_TOP = 3;
const ROWS = 10;
const ROW_H = 3.9;
const COLS = 6;
/** Alpha above this is ink. */
const INK = 64;

export interface GlyphSig {
  /** coverage per cell, ROWS × COLS, mean-centred and of unit length (empty: no ink) */
  v: number[];
  /** the ink's width over the drawing size */
  w: number;
}

/**
 * The signature of one glyph drawn as above, in the cell of `px` that starts at column `left` (several glyphs are
 * drawn side by side and read at once); null when the drawing has no ink (a space, a missing glyph).
 */
export function glyphSig(px: Pixels, left = 0, cell = px.width - left): GlyphSig | null {
  const { width, height, data } = px;
  let x0 = left + cell;
  let x1 = -1;
  for (let y = 0; y < height; y++)
    for (let x = left; x < left + cell; x++)
      if (data[(y * width + x) * 4 + 3]! > INK) {
        if (x < x0) x0 = x;
        if (x > x1) x1 = x;
      }
  if (x1 < x0) return null;
  const cw = (x1 - x0 + 1) / COLS;
  const v: number[] = [];
  for (let r = 0; r < ROWS; r++)
    for (let c = 0; c < COLS; c++) {
      const ya = Math.floor(GLYPH_TOP + r * ROW_H);
      const yb = Math.min(height, Math.floor(GLYPH_TOP + (r + 1) * ROW_H));
      const xa = Math.floor(x0 + c * cw);
      const xb = Math.max(xa + 1, Math.floor(x0 + (c + 1) * cw));
      let s = 0;
      let n = 0;
      for (let y = ya; y < yb; y++)
        for (let x = xa; x < xb && x <= x1; x++) {
          s += data[(y * width + x) * 4 + 3]!;
          n++;
        }
      v.push(n ? s / n / 255 : 0);
    }
  const mean = v.reduce((a, b) => a + b, 0) / v.length;
  let norm = 0;
  for (let i = 0; i < v.length; i++) norm += (v[i]! -= mean) ** 2;
  norm = Math.sqrt(norm) || 1;
  return { v: v.map((x) => x / norm), w: (x1 - x0 + 1) / GLYPH_PX };
}

/** How alike two glyphs are, −1 … 1: the correlation of their cells, 0 when their widths differ 1.8 times. */
export function glyphLikeness(a: GlyphSig, b: GlyphSig): number {
  const r = a.w > b.w ? a.w / b.w : b.w / a.w;
  if (r > 1.8) return 0;
  let s = 0;
  for (let i = 0; i < a.v.length; i++) s += a.v[i]! * (b.v[i] ?? 0);
  return s;
}

/** The drawing of a name's letters fits them this well on average … */
export const NAME_FIT = 0.85;
/** … and none less than this. */
const LETTER_FIT = 0.6;

/**
 * The name a text draws that its letters do not say: a run of its letters (spaces left out) whose drawings fit
 * the name's letters (`ref`: drawn in system faces; either case), this well on average and each of them passably,
 * where every letter that differs from the name's is drawn more like the name's letter than like its own.
 * `drawn(ch)`: the letter's glyph in the text's own face (null: no ink). Null when no name is drawn so, or when
 * the text says it anyway (then its letters are the claim, read as text).
 */
export function drawnName(
  text: string,
  names: readonly string[],
  drawn: (ch: string) => GlyphSig | null,
  ref: (ch: string) => GlyphSig[],
): string | null {
  const seq = [...text.replace(/\s+/g, '')];
  const low = seq.join('').toLowerCase();
  const fits = new Map<string, number>();
  const fit = (ch: string, letter: string): number => {
    const k = `${ch}\u0000${letter}`;
    let f = fits.get(k);
    if (f === undefined) {
      const d = drawn(ch);
      f = -1;
      if (d)
        for (const l of new Set([letter, letter.toUpperCase()]))
          for (const r of ref(l)) f = Math.max(f, glyphLikeness(d, r));
      fits.set(k, f);
    }
    return f;
  };
  for (const name of names) {
    const n = [...name.toLowerCase()];
    if (low.includes(name.toLowerCase())) continue;
    for (let s = 0; s + n.length <= seq.length; s++) {
      let sum = 0;
      let ok = true;
      for (let i = 0; ok && i < n.length; i++) {
        const ch = seq[s + i]!;
        const f = fit(ch, n[i]!);
        ok = f >= LETTER_FIT && (ch.toLowerCase() === n[i] || f > fit(ch, ch.toLowerCase()));
        sum += f;
      }
      if (ok && sum / n.length >= NAME_FIT) return name;
    }
  }
  return null;
}

/**
 * Whether a text that says a name draws none of it as letters: every letter of the name's run drawn with no ink
 * or fitting no letter of its own (a symbol or icon font). A name drawn in a face of its own, however
 * ornate, still shows it: that is kept.
 */
export function nameUndrawn(
  text: string,
  names: readonly string[],
  drawn: (ch: string) => GlyphSig | null,
  ref: (ch: string) => GlyphSig[],
): boolean {
  const seq = [...text.replace(/\s+/g, '')];
  const low = seq.join('').toLowerCase();
  let said = false;
  for (const name of names) {
    const at = low.indexOf(name.toLowerCase());
    if (at < 0) continue;
    said = true;
    for (const ch of seq.slice(at, at + [...name].length)) {
      const d = drawn(ch);
      if (d && Math.max(-1, ...ref(ch).map((r) => glyphLikeness(d, r))) >= UNDRAWN_FIT) return false;
    }
  }
  return said;
}
/** A letter's drawing fitting its own letter less than this is no drawing of it. */
const UNDRAWN_FIT = 0.3;
