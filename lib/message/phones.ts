/**
 * Phone numbers in Korean messages: representative numbers (1544-xxxx, 1577-xxxx …), area and mobile numbers
 * (02-, 031-, 010-, 070-, 050x-, 080-), +82 international forms, with hyphens, dots, spaces or none, and the short
 * report lines (112, 118, 1332). Dates, amounts and order numbers are not numbers to call.
 */

export interface PhoneMatch {
  /** the text as written */
  text: string;
  /** digits in the usual hyphenated form, e.g. "1577-7011", "010-1234-5678", "02-123-4567", "112" */
  number: string;
  index: number;
}

// Hyphen, dot or space between the groups, also spaced out ("1544 - 0937") or with another dash character.
// (… or a Hangul letter or a line-drawing stroke typed as a dash: ㅡ, ─, ー)
const SEP = '(?:\\s?[-.\u2010-\u2015\u2212\u2500\u2501\u3161\u30FC\uFF0D\uFF70]\\s?|\\s)?';
// Representative (전국대표) numbers: 15xx, 16xx, 18xx followed by four digits.
const REP = `1[5-9]\\d\\d${SEP}\\d{4}`;
// Seoul (02) and the other area codes (0xx), mobile (01x), internet phone (070), safe numbers (050x), toll-free (080).
const LONG = `(?:\\+82${SEP}|82${SEP})?\\(?0?(?:2|[3-6][1-5]|1[016789]|70|50\\d?|80)\\)?${SEP}\\d{3,4}${SEP}\\d{4}`;
const INTL_REP = `\\+82${SEP}${REP}`;
const NUMBER_RE = new RegExp(`(?<![\\d\\w.,/:-])(?:${INTL_REP}|${REP}|${LONG})(?![\\d\\w]|[.,]\\d)`, 'gu');
// Report lines and short codes: only when written alone (not inside a longer number).
const SHORT_RE = /(?<![\d\w.,/:+-])(112|118|1332|182|1394)(?![\d\w]|[.,]\d)/gu;

/** The digits of a matched number in the usual written form. */
export function normaliseNumber(text: string): string {
  let d = text.replace(/\D/g, '');
  if (d.startsWith('82') && text.trim().startsWith('+')) d = d.slice(2);
  else if (d.startsWith('82') && d.length >= 10 && !d.startsWith('820')) d = d.slice(2);
  if (/^1[5-9]\d{6}$/.test(d)) return `${d.slice(0, 4)}-${d.slice(4)}`;
  if (!d.startsWith('0') && d.length >= 9) d = '0' + d;
  if (d.startsWith('02')) {
    const rest = d.slice(2);
    return `02-${rest.slice(0, rest.length - 4)}-${rest.slice(-4)}`;
  }
  const prefixLen = /^05\d/.test(d) && d.length === 12 ? 4 : 3;
  if (d.length >= 10) {
    const p = d.slice(0, prefixLen);
    const rest = d.slice(prefixLen);
    return `${p}-${rest.slice(0, rest.length - 4)}-${rest.slice(-4)}`;
  }
  return d;
}

const DIGIT_WORDS: Record<string, string> = {
  공: '0',
  영: '0',
  일: '1',
  이: '2',
  삼: '3',
  사: '4',
  오: '5',
  육: '6',
  륙: '6',
  칠: '7',
  팔: '8',
  구: '9',
};
/** Eight or more digits read out in Korean, one syllable each, with separators between groups. */
const SPOKEN_RUN = /[공영일이삼사오육륙칠팔구](?:[\s.·-]{0,3}[공영일이삼사오육륙칠팔구]){7,}/g;

/**
 * `text` with numbers read out in Korean syllables turned into digits ("공일공-칠삼구이-…" → "010-7392-…"),
 * the same length (one syllable, one digit), so positions stay. Only runs of eight digits or more: prose does not
 * string that many digit syllables together, a number written to escape a digit search does.
 */
export function spokenDigits(text: string): string {
  if (!/[공영일이삼사오육륙칠팔구]/.test(text)) return text;
  return text.replace(SPOKEN_RUN, (run) =>
    run.replace(/[공영일이삼사오육륙칠팔구]/g, (c) => DIGIT_WORDS[c]!),
  );
}

/** Every phone number in `text` (digits, or read out in Korean syllables), in order of appearance, each once per position. */
export function findNumbers(input: string): PhoneMatch[] {
  // (digits of other forms read as the digits they show: full-width "１６４４", mathematical "𝟭𝟱𝟴𝟴", other scripts'
  // decimal digits; the positions reported are the input's)
  const { text, at } = asciiDigits(spokenDigits(input));
  const out: PhoneMatch[] = [];
  const taken: Array<[number, number]> = [];
  for (const m of text.matchAll(NUMBER_RE)) {
    const raw = m[0];
    const digits = raw.replace(/\D/g, '');
    // 0-prefixed numbers need 9–11 digits (12 for 050x safe numbers); +82 forms carry two more.
    const local = digits.startsWith('82') && /^\+?82/.test(raw) ? digits.slice(2) : digits;
    if (local.length < 8 || local.length > 12) continue;
    out.push({ text: raw, number: normaliseNumber(raw), index: at(m.index) });
    taken.push([m.index, m.index + raw.length]);
  }
  for (const m of text.matchAll(SHORT_RE)) {
    if (taken.some(([a, b]) => m.index >= a && m.index < b)) continue;
    out.push({ text: m[0], number: m[0], index: at(m.index) });
  }
  return out.sort((a, b) => a.index - b.index);
}

/**
 * `text` with every decimal digit that is not ASCII written as its ASCII digit, and a map from positions in the
 * result to positions in `text` (a mathematical digit is two UTF-16 units, its ASCII digit one).
 */
function asciiDigits(text: string): { text: string; at: (i: number) => number } {
  if (!/(?![0-9])\p{Nd}/u.test(text)) return { text, at: (i) => i };
  let out = '';
  const from: number[] = [];
  let i = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    let d = ch;
    if (cp > 0x7f && /\p{Nd}/u.test(ch)) {
      // decimal digits come in runs of ten from zero (the mathematical ones in five runs): count back to the run's start
      let zero = cp;
      while (zero > 0 && cp - zero < 50 && /\p{Nd}/u.test(String.fromCodePoint(zero - 1))) zero--;
      d = String((cp - zero) % 10);
    }
    for (let k = 0; k < d.length; k++) from.push(i);
    out += d;
    i += ch.length;
  }
  from.push(i);
  return { text: out, at: (j) => from[j] ?? j };
}
