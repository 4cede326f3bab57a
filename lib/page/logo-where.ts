/**
 * Where the pixel reader (logo-read.ts) looks, as pure decisions (no DOM; unit-tested in test/page): which
 * laid-out boxes are where a logo is seen, which CSS values carry a picture we may read, which drawings are
 * blank, which frames of an animated image the user actually sees. Red team 31 (class 2) showed the wordmark
 * where the reader did not look: a fixed header on a page scrolled past the top, a pseudo-element's
 * `content:url()`, an animated GIF whose first frame is blank, a budget spent on transparent images.
 */
import type { Pixels } from './logo-sig';

/** Depth of the document read as "the top of the page" (a header, a hero, the login's own heading). */
export const TOP_PX = 1600;

/**
 * A box where a page shows its logo: near the top of the document, or on screen now (a fixed or sticky header
 * on a page that scrolled itself down: its document position is the scroll offset, its place on screen the top).
 */
export function whereLogoIs(top: number, bottom: number, scrollY: number, viewH: number): boolean {
  return top + scrollY < TOP_PX || (bottom > 0 && top < Math.min(viewH, TOP_PX));
}

/** The first readable picture in a CSS value (`content`, `background-image`): a data: image or a blob: URL. */
export function cssPicture(value: string | null | undefined): string | null {
  const m = /url\(\s*["']?((?:data:image\/|blob:)[^"')]+)/i.exec(value ?? '');
  return m ? m[1]! : null;
}

/** A drawing with nothing on it: every pixel transparent, or all of one colour (a spacer, a blank banner). */
export function blankPixels(px: Pixels): boolean {
  const d = px.data;
  const n = px.width * px.height * 4;
  if (n < 4 || d.length < n) return true;
  for (let i = 4; i < n; i += 4) {
    if (d[i + 3]! < 8 && d[3]! < 8) continue;
    if (d[i] !== d[0] || d[i + 1] !== d[1] || d[i + 2] !== d[2] || d[i + 3] !== d[3]) return false;
  }
  return true;
}

/**
 * Which frames of an animated image to read: the ones shown longest (what the user sees; a kit shows a blank
 * first frame for 20 ms and the mark for minutes), at most `n`, earlier first among equal durations.
 */
export function framesToRead(durations: readonly number[], n: number): number[] {
  return durations
    .map((d, i) => [Number.isFinite(d) ? d : 0, i] as const)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1])
    .slice(0, n)
    .map(([, i]) => i);
}

/** A frame of an animated GIF as a GIF of its own (the file's screen and palette, that one image) and its delay. */
export interface GifFrame {
  gif: Uint8Array<ArrayBuffer>;
  ms: number;
}

/**
 * The first `max` frames of a GIF, each cut out as a one-frame GIF (no decoding: the file's blocks are copied), for
 * browsers that draw an animated <img> by its first frame only (Chromium and Firefox alike) and have no
 * ImageDecoder on http pages. A delay under 20 ms counts as 100 ms, as browsers show it. Null when not a GIF or
 * cut short.
 */
export function gifFrames(b: Uint8Array, max: number): GifFrame[] | null {
  // "GIF"
  if (b.length < 13 || b[0] !== 71 || b[1] !== 73 || b[2] !== 70) return null;
  const table = (p: number) => (p & 0x80 ? 3 << ((p & 7) + 1) : 0);
  /** past a run of sub-blocks starting at i */
  const blocks = (i: number) => {
    while (i < b.length && b[i]) i += b[i]! + 1;
    return i + 1;
  };
  let i = 13 + table(b[10]!);
  const head = b.subarray(0, i);
  const out: GifFrame[] = [];
  let gce: Uint8Array | null = null;
  while (i < b.length && out.length < max) {
    const at = i;
    if (b[i] === 0x21) {
      i = blocks(i + 2);
      if (b[at + 1] === 0xf9) gce = b.subarray(at, i);
    } else if (b[i] === 0x2c) {
      i = blocks(at + 10 + table(b[at + 9]!) + 1);
      if (i > b.length) return null;
      const cs = gce ? gce[4]! | (gce[5]! << 8) : 0;
      const gif = Uint8Array.from([...head, ...(gce ?? []), ...b.subarray(at, i), 0x3b]);
      out.push({ gif, ms: cs < 2 ? 100 : cs * 10 });
      gce = null;
    } else break;
  }
  return out;
}

/**
 * When to read again a <canvas> or <video> that drew nothing (ms, 0 = never): one a script file paints after load,
 * a stream that starts late. 2, 4 and 8 s after, then never (a blank chart stays a few small drawings).
 */
export const readAgainMs = (tag: string | undefined, blank: boolean, tries: number): number =>
  blank && tries < 3 && (tag === 'canvas' || tag === 'video') ? 2000 << tries : 0;

/**
 * The re-reads of blank canvases and frameless videos (ms until the next of `el`, 0 = never), counted by element.
 * The reader reads `el` again when that time has come, not at the reads other things prompt in between (Firefox's
 * rescans in a page's first seconds prompted a read each and spent the three re-reads within 2 s of the first: a
 * canvas a script file painted 2.5 s after load was never read).
 */
export function blankRereads<K>(): (el: K, tag: string | undefined, blank: boolean) => number {
  const tries = new Map<K, number>();
  return (el, tag, blank) => {
    const n = tries.get(el) ?? 0;
    const ms = readAgainMs(tag, blank, n);
    if (ms) tries.set(el, n + 1);
    return ms;
  };
}
