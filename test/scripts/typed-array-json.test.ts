// The build's rewrite of large typed-array literals into JSON text (scripts/typed-array-json.ts, issue #16): the
// module must evaluate to the very same arrays, and nothing else may change.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { typedArraysAsJson } from '../../scripts/typed-array-json';

/** Evaluates an ES module's `export const` declarations as a script and returns them. */
function evaluate(code: string): Record<string, unknown> {
  const names: string[] = [];
  const script = code.replace(/export const (\w+)/g, (_m, name: string) => {
    names.push(name);
    return `var ${name}`;
  });
  const context = vm.createContext({});
  vm.runInContext(script, context);
  return Object.fromEntries(names.map((n) => [n, context[n] as unknown]));
}

describe('typedArraysAsJson', () => {
  it("gives tldts' public-suffix trie the same arrays, as JSON text", () => {
    const file = createRequire(import.meta.url).resolve('tldts/dist/es6/src/data/trie.js');
    const source = readFileSync(file, 'utf8');
    const rewritten = typedArraysAsJson(source);
    // every large typed array went to JSON (nodeFlags, edgeStart, edgeLength, edgeChild)
    expect(rewritten.match(/Array\(JSON\.parse\('\[/g)?.length).toBe(4);
    expect(rewritten).not.toMatch(/Array\(\[/);
    const before = evaluate(source);
    const after = evaluate(rewritten);
    expect(Object.keys(after)).toEqual(Object.keys(before));
    for (const [name, value] of Object.entries(before)) {
      const other = after[name];
      if (ArrayBuffer.isView(value)) {
        // another realm's constructors: compare by name and contents
        expect(other!.constructor.name, name).toBe(value.constructor.name);
        expect(Array.from(other as Uint8Array), name).toEqual(Array.from(value as Uint8Array));
      } else expect(other, name).toBe(value);
    }
  });

  it('leaves short literals, holes, negative and non-decimal numbers alone', () => {
    const long = (s: string) => Array.from({ length: 400 }, () => s).join(', ');
    const cases = [
      'new Uint8Array([1, 2, 3])',
      `new Uint8Array([${long('7')}, , 1])`,
      `new Int32Array([${long('-1')}])`,
      `new Uint16Array([${long('0x10')}])`,
      `new Uint16Array([${long('1.5')}])`,
      `new Float64Array([${long('1')}])`,
      `const a = [${long('1')}];`,
    ];
    for (const c of cases) expect(typedArraysAsJson(c)).toBe(c);
  });

  it('keeps a trailing comma out of the JSON', () => {
    const body = Array.from({ length: 400 }, (_, i) => String(i)).join(', ');
    const out = typedArraysAsJson(`x = new Uint16Array([${body},\n]);`);
    expect(out).toBe(`x = new Uint16Array(JSON.parse('[${body.replace(/ /g, '')}]'));`);
  });
});
