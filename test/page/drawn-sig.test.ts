import { describe, expect, it } from 'vitest';
import {
  drawnName,
  glyphLikeness,
  glyphSig,
  GLYPH_H,
  GLYPH_W,
  nameUndrawn,
  type GlyphSig,
} from '../../lib/page/drawn-sig';
import type { Pixels } from '../../lib/page/logo-sig';
import { sigOf } from './helpers';

/** A cell of GLYPH_W × GLYPH_H with filled boxes [x, y, w, h], `left` columns into a row of `cells`. */
function drawing(boxes: [number, number, number, number][], cells = 1, at = 0): Pixels {
  const width = GLYPH_W * cells;
  const data = new Uint8ClampedArray(width * GLYPH_H * 4);
  for (const [bx, by, bw, bh] of boxes)
    for (let y = by; y < by + bh; y++)
      for (let x = bx; x < bx + bw; x++) data[(y * width + at * GLYPH_W + x) * 4 + 3] = 255;
  return { width, height: GLYPH_H, data };
}
// an "o" (a ring at x-height), an "l" (a tall stem), a "p" (a bowl and a descender)
const O: [number, number, number, number][] = [
  [12, 14, 16, 3],
  [12, 29, 16, 3],
  [12, 14, 3, 18],
  [25, 14, 3, 18],
];
const L: [number, number, number, number][] = [[12, 4, 4, 28]];
const P: [number, number, number, number][] = [...O, [12, 14, 3, 26]];

describe('glyphSig / glyphLikeness', () => {
  it('has no signature for a drawing with no ink', () => {
    expect(glyphSig(drawing([]))).toBeNull();
  });
  it('reads a glyph alike wherever the face puts it sideways, and in a row of cells', () => {
    const a = glyphSig(drawing(O))!;
    const b = glyphSig(
      drawing(O.map(([x, y, w, h]) => [x + 9, y, w, h] as [number, number, number, number])),
    )!;
    const c = glyphSig(drawing(O, 3, 2), 2 * GLYPH_W, GLYPH_W)!;
    expect(glyphLikeness(a, b)).toBeGreaterThan(0.99);
    expect(glyphLikeness(a, c)).toBeGreaterThan(0.99);
  });
  it('tells letters apart', () => {
    const o = glyphSig(drawing(O))!;
    expect(glyphLikeness(o, glyphSig(drawing(L))!)).toBeLessThan(0.5);
    // (a descender is a small part of a letter: "o" and "p" differ less than "o" and "l")
    expect(glyphLikeness(o, glyphSig(drawing(P))!)).toBeLessThan(0.95);
  });
});

const NAMES = ['coupang', '쿠팡'];
/** System faces: two drawings of each letter, slightly unlike each other and the page's face. */
const ref = (ch: string) =>
  [sigOf(ch, 0.15), sigOf(ch + ch, 0.2)].map((s, i) => (i ? { ...sigOf(ch, 0.25) } : s));
/** A face whose cmap sends some letters to others' glyphs. */
const face =
  (map: Record<string, string>) =>
  (ch: string): GlyphSig | null =>
    /\s/.test(ch) ? null : sigOf(map[ch] ?? ch, 0.1);

describe('drawnName', () => {
  const kit = face({ f: 'c', l: 'o', o: 'u', w: 'p', e: 'a', r: 'n', s: 'g', K: '쿠', P: '팡' });
  it('reads the name a remapping face draws (k5b: "flowers", "KP")', () => {
    expect(drawnName('flowers', NAMES, kit, ref)).toBe('coupang');
    expect(drawnName('KP', NAMES, kit, ref)).toBe('쿠팡');
    expect(drawnName('KP 회원 로그인', NAMES, kit, ref)).toBe('쿠팡');
    expect(drawnName('© flowers Corp.', NAMES, kit, ref)).toBe('coupang');
  });
  it('reads a face that remaps only some letters, and capitals', () => {
    expect(drawnName('coupxng', NAMES, face({ x: 'a' }), ref)).toBe('coupang');
    expect(drawnName('ZZZZZZZ', NAMES, face({ Z: 'C' }), ref)).toBeNull();
    const caps = face({ F: 'C', L: 'O', O: 'U', W: 'P', E: 'A', R: 'N', S: 'G' });
    expect(drawnName('FLOWERS', NAMES, caps, ref)).toBe('coupang');
  });
  it('claims nothing for a face that draws its own letters, or text that says the name anyway', () => {
    const own = face({});
    expect(drawnName('꽃담 플라워', NAMES, own, ref)).toBeNull();
    expect(drawnName('flowers', NAMES, own, ref)).toBeNull();
    expect(drawnName('coupons', NAMES, own, ref)).toBeNull();
    // (the text's own words: read as text, not as a drawing)
    expect(drawnName('쿠팡 로켓배송 후기', NAMES, own, ref)).toBeNull();
  });
  it('claims nothing for glyphs that fit no letter well (an icon font)', () => {
    const icons = (ch: string) => (/\s/.test(ch) ? null : sigOf(`icon-${ch}`));
    expect(drawnName('home search person', NAMES, icons, ref)).toBeNull();
    expect(drawnName('flowers', NAMES, () => null, ref)).toBeNull();
  });
});

describe('nameUndrawn', () => {
  it('is true only when the name said is drawn as no letters of it', () => {
    const icons = (ch: string) => sigOf(`icon-${ch}`);
    expect(nameUndrawn('coupang', NAMES, icons, ref)).toBe(true);
    expect(nameUndrawn('coupang', NAMES, () => null, ref)).toBe(true);
    expect(nameUndrawn('쿠팡 기사', NAMES, face({}), ref)).toBe(false);
    expect(nameUndrawn('home', NAMES, icons, ref)).toBe(false);
  });
});
