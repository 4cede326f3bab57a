import { describe, expect, it } from 'vitest';
import {
  cssUrls,
  fitSize,
  hasInk,
  MAX_PIXELS,
  pictureName,
  placed,
  readOrder,
  wordSig,
  type WordSig,
} from '../../lib/page/picture-words';
import type { Pixels } from '../../lib/page/logo-sig';
import { cropRows, readPng } from './png';

/**
 * Red team 42 against red team 41's picture reader (lib/page/picture-read.ts): it read a page's first three pictures
 * in page order, and the first url() of a CSS background. A kit put three icons before its sign-in picture (d3), or
 * laid a transparent picture of its own over it as a second background layer (ly): the sign-in was never read. Now
 * every layer is a picture, a picture with no ink does not use up one of the three, and the pictures are read from
 * the box out: those under the box's centre, tightest first (the sign-in the box sits on), then the nearest.
 * A name drawn on a colour band (cb: the ink was taken against the picture's most common colour, the band read as
 * one block) is read again against each row's own most common colour.
 */
const img = (n: string) => readPng(new URL(`../fixtures/images/${n}`, import.meta.url));
const refs = (() => {
  const px = img('rt41-refs.png');
  const out = new Map<string, WordSig[]>();
  ['쿠팡', '쿠팡', '쿠팡', 'coupang', 'coupang', 'coupang'].forEach((n, i) => {
    const s = wordSig(cropRows(px, i * 60, 60));
    if (s) out.set(n, [...(out.get(n) ?? []), s]);
  });
  return out;
})();
/** the picture multiplied onto a colour band over its top `h` rows */
const banded = (px: Pixels, rgb: readonly number[], h = 70): Pixels => {
  const d = Array.from(px.data);
  for (let i = 0; i < px.width * h * 4; i++) if (i % 4 < 3) d[i] = Math.round((d[i]! * rgb[i % 4]!) / 255);
  return { ...px, data: d };
};
const rect = (left: number, top: number, width: number, height: number) => ({
  left,
  top,
  right: left + width,
  bottom: top + height,
});

describe('the pictures read at the second chance (red team 42)', () => {
  it('takes every layer of a background, the top one first', () => {
    const clear = `data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='360' height='300'/%3E`;
    expect(cssUrls(`url("${clear}"), url("http://kit.example.test/i/bg.png")`)).toEqual([
      clear,
      'http://kit.example.test/i/bg.png',
    ]);
    expect(cssUrls('linear-gradient(red, blue), url(/a.png)')).toEqual(['/a.png']);
    expect(cssUrls('none')).toEqual([]);
  });

  it('reads the picture under the box first, then the others from the box out, whatever their order in the page', () => {
    // the password box of red team 40's p1 at (380+21, 30+159): its centre
    const cx = 380 + 21 + 158;
    const cy = 30 + 159 + 18;
    const inPage = [
      ['icon 1', rect(500, 4, 60, 40)],
      ['icon 2', rect(568, 4, 60, 40)],
      ['icon 3', rect(636, 4, 60, 40)],
      ['body', rect(0, 0, 1280, 800)],
      ['sign-in', rect(380, 30, 360, 300)],
      ['photo far below', rect(380, 900, 360, 300)],
    ] as const;
    const order = inPage
      .map(([name, r]) => ({ name, ...placed(r, cx, cy) }))
      .sort(readOrder)
      .map((p) => p.name);
    expect(order.slice(0, 2)).toEqual(['sign-in', 'body']);
    expect(order.slice(2, 5).sort()).toEqual(['icon 1', 'icon 2', 'icon 3']);
    expect(order[5]).toBe('photo far below');
  });

  it('a transparent or one-colour picture has no ink; a sign-in and an icon have', () => {
    const n = 40 * 40 * 4;
    expect(hasInk({ width: 40, height: 40, data: new Array(n).fill(0) })).toBe(false);
    expect(hasInk({ width: 40, height: 40, data: new Array(n).fill(255) })).toBe(false);
    const red = Array.from({ length: n }, (_, i) => (i % 4 === 0 || i % 4 === 3 ? 255 : 30));
    expect(hasInk({ width: 40, height: 40, data: red })).toBe(false);
    // a red dot on a transparent icon
    const dot = Array.from({ length: n }, (_, i) => {
      const p = i >> 2;
      const on = Math.hypot((p % 40) - 20, Math.floor(p / 40) - 20) < 12;
      return on ? (i % 4 === 0 || i % 4 === 3 ? 255 : 40) : 0;
    });
    expect(hasInk({ width: 40, height: 40, data: dot })).toBe(true);
    expect(hasInk(img('rt40-pixels-login.png'))).toBe(true);
  });

  it('reads the name drawn on a colour band, and still none in the bakery on one', () => {
    for (const rgb of [
      [221, 17, 17],
      [200, 60, 60],
      [40, 90, 200],
      [250, 200, 40],
    ]) {
      expect(pictureName(banded(img('rt40-pixels-login.png'), rgb), refs)).toBe('쿠팡');
      expect(pictureName(banded(img('rt41-bakery-login.png'), rgb), refs)).toBeNull();
    }
  });

  it("reads a huge picture at the reader's limit (rounded to nearest, it came out over it and was not read)", () => {
    // the kit's sign-in drawn twelve times larger, 4,320×3,600, shown at 360×300
    const { w, h } = fitSize(4320, 3600);
    expect(w * h).toBeLessThanOrEqual(MAX_PIXELS);
    expect(Math.round(4320 * Math.sqrt(MAX_PIXELS / (4320 * 3600))) * 1122).toBeGreaterThan(MAX_PIXELS);
    expect(fitSize(360, 300)).toEqual({ w: 360, h: 300 });
    const kit = img('rt40-pixels-login.png');
    const f = w / kit.width;
    const data = new Array<number>(w * h * 4);
    for (let y = 0; y < h; y++)
      for (let x = 0; x < w; x++) {
        const s =
          (Math.min(kit.height - 1, Math.floor(y / f)) * kit.width +
            Math.min(kit.width - 1, Math.floor(x / f))) *
          4;
        for (let c = 0; c < 4; c++) data[(y * w + x) * 4 + c] = kit.data[s + c]!;
      }
    expect(pictureName({ width: w, height: h, data }, refs)).toBe('쿠팡');
  });
});
