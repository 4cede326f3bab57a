import { beforeAll, expect, test } from 'vitest';
import { forEachBrowser, type Session } from '../harness';
import { expectNoWarningFor } from '../page-helpers';
import { expectPageWarning } from './kit';

/**
 * Push-notification bait (issue #11, authors N's and O's class) against a kit that has read lib/page: the page has
 * no form at all. It opens as a harmless "checking your prize" screen with the brand in two coloured spans, then
 * writes its lure in late — without the brand's name or any word for a secret — and asks for the permission
 * through a call spelt from pieces, so no scan of its script finds `Notification.requestPermission`. What the
 * reader would allow is a stream of scam notifications in the brand's name. Next to it a price tracker that asks
 * for the same permission to send price alerts, and makes nothing hang on the answer.
 */
const KIT = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>경품 확인</title></head><body>
<div class="logo"><b><span style="color:#7c2d12">쿠</span><span style="color:#e52528">팡</span></b> 와우 감사 이벤트</div>
<h2 id="h">당첨 여부를 확인하고 있습니다…</h2><p id="msg"></p><div id="b"></div>
<script>
setTimeout(function () {
  document.getElementById('h').textContent = '와우 회원 감사 경품 당첨';
  document.getElementById('msg').textContent = "브라우저 창의 '허용'을 누르면 경품 지급 알림이 발송됩니다. 허용하지 않으면 당첨이 취소됩니다.";
  var b = document.createElement('button');
  b.textContent = '허용하고 받기';
  b.onclick = function () { try { window['Noti' + 'fication']['request' + 'Permission'](); } catch (e) {} };
  document.getElementById('b').appendChild(b);
}, 1500);
</script></body></html>`;

const TRACKER = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>에어팟 프로 2 가격 - 쿠팡 최저가 | 가격알리미</title></head><body>
<header><b>가격알리미</b></header><h1>에어팟 프로 2</h1><p>쿠팡 현재가 289,000원 · 최근 30일 최저가 279,000원</p>
<p>가격이 내려가면 브라우저 알림으로 알려 드립니다. 알림을 받으려면 아래 버튼을 누른 뒤 '허용'을 눌러 주세요.</p>
<button id="a">가격 알림 켜기</button>
<script>document.getElementById('a').onclick = function () { Notification.requestPermission(); };</script>
</body></html>`;

forEachBrowser('hostile page: push-notification bait', (ctx) => {
  let s: Session;
  beforeAll(async () => {
    s = await ctx.start();
  });

  test('a prize that hangs on "Allow", written in late, is warned, and says so', async () => {
    const host = 'wow-thanks-event.example.test';
    ctx.server.page(host, '/p', KIT);
    const tab = await s.newTab(ctx.server.url(host, '/p'));
    await tab.bringToFront();
    const w = await expectPageWarning(s, tab, 20_000);
    expect(w.state?.page?.reasons.map((r) => r.code)).toContain('asks-push-permission');
    for (const scheme of ctx.name === 'chromium' ? (['light', 'dark'] as const) : (['light'] as const)) {
      if (ctx.name === 'chromium') await tab.colorScheme(scheme);
      await ctx.screenshot(tab, `push-bait-warning-${scheme}-ko`);
    }
    await tab.setViewport(360, 740);
    await ctx.screenshot(tab, 'push-bait-warning-360-ko');
    await tab.close();
  });

  test("a price tracker's alert button is left alone", async () => {
    const host = 'price-alerts.example.test';
    ctx.server.page(host, '/t', TRACKER);
    const tab = await s.newTab(ctx.server.url(host, '/t'));
    await expectNoWarningFor(tab, 4_000);
    await tab.close();
  });

  test('the warning reads in English too', async () => {
    const en = await ctx.start({ locale: 'en' });
    const host = 'wow-thanks-event-en.example.test';
    ctx.server.page(host, '/p', KIT);
    const tab = await en.newTab(ctx.server.url(host, '/p'));
    await tab.bringToFront();
    await expectPageWarning(en, tab, 20_000);
    await ctx.screenshot(tab, 'push-bait-warning-en');
    await tab.close();
  });
});
