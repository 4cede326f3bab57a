import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { pictureReader } from '../../lib/page/picture-read';

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
