import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { composed, pictureReader } from '../../lib/page/picture-read';

/**
 * Red team 43's pd, played again by red team 44 against a user who types as a person does: a sign-in drawn in a
 * <canvas> the page blanks at the press and draws again 400 ms later. The picture reader read the canvas once, at the
 * focus, found it blank and took it as read; a redraw is no change of the document, so no later key checked again.
 * Now a canvas read blank is not taken as read (a few times): the reading says so (null), and the next check reads it
 * again. In Node no canvas can be drawn into: every picture reads blank, which is what this needs.
 */
const at = (el: Element) =>
  Object.assign(el, { getBoundingClientRect: () => ({ left: 0, top: 0, width: 360, height: 300 }) });

function page(picture: string) {
  const { document } = parseHTML(
    `<!doctype html><html><body><div>${picture}</div><input id="pw" type="password"></body></html>`,
  );
  const els = Array.from(document.querySelectorAll('canvas, img, input')) as unknown as Element[];
  for (const el of els) at(el);
  // (the hit test under the box's centre: the picture, as a browser lays it out)
  Object.assign(document, { elementsFromPoint: () => els.filter((e) => e.localName !== 'input') });
  return { doc: document as unknown as Document, pw: document.getElementById('pw') as unknown as Element };
}

describe('a picture under the secret box read blank', () => {
  it('a blank canvas is read again at the next checks (a few), and the reading asks for them', async () => {
    const { pw } = page('<canvas width="360" height="300"></canvas>');
    const reader = pictureReader(new Map());
    const results: (boolean | null)[] = [];
    for (let i = 0; i < 6; i++) results.push(await (reader.claim(pw) ?? Promise.resolve('none' as never)));
    expect(results.slice(0, 4)).toEqual([null, null, null, null]);
    // (then it is taken as read: an honest page's empty canvas costs a few readings, not one per key)
    expect(results[4]).toBe(false);
  });
  it('a blank <img> is read once, as before (a new src is a change of the document: the next key checks again)', async () => {
    const { pw } = page('<img src="data:image/png;base64,AAAA">');
    const reader = pictureReader(new Map());
    expect(await reader.claim(pw)).toBe(false);
    expect(reader.claim(pw)).toBeNull();
  });
});

describe('the pictures around the box composed as laid out (red team 43 and 44, tl: the sign-in cut into tiles)', () => {
  /** a document whose canvases record what is drawn into them */
  const recording = () => {
    const drawn: { el: string; x: number; y: number; w: number; h: number }[] = [];
    const size = { w: 0, h: 0 };
    const doc = {
      createElement: () => ({
        set width(v: number) {
          size.w = v;
        },
        set height(v: number) {
          size.h = v;
        },
        getContext: () => ({
          drawImage: (el: Element, x: number, y: number, w: number, h: number) =>
            drawn.push({ el: el.id, x, y, w, h }),
          getImageData: () => ({ data: new Uint8ClampedArray(4), width: 1, height: 1 }),
        }),
      }),
    } as unknown as Document;
    return { doc, drawn, size };
  };
  const { document } = parseHTML(
    `<body><div>${[0, 1, 2, 3].map((i) => `<canvas id="t${i}"></canvas>`).join('')}</div></body>`,
  );
  const tile = (i: number) => ({
    el: document.getElementById(`t${i}`) as unknown as Element,
    r: { left: 100 + (i % 2) * 60, top: 40 + Math.floor(i / 2) * 50, width: 60, height: 50 },
  });

  it('each tile is drawn where it is laid out, in the document order, into one picture of their extent', () => {
    const { doc, drawn, size } = recording();
    expect(composed(doc, [tile(3), tile(0), tile(2), tile(1)])).not.toBeNull();
    expect(size).toEqual({ w: 120, h: 100 });
    expect(drawn).toEqual([
      { el: 't0', x: 0, y: 0, w: 60, h: 50 },
      { el: 't1', x: 60, y: 0, w: 60, h: 50 },
      { el: 't2', x: 0, y: 50, w: 60, h: 50 },
      { el: 't3', x: 60, y: 50, w: 60, h: 50 },
    ]);
  });
  it('one picture alone is not composed (it was read as it is)', () => {
    expect(composed(recording().doc, [tile(0)])).toBeNull();
  });
});
