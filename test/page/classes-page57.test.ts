import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { drawnBox, drawnLabelKind } from '../../lib/page/drawn-box';
import { scanPage } from '../../lib/page/index';
import { parse } from './helpers';

/**
 * Round page57 (issue #11): what a browser shows in another order than the markup. Letters a stylesheet takes out
 * of the flow (`.x span{position:absolute}`) and each places by its own inline `left:` read in the order they are
 * drawn, left to right, as a reader sees them — not in the order the markup keeps them.
 */
const page = (title: string, body: string) =>
  `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const scan = (html: string, url = 'https://x.example/p') =>
  scanPage(parse(html), url, { parseHtml: (m) => parseHTML(m).document as unknown as Document });

/** Letters placed absolutely by a class rule and each given its offset inline, stored in `order` */
const placedRow = (letters: [string, number][]) =>
  `<div class="row">${letters.map(([ch, left]) => `<b style="left:${left}px">${ch}</b>`).join('')}</div>`;
const ROW_CSS =
  '<style>.row{position:relative;height:36px;font-size:26px}.row b{position:absolute;top:0}</style>';

describe('a headline of letters placed absolutely by a stylesheet, stored shuffled', () => {
  it("is read as drawn: the brand's refund over a card form is a kit", () => {
    const kit = page(
      '접수',
      ROW_CSS +
        placedRow([
          ['환', 70],
          ['팡', 32],
          ['급', 100],
          ['쿠', 0],
          ['센', 140],
          ['터', 170],
        ]) +
        '<p>중복 결제된 금액을 돌려드립니다. 환급받을 카드를 확인해 주세요.</p><input placeholder="카드번호"><input placeholder="유효기간"><input placeholder="CVC"><button>환급 신청</button>',
    );
    const r = scan(kit, 'https://refund-desk.example/r');
    expect(r.verdict).toBe('suspicious-page');
  });
  it("a weekly chart's axis letters placed the same way over a shop's own sign-in stay clean", () => {
    const shop = page(
      '누리몰 로그인',
      ROW_CSS +
        '<div class="logo">누리몰</div>' +
        placedRow([
          ['수', 60],
          ['월', 0],
          ['화', 30],
          ['목', 90],
        ]) +
        '<form action="/login" method="post"><input name="id" placeholder="아이디"><input name="pw" type="password" placeholder="비밀번호"><button>로그인</button></form>',
    );
    expect(scan(shop, 'https://nurimall.example.kr/login').verdict).toBe('clean');
  });
  it("a price comparer's store names placed absolutely (the brand one of several) over its search stay clean", () => {
    const cmp = page(
      '최저가 비교 | 값비교',
      ROW_CSS.replace('height:36px', 'height:20px;font-size:14px') +
        '<h1>값비교</h1><input type="search" placeholder="상품 검색">' +
        placedRow([
          ['G마켓', 140],
          ['쿠팡', 0],
          ['11번가', 70],
        ]) +
        '<p>세 쇼핑몰의 오늘 최저가를 한눈에 봅니다.</p>',
    );
    expect(scan(cmp, 'https://gapbigyo.example.kr/').verdict).toBe('clean');
  });
});

describe('a box drawn on a canvas (drawn-box.ts): the shape read before its pixels', () => {
  const box = (markup: string, id: string) => parseHTML(`<body>${markup}</body>`).document.getElementById(id);
  const sized = (w: number, h: number) => () => ({ width: w, height: h });
  it('a focusable <div> holding only a field-shaped canvas is a drawn box', () => {
    const el = box('<div id="b" tabindex="0"><canvas width="300" height="40"></canvas></div>', 'b');
    expect(drawnBox(el, sized(300, 40))?.localName).toBe('canvas');
  });
  it('a focusable canvas of a field shape is one too', () => {
    expect(drawnBox(box('<canvas id="c" tabindex="0"></canvas>', 'c'), sized(280, 36))).not.toBeNull();
  });
  it("a game's or chart's canvas (not a field's shape), a box with words of its own, or one not focusable is not", () => {
    expect(drawnBox(box('<canvas id="c" tabindex="0"></canvas>', 'c'), sized(480, 270))).toBeNull();
    expect(
      drawnBox(box('<div id="b" tabindex="0">메모<canvas></canvas></div>', 'b'), sized(300, 40)),
    ).toBeNull();
    expect(drawnBox(box('<div id="b"><canvas></canvas></div>', 'b'), sized(300, 40))).toBeNull();
  });
});

describe("a bare box's label drawn above it (drawn-box.ts drawnLabelKind): only a box with no words of its own", () => {
  const el = (markup: string) => parseHTML(`<body>${markup}</body>`).document.querySelector('input')!;
  it('a box with a placeholder, a label or words just before it is not read by pixels at all', () => {
    const none = () => '';
    expect(drawnLabelKind(el('<input placeholder="이름">'), none)).toBeNull();
    expect(drawnLabelKind(el('<input aria-label="이름">'), none)).toBeNull();
    expect(drawnLabelKind(el('<input>'), () => '성명')).toBeNull();
  });
  it('a wordless box laid out nowhere (no canvas under it) says nothing', () => {
    expect(drawnLabelKind(el('<input name="f1">'), () => '')).toBeNull();
  });
});
