import { describe, expect, it } from 'vitest';
import {
  blankPixels,
  blankRereads,
  cssPicture,
  framesToRead,
  gifFrames,
  readAgainMs,
  TOP_PX,
  whereLogoIs,
} from '../../lib/page/logo-where';
import { COUPANG_COLOURS, blank, drawWord, fill, gifBytes } from './logo-standins';

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

  describe('cuts an animated GIF into one-frame GIFs (drawImage of an <img> shows the first frame only)', () => {
    const word = drawWord('coupang', COUPANG_COLOURS, { scale: 2, pad: 4 });
    const empty = blank(word.width, word.height, [255, 255, 255]);
    const twoFrames = gifBytes([
      [empty, 2],
      [word, 60000],
    ]);
    /** where each Graphic Control Extension (21 F9 04) starts: a frame's own blocks begin there */
    const gces = (b: Uint8Array) =>
      [...b.keys()].filter((i) => b[i] === 0x21 && b[i + 1] === 0xf9 && b[i + 2] === 4);
    const cat = (...parts: ArrayLike<number>[]) => Uint8Array.from(parts.flatMap((p) => [...Array.from(p)]));

    it("each frame: the file's screen and palette, that frame's blocks, the trailer; with its delay", () => {
      const frames = gifFrames(twoFrames, 8)!;
      expect(frames.map((f) => f.ms)).toEqual([20, 600_000]);
      const [g0, g1] = gces(twoFrames);
      const head = twoFrames.subarray(0, 13 + 3 * 128);
      expect(frames[0]!.gif).toEqual(cat(head, twoFrames.subarray(g0!, g1!), [0x3b]));
      expect(frames[1]!.gif).toEqual(cat(head, twoFrames.subarray(g1!, twoFrames.length - 1), [0x3b]));
      // a one-frame GIF cut again is itself
      expect(gifFrames(frames[1]!.gif, 8)!.map((f) => f.gif)).toEqual([frames[1]!.gif]);
    });

    it('past comments and application blocks, with or without a control block or a palette of the file', () => {
      const [g0, g1] = gces(twoFrames);
      const comment = [0x21, 0xfe, 3, 0x61, 0x62, 0x63, 0];
      // a comment between a frame's control block and its image: the delay still belongs to that image
      const withComment = cat(twoFrames.subarray(0, g1! + 8), comment, twoFrames.subarray(g1! + 8));
      expect(gifFrames(withComment, 8)!.map((f) => f.ms)).toEqual([20, 600_000]);
      // no control block at all (GIF87a): each frame as the browser's default 100 ms
      const bare = cat(
        twoFrames.subarray(0, g0!),
        twoFrames.subarray(g0! + 8, g1!),
        twoFrames.subarray(g1! + 8),
      );
      const frames = gifFrames(bare, 8)!;
      expect(frames.map((f) => f.ms)).toEqual([100, 100]);
      expect(frames[1]!.gif[frames[1]!.gif.length - 1]).toBe(0x3b);
    });

    it('at most `max` frames; a cut-short file, a PNG or nothing at all is no GIF', () => {
      const many = gifBytes(Array.from({ length: 12 }, (_, i) => [i % 2 ? word : empty, 5 + i]));
      expect(gifFrames(many, 8)!.map((f) => f.ms)).toEqual([50, 60, 70, 80, 90, 100, 110, 120]);
      expect(gifFrames(twoFrames.subarray(0, twoFrames.length - 40), 8)).toBeNull();
      expect(
        gifFrames(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10, 0, 0, 0, 0, 0, 0]), 8),
      ).toBeNull();
      expect(gifFrames(new Uint8Array(0), 8)).toBeNull();
    });

    it('a still GIF is one frame (nothing later to read)', () => {
      expect(gifFrames(gifBytes([[word, 0]]), 8)).toHaveLength(1);
      // (a delay of 0 or 10 ms is shown for 100 ms, as browsers do)
      expect(
        gifFrames(
          gifBytes([
            [empty, 0],
            [word, 1],
          ]),
          8,
        )!.map((f) => f.ms),
      ).toEqual([100, 100]);
    });
  });

  it('reads a blank canvas or a frameless video again 2, 4 and 8 s later, then never; nothing else', () => {
    expect([0, 1, 2, 3].map((n) => readAgainMs('canvas', true, n))).toEqual([2000, 4000, 8000, 0]);
    expect(readAgainMs('video', true, 0)).toBe(2000);
    // a canvas that showed something (read: it matched or not), an image, a favicon: never
    expect(readAgainMs('canvas', false, 0)).toBe(0);
    expect(readAgainMs('img', true, 0)).toBe(0);
    expect(readAgainMs(undefined, true, 0)).toBe(0);
  });

  it('counts the re-reads of each blank canvas or video apart: three each, then never', () => {
    const readAgain = blankRereads<string>();
    // a header canvas that stays blank (Firefox's rescans no longer reach this: only the timers' reads do)
    expect([0, 1, 2, 3, 4].map(() => readAgain('logo', 'canvas', true))).toEqual([2000, 4000, 8000, 0, 0]);
    // another canvas and a video have their own three; an image, a canvas that drew something: none
    expect(readAgain('chart', 'canvas', true)).toBe(2000);
    expect(readAgain('clip', 'video', true)).toBe(2000);
    expect(readAgain('img', 'img', true)).toBe(0);
    expect(readAgain('painted', 'canvas', false)).toBe(0);
    // a canvas painted at its second re-read, then cleared (resized): only what is left of its three
    expect(readAgain('chart', 'canvas', false)).toBe(0);
    expect(readAgain('chart', 'canvas', true)).toBe(4000);
    expect(readAgain('chart', 'canvas', true)).toBe(8000);
    expect(readAgain('chart', 'canvas', true)).toBe(0);
  });
});
