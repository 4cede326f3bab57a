/**
 * Folding a host label for brand matching: every character becomes its confusable prototype (UTS #39, as the full
 * table of skeleton.ts gives it), ASCII letters stay as they are, 0 and 1 become o and l (Unicode's prototypes),
 * hyphens go (they are matched apart) and any character whose prototype is not ASCII becomes WILDCARD, which the
 * matcher treats as a look-alike of any letter. `origin` maps each folded character back to the code point index
 * in the Unicode label, for evidence. The prototypes come from the generated table of fold-table.ts, which folds
 * every code point as the full table would without carrying it (issue #16: the worker compiles what it holds at
 * every start).
 */
import { DOMAIN_CONFUSABLES_SOURCE } from './confusables-domain.data';
import { decodeFoldTable, foldByTable } from './fold-table';
import { WILDCARD } from './skeleton-core';

export { WILDCARD };

export interface FoldedLabel {
  /** folded text: [a-z0-9*] only */
  text: string;
  /** for each character of `text`, the code point index in `chars` it came from */
  origin: number[];
  /** code points of the Unicode label */
  chars: string[];
  /**
   * ranges [start, end) of `text` that are tokens of the label: split at hyphens and digits, and split at hyphens
   * and the digits other than 0 and 1 (which may stand for o and l)
   */
  tokens: Array<readonly [number, number]>;
}

const charCache = new Map<string, string>();
/** read on the first non-ASCII character (a host of ASCII letters, the usual case, never needs it) */
let table: Map<string, string> | null = null;

/** Folded form of one character ('' for characters that vanish). */
export function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (ch.length === 1 && code < 128) {
    if (code >= 97 && code <= 122) return ch;
    if (code >= 65 && code <= 90) return String.fromCharCode(code + 32);
    if (ch === '0') return 'o';
    if (ch === '1') return 'l';
    if (code >= 48 && code <= 57) return ch;
    return '';
  }
  let r = charCache.get(ch);
  if (r === undefined) {
    r = foldByTable((table ??= decodeFoldTable(DOMAIN_CONFUSABLES_SOURCE)), ch);
    if (charCache.size < 20_000) charCache.set(ch, r);
  }
  return r;
}

export function foldLabel(unicodeLabel: string): FoldedLabel {
  const chars = [...unicodeLabel];
  let text = '';
  const origin: number[] = [];
  const tokens: Array<readonly [number, number]> = [];
  let wide = 0; // start of the current token split at hyphens and digits 2-9
  let narrow = 0; // start of the current token split at hyphens and all digits
  for (let i = 0; i <= chars.length; i++) {
    const ch = i < chars.length ? chars[i]! : '-';
    const digit = ch >= '0' && ch <= '9';
    if (ch === '-' || (digit && ch !== '0' && ch !== '1')) {
      if (text.length > wide) tokens.push([wide, text.length]);
      if (narrow !== wide && text.length > narrow) tokens.push([narrow, text.length]);
      if (digit) {
        text += ch;
        origin.push(i);
      }
      wide = narrow = text.length;
      continue;
    }
    if (digit && text.length > narrow) tokens.push([narrow, text.length]);
    const f = foldChar(ch);
    for (let k = 0; k < f.length; k++) origin.push(i);
    text += f;
    if (digit) narrow = text.length;
  }
  return { text, origin, chars, tokens };
}
