import { describe, expect, it } from 'vitest';
import { pictureName, wordSig, type WordSig } from '../../lib/page/picture-words';
import { cropRows, readPng } from './png';

/**
 * Red team 41, class P: a sign-in drawn as one picture (brand, labels and button only pixels; transparent boxes over
 * it, no word in the markup: red team 40's p1) put every key into the kit. At the second chance the pictures of a
 * page of almost no words are now read for the brand's name (lib/page/picture-read.ts): the picture's lines cut into
 * words and compared with the names drawn in system faces (picture-words.ts), and a name found marks the picture
 * (LogoMarks.elements `picture:`), which the walk reads as a logo where it sits. Played here with the pictures as
 * PNGs (test/fixtures/images/make-pictures.mjs draws the honest one and the references in Chromium).
 */
const img = (n: string) => readPng(new URL(`../fixtures/images/${n}`, import.meta.url));
// the rows of rt41-refs.png, as make-pictures.mjs draws them
const REF_ROWS = ['쿠팡', '쿠팡', '쿠팡', 'coupang', 'coupang', 'coupang'];
const refs = (() => {
  const px = img('rt41-refs.png');
  const out = new Map<string, WordSig[]>();
  REF_ROWS.forEach((n, i) => {
    const s = wordSig(cropRows(px, i * 60, 60));
    if (s) out.set(n, [...(out.get(n) ?? []), s]);
  });
  return out;
})();

const PIC = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title></title></head><body>
<div class="pic"><form><input id="a1" type="text"><input id="a2" type="password"><button></button></form></div></body></html>`;

describe('words drawn in a picture (red team 41)', () => {
  it("finds the brand name a kit draws in its sign-in picture, and none in a bakery's", () => {
    expect(refs.size).toBe(2);
    expect(pictureName(img('rt40-pixels-login.png'), refs)).toBe('쿠팡');
    expect(pictureName(img('rt41-bakery-login.png'), refs)).toBeNull();
  });

  it('reads the name drawn light on dark, and not a blank or a one-colour picture', () => {
    const kit = img('rt40-pixels-login.png');
    const inverted = { ...kit, data: Array.from(kit.data, (v, i) => (i % 4 === 3 ? v : 255 - v)) };
    expect(pictureName(inverted, refs)).toBe('쿠팡');
    const blank = { width: 40, height: 40, data: new Array(40 * 40 * 4).fill(255) };
    expect(pictureName(blank, refs)).toBeNull();
  });

  it('a picture marked as drawing the name is a claim at the second chance; unmarked, the page says nothing', async () => {
    const { parseHTML } = await import('linkedom');
    const { scanPage, warnAtRisk } = await import('../../lib/page/index');
    const scan = (mark?: string) => {
      const d = parseHTML(PIC).document as unknown as Document;
      const elements = new Map<Element, string>();
      if (mark) elements.set(d.querySelector('.pic')!, mark);
      return scanPage(d, 'http://sign-in.example.test/login', { logoMarks: { elements, icons: new Map() } });
    };
    expect(warnAtRisk(scan(), 'password')).toBe(false);
    expect(warnAtRisk(scan('picture:쿠팡'), 'password')).toBe(true);
  });
});
