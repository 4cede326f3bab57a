import { beforeAll, expect, test } from 'vitest';
import { forEachBrowser, type Session } from '../harness';
import { expectNoWarningFor, startReady } from '../page-helpers';
import { expectPageWarning } from './kit';

/**
 * Callback lures (issue #11, author E's class) against a kit that has read lib/page: the page has no form at
 * all, only a number to call, and its script fights the scan. It opens showing Coupang's real number (a first
 * scan finds nothing to warn about), then, after a delay, turns the call button into a tel: link to its own
 * number assembled from pieces, and spells the same number one digit per element. The warning page must come
 * anyway and tell the user to call the official number, never the page's.
 */
const SCAM = ['070', '7701', '2233'];

const LURE = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>결제 승인 안내</title></head><body>
<div class="logo"><span>쿠</span><span>팡</span></div>
<h2>해외 결제 1,290,000원이 승인되었습니다</h2>
<p>본인이 결제하지 않았다면 오늘 안에 결제 취소 전담팀에 전화하십시오. 당일 미신고 시 취소가 불가합니다.</p>
<a id="call" class="btn" href="tel:15777011">고객센터 1577-7011</a>
<div id="n"></div>
<script>
setTimeout(function () {
  var a = document.getElementById('call');
  a.textContent = '결제 취소 상담원 연결';
  a.href = 'tel:' + ${JSON.stringify(SCAM)}.join('');
  var n = document.getElementById('n');
  ${JSON.stringify(SCAM.join('-'))}.split('').forEach(function (c) {
    var s = document.createElement('span');
    s.textContent = c;
    n.appendChild(s);
  });
}, 1500);
</script></body></html>`;

const ADVICE = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>쿠팡 사칭 결제 문자 대처법 - 안심생활</title></head><body>
<header>안심생활</header><h1>"쿠팡 결제 승인" 문자를 받았다면</h1>
<p>문자 속 번호로 전화하지 말고 쿠팡 고객센터 <a href="tel:15777011">1577-7011</a>에 직접 확인하세요.
피해를 입었다면 <a href="tel:112">112</a>나 금융감독원 <a href="tel:1332">1332</a>에 신고하세요.</p>
<footer>© 안심생활</footer></body></html>`;

forEachBrowser('hostile page: callback lure', (ctx) => {
  let s: Session;

  beforeAll(async () => {
    s = await startReady(ctx);
  });

  test('a tel: link drawn late, assembled in script and spelt in spans, is still warned', async () => {
    const host = 'pay-approve.example.test';
    ctx.server.page(host, '/a', LURE);
    const tab = await s.newTab(ctx.server.url(host, '/a'));
    await tab.bringToFront();
    const w = await expectPageWarning(s, tab, 20_000);
    expect(w.kind).toBe('suspicious-page');
    expect(w.state?.page?.reasons.map((r) => r.code)).toContain('callback-lure');
    // the warning names the official number and never the page's
    const text = await tab.evaluate(() => document.body.textContent ?? '');
    expect(text).toContain('1577-7011');
    expect(text.replace(/\D/g, '')).not.toContain(SCAM.join(''));
    await tab.close();
  });

  test('an advice page that gives the official number and the report lines is left alone', async () => {
    const host = 'ansim-life.example.test';
    ctx.server.page(host, '/tips', ADVICE);
    const tab = await s.newTab(ctx.server.url(host, '/tips'));
    await expectNoWarningFor(tab, 3_000);
    await tab.close();
  });
});
