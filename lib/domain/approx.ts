/**
 * Approximate matching of a brand token in a folded label, with the edit operations as evidence:
 * - oneSlip: the token as a whole token of the label with one typing slip, in O(length);
 * - lookAlikeSearch: the token anywhere with look-alike characters only (c/e, g/q, n/m, rn/m, vv/w, any unmapped
 *   non-ASCII letter ...), same-length windows first;
 * - approxSearch: the general weighted Damerau-Levenshtein (Sellers) behind it, where a typing slip costs `typo`
 *   and a look-alike `visual`; null above `max`.
 * Only runs on the rare labels that pass the prefilters (prefilter.ts).
 */
import { WILDCARD } from './fold';

export type EditOp =
  | { op: 'sub'; p: number; t: number }
  | { op: 'visual'; p: number; t: number; pLen: number; tLen: number }
  | { op: 'del'; p: number; t: number }
  | { op: 'ins'; p: number; t: number }
  | { op: 'swap'; p: number; t: number };

export interface Alignment {
  cost: number;
  /** span of the match in the text: [start, end) */
  start: number;
  end: number;
  ops: EditOp[];
}

export interface Costs {
  typo: number;
  visual: number;
  max: number;
}

/** Single letters that pass for one another at a glance (dnstwist's ASCII homoglyphs). */
const VISUAL_PAIRS = ['ce', 'gq', 'mn', 'nr', 'uv', 'il', 'bd', '38', '69'];
/** One letter that passes for two. */
const VISUAL_MULTI: Record<string, readonly string[]> = {
  m: ['rn', 'nn', 'rr'],
  n: ['rr'], // by way of m

  w: ['vv'],
  d: ['cl', 'dl'],
  b: ['lb'],
  h: ['lh'],
  k: ['lc', 'ik'],
};

// Lookup tables over char codes (everything folded is ASCII; WILDCARD passes for any letter).
const VISUAL = new Uint8Array(128 * 128);
const WILD = WILDCARD.charCodeAt(0);
for (const [a, b] of VISUAL_PAIRS.map((p) => [p.charCodeAt(0), p.charCodeAt(1)] as const)) {
  VISUAL[a * 128 + b] = 1;
  VISUAL[b * 128 + a] = 1;
}
for (let c = 0; c < 128; c++) VISUAL[c * 128 + WILD] = VISUAL[WILD * 128 + c] = 1;
/** For two letters "first second": a bit per letter they pass for (bit numbers from MULTI_BIT). */
const MULTI = new Uint8Array(128 * 128);
const MULTI_BIT = new Uint8Array(128);
Object.entries(VISUAL_MULTI).forEach(([one, twos], k) => {
  MULTI_BIT[one.charCodeAt(0)] = 1 << k;
  for (const two of twos) MULTI[(two.charCodeAt(0) << 7) | two.charCodeAt(1)]! |= 1 << k;
});

function code(s: string, i: number): number {
  return s.charCodeAt(i) & 127;
}

const OP_NONE = 0;
const OP_MATCH = 1;
const OP_SUB = 2;
const OP_VISUAL = 3;
const OP_DEL = 4;
const OP_INS = 5;
const OP_SWAP = 6;
const OP_ONE_TWO = 7; // pattern char shown as two text chars (m -> rn)
const OP_TWO_ONE = 8; // two pattern chars shown as one text char (rn -> m)

// DP buffers, grown on demand and reused (approxSearch is synchronous and not re-entrant).
let dBuf = new Int32Array(64 * 64);
let backBuf = new Uint8Array(64 * 64);
const textCodes = new Int32Array(257);

/** The cheapest alignment of `pattern` with any substring of `text` (Sellers: the match may start anywhere). */
export function approxSearch(pattern: string, text: string, costs: Costs): Alignment | null {
  const m = pattern.length;
  const n = text.length;
  if (m === 0 || n === 0 || n > 256 || m > 64) return null;
  const w = n + 1;
  const size = (m + 1) * w;
  if (dBuf.length < size) {
    dBuf = new Int32Array(size);
    backBuf = new Uint8Array(size);
  }
  const d = dBuf;
  const back = backBuf;
  const typo = costs.typo;
  const visual = costs.visual;
  const INF = 1 << 20;
  d[0] = 0;
  back[0] = OP_NONE;
  for (let j = 1; j <= n; j++) {
    d[j] = 0;
    back[j] = OP_NONE;
  }
  for (let i = 1; i <= m; i++) {
    d[i * w] = i * typo;
    back[i * w] = OP_DEL;
  }
  for (let j = 0; j < n; j++) textCodes[j] = code(text, j);
  let prevMin = 0;
  for (let i = 1; i <= m; i++) {
    const pc = code(pattern, i - 1);
    const pPrev = i >= 2 ? code(pattern, i - 2) : -1;
    const pcBit = MULTI_BIT[pc]!;
    const row = i * w;
    const up = row - w;
    const up2 = up - w;
    let rowMin = d[row]!;
    let tPrev = -1;
    for (let j = 1; j <= n; j++) {
      const tc = textCodes[j - 1]!;
      const diag = d[up + j - 1]!;
      let best: number;
      let op: number;
      if (pc === tc) {
        best = diag;
        op = OP_MATCH;
      } else if (VISUAL[(pc << 7) | tc] === 1) {
        best = diag + visual;
        op = OP_VISUAL;
      } else {
        best = diag + typo;
        op = OP_SUB;
      }
      if (best > 0) {
        const del = d[up + j]! + typo;
        if (del < best) {
          best = del;
          op = OP_DEL;
        }
        const ins = d[row + j - 1]! + typo;
        if (ins < best) {
          best = ins;
          op = OP_INS;
        }
        if (tPrev >= 0) {
          if (pc === tPrev && pPrev === tc && pc !== tc) {
            const swap = d[up2 + j - 2]! + typo;
            if (swap < best) {
              best = swap;
              op = OP_SWAP;
            }
          }
          if ((MULTI[(tPrev << 7) | tc]! & pcBit) !== 0) {
            const v = d[up + j - 2]! + visual;
            if (v < best) {
              best = v;
              op = OP_ONE_TWO;
            }
          }
        }
        if (pPrev >= 0 && (MULTI[(pPrev << 7) | pc]! & MULTI_BIT[tc]!) !== 0) {
          const v = d[up2 + j - 1]! + visual;
          if (v < best) {
            best = v;
            op = OP_TWO_ONE;
          }
        }
      }
      d[row + j] = best;
      back[row + j] = op;
      if (best < rowMin) rowMin = best;
      tPrev = tc;
    }
    // costs never go down: once two rows are out of budget, so is everything below them
    if (rowMin > costs.max && prevMin + visual > costs.max) return null;
    prevMin = rowMin;
  }
  let end = -1;
  let cost = INF;
  for (let j = 0; j <= n; j++) {
    const c = d[m * w + j]!;
    // on a tie prefer the longer match: "coupagn" is a transposition, not "coupag" + "n"
    if (c <= cost) {
      cost = c;
      end = j;
    }
  }
  if (cost > costs.max || end < 0) return null;
  const ops: EditOp[] = [];
  let i = m;
  let j = end;
  while (i > 0) {
    const op = back[i * w + j]!;
    if (op === OP_MATCH) {
      i--;
      j--;
    } else if (op === OP_SUB) {
      ops.push({ op: 'sub', p: i - 1, t: j - 1 });
      i--;
      j--;
    } else if (op === OP_VISUAL) {
      ops.push({ op: 'visual', p: i - 1, t: j - 1, pLen: 1, tLen: 1 });
      i--;
      j--;
    } else if (op === OP_DEL) {
      ops.push({ op: 'del', p: i - 1, t: j });
      i--;
    } else if (op === OP_INS) {
      ops.push({ op: 'ins', p: i, t: j - 1 });
      j--;
    } else if (op === OP_SWAP) {
      ops.push({ op: 'swap', p: i - 2, t: j - 2 });
      i -= 2;
      j -= 2;
    } else if (op === OP_ONE_TWO) {
      ops.push({ op: 'visual', p: i - 1, t: j - 2, pLen: 1, tLen: 2 });
      i--;
      j -= 2;
    } else if (op === OP_TWO_ONE) {
      ops.push({ op: 'visual', p: i - 2, t: j - 1, pLen: 2, tLen: 1 });
      i -= 2;
      j--;
    } else break;
  }
  ops.reverse();
  return { cost, start: j, end, ops };
}

/**
 * One typing slip of `pattern` as the whole of `text`, found in O(length) from the common prefix and suffix:
 * substitution (a look-alike one costs `visual`), insertion, deletion or swap of neighbours. Null when it takes
 * more (two look-alikes are lookAlikeSearch's part).
 */
export function oneSlip(pattern: string, text: string, costs: Costs): Alignment | null {
  const m = pattern.length;
  const n = text.length;
  if (Math.abs(m - n) > 1) return null;
  let i = 0;
  while (i < m && i < n && pattern.charCodeAt(i) === text.charCodeAt(i)) i++;
  if (i === m && i === n) return { cost: 0, start: 0, end: n, ops: [] };
  let j = 0;
  while (j < m - i && j < n - i && pattern.charCodeAt(m - 1 - j) === text.charCodeAt(n - 1 - j)) j++;
  let op: EditOp | null = null;
  let cost = costs.typo;
  if (m === n) {
    if (i + j === m - 1) {
      const visual = VISUAL[(code(pattern, i) << 7) | code(text, i)] === 1;
      op = visual ? { op: 'visual', p: i, t: i, pLen: 1, tLen: 1 } : { op: 'sub', p: i, t: i };
      if (visual) cost = costs.visual;
    } else if (i + j === m - 2 && pattern[i] === text[i + 1] && pattern[i + 1] === text[i])
      op = { op: 'swap', p: i, t: i };
  } else if (n === m + 1) {
    if (i + j >= m) op = { op: 'ins', p: i, t: i };
  } else if (i + j >= n) op = { op: 'del', p: i, t: i };
  return op && cost <= costs.max ? { cost, start: 0, end: n, ops: [op] } : null;
}

const MULTI_LETTERS = new RegExp(`[${Object.keys(VISUAL_MULTI).join('')}]`);
const MULTI_PAIRS = new RegExp(Object.values(VISUAL_MULTI).flat().join('|'));

/**
 * `pattern` anywhere in `text` with look-alike characters only (cost `visual` each, up to `max`). Same-length
 * windows are compared directly; the full alignment (approxSearch) only runs when a two-for-one look-alike
 * (rn for m, vv for w ...) could be involved.
 */
export function lookAlikeSearch(pattern: string, text: string, costs: Costs): Alignment | null {
  const m = pattern.length;
  const budget = Math.floor(costs.max / costs.visual);
  for (let s = 0; s + m <= text.length; s++) {
    let subs = 0;
    let k = 0;
    for (; k < m; k++) {
      const p = pattern.charCodeAt(k);
      const t = text.charCodeAt(s + k);
      if (p === t) continue;
      if (VISUAL[((p & 127) << 7) | (t & 127)] !== 1 || ++subs > budget) break;
    }
    if (k < m) continue;
    const ops: EditOp[] = [];
    for (let q = 0; q < m; q++)
      if (pattern.charCodeAt(q) !== text.charCodeAt(s + q))
        ops.push({ op: 'visual', p: q, t: s + q, pLen: 1, tLen: 1 });
    return { cost: subs * costs.visual, start: s, end: s + m, ops };
  }
  return MULTI_LETTERS.test(pattern) || MULTI_PAIRS.test(text) ? approxSearch(pattern, text, costs) : null;
}
