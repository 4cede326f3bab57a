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
