import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { claimingFrames, silentFrames } from '../../lib/page/judging-frames';
import { pictureReader } from '../../lib/page/picture-read';

/**
 * Red team 46 against red team 45's sp: the claim only as a picture (a sign-in drawn in pixels) in a sibling frame
 * of another origin, the secret box in a frame of its own with no word around it. The picture frame's gate never
 * opened, so it never spoke, and the picture reader read the box's own frame only. Now the background brings the
 * scorer to the tab's silent frames at a sub-frame's ask (`silentFrames`), and such a frame reads its pictures
 * (`pictureReader().page`) before its first verdict, which the ask waits for.
 */
describe('the silent frames a sub-frame ask brings the scorer to', () => {
  const f = (frameId: number, url = `https://f${frameId}.example.test/`) => ({ frameId, url });

  it('takes the web frames other than the top, the asker, those that claim and those already read', () => {
    const frames = [f(0), f(3), f(4), f(5), f(6), f(7, 'about:blank'), f(8, 'chrome-extension://x/y.html')];
    expect(silentFrames(frames, 4, new Set([5]), new Set([6]))).toEqual([3]);
  });

  it('a frame that spoke first with no claim is read all the same (sq: a box of no use opened its gate)', () => {
    const claiming = claimingFrames({
      '0': { reasons: [{ weight: 0 }] },
      '3': { reasons: [] }, // the picture's frame, its gate opened by a box of no use: a verdict of nothing
      '5': { reasons: [{ weight: 0 }, { weight: 2 }] },
    });
    expect([...claiming]).toEqual([5]);
    expect(silentFrames([f(0), f(3), f(4), f(5)], 4, claiming, new Set())).toEqual([3]);
  });

  it('a frame the ask brought once is not brought again, and a page of many frames costs a few at most', () => {
    const many = Array.from({ length: 20 }, (_, i) => f(i + 1));
    const first = silentFrames(many, 1, new Set(), new Set());
    expect(first).toEqual([2, 3, 4, 5, 6, 7]);
    expect(silentFrames(many, 1, new Set(), new Set(first))).toEqual([8, 9, 10, 11, 12, 13]);
  });
});

describe("a silent frame's pictures read with no box", () => {
  /** a frame's document of `text` and a picture laid out over its middle */
  function frame(text: string) {
    const { document } = parseHTML(
      `<!doctype html><html><body><p>${text}</p><canvas width="360" height="300"></canvas></body></html>`,
    );
    const c = document.querySelector('canvas') as unknown as Element;
    Object.assign(c, { getBoundingClientRect: () => ({ left: 0, top: 0, width: 360, height: 300 }) });
    Object.assign(document, { elementsFromPoint: () => [c] });
    // (innerText lays the page out; linkedom has none: the text it would show)
    Object.defineProperty(document.body, 'innerText', { value: text });
    Object.defineProperty(document, 'defaultView', { value: { innerWidth: 360, innerHeight: 300 } });
    return document as unknown as Document;
  }

  it('a page of almost no words is read (its picture under the middle of its viewport)', async () => {
    const reading = pictureReader(new Map()).page(frame(''));
    expect(reading).not.toBeNull();
    // (in Node no canvas can be drawn into: the picture reads blank, to be read again at the next check)
    expect(await reading).toBeNull();
  });

  it('a page that says who it is in words is left to the words', () => {
    const words =
      '이 페이지는 동네 빵집의 주문 안내입니다. 매일 아침 여덟 시에 문을 열고 저녁 여덟 시에 닫습니다.';
    expect(pictureReader(new Map()).page(frame(words))).toBeNull();
  });
});
