import type { Plugin } from 'vite';

/**
 * Large typed-array literals of integers (`new Uint16Array([0, 0, 10, …])`) as JSON text instead of JS array
 * literals: `new Uint16Array(JSON.parse('[0,0,10,…]'))`. The same numbers, parsed by V8's JSON parser, which reads
 * them several times faster than its JavaScript parser reads an array literal (the worker compiles its whole
 * script at every start, issue #16). tldts ships its public-suffix trie as four such literals, 47 kB of the
 * worker's script: evaluating that module went from ~13.5 to ~6 ms in Node (median of 30, fresh context each).
 *
 * Only literals of plain non-negative integers written in decimal are rewritten, and only from `MIN_CHARS` on
 * (short ones gain nothing); anything else is left as it is. test/scripts/typed-array-json.test.ts checks the
 * arrays come out equal.
 */
const MIN_CHARS = 1000;
const LITERAL =
  /new (Uint8Array|Uint16Array|Uint32Array|Int8Array|Int16Array|Int32Array)\(\s*\[([\d,\s]+)\]\s*\)/g;

export function typedArraysAsJson(code: string): string {
  return code.replace(LITERAL, (whole: string, type: string, body: string) => {
    if (body.length < MIN_CHARS) return whole;
    const numbers = body
      .split(',')
      .map((s) => s.trim())
      .filter((s, i, all) => s !== '' || i < all.length - 1);
    // a hole (`[1,,2]`): leave it to the JavaScript parser (a trailing comma is no element and was dropped)
    if (numbers.some((s) => !/^(0|[1-9]\d*)$/.test(s))) return whole;
    return `new ${type}(JSON.parse('[${numbers.join(',')}]'))`;
  });
}

/** Script modules, node_modules included (tldts is one). */
const SCRIPTS = /\.[cm]?[jt]s$/;

/** The Vite plugin: rewrites the script modules (of the extension's build and the web app's). */
export function typedArrayJson(include: RegExp = SCRIPTS): Plugin {
  return {
    name: 'coupang-guard:typed-array-json',
    transform(code, id) {
      if (!include.test(id)) return null;
      const out = typedArraysAsJson(code);
      return out === code ? null : { code: out, map: null };
    },
  };
}
