import { describe, expect, it } from 'vitest';
import { collect, DEFAULT_LIMITS } from '../../lib/page/collect';
import { parse } from './helpers';

/**
 * Round pagespeed: a click handler that writes markup (`onclick="nx.innerHTML=atob('…')"`) is read off the elements
 * the walk meets instead of one selector over the whole document afterwards. These pin that it is still found
 * wherever that selector found it — on elements the walk does not enter too — and only there.
 */
const WRITE = "nx.innerHTML=atob('PGZvcm0+')";
const page = (body: string) =>
  `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>보안메일</title></head><body>${body}<div id="nx"></div></body></html>`;
/** the handlers are added to the page's script only when one of them writes markup (nothing else here asks for them) */
const read = (html: string, limits = DEFAULT_LIMITS) =>
  collect(parse(html), limits).inlineScript.includes(WRITE);

describe('a handler that writes markup, wherever it sits', () => {
  it('on a button the walk reads', () => {
    expect(read(page(`<p>메일 열기</p><button onclick="${WRITE}">열기</button>`))).toBe(true);
  });
  it('on a shape inside an SVG (whose insides the walk does not enter)', () => {
    expect(
      read(
        page(`<svg width="80" height="20"><g onclick="${WRITE}"><text x="0" y="15">열기</text></g></svg>`),
      ),
    ).toBe(true);
  });
  it('inside a box read as a flex order shows it (its children are not walked one by one)', () => {
    expect(
      read(
        page(
          `<div style="display:flex"><span style="order:2">기</span><b style="order:1" onclick="${WRITE}">열</b></div>`,
        ),
      ),
    ).toBe(true);
  });
  it('on an element past the walk’s limit (the whole document is asked)', () => {
    const filler = '<p>안내</p>'.repeat(30);
    expect(
      read(page(`${filler}<button onclick="${WRITE}">열기</button>`), { ...DEFAULT_LIMITS, maxElements: 10 }),
    ).toBe(true);
  });
  it('inside a <noscript> (skipped by the walk, still the document’s)', () => {
    expect(read(page(`<noscript><a href="#" onclick="${WRITE}">열기</a></noscript>`))).toBe(true);
  });
  it('not for a handler that writes nothing, nor for markup only a script carries', () => {
    expect(
      read(page(`<button onclick="nx.style.display='block'; var k='${WRITE}'.length">열기</button>`)),
    ).toBe(
      true, // (the words are in the handler itself: the selector matched them too)
    );
    expect(read(page(`<button onclick="nx.style.display='block'">열기</button>`))).toBe(false);
    expect(
      read(
        page(
          `<script>document.body.insertAdjacentHTML('beforeend', '<b onclick="x">a</b>')</script><p>안내</p>`,
        ),
      ),
    ).toBe(false);
  });
});

describe('the picture that heads a form, in a box of its own', () => {
  const head = (box: string) =>
    collect(parse(page(`${box}<p>로그인</p><form action="/l"><input type="password" name="pw"></form>`)))
      .images[0]?.headsForm ?? false;
  it('a link around the picture alone, an <img> or an <svg> with its shapes, heads the form', () => {
    expect(head('<a href="/"><img src="/l.png" alt=""></a>')).toBe(true);
    expect(head('<a href="/"><svg width="9" height="9"><g><rect width="9" height="9"/></g></svg></a>')).toBe(
      true,
    );
    expect(
      head('<a href="/"><picture><source srcset="/l.webp"><img src="/l.png" alt=""></picture></a>'),
    ).toBe(true);
  });
  it('not when the box holds another element beside it (a caption’s box, even an empty one)', () => {
    expect(head('<a href="/"><img src="/l.png" alt=""><b></b></a>')).toBe(false);
    expect(head('<div><img src="/l.png" alt=""><i class="x"></i></div>')).toBe(false);
  });
});
