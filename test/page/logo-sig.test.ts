import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildPageBrandMarks } from '../../lib/page/brand-build';
import { PAGE_BRAND_MARKS } from '../../lib/page/brand-marks.data';
import { hashDistance, logoHash, matchMark, readLogo, type Pixels } from '../../lib/page/logo-sig';
import { markSchema } from '../../lib/lists/schema';
import {
  COUPANG_COLOURS,
  beside,
  blank,
  drawWord,
  hexRgb,
  photo,
  rainbow,
  resize,
  shrink,
  type Rgb,
} from './logo-standins';

const MARKS = PAGE_BRAND_MARKS;
const shows = (px: Pixels) => matchMark(px, MARKS);

describe('the marks shipped with the page guard', () => {
  const src = JSON.parse(
    readFileSync(new URL('../../lists/sources/brands.json', import.meta.url), 'utf8'),
  ) as {
    brands: { marks?: unknown[] }[];
  };
  it('equal what scripts/page-brand.ts builds from lists/sources/brands.json (regenerate if this fails)', () => {
    expect(PAGE_BRAND_MARKS).toEqual(buildPageBrandMarks(src.brands as never));
    expect(PAGE_BRAND_MARKS.map((m) => m.id)).toContain('coupang-wordmark');
  });
  it('each say where they were read from', () => {
    for (const b of src.brands)
      for (const m of b.marks ?? []) expect(markSchema.parse(m).source).toMatch(/.{40}/);
  });
});

describe('a stand-in of the wordmark (the word "coupang" in the five colours, drawn in Node)', () => {
  it('matches at several sizes, anti-aliased when drawn smaller', () => {
    for (const scale of [2, 4, 8])
      expect(shows(drawWord('coupang', COUPANG_COLOURS, { scale }))).toBe('coupang-wordmark');
    expect(shows(shrink(drawWord('coupang', COUPANG_COLOURS, { scale: 8 }), 3))).toBe('coupang-wordmark');
    expect(shows(resize(drawWord('coupang', COUPANG_COLOURS, { scale: 8 }), 64, 14))).toBe(
      'coupang-wordmark',
    );
  });
  it('matches in another font, padded, on a transparent or tinted background', () => {
    expect(shows(drawWord('coupang', COUPANG_COLOURS, { bold: true }))).toBe('coupang-wordmark');
    expect(shows(drawWord('coupang', COUPANG_COLOURS, { gap: 2 }))).toBe('coupang-wordmark');
    expect(shows(drawWord('coupang', COUPANG_COLOURS, { pad: 40 }))).toBe('coupang-wordmark');
    expect(shows(drawWord('coupang', COUPANG_COLOURS, { background: null, pad: 10 }))).toBe(
      'coupang-wordmark',
    );
    expect(shows(drawWord('coupang', COUPANG_COLOURS, { background: [240, 240, 236], pad: 6 }))).toBe(
      'coupang-wordmark',
    );
  });
  it('matches through a lossy re-encoding and stray noise pixels', () => {
    expect(shows(drawWord('coupang', COUPANG_COLOURS, { jitter: 24, seed: 3 }))).toBe('coupang-wordmark');
    expect(shows(drawWord('coupang', COUPANG_COLOURS, { strays: 12, pad: 8, seed: 5 }))).toBe(
      'coupang-wordmark',
    );
    // colours redrawn slightly off (a kit's own copy)
    const off = COUPANG_COLOURS.map(([r, g, b]) => [r - 20, g + 15, b + 10] as Rgb);
    expect(shows(drawWord('coupang', off))).toBe('coupang-wordmark');
  });
  it('reads the bands brown → red → yellow → green → cyan with their shares', () => {
    const r = readLogo(drawWord('coupang', COUPANG_COLOURS), MARKS[0]!.palette)!;
    expect(r.bands.map((b) => b[0])).toEqual([0, 1, 2, 3, 4]);
    expect(r.bands[0]![1]).toBeCloseTo(3 / 7, 1);
    expect(r.aspect).toBeGreaterThan(3);
    expect(r.aspect).toBeLessThan(6);
    expect(logoHash(drawWord('coupang', COUPANG_COLOURS))).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('images that are not the wordmark', () => {
  const hex = (...h: string[]) => h.map(hexRgb);
  it('other shops’ multicolour logos: a Google-like blue-red-yellow-blue-green-red word', () => {
    expect(
      shows(drawWord('google', hex('#4285F4', '#EA4335', '#FBBC05', '#4285F4', '#34A853', '#EA4335'))),
    ).toBeNull();
  });
  it('the five colours in another order, or only some of them', () => {
    expect(shows(drawWord('coupang', [...COUPANG_COLOURS].reverse()))).toBeNull();
    expect(
      shows(
        drawWord('coupang', hex('#FF4311', '#FF4311', '#FF4311', '#9D4E19', '#FFC100', '#71CE00', '#00B7E2')),
      ),
    ).toBeNull();
    expect(shows(drawWord('coup', COUPANG_COLOURS))).toBeNull();
    expect(shows(drawWord('coupang', hex('#9D4E19')))).toBeNull();
    expect(shows(drawWord('coupang', hex('#000000')))).toBeNull();
  });
  it('each letter in a colour of its own (a seven-colour word), rainbow banners, photos', () => {
    expect(
      shows(
        drawWord('coupang', hex('#6E2A1C', '#E2312A', '#F3A01D', '#B6C73A', '#45AE4A', '#22A7E0', '#1D5CA9')),
      ),
    ).toBeNull();
    expect(shows(rainbow(300, 60))).toBeNull();
    expect(shows(rainbow(60, 14))).toBeNull();
    for (const seed of [1, 2, 3, 4, 5]) expect(shows(photo(160, 40, seed))).toBeNull();
  });
  it('a banner of several shops’ logos in one image', () => {
    const row = beside(
      [
        drawWord('11st', hex('#FF0038')),
        drawWord('coupang', COUPANG_COLOURS),
        drawWord('gmarket', hex('#00B200', '#00B200', '#1E3FFF', '#1E3FFF', '#1E3FFF', '#1E3FFF', '#1E3FFF')),
      ],
      20,
    );
    expect(shows(row)).toBeNull();
  });
  it('a wordmark stretched far out of shape (a progress bar in the five colours) is not it', () => {
    const bar = blank(400, 10);
    const cols: Rgb[] = COUPANG_COLOURS;
    for (let x = 0; x < 400; x++) {
      const c = cols[Math.min(6, Math.floor((x / 400) * 7))]!;
      for (let y = 0; y < 10; y++) bar.data.set([...c, 255], (y * 400 + x) * 4);
    }
    expect(shows(bar)).toBeNull();
  });
  it('empty, one-colour and malformed arrays read as nothing, never throw', () => {
    expect(shows(blank(100, 20))).toBeNull();
    expect(shows(blank(100, 20, null))).toBeNull();
    expect(shows({ width: 100, height: 20, data: new Uint8Array(10) })).toBeNull();
    expect(shows({ width: 0, height: 0, data: [] })).toBeNull();
    expect(shows({ width: 1e6, height: 1e6, data: [] })).toBeNull();
  });
});

describe('hashDistance', () => {
  it('counts differing bits', () => {
    expect(hashDistance('0000000000000000', '0000000000000000')).toBe(0);
    expect(hashDistance('000000000000000f', '0000000000000000')).toBe(4);
    expect(hashDistance('ff', '0000')).toBe(64);
  });
});
