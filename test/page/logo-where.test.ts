import { describe, expect, it } from 'vitest';
import { blankPixels, cssPicture, framesToRead, TOP_PX, whereLogoIs } from '../../lib/page/logo-where';
import { COUPANG_COLOURS, blank, drawWord, fill } from './logo-standins';

describe('where the pixel reader looks (red team 31, class 2)', () => {
  it('a box near the top of the document, or on screen now (a fixed header on a scrolled page)', () => {
    // an ordinary header at the top of an unscrolled page
    expect(whereLogoIs(10, 50, 0, 800)).toBe(true);
    // a fixed header (on screen at 0) on a page scrolled 2,400 px down: its document position is 2,400
    expect(whereLogoIs(0, 40, 2400, 800)).toBe(true);
    // an image far down the document, scrolled out of view above
    expect(whereLogoIs(-2000, -1960, 5000, 800)).toBe(false);
    // an image far down the document, not scrolled to: below the screen
    expect(whereLogoIs(2000, 2040, 0, 900)).toBe(false);
    // on a very tall window, only the top TOP_PX counts as "on screen"
    expect(whereLogoIs(TOP_PX + 10, TOP_PX + 40, 0, 5000)).toBe(false);
  });

  it('reads a data: or blob: picture from a CSS value, nothing else', () => {
    expect(cssPicture('url("data:image/png;base64,AAAA")')).toBe('data:image/png;base64,AAAA');
    expect(cssPicture('url(blob:https://x.test/1234)')).toBe('blob:https://x.test/1234');
    expect(cssPicture('"쿠팡" url(data:image/gif;base64,R0lG)')).toBe('data:image/gif;base64,R0lG');
    expect(cssPicture('url("https://cdn.example/logo.png")')).toBeNull();
    expect(cssPicture('linear-gradient(90deg, red, blue)')).toBeNull();
    expect(cssPicture('none')).toBeNull();
    expect(cssPicture(undefined)).toBeNull();
  });

  it('a transparent or one-colour drawing is blank; a wordmark or a single dot on it is not', () => {
    expect(blankPixels(blank(64, 14, null))).toBe(true);
    expect(blankPixels(blank(64, 14, [255, 255, 255]))).toBe(true);
    expect(blankPixels(blank(0, 0))).toBe(true);
    expect(blankPixels(drawWord('coupang', COUPANG_COLOURS))).toBe(false);
    const dot = blank(64, 14, null);
    fill(dot, 30, 7, 1, 1, [0, 0, 0]);
    expect(blankPixels(dot)).toBe(false);
    const onWhite = blank(64, 14, [255, 255, 255]);
    fill(onWhite, 63, 13, 1, 1, [250, 250, 250]);
    expect(blankPixels(onWhite)).toBe(false);
  });

  it('reads the frames an animation shows longest, not its first', () => {
    // a blank first frame for 20 ms, then the mark for ten minutes
    expect(framesToRead([20_000, 600_000_000], 1)).toEqual([1]);
    // equal durations: the earlier first
    expect(framesToRead([100, 100, 100], 2)).toEqual([0, 1]);
    // frames without a duration count as none
    expect(framesToRead([NaN, 5, 0], 2)).toEqual([1, 0]);
    expect(framesToRead([], 2)).toEqual([]);
  });
});
