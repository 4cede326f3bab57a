/**
 * Which writing systems the letters of a label come from. A label mixing Latin with Cyrillic, Greek, Cherokee ...
 * is the classic homograph trick; Han with Hiragana/Katakana (Japanese) or with Hangul (Korean) is ordinary writing.
 */
const SCRIPTS: ReadonlyArray<readonly [string, RegExp]> = [
  ['Latin', /\p{Script=Latin}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Greek', /\p{Script=Greek}/u],
  ['Armenian', /\p{Script=Armenian}/u],
  ['Cherokee', /\p{Script=Cherokee}/u],
  ['Hangul', /\p{Script=Hangul}/u],
  ['Han', /\p{Script=Han}/u],
  ['Hiragana', /\p{Script=Hiragana}/u],
  ['Katakana', /\p{Script=Katakana}/u],
  ['Arabic', /\p{Script=Arabic}/u],
  ['Hebrew', /\p{Script=Hebrew}/u],
  ['Georgian', /\p{Script=Georgian}/u],
  ['Thai', /\p{Script=Thai}/u],
];
const LETTER = /\p{L}/u;
const NON_ASCII = /[^\p{ASCII}]/u;
const CJK = new Set(['Han', 'Hiragana', 'Katakana', 'Hangul']);

const scriptCache = new Map<string, string>();

function scriptOf(ch: string): string {
  let script = scriptCache.get(ch);
  if (script === undefined) {
    script = LETTER.test(ch) ? (SCRIPTS.find(([, re]) => re.test(ch))?.[0] ?? 'Other') : '';
    if (scriptCache.size < 10_000) scriptCache.set(ch, script);
  }
  return script;
}

/** Scripts of the letters in `s` (digits, hyphens and marks belong to none). */
export function scriptsOf(s: string): string[] {
  if (!NON_ASCII.test(s)) return /[a-z]/i.test(s) ? ['Latin'] : [];
  const found = new Set<string>();
  for (const ch of s) {
    if (ch.charCodeAt(0) < 128) {
      if (/[a-z]/i.test(ch)) found.add('Latin');
      continue;
    }
    found.add(scriptOf(ch));
  }
  found.delete('');
  return [...found];
}

/** True when the letters come from scripts that are not normally written together. */
export function isMixedScript(scripts: readonly string[]): boolean {
  if (scripts.length < 2) return false;
  const nonCjk = scripts.filter((s) => !CJK.has(s));
  if (nonCjk.length === 0) return false;
  // Latin next to CJK is common ("abc마트"); Latin next to another alphabet is the trick
  return nonCjk.length > 1;
}
