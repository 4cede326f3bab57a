/**
 * A perceptual signature of a logo image, read from its pixels (issue #11: a kit that shows the brand's wordmark
 * only as a raster, with no alt text and an innocuous file name). Pure: the input is an RGBA pixel array (a
 * canvas's getImageData in the browser, a generated array in the tests), no DOM.
 *
 * The signature survives scaling, re-encoding, padding, slight redraws and another font:
 *  - the background is trimmed (transparent, or the colour of the corners), and a few stray pixels at the
 *    edges with it (noise a kit sprinkles to move the box);
 *  - each column of what is left is labelled with the mark's palette colour most of its pixels are near, and
 *    the labels read left to right make bands (brown → red → yellow → green → cyan for Coupang's wordmark),
 *    each with its share of the width;
 *  - the trimmed shape's aspect ratio.
 * A match needs the same band sequence, shares within a tolerance and the aspect within a range. A 64-bit
 * difference hash (dHash) of the trimmed luminance is kept with each mark and reported by the signature tool
 * (scripts/logo-signature.ts) as extra confidence; a redraw in another font changes it, so the page guard does
 * not need it (nor carry its code: the scorer has a size budget). The marks themselves are list data
 * (lists/sources/brands.json → brand-marks.data.ts), never images.
 */

/** An RGBA pixel array, row by row (ImageData's layout). */
export interface Pixels {
  width: number;
  height: number;
  data: ArrayLike<number>;
}

/** One brand mark as the list ships it. */
export interface MarkSignature {
  id: string;
  /** the mark's colours, "#rrggbb" */
  palette: string[];
  /** the bands left to right: palette index and share of the coloured width */
  bands: [number, number][];
  /** width / height of the trimmed mark */
  aspect: number;
  /** 64-bit dHash of the trimmed mark, 16 hex digits */
  hash: string;
}

/** What an image looks like through one mark's palette. */
export interface LogoReading {
  aspect: number;
  bands: [number, number][];
  /** share of the trimmed width whose columns carry a palette colour */
  coverage: number;
}

/** A pixel is near a palette colour within this Euclidean RGB distance. */
const NEAR = 80;
/** A band narrower than this share of the trimmed width is noise (an anti-aliased edge, a stray pixel). */
const MIN_BAND = 0.025;
/** Each end of the box may drop this share of the foreground (a few stray pixels around the mark). */
const TRIM = 0.004;
/** Largest image the reader looks at (the browser side draws into a canvas no larger). */
export const MAX_SIDE = 256;

const hex = (h: string): [number, number, number] =>
  [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16)) as never;

/** The trimmed box of the foreground: [x0, y0, x1, y1] inclusive, and the mask; null when there is none. */
function foreground(px: Pixels): { box: [number, number, number, number]; mask: Uint8Array } | null {
  const { width: w, height: h, data: d } = px;
  if (w < 4 || h < 2 || w > MAX_SIDE * 4 || h > MAX_SIDE * 4 || d.length < w * h * 4) return null;
  // background: the commonest of eight border points (transparent, white, a tint), so a mark touching an edge
  // does not move it
  let bgAt = 0;
  let best = 0;
  const key = (i: number) =>
    d[i + 3]! < 128 ? -1 : ((d[i]! >> 5) << 6) | ((d[i + 1]! >> 5) << 3) | (d[i + 2]! >> 5);
  const border = [
    0,
    w >> 1,
    w - 1,
    (h >> 1) * w,
    (h >> 1) * w + w - 1,
    (h - 1) * w,
    (h - 1) * w + (w >> 1),
    h * w - 1,
  ];
  for (const a of border) {
    const n = border.filter((b) => key(b * 4) === key(a * 4)).length;
    if (n > best) [best, bgAt] = [n, a * 4];
  }
  const clear = key(bgAt) < 0;
  const mask = new Uint8Array(w * h);
  const cols = new Uint32Array(w);
  const rows = new Uint32Array(h);
  let total = 0;
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const i = (y * w + x) * 4;
      if (d[i + 3]! < 128) continue;
      if (
        !clear &&
        Math.abs(d[i]! - d[bgAt]!) + Math.abs(d[i + 1]! - d[bgAt + 1]!) + Math.abs(d[i + 2]! - d[bgAt + 2]!) <
          60
      )
        continue;
      mask[y * w + x] = 1;
      cols[x]!++;
      rows[y]!++;
      total++;
    }
  }
  if (total < 12) return null;
  const cut = (counts: Uint32Array): [number, number] => {
    let lo = 0;
    let hi = counts.length - 1;
    for (let s = 0; lo < hi && s + counts[lo]! <= total * TRIM; lo++) s += counts[lo]!;
    for (let s = 0; hi > lo && s + counts[hi]! <= total * TRIM; hi--) s += counts[hi]!;
    return [lo, hi];
  };
  const [x0, x1] = cut(cols);
  const [y0, y1] = cut(rows);
  return { box: [x0, y0, x1, y1], mask };
}

/**
 * 64-bit dHash (17×4 luminance of the trimmed mark on white, each cell against its right neighbour), 16 hex
 * digits; '' when there is nothing to read. For the signature tool and the tests: the page guard does not need it.
 */
export function logoHash(px: Pixels): string {
  const fg = foreground(px);
  if (!fg) return '';
  const { box, mask } = fg;
  const [x0, y0, x1, y1] = box;
  const { width: w, data: d } = px;
  const gw = 17;
  const gh = 4;
  const lum = new Float64Array(gw * gh);
  const bw = x1 - x0 + 1;
  const bh = y1 - y0 + 1;
  for (let gy = 0; gy < gh; gy++) {
    for (let gx = 0; gx < gw; gx++) {
      const xa = x0 + Math.floor((gx * bw) / gw);
      const xb = Math.max(xa + 1, x0 + Math.floor(((gx + 1) * bw) / gw));
      const ya = y0 + Math.floor((gy * bh) / gh);
      const yb = Math.max(ya + 1, y0 + Math.floor(((gy + 1) * bh) / gh));
      let s = 0;
      let n = 0;
      for (let y = ya; y < yb; y++) {
        for (let x = xa; x < xb; x++) {
          const i = y * w + x;
          s += mask[i] ? 0.299 * d[i * 4]! + 0.587 * d[i * 4 + 1]! + 0.114 * d[i * 4 + 2]! : 255;
          n++;
        }
      }
      lum[gy * gw + gx] = n ? s / n : 255;
    }
  }
  let out = '';
  for (let gy = 0; gy < gh; gy++) {
    for (let q = 0; q < 4; q++) {
      let nib = 0;
      for (let b = 0; b < 4; b++) {
        const gx = q * 4 + b;
        nib = (nib << 1) | (lum[gy * gw + gx]! > lum[gy * gw + gx + 1]! ? 1 : 0);
      }
      out += nib.toString(16);
    }
  }
  return out;
}

/** How an image reads through a palette; null when it has no foreground to read. */
export function readLogo(px: Pixels, palette: string[]): LogoReading | null {
  const fg = foreground(px);
  if (!fg) return null;
  const { box, mask } = fg;
  const [x0, y0, x1, y1] = box;
  const { width: w, data: d } = px;
  const pal = palette.map(hex);
  const bw = x1 - x0 + 1;
  const labels: number[] = [];
  const votes = new Uint32Array(pal.length);
  for (let x = x0; x <= x1; x++) {
    votes.fill(0);
    let n = 0;
    for (let y = y0; y <= y1; y++) {
      const i = y * w + x;
      if (!mask[i]) continue;
      n++;
      let best = -1;
      let bestD = NEAR * NEAR;
      for (let k = 0; k < pal.length; k++) {
        const [r, g, b] = pal[k]!;
        const dr = d[i * 4]! - r;
        const dg = d[i * 4 + 1]! - g;
        const db = d[i * 4 + 2]! - b;
        const dist = dr * dr + dg * dg + db * db;
        if (dist < bestD) {
          bestD = dist;
          best = k;
        }
      }
      if (best >= 0) votes[best]!++;
    }
    let top = -1;
    for (let k = 0; k < pal.length; k++) if (votes[k]! > 0 && (top < 0 || votes[k]! > votes[top]!)) top = k;
    labels.push(top >= 0 && votes[top]! * 2 >= n ? top : -1);
  }
  // runs of one label (columns without a label, the gaps between letters, are skipped over)
  const runs: [number, number][] = [];
  for (const l of labels) {
    if (l < 0) continue;
    const last = runs[runs.length - 1];
    if (last && last[0] === l) last[1]++;
    else runs.push([l, 1]);
  }
  const labelled = labels.filter((l) => l >= 0).length;
  // narrow runs are edges and noise; the runs either side of one may then join
  const bands: [number, number][] = [];
  for (const [l, n] of runs) {
    if (n < bw * MIN_BAND) continue;
    const last = bands[bands.length - 1];
    if (last && last[0] === l) last[1] += n;
    else bands.push([l, n]);
  }
  const sum = bands.reduce((s, b) => s + b[1], 0) || 1;
  return {
    aspect: round(bw / (y1 - y0 + 1)),
    bands: bands.map(([l, n]) => [l, round(n / sum)]),
    coverage: round(labelled / bw),
  };
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** Hamming distance of two hex strings of the same length (64 when they differ in length). */
export function hashDistance(a: string, b: string): number {
  if (a.length !== b.length) return 64;
  let n = 0;
  for (let i = 0; i < a.length; i++) {
    let x = parseInt(a[i]!, 16) ^ parseInt(b[i]!, 16);
    for (; x; x &= x - 1) n++;
  }
  return n;
}

/** The aspect may differ by this factor (another font, a tighter crop, a slight squash). */
const ASPECT_RANGE = 1.6;
/** Sum of the differences of the band shares allowed (another font widens or narrows letters). */
const SHARE_TOLERANCE = 0.3;
/** At least this share of the trimmed width must carry the mark's colours (a photo's columns do not). */
const MIN_COVERAGE = 0.55;

/** Does this reading show the mark? */
export function readingMatches(r: LogoReading, mark: MarkSignature): boolean {
  if (r.coverage < MIN_COVERAGE || r.bands.length !== mark.bands.length) return false;
  if (r.aspect > mark.aspect * ASPECT_RANGE || r.aspect < mark.aspect / ASPECT_RANGE) return false;
  let off = 0;
  for (let i = 0; i < mark.bands.length; i++) {
    if (r.bands[i]![0] !== mark.bands[i]![0]) return false;
    off += Math.abs(r.bands[i]![1] - mark.bands[i]![1]);
  }
  return off <= SHARE_TOLERANCE;
}

/** The id of the first of `marks` this image shows, or null. Never throws. */
export function matchMark(px: Pixels, marks: readonly MarkSignature[]): string | null {
  try {
    for (const mark of marks) {
      const r = readLogo(px, mark.palette);
      if (r && readingMatches(r, mark)) return mark.id;
    }
  } catch {
    // a malformed array reads as nothing
  }
  return null;
}
