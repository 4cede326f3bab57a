/**
 * Exact necessary conditions for a brand token to match a label, cheap enough for every label of every host:
 * - look-alike match anywhere: the label's "visual class" string (look-alike letters merged into one class, runs
 *   collapsed so rn/m and vv/w line up) contains the token's; before building that string, the label must hold every
 *   class of the token (a bit mask) and every pair of neighbouring classes (a 32-bit hash of the pairs);
 * - typing slip: the label, or one of its tokens between hyphens and digits, is within one letter of the token's
 *   length and holds all its letters but one (a slip is only counted on a whole token, see match-brand.ts).
 * Only labels passing one of them go to the approximate matcher (approx.ts).
 */
import { WILDCARD } from './fold';

/** Edits a token may absorb: one typo (cost 2) or two look-alike characters (cost 1 each). */
export const MAX_COST = 2;

/** Look-alike classes (approx.ts VISUAL_PAIRS and VISUAL_MULTI, closed under transitivity). */
const CLASS: Record<string, string> = {
  e: 'c',
  q: 'g',
  m: 'n',
  r: 'n',
  v: 'u',
  w: 'u',
  i: 'l',
  d: 'b',
  '8': '3',
  '9': '6',
};
/** Two letters passing for one that the classes cannot express, and the class they stand for. */
const DIGRAPHS: Record<string, string> = { cl: 'b', dl: 'b', lb: 'b', lh: 'h', lc: 'k', ik: 'k' };
const DIGRAPH_RE = new RegExp(Object.keys(DIGRAPHS).join('|'));
const DIGRAPH_TARGETS = new Set(Object.values(DIGRAPHS));

/** Per ASCII code: index (0-25) of the class letter of a folded letter (0 reads as o, 1 as l), -1 otherwise. */
export const CLASS_CODE = new Int8Array(128).fill(-1);
for (let c = 97; c <= 122; c++) {
  const ch = String.fromCharCode(c);
  CLASS_CODE[c] = (CLASS[ch] ?? ch).charCodeAt(0) - 97;
}
CLASS_CODE[48] = CLASS_CODE[111]!;
CLASS_CODE[49] = CLASS_CODE[108]!;

/**
 * The look-alike classes a label's letter mask (HOST_CHAR) holds, by four tables over its bits 0-6, 7-13, 14-20 and
 * 21-25: the classes a label's characters hold are exactly its letters' (0 and 1 read as o and l, as in the mask),
 * so most labels are told they lack a token's classes without reading a character again.
 */
const CLASSES_BY_MASK = new Int32Array(4 * 128);
for (let part = 0; part < 4; part++)
  for (let v = 0; v < 128; v++) {
    let classes = 0;
    for (let b = 0; b < 7; b++) {
      const bit = part * 7 + b;
      if ((v & (1 << b)) !== 0 && bit < 26) classes |= 1 << CLASS_CODE[97 + bit]!;
    }
    CLASSES_BY_MASK[part * 128 + v] = classes;
  }

/** The look-alike classes of a label whose letter mask is `mask` (what classesOf finds in its characters). */
export function maskClasses(mask: number): number {
  return (
    CLASSES_BY_MASK[mask & 127]! |
    CLASSES_BY_MASK[128 + ((mask >>> 7) & 127)]! |
    CLASSES_BY_MASK[256 + ((mask >>> 14) & 127)]! |
    CLASSES_BY_MASK[384 + ((mask >>> 21) & 31)]!
  );
}

export const DOT = -1;
export const OTHER = -2;
/** Mask bit for a character that is not a letter (digit, hyphen): such labels need folding. */
export const NOT_LETTER = 1 << 26;
/** Per ASCII code: the letter's bit (0 reads as o, 1 as l) | NOT_LETTER for digits and '-', DOT, or OTHER. */
export const HOST_CHAR = new Int32Array(128).fill(OTHER);
for (let c = 97; c <= 122; c++) HOST_CHAR[c] = 1 << (c - 97);
for (let c = 50; c <= 57; c++) HOST_CHAR[c] = NOT_LETTER;
HOST_CHAR[45] = NOT_LETTER;
HOST_CHAR[48] = NOT_LETTER | (1 << 14);
HOST_CHAR[49] = NOT_LETTER | (1 << 11);
HOST_CHAR[46] = DOT;

/** Letter mask of one ASCII label, by HOST_CHAR (other characters add nothing). */
export function hostLabelMask(label: string): number {
  let mask = 0;
  for (let i = 0; i < label.length; i++) {
    const c = label.charCodeAt(i);
    const b = c < 128 ? HOST_CHAR[c]! : OTHER;
    if (b > 0) mask |= b;
  }
  return mask;
}

/** Bit (of 32) for the pair of neighbouring classes a, b. */
export function pairBit(a: number, b: number): number {
  return 1 << (Math.imul(a * 26 + b + 1, 0x9e3779b1) >>> 27);
}

/** CLASS by char code below 128 (a letter's class, or the character itself): an array read, not a property look-up. */
const CLASS_OF: readonly string[] = Array.from({ length: 128 }, (_, c) => {
  const ch = String.fromCharCode(c);
  return CLASS[ch] ?? ch;
});

/** Look-alike letters merged into one class and runs collapsed (so "rn" and "m" both read "n", "vv" and "w" "u"). */
export function visualClass(folded: string): string {
  let out = '';
  let prev = '';
  for (let i = 0; i < folded.length; i++) {
    const code = folded.charCodeAt(i);
    const k = code < 128 ? CLASS_OF[code]! : folded[i]!;
    if (k !== prev) out += k;
    prev = k;
  }
  return out;
}

/** Bit per letter a-z present in text[start, end). */
export function letterMask(text: string, start: number, end: number): number {
  let mask = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i) - 97;
    if (c >= 0 && c < 26) mask |= 1 << c;
  }
  return mask;
}

export function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

export interface TokenShape {
  text: string;
  cls: string;
  /** the token has letters with two-letter look-alikes (d as cl ...) */
  digraphs: boolean;
  mask: number;
  /** distinct letters */
  distinct: number;
  /** class bits of the token's letters (classes with two-letter look-alikes left out) */
  classes: number;
  /** pairBit of every pair of neighbouring classes (pairs with such classes left out) */
  pairs: number;
}

export function tokenShape(text: string): TokenShape {
  const mask = letterMask(text, 0, text.length);
  const cls = visualClass(text);
  let classes = 0;
  let pairs = 0;
  for (let i = 0; i < cls.length; i++) {
    if (DIGRAPH_TARGETS.has(cls[i]!)) continue;
    const k = cls.charCodeAt(i) - 97;
    classes |= 1 << k;
    if (i > 0 && !DIGRAPH_TARGETS.has(cls[i - 1]!)) pairs |= pairBit(cls.charCodeAt(i - 1) - 97, k);
  }
  const digraphs = [...cls].some((c) => DIGRAPH_TARGETS.has(c));
  return { text, cls, digraphs, mask, distinct: popcount(mask), classes, pairs };
}

export interface LabelShape {
  /** folded text */
  text: string;
  cls: string;
  /** the label and its tokens between hyphens and digits, as [start, end) in `text` */
  ranges: ReadonlyArray<readonly [number, number]>;
  /** letter mask of each range */
  masks: readonly number[];
  wildcard: boolean;
  /** the label has two letters that pass for one the classes do not cover (cl for d ...) */
  digraphs: boolean;
}

export function labelShape(text: string, tokens: ReadonlyArray<readonly [number, number]>): LabelShape {
  const ranges: Array<readonly [number, number]> = [[0, text.length]];
  for (const r of tokens) if (r[0] !== 0 || r[1] !== text.length) ranges.push(r);
  return {
    text,
    cls: visualClass(text),
    ranges,
    masks: ranges.map(([s, e]) => letterMask(text, s, e)),
    wildcard: text.includes(WILDCARD),
    digraphs: DIGRAPH_RE.test(text),
  };
}

/**
 * Folded text and tokens of a plain ASCII label ([a-z0-9-]), the same as fold.ts gives without its tables: tokens
 * split at hyphens and digits 2-9, and split at hyphens and all digits (0 and 1 may stand for o and l).
 */
export function asciiLabelShape(label: string): LabelShape {
  let text = '';
  const tokens: Array<readonly [number, number]> = [];
  let wide = 0;
  let narrow = 0;
  for (let i = 0; i <= label.length; i++) {
    const c = i < label.length ? label.charCodeAt(i) : 45;
    if (c === 45 || (c >= 50 && c <= 57)) {
      if (text.length > wide) tokens.push([wide, text.length]);
      if (narrow !== wide && text.length > narrow) tokens.push([narrow, text.length]);
      if (c !== 45) text += label[i];
      wide = narrow = text.length;
    } else if (c === 48 || c === 49) {
      if (text.length > narrow) tokens.push([narrow, text.length]);
      text += c === 48 ? 'o' : 'l';
      narrow = text.length;
    } else text += label[i];
  }
  return labelShape(text, tokens);
}

/**
 * Could range `k` of the label be `token` with one typing slip? A slip changes the length by one letter at most
 * and loses at most one of the token's letters. (Look-alike characters are mayLookAlike's part.)
 */
export function maySlip(shape: LabelShape, k: number, token: TokenShape): boolean {
  const r = shape.ranges[k]!;
  return (
    Math.abs(r[1] - r[0] - token.text.length) <= 1 &&
    popcount(shape.masks[k]! & token.mask) >= token.distinct - 1
  );
}

/** Could `token` match the label with look-alike characters only (anywhere in the label)? */
export function mayLookAlike(shape: LabelShape, token: TokenShape): boolean {
  return shape.wildcard || shape.cls.includes(token.cls) || (token.digraphs && shape.digraphs);
}
