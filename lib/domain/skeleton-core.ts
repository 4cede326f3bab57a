/**
 * The skeleton machinery behind skeleton.ts (the full confusables table: the generators of the small tables, and
 * tests) and fold.ts (the domain guard's generated table, fold-table.ts). No data here: callers pass the table.
 *
 * Skeleton of a string (after Unicode UTS #39, section 4): lower case, invisible characters dropped, canonical
 * decomposition with the combining marks dropped (the accent on "ç" is the trick, not a new letter), every character
 * replaced by its confusable prototype; then NFKC (full-width and other compatibility forms) and the table again,
 * until nothing changes. The table is tried before NFKC because NFKC turns some look-alikes into other letters
 * (Greek lunate sigma "ϲ", which the table maps to "c", would become final sigma "ς"). Hangul syllables stay whole
 * (decomposing them into jamo would only lose information).
 */
export type ConfusableTable = Readonly<Record<string, string>>;

/** Default-ignorable and zero-width code points: they render as nothing, so they are dropped. */
const INVISIBLE = /\p{Default_Ignorable_Code_Point}/gu;
const MARK = /\p{M}/gu;
const NON_ASCII_NON_HANGUL = /[^\p{ASCII}\uac00-\ud7a3]/gu;

function stripMarks(ch: string): string {
  return ch.normalize('NFD').replace(MARK, '');
}

/** Lower case, invisible characters and combining marks removed, NFKC with `compat`; Hangul syllables kept whole. */
export function prepare(s: string, compat = true): string {
  const t = compat ? s.normalize('NFKC') : s;
  return t.toLowerCase().replace(INVISIBLE, '').replace(NON_ASCII_NON_HANGUL, stripMarks);
}

function mapAll(table: ConfusableTable, s: string): string {
  let out = '';
  for (const c of s) out += table[c] ?? c;
  return out;
}

/** Maps one character to its final prototype (the table applied until nothing changes). */
export function resolveWith(table: ConfusableTable, ch: string): string {
  let s = prepare(ch, false);
  for (let round = 0; round < 8; round++) {
    const next = prepare(mapAll(table, s), round > 0);
    if (next === s && round > 0) break;
    s = next;
  }
  return s;
}

/** What brand matching reads a character as whose prototype is not ASCII letters and digits: any letter. */
export const WILDCARD = '*';
const ASCII_FOLDABLE = /^[a-z0-9]*$/;

/**
 * What the domain guard's brand matching reads one character as under `table`: its prototype when that is ASCII
 * letters and digits (or nothing: invisible characters and stray marks vanish), else WILDCARD.
 */
export function foldWith(table: ConfusableTable, ch: string): string {
  const proto = resolveWith(table, ch);
  return ASCII_FOLDABLE.test(proto) ? proto : WILDCARD;
}

/** A skeleton function over a per-character resolver; resolved characters are cached (the table is fixed). */
export function createSkeleton(resolveChar: (ch: string) => string): (s: string) => string {
  const cache = new Map<string, string>();
  return (s: string): string => {
    let out = '';
    for (const ch of s) {
      let r = cache.get(ch);
      if (r === undefined) {
        r = resolveChar(ch);
        if (cache.size < 20_000) cache.set(ch, r);
      }
      out += r;
    }
    return out;
  };
}
