import { beforeAll, expect, test } from 'vitest';
import { forEachBrowser, type Session } from '../harness';
import { expectNoWarningFor, expectPageWarning, startReady } from '../page-helpers';
import { js } from './kit';

/**
 * Red team 31, classes 3 and 4: what the background keeps of a tab's frames, and a top page that is never read.
 * The page's own script does the attack each time:
 *
 *  - r08: sixteen hidden frames claim the brand, then one more frame only asks (card + PIN). The background
 *    kept 16 frames, the lowest score out: the form frame went before the frames were pooled.
 *  - r04: twelve frames flip a brand heading every 250 ms, spending the tab's rate of verdicts; the form frame's
 *    one verdict came when the rate was spent and was dropped (and never sent again).
 *  - r10: the top page shows the brand only as a picture it paints (letters masked in its script) and asks
 *    nothing; the form is in a frame of its own origin. The top's gate stayed closed, so nobody read the picture.
 *
 * Each next to an honest twin of the same shape that must stay clean.
 */
const HIDDEN = 'position:absolute;left:-50px;top:0;width:1px;height:1px;border:0';
const doc = (title: string, body: string) =>
  `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;

const CARD_FORM = doc(
  '카드 확인',
  `<h2>환불 받으실 카드 정보</h2><form action="/r" method="post"><label for="c">카드번호</label><input id="c" name="cardno" inputmode="numeric">
<label for="e">유효기간</label><input id="e" name="exp" placeholder="MM/YY"><label for="v">CVC</label><input id="v" name="cvc" maxlength="3">
<label for="p">카드 비밀번호 앞 2자리</label><input id="p" name="cpw" type="password" maxlength="2"><button>환불 신청</button></form>`,
);
const COMMENT_FORM = doc(
  '댓글',
  `<h3>댓글 남기기</h3><form action="/c" method="post"><label for="n">이름</label><input id="n" name="name">
<label for="p">비밀번호 (수정·삭제용)</label><input id="p" name="pw" type="password"><textarea name="body"></textarea><button>등록</button></form>`,
);

/**
 * Page script: adds a frame with `html` (hidden unless `shown`); a path instead of markup frames that path of
 * the page's own origin (the form frames: their markup must not be in the top page's own script, which the top
 * page's scan reads).
 */
const FRAME_FN = `function frame(html, shown) { var f = document.createElement('iframe');
  f.style.cssText = shown ? 'width:100%;height:420px;border:0' : ${js(HIDDEN)};
  if (html.charAt(0) === '/') f.src = html; else f.srcdoc = html;
  document.body.appendChild(f); return f; }`;

const topPage = (title: string, body: string, script: string) =>
  doc(title, `${body}<script>${FRAME_FN}\n${script}</script>`);

// r08: sixteen brand frames, the form frame 2.5 s later
const BRAND = doc('쿠팡', '<h1>쿠팡 로켓배송</h1><p>쿠팡 와우 멤버십 회원 전용 혜택</p>');
const AD = doc(
  '추천',
  '<p>이 포스팅은 쿠팡 파트너스 활동의 일환으로, 이에 따른 일정액의 수수료를 제공받습니다.</p><a href="https://link.coupang.com/a/x">쿠팡에서 보기</a>',
);
const SIXTEEN_THEN = (each: string, last: string) =>
  `for (var i = 0; i < 16; i++) frame(${js(each)});\nsetTimeout(function () { frame(${js(last)}, true); }, 2500);`;
const R08 = topPage('쿠팡 환불 신청', '<p>환불 신청 안내</p>', SIXTEEN_THEN(BRAND, '/card'));
// b06's shape: a recipe blog with sixteen partner-ad frames and a comment box with a password
const R08_TWIN = topPage(
  '된장찌개 끓이는 법 - 오늘의 레시피',
  '<article><h1>된장찌개 끓이는 법</h1><p>멸치 육수에 된장을 풀고 두부와 애호박을 넣어 끓입니다.</p></article>',
  SIXTEEN_THEN(AD, '/comments'),
);

// r04: twelve flipping frames, the form frame at 3 s
const flipper = (a: string, b: string) =>
  doc(
    '추천',
    `<h1>${b}</h1><script>var k = 0; setInterval(function () { k ^= 1; var h = document.createElement('h1');
h.textContent = k ? ${js(a)} : ${js(b)}; document.body.replaceChildren(h); }, 250);</script>`,
  );
const TWELVE_THEN = (each: string, last: string) =>
  `for (var i = 0; i < 12; i++) frame(${js(each)});\nsetTimeout(function () { frame(${js(last)}, true); }, 3000);`;
const R04 = topPage(
  '쿠팡 환불 신청',
  '<p>환불 신청 안내</p>',
  TWELVE_THEN(flipper('쿠팡 로켓배송 추천 상품', '오늘의 추천 상품'), '/card'),
);
// b02's shape: a price board whose tickers cycle shop names, and a comment box with a password
const R04_TWIN = topPage(
  '오늘의 최저가 - 가격 비교',
  '<article><h1>오늘의 최저가</h1><p>쇼핑몰별 가격을 매일 비교합니다.</p></article>',
  TWELVE_THEN(flipper('쿠팡 최저가 12,900원', '11번가 최저가 13,100원'), '/comments'),
);

// r10: the wordmark painted by the page (its letters masked: no word of the brand in the source), no ask on top
const KEY = 0x33;
const MASKED = js([...'coupang'].map((c) => c.charCodeAt(0) ^ KEY));
const PAINT = `var word = String.fromCharCode.apply(null, ${MASKED}.map(function (c) { return c ^ ${KEY}; }));
var FIVE = ['#9D4E19', '#9D4E19', '#9D4E19', '#FF4311', '#FFC100', '#71CE00', '#00B7E2'];
var c = document.createElement('canvas'), x = c.getContext('2d'), h = 100;
x.font = 'bold 80px sans-serif'; c.width = Math.ceil(x.measureText(word).width) + 20; c.height = h;
x.fillStyle = '#fff'; x.fillRect(0, 0, c.width, c.height); x.font = 'bold 80px sans-serif';
var X = 10; word.split('').forEach(function (ch, i) { x.fillStyle = FIVE[i]; x.fillText(ch, X, 72); X += x.measureText(ch).width; });
document.getElementById('m').src = c.toDataURL('image/png');`;
const R10 = doc(
  '주문 확인',
  `<div class="top"><img id="m" style="width:160px"></div><div class="wrap"><p>주문하신 상품의 결제가 시스템 오류로 두 번 승인되었습니다. 아래에서 환불 받으실 카드를 확인해 주세요.</p>
<iframe src="/card" title="카드" style="width:100%;height:560px;border:0"></iframe></div><script>${PAINT}</script>`,
);
// b10's shape: a design blog showing the wordmark in a post, its own comment page framed from its origin
const R10_TWIN = doc(
  '브랜드 컬러 이야기 - 디자인 노트',
  `<header><h1>디자인 노트</h1></header><article><h2>다섯 색 워드마크 분석</h2><p>이번 글에서는 여러 색을 쓰는 워드마크가 어떻게 읽히는지 살펴봅니다.</p>
<figure><img id="m" style="width:160px"><figcaption>그림 1. 예시 워드마크</figcaption></figure><p>색의 순서와 비율이 인상을 좌우합니다.</p></article>
<iframe src="/comments" title="댓글" style="width:100%;height:400px;border:0"></iframe><script>${PAINT}</script>`,
);

forEachBrowser('hostile page: frames the background keeps, and a top page never read', (ctx) => {
  let s: Session;
  beforeAll(async () => {
    s = await startReady(ctx);
  });

  const warned = async (host: string, path: string, code: string) => {
    const tab = await s.newTab(ctx.server.url(host, path));
    await tab.bringToFront();
    const w = await expectPageWarning(s, tab, 25_000);
    expect(w.state?.page?.reasons.map((r) => r.code)).toContain(code);
    await tab.close();
  };
  const leftAlone = async (host: string, path: string, ms: number) => {
    const tab = await s.newTab(ctx.server.url(host, path));
    await expectNoWarningFor(tab, ms);
    await tab.close();
  };

  test('r08: sixteen hidden brand frames cannot push out the frame that asks for the card', async () => {
    ctx.server.page('pay-cancel-r08.example.test', '/c', R08);
    ctx.server.page('pay-cancel-r08.example.test', '/card', CARD_FORM);
    await warned('pay-cancel-r08.example.test', '/c', 'asks-card');
  });

  test('r08 twin: a recipe blog with sixteen partner-ad frames and a comment password stays clean', async () => {
    ctx.server.page('recipe-r08.example.test', '/p', R08_TWIN);
    ctx.server.page('recipe-r08.example.test', '/comments', COMMENT_FORM);
    await leftAlone('recipe-r08.example.test', '/p', 6_000);
  });

  test('r04: twelve chattering frames cannot silence the one verdict of the frame that asks', async () => {
    ctx.server.page('cs-refund-r04.example.test', '/r', R04);
    ctx.server.page('cs-refund-r04.example.test', '/card', CARD_FORM);
    await warned('cs-refund-r04.example.test', '/r', 'asks-card');
  });

  test('r04 twin: price tickers cycling shop names beside a comment password stay clean', async () => {
    ctx.server.page('price-board-r04.example.test', '/p', R04_TWIN);
    ctx.server.page('price-board-r04.example.test', '/comments', COMMENT_FORM);
    await leftAlone('price-board-r04.example.test', '/p', 7_000);
  });

  test('r10: the brand only as a picture on top, the card form in a frame of its own origin', async () => {
    ctx.server.page('order-check-r10.example.test', '/o', R10);
    ctx.server.page('order-check-r10.example.test', '/card', CARD_FORM);
    await warned('order-check-r10.example.test', '/o', 'brand-logo');
  });

  test('r10 twin: a design blog with the wordmark in a post and its own comment page framed stays clean', async () => {
    ctx.server.page('design-note-r10.example.test', '/p', R10_TWIN);
    ctx.server.page('design-note-r10.example.test', '/comments', COMMENT_FORM);
    await leftAlone('design-note-r10.example.test', '/p', 6_000);
  });
});
