/**
 * Does one host label imitate a brand? Exact containment of a brand token in the folded label (homoglyphs and
 * hyphens already folded away), else an approximate match within the token's budget (approx.ts), else a Hangul
 * brand name. Returns the evidence a UI needs: which characters were swapped for what, which typing slip.
 */
import {
  composeJamo,
  editDistance,
  hangulToKeys,
  joinWord,
  keysToHangul,
  romanize,
  toJamo,
} from '../letters';
import { lookAlikeSearch, oneSlip, type Alignment, type Costs } from './approx';
import {
  ANYWHERE_MIN,
  splittable,
  type BrandInfo,
  type BrandToken,
  type CompiledLists,
  type HangulName,
} from './compile';
import { foldChar, foldLabel, WILDCARD, type FoldedLabel } from './fold';
import {
  labelShape,
  letterMask,
  MAX_COST,
  mayLookAlike,
  maySlip,
  popcount,
  type LabelShape,
} from './prefilter';
import { extraWords, GLUE_LONGEST, GLUED_PLACE, isGlueWord, romanisedKorean } from './lure';
import type { CharSwap } from './types';

export interface LabelMatch {
  brand: BrandInfo;
  /** the brand token (Latin) or Hangul name matched */
  token: string;
  hangul: boolean;
  /** label text in Unicode */
  label: string;
  /** the label is the brand name itself, nothing added, nothing changed */
  whole: boolean;
  /** what the label adds around the brand (combosquat words), '' when nothing */
  extra: string;
  swaps: CharSwap[];
  /** the typing slip, after dnstwist's class names (omission, transposition, ...) */
  typo?: string;
  cost: number;
  score: number;
  /**
   * the label is a real word that merely lies near the brand (a romanised name that is also a city, a French word
   * one slip from it): a look-alike only with more evidence (a lure word, another brand word)
   */
  weak: boolean;
}

const COSTS: Record<'typo' | 'strict', Costs> = {
  typo: { typo: 2, visual: 1, max: MAX_COST },
  strict: { typo: MAX_COST + 1, visual: 1, max: MAX_COST },
};
const VOWELS = 'aeiou';

function codePoint(cp: number): string {
  const hex = cp.toString(16).toUpperCase();
  return 'U+' + (hex.length < 4 ? '0000'.slice(hex.length) + hex : hex);
}

function swap(index: number, found: string, imitates: string): CharSwap {
  const first = found.codePointAt(0) ?? 0;
  const codes =
    found.length === 1 || (found.length === 2 && first > 0xffff)
      ? codePoint(first)
      : [...found].map((c) => codePoint(c.codePointAt(0) ?? 0)).join(' ');
  return { index, found, imitates, codePoint: codes };
}

/** dnstwist-style name of a single typing slip, or 'multiple'. */
function typoClass(a: Alignment, token: string, text: string): string | undefined {
  const slips = a.ops.filter((o) => o.op !== 'visual');
  if (slips.length === 0) return undefined;
  if (slips.length > 1) return 'multiple';
  const o = slips[0]!;
  switch (o.op) {
    case 'del':
      return 'omission';
    case 'swap':
      return 'transposition';
    case 'ins': {
      const c = text[o.t];
      if (c === token[o.p - 1] || c === token[o.p]) return 'repetition';
      if (o.p === token.length) return 'addition';
      return c === 's' ? 'plural' : 'insertion';
    }
    case 'sub': {
      const p = token[o.p]!;
      const t = text[o.t]!;
      if (VOWELS.includes(p) && VOWELS.includes(t)) return 'vowel-swap';
      const x = p.charCodeAt(0) ^ t.charCodeAt(0);
      if ((x & (x - 1)) === 0) return 'bitsquatting';
      return 'replacement';
    }
  }
}

function evidence(f: FoldedLabel, a: Alignment, token: string): CharSwap[] {
  const swaps = new Map<number, CharSwap>();
  const first = f.origin[a.start] ?? 0;
  const last = a.end > a.start ? (f.origin[a.end - 1] ?? first) : first;
  // characters the skeleton folded (Cyrillic о, accented ç, digit 0 ...)
  for (let k = first; k <= last; k++) {
    const ch = f.chars[k]!;
    const folded = foldChar(ch);
    if (folded === ch || folded === '' || folded === WILDCARD) continue;
    swaps.set(k, swap(k, ch, folded));
  }
  // look-alikes the alignment found (c/e, rn/m, unmapped letters ...)
  for (const o of a.ops) {
    if (o.op !== 'visual') continue;
    const k = f.origin[o.t] ?? 0;
    const found = o.tLen === 2 ? f.chars[k]! + (f.chars[f.origin[o.t + 1] ?? k] ?? '') : f.chars[k]!;
    swaps.set(k, swap(k, found, token.slice(o.p, o.p + o.pLen)));
  }
  return [...swaps.values()].sort((x, y) => x.index - y.index);
}

const SEPARATOR = /^[-0-9]?$/;

/**
 * Where the label spells `token` out: anywhere for a long, distinctive name ("coupang" in "shopcoupangs"); for a
 * short one only as a whole token between the label's ends, hyphens and digits (a list's four-letter brand must
 * not match inside every word that holds those letters). -1 when it does not.
 */
function spelledOut(f: FoldedLabel, t: BrandToken): number {
  const token = t.text;
  let at = f.text.indexOf(token);
  // (a joined token only as one run of letters, no hyphen inside: `kupangwow`, not `kupang-wow`)
  if (t.joined === true)
    while (at >= 0 && hasHyphen(f, { cost: 0, start: at, end: at + token.length, ops: [] }))
      at = f.text.indexOf(token, at + 1);
  if (token.length >= ANYWHERE_MIN || t.anywhere) return at;
  for (; at >= 0; at = f.text.indexOf(token, at + 1)) {
    if (t.joined === true && hasHyphen(f, { cost: 0, start: at, end: at + token.length, ops: [] })) continue;
    const first = f.origin[at] ?? 0;
    const last = f.origin[at + token.length - 1] ?? first;
    const before = SEPARATOR.test(f.chars[first - 1] ?? '');
    const after = SEPARATOR.test(f.chars[last + 1] ?? '');
    if (before && after) return at;
    // a romanised name or a product's name with a lure, filler, trade or place word glued on (`kupangmall`,
    // `kupangbosang`, `coupayapp`, `kupengtw`): the word says what the name is, as a hyphen would
    if (
      (t.kind === 'romanized' || t.kind === 'alias') &&
      (before || after) &&
      gluedWords(f, first, last, before)
    )
      return at;
  }
  return -1;
}

/** Is the part of the label glued to f.chars[first..last] (after it when `before` holds, else before it) glue words? */
function gluedWords(f: FoldedLabel, first: number, last: number, before: boolean): boolean {
  let i = before ? last + 1 : first - 1;
  let word = '';
  for (; i >= 0 && i < f.chars.length && !SEPARATOR.test(f.chars[i]!); i += before ? 1 : -1)
    word = before ? word + f.chars[i]! : f.chars[i]! + word;
  return (
    word.length >= 2 &&
    word.length <= 24 &&
    /^[a-z]+$/.test(word) &&
    extraWords(word, undefined, GLUED_PLACE) !== 'other'
  );
}

function hasHyphen(f: FoldedLabel, a: Alignment): boolean {
  const first = f.origin[a.start] ?? 0;
  const last = f.origin[a.end - 1] ?? first;
  for (let k = first; k <= last; k++) if (f.chars[k] === '-') return true;
  return false;
}

/** The label's characters outside the match, e.g. "refund" for coupang-refund, "bk-live" for bk-coupang-live. */
function remainder(f: FoldedLabel, a: Alignment): string {
  if (a.start === 0 && a.end === f.text.length) return '';
  const first = a.start < f.origin.length ? f.origin[a.start]! : f.chars.length;
  const last = a.end > 0 ? f.origin[a.end - 1]! : -1;
  const parts = [f.chars.slice(0, first).join(''), f.chars.slice(last + 1).join('')];
  return parts
    .map((p) => p.replace(/^-+|-+$/g, ''))
    .filter(Boolean)
    .join('-');
}

/**
 * The cheapest way `token` appears in the label without being spelled out: anywhere with look-alike characters
 * only (homoglyphs), or, for tokens in typo mode, as a whole token of the label (its full text, or a part between
 * hyphens and digits) with one typing slip. Slips only count on whole tokens: "coupagn-event" is a typo of
 * coupang, while the French "coupage" and "redecoupage" merely share six letters with it.
 */
function alignApprox(
  t: BrandToken,
  f: FoldedLabel,
  shape: LabelShape,
  lists: CompiledLists,
): Alignment | null {
  let best = mayLookAlike(shape, t.shape) ? lookAlikeSearch(t.text, f.text, COSTS.strict) : null;
  // a short name counts only as a whole token of the label, with look-alike letters too
  if (best && t.text.length < ANYWHERE_MIN && !t.anywhere && !isRange(shape, best.start, best.end))
    best = null;
  if (t.mode === 'strict' && !best && t.kind === 'name' && t.text.length >= DOUBLED_MIN)
    for (const [s, e] of shape.ranges) {
      const a = doubledLetter(t.text, f.text, s, e);
      if (a) return a;
    }
  if (t.mode !== 'typo') return best;
  for (let k = 0; k < shape.ranges.length; k++) {
    if (!maySlip(shape, k, t.shape)) continue;
    const [s, e] = shape.ranges[k]!;
    const a = oneSlip(t.text, f.text.slice(s, e), COSTS.typo);
    if (!a || (best && a.cost >= best.cost)) continue;
    // a romanisation takes a letter added (kupaang, koopang), not changed: kupong and kuping are real words; and
    // the letter added keeps the sound: one of its neighbours doubled (kupaang, kuppang), or a romanisation's own
    // marks, h for an aspirated consonant and w for Yale's ㅜ (khupang, kwupang). Another letter lands on the other
    // -pang words of the region and beyond (the Malay kumpang, Norway's Viking town Kaupang)
    if (
      t.kind === 'romanized' &&
      a.ops.some((o) => o.op !== 'ins' || !addedSound(t.text, o.p, f.text.charAt(s + o.t)))
    )
      continue;
    best = {
      cost: a.cost,
      start: a.start + s,
      end: a.end + s,
      ops: a.ops.map((o) => ({ ...o, t: o.t + s })),
    };
  }
  if (best || t.kind !== 'name') return best;
  for (const [s, e] of shape.ranges) {
    const a =
      gluedSlip(t.text, f.text, s, e, lists) ??
      twoKeySlips(t.text, f.text, s, e) ??
      keySwap(t.text, f.text, s, e) ??
      dropSwap(t.text, f.text, s, e) ??
      soundSlip(t.text, f.text, s, e) ??
      shuffled(t.text, f.text, s, e);
    if (a) return a;
  }
  return null;
}

/** A letter added to a romanisation at token position p that keeps its sound (h, w or a neighbour doubled). */
function addedSound(token: string, p: number, c: string): boolean {
  return c === 'h' || c === 'w' || c === token[p - 1] || c === token[p];
}

/** soundSlip over the label's whole tokens: a label holding too few of the name's letters for any other slip. */
function soundRanges(token: string, text: string, shape: LabelShape): Alignment | null {
  for (const [s, e] of shape.ranges) {
    const a = soundSlip(token, text, s, e);
    if (a) return a;
  }
  return null;
}

/**
 * A long core name as it sounds and is typed in a hurry: k, q and c one letter, a run of o and u one vowel (쿠 is
 * written cu, ku, koo, kou), a doubled letter one letter, `ph` after a u a p (팡 written `phang`, its aspiration
 * marked). Spelled so, the whole token must be the name, or the name with a vowel added or two letters swapped
 * (`cuopnag`, `koupnag`, `coopaeng`, `copuangg`, `cuppang`).
 */
const tokenKeys = new Map<string, string>();

/** soundKey of a brand token, kept: tokens are few and fixed, labels are many. */
export function tokenSoundKey(token: string): string {
  let k = tokenKeys.get(token);
  if (k === undefined) {
    k = soundKey(token);
    if (tokenKeys.size < 1000) tokenKeys.set(token, k);
  }
  return k;
}

export function soundKey(s: string): string {
  let out = '';
  let prev = '';
  for (let i = 0; i < s.length; i++) {
    let c = s[i]!;
    // q sounds as k before a vowel only (`qupang`); a final q is a g's look-alike (`cupanq`)
    if (c === 'k' || (c === 'q' && 'uowa'.includes(s[i + 1] ?? 'x'))) c = 'c';
    else if (c === 'o') c = 'u';
    // `ow` sounds as `ou` (cow-pang): a w after a vowel is the vowel run's
    else if (c === 'w' && (prev === 'u' || prev === 'a')) c = 'u';
    // `ph` after a u is 쿠팡's ㅍ with its aspiration written (McCune-Reischauer's p', `cuphang`, `kouphang`): the
    // h is the p's (after an o it is Thai's Ko Ph-, an island's name, left as written)
    else if (c === 'h' && prev === 'p' && s[i - 2] === 'u') continue;
    if (c !== prev) out += c;
    prev = c;
  }
  return out;
}

function soundSlip(token: string, text: string, s: number, e: number): Alignment | null {
  if (token.length < TWO_SLIPS_MIN || e - s < token.length - 1 || e - s > token.length + 2) return null;
  const key = tokenSoundKey(token);
  const got = soundKey(text.slice(s, e));
  // the name's first sound kept (ku-, cou-): `kaupang`, a Viking town, is not coupang misheard
  if (got[0] !== key[0] || got[1] !== key[1]) return null;
  const a = oneSlip(key, got, COSTS.typo);
  // a vowel added (`coopaeng`) or two letters swapped; a consonant added or a letter changed lands on real words
  // (`kompang`, a Malay drum; `cupping`), except a letter changed for one that passes for it (`cowpamg`: m for n,
  // `cupanq`: q for g), a look-alike on top of the sound
  if (
    !a ||
    a.ops.some((o) => o.op !== 'swap' && !(o.op === 'ins' && VOWELS.includes(got[o.t]!)) && o.op !== 'visual')
  )
    return null;
  // two slips as written, at the least: the evidence says so (`multiple`)
  return {
    cost: MAX_COST,
    start: s,
    end: e,
    ops: [
      { op: 'sub', p: 0, t: s },
      { op: 'sub', p: token.length - 1, t: e - 1 },
    ],
  };
}

/**
 * A long core name with its own letters shuffled the ways a hurried hand or a scammer does, the whole token being
 * nothing else: one letter moved (`caoupng`, `coupnga`: the a moved), two pairs of neighbours swapped (`copuagn`),
 * or its halves turned round (`pangcou`, as 팡쿠 for 쿠팡; each half three letters or more). The same letters in
 * another order is not a word's shape: none of the 110,197 popular domains is one.
 */
function shuffled(token: string, text: string, s: number, e: number): Alignment | null {
  const n = token.length;
  if (n < TWO_SLIPS_MIN || e - s !== n) return null;
  // the same letters: their codes add up the same, a cheap test before sorting them
  let sum = 0;
  for (let i = 0; i < n; i++) sum += text.charCodeAt(s + i) - token.charCodeAt(i);
  if (sum !== 0) return null;
  const got = text.slice(s, e);
  if (got === token || [...got].sort().join('') !== [...token].sort().join('')) return null;
  const found = (): Alignment => ({
    cost: MAX_COST,
    start: s,
    end: e,
    ops: [
      { op: 'swap', p: 0, t: s },
      { op: 'swap', p: n - 1, t: e - 1 },
    ],
  });
  // halves turned round
  for (let k = 3; k <= n - 3; k++) if (got === token.slice(k) + token.slice(0, k)) return found();
  // one letter moved: the token without one letter is the label without one letter, put back elsewhere
  for (let i = 0; i < n; i++) {
    const rest = got.slice(0, i) + got.slice(i + 1);
    for (let j = 0; j < n; j++)
      if (j !== i && rest.slice(0, j) + got[i] + rest.slice(j) === token) return found();
  }
  // two pairs of neighbours swapped
  let swaps = 0;
  for (let i = 0; i < n; i++) {
    if (got[i] === token[i]) continue;
    if (i + 1 < n && got[i] === token[i + 1] && got[i + 1] === token[i]) {
      swaps++;
      i++;
    } else return null;
  }
  return swaps === 2 ? found() : null;
}

/**
 * One slip of a core name with a lure or filler word glued on, or a word of the brand's own products and services
 * (`wow`, `eats`, `play`, `flex`: the list's names), the whole token being nothing else ("aboutcoupnag",
 * "coupnaggo", "coupnagpay", "coopangwow"): the slip is still on the name as a whole, the word adds nothing. The
 * name as it sounds (soundSlip) counts the same way ("cupaangaddress", "koopaengpay").
 */
function gluedSlip(
  token: string,
  text: string,
  s: number,
  e: number,
  lists: CompiledLists,
): Alignment | null {
  const { weakWords, brandWords, glueEnds } = lists;
  const len = e - s;
  if (len < token.length + 1 || len > token.length + 1 + GLUE_LONGEST) return null;
  // (every word cut off text[s, e) is letters a-z when it is)
  const latin = lettersOnly(text, s, e);
  for (let cut = len - token.length - 1; cut <= len - token.length + 1; cut++) {
    if (cut < 2) continue;
    // the word glued before the rest, then after it
    for (let side = 0; side < 2; side++) {
      const from = side === 0 ? s + cut : s;
      const to = side === 0 ? e : e - cut;
      const at = side === 0 ? s : e - cut;
      // (most cuts are no word: told by their first and last two letters, before the word is sliced and looked up)
      // (or romanised Korean, domain45's round: `copangjiyeon`, 지연; `cooupanggogaeksenteo`, 고객센터 run together —
      // five letters or more, tried only when the listed words' ends do not fit)
      const listed = !latin || gluedEnds(text, at, at + cut, glueEnds);
      if (!listed && cut < 5) continue;
      const word = text.slice(at, at + cut);
      // a real word one slip from the name with a word glued on (`cupangcenter`, a betta farm) is a compound of words
      if (!(listed && (isGlueWord(word) || brandWords.has(word))) && !romanisedKorean(word)) continue;
      if (weakWords.has(text.slice(from, to))) continue;
      const a = oneSlip(token, text.slice(from, to), COSTS.typo);
      if (!a || a.cost === 0) {
        // or the name as it sounds (soundSlip: `cupaangaddress`, `koopaengrefund`), the word as glued on
        const sound = a ? null : soundSlip(token, text, from, to);
        if (sound) return sound;
        continue;
      }
      return { cost: a.cost, start: from, end: to, ops: a.ops.map((o) => ({ ...o, t: o.t + from })) };
    }
  }
  return null;
}

/** Is text[from, to) letters a-z only? */
function lettersOnly(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

/**
 * Necessary for text[from, to), two letters a-z or more, to be a lure, filler or brand word, without slicing it: such
 * a word of the sets is one of the words CompiledLists.glueEnds was built from (glueWords and brandWords: all their
 * words of letters a-z), so the table holds its first two letters as a start and its last two as an end. (Words of
 * other characters are left to the sets.)
 */
function gluedEnds(text: string, from: number, to: number, ends: Uint8Array): boolean {
  return (
    (ends[(text.charCodeAt(from) << 7) | text.charCodeAt(from + 1)]! & 1) !== 0 &&
    (ends[(text.charCodeAt(to - 2) << 7) | text.charCodeAt(to - 1)]! & 2) !== 0
  );
}

/** QWERTY neighbours: the keys a finger slips onto. */
const KEY_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
export function keyNeighbours(a: string, b: string): boolean {
  const ra = KEY_ROWS.findIndex((r) => r.includes(a));
  const rb = KEY_ROWS.findIndex((r) => r.includes(b));
  if (ra < 0 || rb < 0 || Math.abs(ra - rb) > 1) return false;
  const ca = KEY_ROWS[ra]!.indexOf(a) + ra * 0.5;
  const cb = KEY_ROWS[rb]!.indexOf(b) + rb * 0.5;
  return Math.abs(ca - cb) <= 1 && (ra !== rb || Math.abs(ca - cb) === 1);
}

/** Names this long take two slipped keys (coupang as "coyoang"); shorter ones land on real words. */
export const TWO_SLIPS_MIN = 7;

/**
 * Two keys slipped onto their neighbours in a whole token as long as a long core name, first and last letters
 * kept ("coyoang" for coupang: u→y, p→o). Two arbitrary changes reach real words ("coupons"); two neighbouring keys
 * in place are a fast typist's or a scammer's, not a dictionary's.
 */
function twoKeySlips(token: string, text: string, s: number, e: number): Alignment | null {
  if (token.length < TWO_SLIPS_MIN || e - s !== token.length) return null;
  const ops: Alignment['ops'] = [];
  for (let i = 0; i < token.length; i++) {
    if (text[s + i] === token[i]) continue;
    if (ops.length === 2 || !keyNeighbours(token[i]!, text[s + i]!)) return null;
    ops.push({ op: 'sub', p: i, t: s + i });
  }
  return ops.length === 2 ? { cost: MAX_COST, start: s, end: e, ops } : null;
}

/**
 * A long core name with one key slipped onto its neighbour and two neighbours swapped elsewhere, the whole token
 * being nothing else (`xoupnag`: x for c, n and a swapped; `coipnag`: i for u): a hurried hand's two slips, every
 * letter of the name still in its place or next to it.
 */
function keySwap(token: string, text: string, s: number, e: number): Alignment | null {
  const n = token.length;
  if (n < TWO_SLIPS_MIN || e - s !== n) return null;
  let swapAt = -1;
  let keyAt = -1;
  for (let i = 0; i < n; i++) {
    const c = text[s + i]!;
    if (c === token[i]) continue;
    if (swapAt < 0 && i + 1 < n && c === token[i + 1] && text[s + i + 1] === token[i]) {
      swapAt = i++;
      continue;
    }
    if (keyAt >= 0 || !keyNeighbours(token[i]!, c)) return null;
    keyAt = i;
  }
  if (swapAt < 0 || keyAt < 0) return null;
  return {
    cost: MAX_COST,
    start: s,
    end: e,
    ops: [
      { op: 'swap', p: swapAt, t: s + swapAt },
      { op: 'sub', p: keyAt, t: s + keyAt },
    ],
  };
}

/**
 * A long core name with one letter dropped and two neighbours swapped, first letter kept (`cpuang`: coupang without
 * its o, u and p swapped): the two slips of a hurried hand, the rest of the name in place.
 */
/** Names this long are read past a doubled letter as a whole token of the label (`rockettnow`). */
const DOUBLED_MIN = 8;

/**
 * A service's name matched only as written or with look-alike letters (strict mode: `rocketnow`) with one of its
 * letters doubled, as the whole token of the label (`rockettnow`, `rocketnoww`): the eye reads past a doubled
 * letter as past a look-alike one, and no word of eight letters or more is the name with a letter doubled.
 */
function doubledLetter(token: string, text: string, s: number, e: number): Alignment | null {
  if (e - s !== token.length + 1 || text[s] !== token[0]) return null;
  for (let i = 1; i < e - s; i++) {
    if (text[s + i] !== text[s + i - 1]) continue;
    if (text.slice(s, s + i) + text.slice(s + i + 1, e) === token)
      return { cost: MAX_COST, start: s, end: e, ops: [{ op: 'ins', p: i, t: s + i }] };
  }
  return null;
}

function dropSwap(token: string, text: string, s: number, e: number): Alignment | null {
  const n = token.length;
  if (n < TWO_SLIPS_MIN || e - s !== n - 1 || text[s] !== token[0]) return null;
  const got = text.slice(s, e);
  for (let i = 1; i < n; i++) {
    const dropped = token.slice(0, i) + token.slice(i + 1);
    let at = -1;
    for (let j = 0; j < n - 1; j++) {
      if (got[j] === dropped[j]) continue;
      at = j;
      break;
    }
    if (at < 0 || at + 1 >= n - 1 || got[at] !== dropped[at + 1] || got[at + 1] !== dropped[at]) continue;
    if (got.slice(at + 2) !== dropped.slice(at + 2)) continue;
    return {
      cost: MAX_COST,
      start: s,
      end: e,
      ops: [
        { op: 'del', p: i, t: s + Math.min(i, n - 2) },
        { op: 'swap', p: at, t: s + at },
      ],
    };
  }
  return null;
}

function isRange(shape: LabelShape, start: number, end: number): boolean {
  return shape.ranges.some(([s, e]) => s === start && e === end);
}

/**
 * Does one of the list's real words run across an end of text[start, end) (`pangyo` over the end of `koopang` in
 * `drkoopangyo`)? Then the match's letters are that word's too: Dr. Koo's clinic in Pangyo, not the brand.
 */
function straddles(f: FoldedLabel, start: number, end: number, words: ReadonlySet<string>): boolean {
  const text = f.text;
  for (const w of words) {
    for (let p = text.indexOf(w); p >= 0; p = text.indexOf(w, p + 1)) {
      const q = p + w.length;
      if (!((p > start && p < end && q > end) || (p < start && q > start && q < end))) continue;
      // written as one word (`koopang-yo` is the name and a word after it)
      let hyphen = false;
      for (let k = f.origin[p]!; k <= f.origin[q - 1]!; k++) if (f.chars[k] === '-') hyphen = true;
      if (!hyphen) return true;
    }
  }
  return false;
}

/** Letters a name's first letter sounds as (a hard c as k, q or g; a soft one as s ...) or is drawn as (c as o, e). */
const FIRST_KIN: Readonly<Record<string, string>> = {
  c: 'kqgsoe',
  k: 'cqg',
  g: 'kc',
  q: 'kc',
  p: 'bf',
  b: 'pv',
  f: 'pv',
  v: 'bfw',
  w: 'v',
  r: 'l',
  l: 'r',
  s: 'cz',
  z: 's',
};

/**
 * Is the one slip of the alignment the name's first letter replaced by a letter no slip reaches (no neighbouring
 * key, no flipped bit, no letter it sounds as or is drawn as: `toupang`, `moupang` for coupang)? The eye reads a name
 * by its first letter, so such a name is another word, a look-alike only with more evidence (a lure word, a Korean
 * suffix, a platform), as a real word near the brand is (domain26's round).
 */
function otherFirstLetter(a: Alignment, token: string, text: string, typo: string | undefined): boolean {
  if (typo !== 'replacement' || a.ops.length !== 1) return false;
  const o = a.ops[0]!;
  if (o.op !== 'sub' || o.p !== 0) return false;
  const p = token[0]!;
  const t = text[o.t]!;
  return /^[a-z]$/.test(t) && !keyNeighbours(p, t) && !(FIRST_KIN[p] ?? '').includes(t);
}

/**
 * Is the slip an h put right after the name's first c (`chupang` for coupang, replaced or added)? `ch` is another
 * first sound, 추's ㅊ and not 쿠's ㅋ (`kh` is ㅋ with its breath written, `khupang`): the name's first sound is not
 * kept, as scriptMatch's firstSoundKept asks of 추팡 in Hangul, so such a name is another word (domain56's round).
 */
function otherFirstSound(a: Alignment, token: string, text: string): boolean {
  return (
    a.cost > 0 &&
    token.charAt(0) === 'c' &&
    token.charAt(1) !== 'h' &&
    text.charAt(a.start) === 'c' &&
    text.charAt(a.start + 1) === 'h'
  );
}

const CONSONANT = /^[bcdfghjklmnpqrstvwxz]$/;

/**
 * Does a hyphen inside the match cut the name between a consonant and the vowel after it (`coop-ang`), where no
 * syllable of the name ends (쿠팡 is cut `cou-pang`, `ku-pang`, and the brand's own short link cuts `coupa-ng`)?
 * With a slip on top (cost > 0) the label is two words of their own, a co-op's, not the name hidden by a hyphen.
 */
function cutOffSyllables(f: FoldedLabel, a: Alignment, brandWords: ReadonlySet<string>): boolean {
  if (a.cost === 0) return false;
  const first = f.origin[a.start] ?? 0;
  const last = f.origin[a.end - 1] ?? first;
  for (let k = first + 1; k < last; k++) {
    if (f.chars[k] !== '-' || !CONSONANT.test(f.chars[k - 1]!) || !/^[aeiou]$/.test(f.chars[k + 1]!))
      continue;
    // (a hyphen before one of the brand's own words is the compound's joint: `coupng-eats`, the name and its service)
    let next = '';
    for (let j = k + 1; j <= last && f.chars[j] !== '-'; j++) next += f.chars[j]!;
    if (!brandWords.has(next)) return true;
  }
  return false;
}

/** Weak words this long are phrases of several words: hyphens between them are no trick. */
const WEAK_PHRASE = 10;

function labelMatch(
  label: string,
  f: FoldedLabel,
  t: BrandToken,
  a: Alignment,
  weakWords: ReadonlySet<string>,
  brandWords: ReadonlySet<string>,
): LabelMatch {
  const swaps = evidence(f, a, t.text);
  const hyphen = hasHyphen(f, a);
  const typo = typoClass(a, t.text, f.text) ?? (hyphen ? 'hyphenation' : undefined);
  const extra = remainder(f, a);
  const matched = f.text.slice(a.start, a.end);
  return {
    // a hyphen hides a short name (ku-pang) but is how a phrase of words is written (rocket-delivery)
    weak:
      (swaps.length === 0 &&
        (!hyphen || a.end - a.start >= WEAK_PHRASE) &&
        weakWords.has(f.text.slice(a.start, a.end))) ||
      // a romanisation or a slipped name whose letters run into a real word (`drkoo-pangyo`: Pangyo, a place)
      ((t.kind !== 'name' || a.cost > 0 || hyphen) && straddles(f, a.start, a.end, weakWords)) ||
      otherFirstLetter(a, t.text, f.text, typo) ||
      otherFirstSound(a, t.text, f.text) ||
      (swaps.length === 0 && cutOffSyllables(f, a, brandWords)) ||
      // a real word near the brand with a vowel glued on (`kupanga`, Swahili's "to arrange"; `kupang` is the city):
      // a word of another language, as the real word is, not the name slipped (domain56's round)
      (a.cost > 0 && /[aeiou]$/.test(matched) && weakWords.has(matched.slice(0, -1))) ||
      // a real word near the brand split by a hyphen (`ku-pang`) hides the name only when nothing else is said: with
      // another kind of word (`ku-pang-kungfu`, a school's name) it is a name of its own (domain56's round)
      (swaps.length === 0 &&
        hyphen &&
        a.cost === 0 &&
        extra !== '' &&
        weakWords.has(matched) &&
        extraWords(extra, brandWords) === 'other') ||
      // a vowel glued after a service's name (`rocketwowa`, a Polish adjective's ending): a word of another
      // language, as a doubled letter (`coupayy`), a plural (`rocketwows`) or `coupangg` after the brand's own name is not
      (t.kind === 'alias' &&
        a.cost === 0 &&
        swaps.length === 0 &&
        !hyphen &&
        a.start === 0 &&
        f.text.length === a.end + 1 &&
        /^[aeiou]$/.test(f.text[a.end]!) &&
        f.text[a.end] !== t.text[t.text.length - 1]),
    brand: t.brand,
    token: t.text,
    hangul: false,
    label,
    whole: extra === '' && swaps.length === 0 && typo === undefined && a.cost === 0,
    extra,
    swaps,
    cost: a.cost,
    score: t.text.length - 2 * a.cost,
    ...(typo ? { typo } : {}),
  };
}

function scriptMatch(label: string, lists: CompiledLists): LabelMatch | null {
  const written = label.normalize('NFC');
  // loose letter parts (ㅋㅜㅍㅏㅇ, in a path: a host's IDNA mapping has already joined them) as the syllables they type
  const nfc = LOOSE_JAMO.test(written) ? composeJamo(written) : written;
  // separators inside the name (쿠-팡) are the trick, not a new word
  const joined = joinWord(nfc);
  // (a name's vowel typed on a neighbouring key, weak, only when no name of the list's own is there: domain38)
  let keyed: LabelMatch | null = null;
  for (const h of lists.hangul) {
    let at = nfc.indexOf(h.name);
    const hyphenated = at < 0 && (at = joined.indexOf(h.name)) >= 0;
    if (at < 0 || (h.weak && keyed)) continue;
    const text = hyphenated ? joined : nfc;
    const m = scriptLabelMatch(
      label,
      h,
      text.slice(0, at) + text.slice(at + h.name.length),
      h.weak ? 'keyboard' : hyphenated ? 'hyphenation' : undefined,
    );
    if (!h.weak) return m;
    keyed = m;
  }
  if (keyed) return keyed;
  // a vowel stretched into a syllable of its own (쿠우팡 for 쿠팡, as said with emphasis)
  const plain = unstretch(joined);
  if (plain !== joined)
    for (const h of lists.hangul) {
      const at = plain.indexOf(h.name);
      if (at >= 0)
        return scriptLabelMatch(label, h, plain.slice(0, at) + plain.slice(at + h.name.length), 'stretched');
    }
  // one letter part changed (쿠빵, 구팡, 쿠팽): windows of whole syllables, one syllable longer or shorter at most
  const chars = [...joined];
  for (const h of lists.hangul) {
    if (!h.jamo) continue;
    for (let i = 0; i < chars.length; i++) {
      for (let len = Math.max(1, h.length - 1); len <= h.length + 1 && i + len <= chars.length; len++) {
        const window = chars.slice(i, i + len).join('');
        if (!SYLLABLES.test(window)) continue;
        // (read as it is said too: a last consonant before a syllable of a silent ㅇ is heard as its first, 쿱앙 as
        // 쿠방, 쿠팡's letter parts split over the syllables another way)
        const jamo = toJamo(window);
        const said = liaison(window);
        if (
          editDistance(tenseAs(jamo), tenseAs(h.jamo), 1) > 1 &&
          (said === jamo || editDistance(tenseAs(said), tenseAs(h.jamo), 1) > 1)
        )
          continue;
        if (!firstSoundKept(jamo, h.jamo)) continue;
        const extra = chars.slice(0, i).join('') + chars.slice(i + len).join('');
        return scriptLabelMatch(label, h, extra, 'jamo');
      }
    }
  }
  return (
    twoPartSlip(label, chars, lists) ??
    mixedScript(label, nfc, lists) ??
    keyboardOn(label, nfc, lists) ??
    dashVowel(label, nfc, lists)
  );
}

/**
 * The brand's Hangul name with the vowel ㅡ, a dash to the eye, standing alone between two of its syllables
 * (`쿠ㅡ팡.kr`: the long-vowel stroke of informal writing; a host's IDNA mapping leaves it as the conjoining ᅳ):
 * read as a separator, as 쿠·팡 and 쿠ㅤ팡 are (domain74's round). No Korean word writes a lone vowel between
 * syllables, and no honest row of any half, page url or benign name holds one; other lone vowels (ㅣ, a bar) and
 * the look-alike dashes of other scripts (ー, 一) are in no row and are left.
 */
function dashVowel(label: string, nfc: string, lists: CompiledLists): LabelMatch | null {
  if (nfc.indexOf('\u1173') < 0 && nfc.indexOf('\u3161') < 0) return null;
  let out = '';
  for (let i = 0; i < nfc.length; i++) {
    const c = nfc.charCodeAt(i);
    if (
      (c === 0x1173 || c === 0x3161) &&
      isSyllableCode(nfc.charCodeAt(i - 1)) &&
      isSyllableCode(nfc.charCodeAt(i + 1))
    )
      continue;
    out += nfc[i];
  }
  if (out === nfc) return null;
  for (const h of lists.hangul) {
    const at = h.weak ? -1 : out.indexOf(h.name);
    if (at >= 0)
      return scriptLabelMatch(label, h, out.slice(0, at) + out.slice(at + h.name.length), 'hyphenation');
  }
  return null;
}

/** Is `c` a precomposed Hangul syllable's code? */
const isSyllableCode = (c: number): boolean => c >= 0xac00 && c <= 0xd7a3;

/**
 * A two-syllable name with two letter parts changed (투펑, 큐항, 고팡, 쿄팽 for 쿠팡) that leads a label whose other
 * words are Korean lure words (환불, 보상, 고객센터, 배송) or the tail of one of the brand's own Hangul names (페이 of
 * 쿠팡페이): two changes alone make another word, so the words after the name are the evidence (domain49's round).
 * Only the slips a misspelt name shows: the two syllables shaped as the name's are (the first open, the second
 * closed by the same last consonant), each change a letter part swapped in place, at most one of them a consonant,
 * the first sound kept (firstSoundKept). 쿠폰 (another last consonant), 구장 and 투항 (two consonants) stay words.
 */
function twoPartSlip(label: string, chars: readonly string[], lists: CompiledLists): LabelMatch | null {
  if (chars.length < 3 || !SYLLABLES.test(chars[0]! + chars[1]!)) return null;
  for (const h of lists.hangul) {
    if (!h.jamo || h.length !== 2 || h.jamo.length !== 5) continue;
    const jamo = tenseAs(toJamo(chars[0]! + chars[1]!));
    const name = tenseAs(h.jamo);
    if (jamo.length !== 5 || jamo[4] !== name[4]) continue;
    let changed = 0;
    let consonants = 0;
    for (let k = 0; k < 5; k++)
      if (jamo[k] !== name[k]) {
        changed++;
        if (!VOWEL_PART.test(jamo[k]!)) consonants++;
        else if (VOWEL_KIN[jamo[k]!] === undefined || VOWEL_KIN[jamo[k]!] !== VOWEL_KIN[name[k]!])
          changed = 9;
      }
    if (changed !== 2 || consonants > 1 || !firstSoundKept(jamo, name)) continue;
    const extra = chars.slice(2).join('');
    if (!SYLLABLES.test(extra)) continue;
    // (with a tail alone, the longer name is what was misspelt: 투퍙페이 as 쿠팡페이)
    const tails = ownTails(h, lists);
    const longer = tails.get(extra);
    if (longer) return scriptLabelMatch(label, longer, '', 'jamo');
    if (extraWords(extra, undefined, new Set(tails.keys())) !== 'lure') continue;
    return scriptLabelMatch(label, h, extra, 'jamo');
  }
  return null;
}

/** The vowels among the compatibility letter parts (ㅏ … ㅣ). */
const VOWEL_PART = /[\u314f-\u3163]/;

/**
 * Vowels a slip trades for each other: a stroke added or turned on the same bar, upright (ㅏ ㅑ ㅓ ㅕ ㅐ ㅔ, and ㅘ ㅙ
 * ㅝ, which end on one) or lying (ㅜ ㅠ ㅗ ㅛ ㅡ). ㅣ is in neither: 핑 is the loanwords' `-ping` (커핑, 키핑), not 팡
 * misspelt, and a vowel turned from lying to upright (쿠 → 커) is another word.
 */
const VOWEL_KIN: Readonly<Record<string, number>> = {
  ㅏ: 1,
  ㅑ: 1,
  ㅓ: 1,
  ㅕ: 1,
  ㅐ: 1,
  ㅒ: 1,
  ㅔ: 1,
  ㅖ: 1,
  ㅘ: 1,
  ㅙ: 1,
  ㅝ: 1,
  ㅜ: 2,
  ㅠ: 2,
  ㅗ: 2,
  ㅛ: 2,
  ㅡ: 2,
};

const TAILS = new WeakMap<HangulName, ReadonlyMap<string, HangulName>>();

/**
 * What the brand's own longer Hangul names add to `h` (페이, 이츠, 플레이 of 쿠팡페이, 쿠팡이츠, 쿠팡플레이), each with
 * the longer name.
 */
function ownTails(h: HangulName, lists: CompiledLists): ReadonlyMap<string, HangulName> {
  let tails = TAILS.get(h);
  if (!tails) {
    const found = new Map<string, HangulName>();
    for (const o of lists.hangul)
      if (o !== h && o.jamo && o.name.startsWith(h.name)) found.set(o.name.slice(h.name.length), o);
    TAILS.set(h, (tails = found));
  }
  return tails;
}

/**
 * Consonants a reader hears as one sound (ㄱ ㄲ ㅋ, velar; ㄷ ㄸ ㅌ; ㅂ ㅃ ㅍ; ㅈ ㅉ ㅊ; ㅅ ㅆ): the place in the
 * mouth kept, only the breath or the tension changed.
 */
const SOUND_GROUP: Readonly<Record<string, number>> = {
  ㄱ: 1,
  ㄲ: 1,
  ㅋ: 1,
  ㄷ: 2,
  ㄸ: 2,
  ㅌ: 2,
  ㅂ: 3,
  ㅃ: 3,
  ㅍ: 3,
  ㅈ: 4,
  ㅉ: 4,
  ㅊ: 4,
  ㅅ: 5,
  ㅆ: 5,
};

/**
 * The name's first sound kept by a one-part slip, as in Latin (soundSlip: `kaupang` is no coupang misheard): the
 * first consonant unchanged, changed for one of its own sound (구팡, 꾸팡 for 쿠팡) or for a neighbouring key on the
 * 2-beolsik layout (투팡: ㅌ on x beside ㅋ on z). Another first consonant makes a name of its own (뿌팡, a Thai
 * restaurant's crab curry; 부팡, 두팡, 후팡): the slip has to land where the brand is read, and there it does not.
 */
function firstSoundKept(got: string, name: string): boolean {
  const a = got.charAt(0);
  const b = name.charAt(0);
  if (a === b || got.length !== name.length) return true;
  const group = SOUND_GROUP[a];
  if (group !== undefined && group === SOUND_GROUP[b]) return true;
  const ka = hangulToKeys(a).toLowerCase();
  const kb = hangulToKeys(b).toLowerCase();
  return ka.length === 1 && kb.length === 1 && keyNeighbours(ka, kb);
}

/**
 * `syllables`' letter parts as they are said: a syllable's last consonant carried over to the next syllable when that
 * starts with a silent ㅇ (쿱앙 → ㅋㅜㅂㅏㅇ, heard as 쿠방). ㅇ and ㅎ as last consonants are not carried.
 */
function liaison(syllables: string): string {
  const chars = [...syllables];
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const code = chars[i]!.charCodeAt(0) - 0xac00;
    const final = code % 28;
    const next = i + 1 < chars.length ? chars[i + 1]!.charCodeAt(0) - 0xac00 : -1;
    const jamo = toJamo(chars[i]!);
    // the next syllable starts with ㅇ (initial 11) and this one ends in a consonant other than ㅇ (21) or ㅎ (27)
    if (next >= 0 && Math.floor(next / 588) === 11 && final !== 0 && final !== 21 && final !== 27) {
      out += jamo + toJamo(chars[i + 1]!).slice(1);
      i++;
    } else out += jamo;
  }
  return out;
}

/** Tense consonants read as the aspirated ones they stand for in a cute spelling (꾸빵 for 쿠팡: ㄲ ㅋ, ㅃ ㅍ). */
const TENSE: Readonly<Record<string, string>> = { ㄲ: 'ㅋ', ㅃ: 'ㅍ', ㄸ: 'ㅌ', ㅉ: 'ㅊ' };
const tenseAs = (jamo: string): string => jamo.replace(/[ㄲㅃㄸㅉ]/g, (c) => TENSE[c]!);

/**
 * A name written half in Hangul, half in Latin letters (`cou팡`, `쿠pang`, `쿠-pang`): the Hangul read as it is
 * romanised spells a brand name; the mixing is the trick, so a romanisation that is also a real word counts here.
 */
function mixedScript(label: string, nfc: string, lists: CompiledLists): LabelMatch | null {
  if (!/[a-z]/.test(nfc) || !/[\uac00-\ud7a3]/.test(nfc) || nfc.length > 63) return null;
  const latin = nfc.replace(/[\uac00-\ud7a3]+/g, (h) => romanize(h));
  if (!/^[a-z0-9-]+$/.test(latin)) return null;
  const m = matchLabel(latin, lists);
  if (!m) return null;
  return { ...m, label, hangul: true, whole: false, weak: false, typo: 'mixed-script' };
}

/**
 * Hangul with each vowel stretched into a syllable of its own taken out: a syllable that is ㅇ and the vowel of the
 * open syllable before it (쿠우팡 → 쿠팡, 파아팡 → 파팡). Only such a syllable goes: 쿠웅 or 쿠이 are other words.
 */
function unstretch(text: string): string {
  let out = '';
  let prev = -1;
  for (const ch of text) {
    const c = ch.charCodeAt(0) - 0xac00;
    const syllable = c >= 0 && c < 11172;
    // ㅇ (initial 11), the same vowel as an open syllable before it: without a final consonant it goes (쿠우팡),
    // with one the final closes the syllable before (쿠파앙 → 쿠팡)
    if (
      syllable &&
      prev >= 0 &&
      prev % 28 === 0 &&
      Math.floor(c / 588) === 11 &&
      Math.floor((c % 588) / 28) === Math.floor((prev % 588) / 28)
    ) {
      if (c % 28 === 0) continue;
      out = out.slice(0, -1) + String.fromCharCode(0xac00 + prev + (c % 28));
      prev = -1;
      continue;
    }
    out += ch;
    prev = syllable ? c : -1;
  }
  return out;
}

/**
 * A Latin name typed with the Korean input left on (`채ㅕㅔ뭏` is coupang's keys): the keys the Hangul takes spell
 * the name out. Real Korean words type gibberish, so only a name spelled out in full counts; but a label that
 * holds a loose letter part (`ㅕ`, `ㅔ`: a vowel or consonant standing alone, as no Korean word is written) is
 * keys by itself, and there a slip of a key (`채ㅕㅔ뮤ㅜㅎ`, a stray ㅠ beside ㅜ) still spells the name.
 */
/** A letter part standing alone, as written (compatibility jamo) or as a host's IDNA mapping leaves it (conjoining). */
const LONE_PART = /[\u1100-\u11ff\u3131-\u318e]/;

function keyboardOn(label: string, nfc: string, lists: CompiledLists): LabelMatch | null {
  const keys = hangulToKeys(nfc).toLowerCase();
  if (keys === nfc || !/^[a-z0-9-]{3,63}$/.test(keys)) return null;
  const m = matchLabel(keys, lists);
  if (!m || m.weak || m.cost > (LONE_PART.test(nfc) && keys.length >= 6 ? 2 : 0)) return null;
  return { ...m, label, whole: false, typo: 'keyboard' };
}

/**
 * The brand's own Hangul name with one letter part slipped, typed with the Korean input switched off (`rnvkd` is
 * 구팡, `znvkf` 쿠팔): `token` (a whole run of Latin letters) types whole syllables, as many as the name has, that
 * are one part from it with its first sound kept, as scriptMatch reads 구팡 and 쿠팔 in Hangul (domain51's round).
 * The keyboard form spelled out is a token of its own (compile.ts); this is its slip, on a whole token only.
 */
export function keyboardSlip(token: string, lists: CompiledLists): LabelMatch | null {
  const typed = keysToHangul(token);
  if (!SYLLABLES.test(typed)) return keySlipped(token, lists);
  const jamo = toJamo(typed);
  const length = [...typed].length;
  for (const h of lists.hangul) {
    if (!h.jamo || h.weak || h.length !== length) continue;
    // (the name's own keys are a token of their own: the slip only)
    if (editDistance(tenseAs(jamo), tenseAs(h.jamo), 1) !== 1 || !firstSoundKept(jamo, h.jamo)) continue;
    return { ...scriptLabelMatch(token, h, '', 'keyboard'), hangul: false };
  }
  return null;
}

/**
 * Each Hangul name's keys typed with the Korean input off (hangulToKeys, lower case), in the list's order: the same
 * for every host, so worked out once per list (the last list asked for: one slot, as keyboardGate's) instead of for
 * every name on every call of keySlipped (issue #12, domspeed8).
 */
let keysFor: readonly HangulName[] | null = null;
let keysOfNames: readonly string[] = [];
export function hangulKeys(names: readonly HangulName[]): readonly string[] {
  if (names !== keysFor) {
    keysOfNames = names.map((h) => hangulToKeys(h.name).toLowerCase());
    keysFor = names;
  }
  return keysOfNames;
}

/**
 * A key slipped onto its neighbour in the brand's own Hangul name typed with the Korean input off, where the slip
 * leaves no syllable to read (`znbkd`: b for v, ㅠ for ㅍ, beside 쿠팡's `znvkd`; domain60's round): the name's keys
 * all there but one, in place, that one a neighbouring key's, never the first. Five keys or more.
 */
function keySlipped(token: string, lists: CompiledLists): LabelMatch | null {
  if (token.length < 5) return null;
  const typed = hangulKeys(lists.hangul);
  for (let n = 0; n < lists.hangul.length; n++) {
    const h = lists.hangul[n]!;
    if (!h.jamo || h.weak) continue;
    const keys = typed[n]!;
    if (keys.length !== token.length) continue;
    let at = -1;
    for (let i = 0; i < keys.length && at !== -2; i++) if (keys[i] !== token[i]) at = at === -1 ? i : -2;
    if (at > 0 && keyNeighbours(keys[at]!, token[at]!))
      return { ...scriptLabelMatch(token, h, '', 'keyboard'), hangul: false };
  }
  return null;
}

function scriptLabelMatch(label: string, h: HangulName, extra: string, typo?: string): LabelMatch {
  return {
    brand: h.brand,
    token: h.name,
    hangul: true,
    label,
    whole: false,
    extra: extra.replace(/^-+|-+$/g, ''),
    swaps: [],
    cost: typo ? 1 : 0,
    score: 0,
    weak: h.weak === true,
    ...(typo ? { typo } : {}),
  };
}

/** Hangul, CJK ideographs, kana and Thai: a label that may hold a brand name written in another script. */
const SCRIPT_NAME = /[\u0e00-\u0e7f\u3040-\u30ff\u3131-\u318e\u3400-\u9fff\uac00-\ud7a3\uf900-\ufaff]/;
const SYLLABLES = /^[\uac00-\ud7a3]+$/;
const LOOSE_JAMO = /[\u3131-\u318e]/;

/**
 * matchLabel's per-token fields for the token list it read last, as flat arrays: its two loops read them for every
 * token of every label it is given, and most tokens stop there (too long, too few of their letters, exact only).
 */
let flatTokens: readonly BrandToken[] | null = null;
let flatLength = new Int32Array(0);
let flatMask = new Int32Array(0);
let flatExact = new Uint8Array(0);
/** The tokens come longest first (compileLists sorts them): then a loop below may stop at the first too short. */
let flatSorted = false;
function flatten(tokens: readonly BrandToken[]): void {
  flatLength = Int32Array.from(tokens, (t) => t.text.length);
  flatMask = Int32Array.from(tokens, (t) => t.shape.mask);
  flatExact = Uint8Array.from(tokens, (t) => (t.mode === 'exact' ? 1 : 0));
  flatSorted = tokens.every((t, i) => i === 0 || t.text.length <= tokens[i - 1]!.text.length);
  flatTokens = tokens;
}

/**
 * Best brand match in one label (Unicode form), or null. The score prefers the longer token, a look-alike costs
 * one letter and a slip two: "coupangeats" with a slip explains a label better than "coupang" spelled out only when
 * it is longer by more than the slip.
 */
export function matchLabel(label: string, lists: CompiledLists): LabelMatch | null {
  const f = foldLabel(label);
  const mask = letterMask(f.text, 0, f.text.length);
  let bestToken: BrandToken | null = null;
  let bestAlign: Alignment | null = null;
  let bestScore = -1;
  const tokens = lists.tokens;
  if (flatTokens !== tokens) flatten(tokens);
  const len = flatLength;
  const letterMasks = flatMask;
  // spelled out (after folding): a plain substring search, longest token first
  // (longest first: once one is spelled out, no later token scores more, and the loop stops)
  for (let i = 0; i < tokens.length; i++) {
    if (len[i]! <= bestScore) {
      if (flatSorted) break;
      continue;
    }
    // (all the token's letters: its mask inside the label's, which is popcount(mask & m) === distinct without the count)
    if ((mask & letterMasks[i]!) !== letterMasks[i]!) continue;
    const t = tokens[i]!;
    const at = spelledOut(f, t);
    if (at < 0) continue;
    bestToken = t;
    bestAlign = { cost: 0, start: at, end: at + t.text.length, ops: [] };
    bestScore = t.text.length;
  }
  // look-alikes and slips, only for tokens that could still explain the label better (cost >= 1)
  let shape: LabelShape | undefined;
  for (let i = 0; i < tokens.length; i++) {
    if (len[i]! - 2 <= bestScore) {
      if (flatSorted) break;
      continue;
    }
    if (flatExact[i] === 1) continue;
    const t = tokens[i]!;
    const letters = popcount(mask & letterMasks[i]!);
    // a long core name may miss two of its letters as it sounds (`cowpamg`: w for u, m for n): only that shape, on
    // a label as long as the name or a letter shorter
    const soundOnly = letters < t.need;
    if (
      soundOnly &&
      (letters < t.need - 1 ||
        t.kind !== 'name' ||
        t.text.length < TWO_SLIPS_MIN ||
        f.text.length < t.text.length - 1 ||
        f.text.length > t.text.length)
    )
      continue;
    shape ??= labelShape(f.text, f.tokens);
    const a = soundOnly ? soundRanges(t.text, f.text, shape) : alignApprox(t, f, shape, lists);
    if (!a) continue;
    const score = t.text.length - 2 * a.cost;
    if (score < bestScore || (score === bestScore && bestAlign && a.cost >= bestAlign.cost)) continue;
    bestToken = t;
    bestAlign = a;
    bestScore = score;
  }
  if (bestToken && bestAlign)
    return labelMatch(label, f, bestToken, bestAlign, lists.weakWords, lists.brandWords);
  return lists.hangul.length > 0 && SCRIPT_NAME.test(label) ? scriptMatch(label, lists) : null;
}

/**
 * The brand spelled across several labels ("cou.pang.com", "c.o.u.p.a.n.g.xyz", "couрa.ng"): exact tokens only,
 * over any number of labels, crossing at least one dot. `labels` may end with the suffix's labels: the brand
 * spread across the registrable label and the suffix counts too.
 */
export function matchSplit(labels: readonly string[], lists: CompiledLists): LabelMatch | null {
  // a Hangul name split over labels (`쿠.팡.com`)
  if (lists.hangul.length > 0 && labels.some((l) => /[\uac00-\ud7a3]/.test(l))) {
    const joined = labels.map((l) => l.normalize('NFC')).join('.');
    const plain = joined.replace(/\./g, '');
    for (const h of lists.hangul)
      if (!h.weak && plain.includes(h.name) && !labels.some((l) => l.normalize('NFC').includes(h.name)))
        return {
          brand: h.brand,
          token: h.name,
          hangul: true,
          label: joined,
          whole: false,
          extra: '',
          swaps: [],
          cost: 1,
          score: 0,
          weak: false,
          typo: 'subdomain',
        };
  }
  const folded = labels.map((l) => foldLabel(l).text);
  for (let i = 0; i < folded.length - 1; i++) {
    let joined = folded[i]!;
    const head = joined.length;
    for (let w = 2; i + w <= folded.length; w++) {
      joined += folded[i + w - 1]!;
      for (const t of lists.tokens) {
        if (!splittable(t)) continue; // short names only as a whole token
        const at = joined.indexOf(t.text);
        // the token must start in the first label and cross a dot, otherwise a shorter run would have matched
        if (at < 0 || at >= head || at + t.text.length <= head) continue;
        if (at + t.text.length <= joined.length - folded[i + w - 1]!.length) continue;
        return {
          brand: t.brand,
          token: t.text,
          hangul: false,
          label: labels.slice(i, i + w).join('.'),
          whole: false,
          extra: '',
          swaps: [],
          cost: 0,
          score: 0,
          weak: false,
          typo: 'subdomain',
        };
      }
      if (joined.length - head > 64) break;
    }
  }
  return null;
}

/** The shortest registrable label a name spread over label and suffix must start with ("coupa" of coupa.ing). */
export const SUFFIX_SLIP_MIN = 5;

/**
 * The core brand's names spread over the registrable label and a one-label suffix with one slip where they meet
 * ("coupa.ing", "coupa.mg"; "coupa.ng" spelled out is matchSplit's): the label must be the start of the name, five
 * letters or more, so "coupa.com" or "coupa.io", two slips away, stay Coupa's.
 */
export function matchSuffixSlip(labels: readonly string[], lists: CompiledLists): LabelMatch | null {
  if (labels.length < 2) return null;
  const reg = foldLabel(labels[labels.length - 2]!).text;
  const tld = labels[labels.length - 1]!;
  if (reg.length < SUFFIX_SLIP_MIN || !/^[a-z]{2,}$/.test(tld)) return null;
  for (const t of lists.tokens) {
    if (t.mode !== 'typo' || t.kind !== 'name' || reg.length >= t.text.length || !t.text.startsWith(reg))
      continue;
    const a = oneSlip(t.text, reg + tld, COSTS.typo);
    if (!a || a.cost === 0) continue;
    return suffixMatch(t, labels, a.cost);
  }
  // as it sounds and is typed (`cuopa.ng`: the name's key spelled out over label and suffix)
  for (const t of lists.tokens) {
    if (t.mode !== 'typo' || t.kind !== 'name' || t.text.length < TWO_SLIPS_MIN) continue;
    const key = tokenSoundKey(t.text);
    const got = soundKey(reg + tld);
    const a = got === key ? null : oneSlip(key, got, COSTS.typo);
    if (
      (got === key || (a && a.ops.every((o) => o.op === 'swap'))) &&
      (reg + tld).length <= t.text.length + 1
    )
      return suffixMatch(t, labels, MAX_COST);
  }
  return null;
}

function suffixMatch(t: BrandToken, labels: readonly string[], cost: number): LabelMatch {
  {
    return {
      brand: t.brand,
      token: t.text,
      hangul: false,
      label: labels.slice(-2).join('.'),
      whole: false,
      extra: '',
      swaps: [],
      cost,
      score: 0,
      weak: false,
      typo: 'subdomain',
    };
  }
}
