import { describe, expect, it } from 'vitest';
import { COMPILE_HINT, compileHint } from '../../scripts/compile-hint';

type Bundle = Record<string, { type: 'chunk' | 'asset'; fileName: string; code?: string }>;
const run = (bundle: Bundle) => {
  const plugin = compileHint((f) => /(^|\/)content\.js$/.test(f));
  (plugin.generateBundle as unknown as (o: unknown, b: Bundle) => void)({}, bundle);
  return bundle;
};

describe('compileHint (V8 explicit compile hint on the content script, perf9)', () => {
  it('puts the magic comment on the first line of the matched chunk only, once', () => {
    const b = run({
      a: { type: 'chunk', fileName: 'content-scripts/content.js', code: 'var content=function(){}();' },
      b: { type: 'chunk', fileName: 'scanner.js', code: 'var scanner=1;' },
      c: { type: 'asset', fileName: 'content.js.map' },
    });
    expect(b.a!.code).toBe(`${COMPILE_HINT}var content=function(){}();`);
    expect(b.a!.code!.split('\n')[0]).toBe('//# allFunctionsCalledOnLoad');
    expect(b.b!.code).toBe('var scanner=1;');
    expect(run(b).a!.code!.match(/allFunctionsCalledOnLoad/g)).toHaveLength(1);
  });
});
