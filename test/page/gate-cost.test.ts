import { describe, expect, it } from 'vitest';
import { svgFrom } from '../../lib/page/gate';

/**
 * perf9 (issue #16): the gate's first look at an ordinary page, made cheaper without changing what it reads.
 * Each cheaper form is checked against the form it replaces.
 */
describe('svgFrom reads what /data:image\\/svg[\\s\\S]+/i read', () => {
  const old = (v: string) => /data:image\/svg[\s\S]+/i.exec(v)?.[0] ?? '';
  it('on generated attribute values: case, position, the end, line breaks, look-alike letters', () => {
    const pieces = [
      'data:image/svg',
      'DATA:IMAGE/SVG',
      'Data:Image/Svg+xml;base64,',
      'data:image/svg+xml,%3Csvg',
      'data:image/png;base64,',
      'dat',
      'a:image/sv',
      'g',
      'ı', // dotless i, upper case "I": not an ASCII letter to the regex
      'ſ', // long s, upper case "S"
      'K', // Kelvin sign
      ' ',
      '\n',
      '\u2028',
      "'",
      '"',
      'x',
      '',
    ];
    let seed = 7;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    let checked = 0;
    for (let i = 0; i < 20_000; i++) {
      const parts = Array.from({ length: 1 + rnd(6) }, () => pieces[rnd(pieces.length)]!);
      const v = parts.join('');
      expect(svgFrom(v), JSON.stringify(v)).toBe(old(v));
      if (old(v)) checked++;
    }
    expect(checked).toBeGreaterThan(1000);
    for (const v of [
      '',
      'data:image/svg',
      'xdata:image/svg',
      'data:image/svgX',
      'data:image/sv',
      'a data:image/svg b',
    ])
      expect(svgFrom(v), v).toBe(old(v));
  });
});
