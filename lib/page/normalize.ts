import { asciiSkeletonChar } from './skeleton-lite';

/**
 * Text normalisation for the page guard.
 *
 *  light(s): NFKC → lower case → drop invisible characters (zero-width, soft hyphen, bidi controls, Hangul
 *            fillers, variation selectors) → map confusable letters to their ASCII prototype (Cyrillic "с" → "c")
 *            → collapse whitespace. Keeps word boundaries, so it suits word regexes and copyright lines.
 *  tight(s): light(s) without whitespace, punctuation and symbols: "쿠 팡", "C.o.u.p.a.n.g" and "본인-인증"
 *            become "쿠팡", "coupang", "본인인증". All keyword tables (lexicon.ts) are written in this form.
 *
 * The confusable map is behind `asciiSkeletonChar` (skeleton-lite.ts) so the page guard and the domain guard
 * share one source of truth.
 */

// Characters that render as nothing (or as a blank) and are used to split a brand name invisibly: every Unicode
// default-ignorable code point (DerivedCoreProperties), the astral ones too — tag characters U+E0000–E0FFF
// (variation selectors supplement included), musical formatting U+1D173–1D17A, shorthand format controls
// U+1BCA0–1BCA3 — written as surrogate pairs (no `u` flag, see below).
const INVISIBLE =
  // eslint-disable-next-line no-misleading-character-class -- a set of single invisible code points, not graphemes
  /[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufff8]/g;
// (the astral ones apart, read only where their lead surrogate occurs: an alternation in INVISIBLE itself made
// tight() of a long Korean page half again slower)
const ASTRAL_INVISIBLE_LEAD = /[\ud82f\ud834\udb40-\udb43]/;
const ASTRAL_INVISIBLE = /[\udb40-\udb43][\udc00-\udfff]|\ud834[\udd73-\udd7a]|\ud82f[\udca0-\udca3]/g;
// Anything outside ASCII, Hangul and whitespace may have an ASCII prototype (surrogate pairs kept whole).
// These regexes avoid the `u` flag on purpose: V8 runs them several times faster, which matters on big pages.
const HAS_MAYBE_CONFUSABLE = /[^ -~\uac00-\ud7a3\u3131-\u318e\s]/;
const MAYBE_CONFUSABLE = /[\ud800-\udbff][\udc00-\udfff]|[^ -~\uac00-\ud7a3\u3131-\u318e\s\ud800-\udfff]/g;
const SPACES = /\s+/g;
// Spaces, punctuation and symbols: ASCII ones and the blocks real pages use (Latin-1 signs, general punctuation,
// currency, arrows / math / box drawing / shapes / dingbats, CJK punctuation, full-width forms, emoji).
const NOT_WORD =
  /[\s!-/:-@[-`{-~\u00a1-\u00bf\u00d7\u00f7\u2010-\u2027\u2030-\u205e\u20a0-\u20cf\u2190-\u2bff\u119e\u318d\u3001-\u3004\u3008-\u3020\u3030\u30fb\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\ufe30-\ufe6b]+|\ud83c[\udc00-\udfff]|\ud83d[\udc00-\udfff]|\ud83e[\udc00-\udfff]/g;
const mapChar = (ch: string): string => asciiSkeletonChar(ch) ?? ch;
// NOT_WORD anchored at one position
const NOT_WORD_AT = new RegExp(NOT_WORD.source, 'y');

/**
 * NOT_WORD's verdict on an ASCII character (whitespace, punctuation, symbols), without running it: building
 * that table from the regex cost the content script's first look at a page 128 regex calls (issue #16).
 * test/page/normalize-ascii.test.ts checks it against NOT_WORD for all 128.
 */
export function asciiNotWord(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    (c >= 33 && c <= 47) ||
    (c >= 58 && c <= 64) ||
    (c >= 91 && c <= 96) ||
    (c >= 123 && c <= 126)
  );
}

/** NOT_WORD itself, for that test. */
export const NOT_WORD_SOURCE = NOT_WORD.source;

/**
 * s.replace(NOT_WORD, ''), three times faster on long text: V8 pays a regex call per match, and prose has a
 * match at every space. ASCII and Hangul syllables are decided here; the regex runs only at other characters.
 */
function dropNotWord(s: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let end = i;
    if (c < 128) {
      if (asciiNotWord(c)) end = i + 1;
    } else if (c < 0xac00 || c > 0xd7a3) {
      NOT_WORD_AT.lastIndex = i;
      if (NOT_WORD_AT.test(s)) end = NOT_WORD_AT.lastIndex;
    }
    if (end > i) {
      out += s.slice(from, i);
      from = end;
      i = end - 1;
    }
  }
  return from ? out + s.slice(from) : s;
}

/**
 * Greek and Cyrillic capitals that are Latin capitals to the eye, folded BEFORE lower-casing: lower case turns
 * them into letters of another shape (Greek Ν → ν, which reads as v; Τ → τ; Н → н). Page text keeps capitals
 * ("СОUΡΑΝG"); host names never do, so this is the page guard's own step.
 */
const CAPITALS = /[\u0391-\u03a9\u0405-\u042f]/g;
const CAPITAL_FROM = 'ΑΒΕΖΗΙΚΜΝΟΡΤΥΧЅІЈАВЕКМНОРСТУХ';
const CAPITAL_TO = 'ABEZHIKMNOPTYXSIJABEKMHOPCTYX';
const foldCapital = (ch: string): string => {
  const i = CAPITAL_FROM.indexOf(ch);
  return i < 0 ? ch : CAPITAL_TO[i]!;
};

/** A leading consonant left alone after an open syllable, not before a vowel: the final a kit spelt as a letter */
const LOOSE_FINAL = /([\uac00-\ud7a3])([\u1100-\u1112])(?![\u1161-\u1175])/g;
/** final index of each leading consonant (ㄸ ㅃ ㅉ have none) */
const ON_SILENT = /(?<![\u1100-\u1112])[\u1100-\u1112][\uc544-\uc78f]/g;
const onSilent = (m: string): string =>
  String.fromCharCode(0xac00 + (m.charCodeAt(0) - 0x1100) * 588 + m.charCodeAt(1) - 0xc544);
const FINAL_OF = [1, 2, 4, 7, 0, 8, 16, 17, 0, 19, 20, 21, 22, 0, 23, 24, 25, 26, 27];
const closeSyllable = (m: string, syl: string, ini: string): string => {
  const code = syl.charCodeAt(0);
  const f = FINAL_OF[ini.charCodeAt(0) - 0x1100];
  return (code - 0xac00) % 28 || !f ? m : String.fromCharCode(code + f);
};

// Latin letters in boxes NFKC leaves alone (it folds the circled Ⓒ, the squared 🄲 and the math 𝐂): the negative
// circled 🅒 and squared 🅲 (U+1F150–1F169, U+1F170–1F189), and regional indicators 🇨 in a run of three or more (a
// flag is a pair: "🇰🇷" stays a flag) — a name spelt in them is the name (tune-al's 🅲🅾🆄🅿🅰🅽🅶, page42)
const BOXED_LEAD = /\ud83c[\udd50-\udd89\udde6-\uddff]/;
const BOXED = /\ud83c[\udd50-\udd69\udd70-\udd89]|(?:\ud83c[\udde6-\uddff]){3,}/g;
const unbox = (m: string): string => {
  let out = '';
  for (let i = 1; i < m.length; i += 2) {
    const c = m.charCodeAt(i);
    out += String.fromCharCode(97 + c - (c >= 0xdde6 ? 0xdde6 : c >= 0xdd70 ? 0xdd70 : 0xdd50));
  }
  return out;
};

/** Letters Latin to the eye that the confusables table reads otherwise or not at all (fold, below). */
const EYE_LATIN = /[Ϲղք]/g;
// (by code point, so the minifier writes no escaped string: Ϲ U+03F9, ղ U+0572, ք U+0584)
const eyeLatin = (c: string): string => {
  const k = c.charCodeAt(0);
  return k < 1100 ? 'C' : k < 1400 ? 'n' : 'p';
};
/** NFKC, lower case, no invisible characters, confusables folded to ASCII; spacing untouched. */
function fold(s: string): string {
  // (letters a Latin one to the eye that the confusables table reads otherwise or not at all: the Greek lunate
  // capital sigma Ϲ, which NFKC makes Σ, read as o; the Armenian ղ and ք, an n and a p — "Ϲоսраոg", "cօսքąղɡ":
  // round page-r7-bk)
  let t = s.replace(EYE_LATIN, eyeLatin).normalize('NFKC');
  if (BOXED_LEAD.test(t)) t = t.replace(BOXED, unbox);
  // letters typed one by one (ㅋㅜㅍㅏㅇ): NFKC composes 쿠, 파 and leaves ᄋ a leading consonant; it is 팡's final
  // (… or a consonant put before a syllable that starts silent, "ㅋ우팡": read in the silent ㅇ's place, 쿠팡, before a loose final is closed: "ㅋ우ㅍ앙" is 쿠팡 too; a laugh, "ㅋㅋ아", stays — page60)
  if (/[\u1100-\u1112]/.test(t)) t = t.replace(ON_SILENT, onSilent).replace(LOOSE_FINAL, closeSyllable);
  if (HAS_MAYBE_CONFUSABLE.test(t)) t = t.replace(CAPITALS, foldCapital);
  t = t.toLowerCase();
  if (HAS_MAYBE_CONFUSABLE.test(t)) {
    t = t.replace(INVISIBLE, '');
    if (ASTRAL_INVISIBLE_LEAD.test(t)) t = t.replace(ASTRAL_INVISIBLE, '');
    t = t.replace(MAYBE_CONFUSABLE, mapChar);
  }
  return t;
}

export function light(s: string): string {
  return s ? fold(s).replace(SPACES, ' ').trim() : '';
}

/** From an already light string. */
export function tightFromLight(l: string): string {
  return joinSpacedLetters(dropNotWord(l));
}

export function tight(s: string): string {
  return s ? joinSpacedLetters(dropNotWord(fold(s))) : '';
}

/** A leading consonant and a vowel, letters (NFKC's conjoining jamo) that only a space or a dot kept apart */
const SPACED_SYLLABLE = /[\u1100-\u1112][\u1161-\u1175]/;
/**
 * Letters typed one by one with spaces or dots between ("ㅋ ㅜ ㅍ ㅏ ㅇ", "ㅋ.ㅜ.ㅍ.ㅏ.ㅇ"): once the spaces are gone,
 * they are the syllables a reader reads (쿠팡) — fold() joins them only when they touch (page50).
 */
function joinSpacedLetters(t: string): string {
  return SPACED_SYLLABLE.test(t) ? t.normalize('NFC').replace(LOOSE_FINAL, closeSyllable) : t;
}

/**
 * ASCII and Hangul syllables: NFKC leaves them as they are, as every step of fold() does but lower case (no
 * confusable, no invisible, no loose consonant, no capital of another script among them).
 */
const NOT_PLAIN = /[^\t\n\r -~\uac00-\ud7a3]/;

/**
 * tight(s), its plain start lower-cased alone and only the rest folded: the scorer's (the whole prose of a long
 * page, 30,000 characters, went through six passes for one "©" at its end). Every step of fold() works per
 * character there but NFKC, which may compose a character with the one before it ("e" + U+0301, a syllable + a
 * final consonant), and the lower case of Σ, which looks back over the text for a letter (a final ς): so the rest
 * starts one character early, and a rest holding a Σ once normalized is folded whole. (Not in the content
 * script's gate: its bytes load on every page.)
 */
export function tightPlainFirst(s: string): string {
  const at = s.search(NOT_PLAIN);
  if (at < 0) return dropNotWord(s.toLowerCase());
  const rest = at > 32 ? s.slice(at - 1) : '';
  return rest && !rest.normalize('NFKC').includes('\u03a3')
    ? dropNotWord(s.slice(0, at - 1).toLowerCase()) + tight(rest)
    : tight(s);
}

/**
 * The same text without the anti-obfuscation steps: only full-width and half-width forms are folded (Korean
 * pages use them for style), case is lowered, and spaces, punctuation and symbols are dropped. When the brand
 * is in tight(s) but not here, someone hid it: look-alike letters from other scripts, invisible characters,
 * mathematical or letter-like symbols ("𝐂𝐨𝐮𝐩𝐚𝐧𝐠", "ⅽoupang"), accents, decomposed Hangul.
 */
export function plainTight(s: string): string {
  return s
    .replace(/[\uff01-\uffdc]/g, (c) => c.normalize('NFKC'))
    .toLowerCase()
    .replace(/[\p{P}\p{S}\p{Zs}\t\n\r\f\v]+/gu, '');
}
