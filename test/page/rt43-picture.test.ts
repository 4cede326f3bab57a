import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { markAt, picturesOf, underAndNear } from '../../lib/page/picture-read';

/**
 * Red team 43 against the picture reader (lib/page/picture-read.ts): a sign-in drawn as one picture, shown as an SVG
 * <image> (sv: not a picture the reader looked at, and the scan never walks into an <svg>), or drawn inside a shadow
 * root with its boxes (sh: the document's hit test stops at the host, and the page's element list does not reach
 * into the root). The layout is the browser's: the hit test is stood in for by what it returns.
 */
/** a page of no words at https://kit.example.test/login */
const page = (body: string): Document => {
  const d = parseHTML(`<!doctype html><html><head><title></title></head><body>${body}</body></html>`)
    .document as unknown as Document;
  Object.defineProperty(d, 'location', { value: { origin: 'https://kit.example.test' } });
  Object.defineProperty(d, 'baseURI', { value: 'https://kit.example.test/login' });
  return d;
};
const at = (root: Document | ShadowRoot, els: () => Element[]) =>
  Object.defineProperty(root, 'elementsFromPoint', { value: els, configurable: true });

describe('the pictures the reader looks at (red team 43)', () => {
  it('takes an SVG <image> of the page origin or a data: URL, as a picture asked for again', () => {
    const d =
      page(`<svg viewBox="0 0 360 300"><g><image href="/i/sign-in.png" width="360" height="300"/></g></svg>
      <svg><image xlink:href="data:image/png;base64,iVBOR" width="10" height="10"/></svg>
      <svg><image href="https://other.example.test/i.png"/></svg>`);
    const [a, b, c] = Array.from(d.querySelectorAll('image'));
    const mine = picturesOf(a!, d);
    expect(mine).toHaveLength(1);
    expect(mine[0]!.src).toBe('https://kit.example.test/i/sign-in.png');
    expect(mine[0]!.draw).toBeNull();
    expect(picturesOf(b!, d).map((p) => p.src)).toEqual(['data:image/png;base64,iVBOR']);
    // (another origin's picture taints the canvas: unreadable, as before)
    expect(picturesOf(c!, d)).toEqual([]);
  });

  it('marks the name of an SVG <image> on its outermost <svg>, the element the scan reads', () => {
    const d = page(
      `<div><svg id="o"><g><svg id="i"><image href="/a.png"/></svg></g></svg><img id="p" src="/b.png"></div>`,
    );
    expect(markAt(d.querySelector('image')!).id).toBe('o');
    expect(markAt(d.querySelector('#p')!).id).toBe('p');
  });

  it('looks into the shadow root of the box and of what lies under it', () => {
    const d = page(`<div id="host"></div><div id="other"></div><p>x</p>`);
    const host = d.getElementById('host')!;
    const root = host.attachShadow({ mode: 'open' });
    const pic0 = d.createElement('div');
    pic0.className = 'pic';
    for (const [tag, id] of [
      ['img', 'sign-in'],
      ['input', 'pw'],
    ] as const) {
      const el = d.createElement(tag);
      el.id = id;
      pic0.append(el);
    }
    root.append(pic0);
    const box = root.querySelector('#pw')!;
    const pic = root.querySelector('#sign-in')!;
    // the document's hit test stops at the host; the root's finds the picture
    at(d, () => [host, d.body]);
    at(root, () => [box, pic, root.querySelector('.pic')!]);
    const seen = underAndNear(box, d, 100, 100);
    expect(seen.has(pic)).toBe(true);
    // a box in the page over a web component that draws the sign-in: the host's root is looked into too
    const d2 = page(`<div id="host"></div><input id="pw" type="password">`);
    const h2 = d2.getElementById('host')!;
    const r2 = h2.attachShadow({ mode: 'open' });
    r2.append(d2.createElement('img'));
    at(d2, () => [d2.getElementById('pw')!, h2, d2.body]);
    at(r2, () => [r2.querySelector('img')!]);
    expect(underAndNear(d2.getElementById('pw')!, d2, 100, 100).has(r2.querySelector('img')!)).toBe(true);
  });
});
