import { afterEach, describe, expect, it, vi } from 'vitest';
import { askAgainFor, type Picture } from '../../lib/page/picture-read';
import { fetchPicture } from '../../entrypoints/background/pictures';

/**
 * CI of 2026-12-07: red team 41's w2 — a page whose own service worker hands its sign-in picture (a CSS background)
 * over once and a blank picture to every later request — won in Chromium: the picture reader's own request for the
 * background went through the page's worker and read the blank. On a page its worker answers for, the pictures the
 * reader asked the page's address for are asked for again by the background, which no page's worker answers.
 */
const at = (src: string, draw: CanvasImageSource | null = null): { p: Picture } => ({ p: { src, draw } });

describe('which pictures are asked for again past the page worker', () => {
  const found = [
    at('https://kit.example/a/bg.png'),
    at('data:image/png;base64,AAAA'),
    at('blob:https://kit.example/1'),
    at('canvas:360', {} as CanvasImageSource),
    at('https://kit.example/a/bg.png'),
    at('https://kit.example/a/two.png'),
    at('https://kit.example/a/three.png'),
    at('https://kit.example/a/four.png'),
  ];
  it('on a page its own worker answers: the asked-for pictures, once each, at most three', () => {
    expect(askAgainFor(found, true).map((f) => f.p.src)).toEqual([
      'https://kit.example/a/bg.png',
      'https://kit.example/a/two.png',
      'https://kit.example/a/three.png',
    ]);
  });
  it('on a page with no worker: none (the browser answers the reader as it answered the page)', () => {
    expect(askAgainFor(found, false)).toEqual([]);
  });
  it('pictures the page already shows (an <img>, a canvas) and data:/blob: are never asked for', () => {
    expect(askAgainFor([found[1]!, found[2]!, found[3]!], true)).toEqual([]);
  });
});

describe("the background's fetch of a picture", () => {
  afterEach(() => vi.unstubAllGlobals());
  const answer = (body: Uint8Array, type: string, status = 200) =>
    vi.stubGlobal(
      'fetch',
      vi.fn(async (_u: string, init: RequestInit) => {
        expect(init.credentials).toBe('omit');
        return new Response(new Blob([body as Uint8Array<ArrayBuffer>]), {
          status,
          headers: { 'content-type': type },
        });
      }),
    );
  it('an image comes back as its bytes, base64', async () => {
    answer(new Uint8Array([137, 80, 78, 71, 1, 2, 3]), 'image/png; charset=binary');
    expect(await fetchPicture('https://kit.example/a/bg.png')).toEqual({
      type: 'image/png',
      data: Buffer.from([137, 80, 78, 71, 1, 2, 3]).toString('base64'),
    });
  });
  it('no image, an error status, or over 4 MB: nothing', async () => {
    answer(new Uint8Array([60, 104]), 'text/html');
    expect(await fetchPicture('https://kit.example/a/bg.png')).toBeNull();
    answer(new Uint8Array([1]), 'image/png', 404);
    expect(await fetchPicture('https://kit.example/a/bg.png')).toBeNull();
    answer(new Uint8Array(4 * 1024 * 1024 + 1), 'image/png');
    expect(await fetchPicture('https://kit.example/a/bg.png')).toBeNull();
  });
});
