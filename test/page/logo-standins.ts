/**
 * Stand-ins for logos, drawn in Node as RGBA arrays (the tests never use a real logo): the word "coupang" in a
 * 5×9 bitmap font (or a bolder, wider one), each letter in a colour, scaled, padded, on a background, with
 * optional noise; and negative images (other shops' multicolour logos, rainbow banners, photos).
 */
import type { Pixels } from '../../lib/page/logo-sig';

const GLYPHS: Record<string, string[]> = {
  c: ['.###.', '#...#', '#....', '#....', '#....', '#...#', '.###.'],
  o: ['.###.', '#...#', '#...#', '#...#', '#...#', '#...#', '.###.'],
  u: ['#...#', '#...#', '#...#', '#...#', '#...#', '#..##', '.##.#'],
  p: ['####.', '#...#', '#...#', '#...#', '####.', '#....', '#....', '#....', '#....'],
  a: ['.###.', '....#', '.####', '#...#', '#...#', '#..##', '.##.#'],
  n: ['####.', '#...#', '#...#', '#...#', '#...#', '#...#', '#...#'],
  g: ['.####', '#...#', '#...#', '#...#', '.####', '....#', '....#', '#...#', '.###.'],
  e: ['.###.', '#...#', '#...#', '#####', '#....', '#...#', '.###.'],
  l: ['.##..', '..#..', '..#..', '..#..', '..#..', '..#..', '.###.'],
  s: ['.####', '#....', '#....', '.###.', '....#', '....#', '####.'],
  t: ['.#...', '####.', '.#...', '.#...', '.#...', '.#..#', '..##.'],
  m: ['##.#.', '#.#.#', '#.#.#', '#.#.#', '#.#.#', '#.#.#', '#.#.#'],
  r: ['#.##.', '##..#', '#....', '#....', '#....', '#....', '#....'],
  k: ['#...#', '#..#.', '#.#..', '##...', '#.#..', '#..#.', '#...#'],
  '1': ['..#..', '.##..', '..#..', '..#..', '..#..', '..#..', '.###.'],
};

export type Rgb = [number, number, number];
export const hexRgb = (h: string): Rgb => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16)) as Rgb;

/** Coupang's five colours per letter of "coupang" (c-o-u brown, p red-orange, a yellow, n green, g cyan). */
export const COUPANG_COLOURS = [
  '#9D4E19',
  '#9D4E19',
  '#9D4E19',
  '#FF4311',
  '#FFC100',
  '#71CE00',
  '#00B7E2',
].map(hexRgb);

export interface WordOptions {
  /** pixels per font pixel */
  scale?: number;
  /** bolder font: every stroke one font pixel wider */
  bold?: boolean;
  /** font pixels between letters */
  gap?: number;
  /** padding around the word, in pixels */
  pad?: number;
  /** background; null: transparent */
  background?: Rgb | null;
  /** random ± noise on every channel of every pixel (a lossy re-encoding), seeded */
  jitter?: number;
  /** stray pixels of random colours sprinkled over the image */
  strays?: number;
  seed?: number;
}

/** A small deterministic random generator (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function blank(
  width: number,
  height: number,
  background: Rgb | null = [255, 255, 255],
): Pixels & {
  data: Uint8ClampedArray;
} {
  const data = new Uint8ClampedArray(width * height * 4);
  if (background) for (let i = 0; i < width * height; i++) data.set([...background, 255], i * 4);
  return { width, height, data };
}

/** `word` drawn letter by letter in `colours` (one per letter, the last repeated). */
export function drawWord(
  word: string,
  colours: Rgb[],
  o: WordOptions = {},
): Pixels & { data: Uint8ClampedArray } {
  const s = o.scale ?? 4;
  const gap = o.gap ?? 1;
  const pad = o.pad ?? 0;
  const cw = o.bold ? 6 : 5;
  const w = pad * 2 + (word.length * (cw + gap) - gap) * s;
  const h = pad * 2 + 9 * s;
  const px = blank(w, h, o.background === undefined ? [255, 255, 255] : o.background);
  [...word].forEach((ch, li) => {
    const rows = GLYPHS[ch] ?? [];
    const c = colours[Math.min(li, colours.length - 1)]!;
    rows.forEach((row, ry) => {
      for (let rx = 0; rx < row.length; rx++) {
        if (row[rx] !== '#') continue;
        for (const dx of o.bold ? [0, 1] : [0])
          fill(px, pad + (li * (cw + gap) + rx + dx) * s, pad + ry * s, s, s, c);
      }
    });
  });
  if (o.jitter || o.strays) {
    const r = rng(o.seed ?? 1);
    if (o.jitter)
      for (let i = 0; i < px.data.length; i++)
        if (i % 4 !== 3) px.data[i] = px.data[i]! + (r() * 2 - 1) * o.jitter;
    for (let n = 0; n < (o.strays ?? 0); n++) {
      const i = Math.floor(r() * w * h) * 4;
      px.data.set([r() * 255, r() * 255, r() * 255, 255], i);
    }
  }
  return px;
}

export function fill(
  px: Pixels & { data: Uint8ClampedArray },
  x: number,
  y: number,
  w: number,
  h: number,
  c: Rgb,
): void {
  for (let yy = y; yy < y + h && yy < px.height; yy++)
    for (let xx = x; xx < x + w && xx < px.width; xx++) px.data.set([...c, 255], (yy * px.width + xx) * 4);
}

/** Nearest-neighbour resize (what a page's <img width> does, roughly). */
export function resize(px: Pixels, width: number, height: number): Pixels & { data: Uint8ClampedArray } {
  const out = blank(width, height, null);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const sx = Math.min(px.width - 1, Math.floor((x * px.width) / width));
      const sy = Math.min(px.height - 1, Math.floor((y * px.height) / height));
      for (let k = 0; k < 4; k++) out.data[(y * width + x) * 4 + k] = px.data[(sy * px.width + sx) * 4 + k]!;
    }
  return out;
}

/** Box-filter downscale by an integer factor (anti-aliased edges, as a browser draws a smaller image). */
export function shrink(px: Pixels, f: number): Pixels & { data: Uint8ClampedArray } {
  const w = Math.floor(px.width / f);
  const h = Math.floor(px.height / f);
  const out = blank(w, h, null);
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++)
      for (let k = 0; k < 4; k++) {
        let s = 0;
        for (let yy = 0; yy < f; yy++)
          for (let xx = 0; xx < f; xx++) s += px.data[((y * f + yy) * px.width + x * f + xx) * 4 + k]!;
        out.data[(y * w + x) * 4 + k] = s / (f * f);
      }
  return out;
}

/** Images side by side on one canvas (a row of logos in one banner, or one logo cut in two). */
export function beside(
  parts: Pixels[],
  gap = 0,
  background: Rgb | null = [255, 255, 255],
): Pixels & { data: Uint8ClampedArray } {
  const h = Math.max(...parts.map((p) => p.height));
  const w = parts.reduce((s, p) => s + p.width, 0) + gap * (parts.length - 1);
  const out = blank(w, h, background);
  let x0 = 0;
  for (const p of parts) {
    for (let y = 0; y < p.height; y++)
      for (let x = 0; x < p.width; x++) {
        const i = (y * p.width + x) * 4;
        if (p.data[i + 3]! < 128) continue;
        for (let k = 0; k < 4; k++) out.data[(y * w + x0 + x) * 4 + k] = p.data[i + k]!;
      }
    x0 += p.width + gap;
  }
  return out;
}

/** A horizontal rainbow (hue 0→300°) banner. */
export function rainbow(width: number, height: number): Pixels & { data: Uint8ClampedArray } {
  const px = blank(width, height);
  for (let x = 0; x < width; x++) fill(px, x, 0, 1, height, hsv((x / width) * 300, 1, 1));
  return px;
}

/** A "photo": smooth random colour fields with texture. */
export function photo(width: number, height: number, seed = 7): Pixels & { data: Uint8ClampedArray } {
  const r = rng(seed);
  const px = blank(width, height);
  const blobs = Array.from({ length: 12 }, () => ({
    x: r() * width,
    y: r() * height,
    c: hsv(r() * 360, 0.3 + r() * 0.7, 0.3 + r() * 0.7),
  }));
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      let best = blobs[0]!;
      let bd = Infinity;
      for (const b of blobs) {
        const d = (b.x - x) ** 2 + (b.y - y) ** 2;
        if (d < bd) {
          bd = d;
          best = b;
        }
      }
      const n = (r() - 0.5) * 40;
      px.data.set([best.c[0] + n, best.c[1] + n, best.c[2] + n, 255], (y * width + x) * 4);
    }
  return px;
}

export function hsv(h: number, s: number, v: number): Rgb {
  const f = (n: number) => {
    const k = (n + h / 60) % 6;
    return Math.round((v - v * s * Math.max(0, Math.min(k, 4 - k, 1))) * 255);
  };
  return [f(5), f(3), f(1)];
}

/**
 * A GIF of RGBA frames (each with its delay in 1/100 s), looping; at most 128 colours. Uncompressed LZW: a
 * clear code every 120 pixels keeps every code 8 bits wide.
 */
export function gifBytes(frames: [Pixels & { data: Uint8ClampedArray }, number][]): Uint8Array {
  const pal: Rgb[] = [];
  const idx = (r: number, g: number, b: number) => {
    let i = pal.findIndex((c) => c[0] === r && c[1] === g && c[2] === b);
    if (i < 0) i = pal.push([r, g, b]) - 1;
    if (i > 127) throw new Error('too many colours');
    return i;
  };
  const { width: w, height: h } = frames[0]![0];
  const out: number[] = [...Buffer.from('GIF89a'), w & 255, w >> 8, h & 255, h >> 8, 0xf6, 0, 0];
  const bodies = frames.map(([px, delay]) => {
    const codes: number[] = [];
    for (let i = 0; i < w * h; i++) {
      if (i % 120 === 0) codes.push(128);
      codes.push(idx(px.data[i * 4]!, px.data[i * 4 + 1]!, px.data[i * 4 + 2]!));
    }
    codes.push(129);
    const b: number[] = [0x21, 0xf9, 4, 0, delay & 255, delay >> 8, 0, 0, 0x2c, 0, 0, 0, 0, w & 255, w >> 8];
    b.push(h & 255, h >> 8, 0, 7);
    for (let i = 0; i < codes.length; i += 255)
      b.push(...[codes.slice(i, i + 255)].flatMap((s) => [s.length, ...s]));
    b.push(0);
    return b;
  });
  for (let i = 0; i < 128; i++) out.push(...(pal[i] ?? [0, 0, 0]));
  out.push(0x21, 0xff, 11, ...Buffer.from('NETSCAPE2.0'), 3, 1, 0, 0, 0);
  for (const b of bodies) out.push(...b);
  out.push(0x3b);
  return Uint8Array.from(out);
}

/** The same GIF as a data: URL. */
export const gif = (frames: [Pixels & { data: Uint8ClampedArray }, number][]): string =>
  `data:image/gif;base64,${Buffer.from(gifBytes(frames)).toString('base64')}`;
