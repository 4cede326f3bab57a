import { beforeAll, expect, test } from 'vitest';
import { forEachBrowser, type Session } from '../harness';
import { expectPageWarning } from './kit';

/**
 * A kit that cloaks (issue #11, author P's class): it shows a bare "404 Not Found" to anything that says it is
 * automated (`navigator.webdriver`, a `HeadlessChrome` user agent) and its login, written in late, to a person.
 * The guard runs in the person's browser and judges what the person sees; these tests prove the harness's browsers
 * look like a person's to the page (so every other e2e test measures what people get), and that the late login
 * the cloak hands them is warned.
 */
const KIT = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>회원 확인</title></head><body>
<div id="app"><b><span style="color:#7c2d12">cou</span><span style="color:#e52528">pang</span></b>
<h1>계정 보호 조치 안내</h1><p>비정상 로그인이 감지되어 계정이 일시 잠금되었습니다. 본인 확인 후 해제하세요.</p><div id="slot"></div></div>
<script>
(function () {
  var bot = navigator.webdriver || /HeadlessChrome|bot|crawl|spider|Lighthouse/i.test(navigator.userAgent);
  document.documentElement.dataset.seen = bot ? 'bot' : 'person';
  if (bot) { document.title = 'Not Found'; document.body.innerHTML = '<h1>404 Not Found</h1><hr>nginx'; return; }
  setTimeout(function () {
    document.getElementById('slot').innerHTML =
      '<form><label>아이디(이메일)<input name="e"></label><label>비밀번호<input name="p" type="tel" ' +
      'style="-webkit-text-security:disc"></label><button>잠금 해제</button></form>';
  }, 700);
})();
</script></body></html>`;

forEachBrowser('hostile page: a kit that cloaks from automated browsers', (ctx) => {
  let s: Session;
  beforeAll(async () => {
    s = await ctx.start({ asPerson: true });
  });

  test("the page sees a person's browser, and the login it shows a person is warned", async () => {
    const host = 'account-unlock-kr.example.test';
    ctx.server.page(host, '/u', KIT);
    const tab = await s.newTab(ctx.server.url(host, '/u'));
    await tab.bringToFront();
    const w = await expectPageWarning(s, tab, 20_000);
    expect(w.state?.page?.reasons.map((r) => r.code)).toContain('asks-password');
    await tab.close();
  });

  test('navigator.webdriver is off and the user agent is no headless one', async () => {
    const host = 'plain-page.example.test';
    ctx.server.page(host, '/', '<!doctype html><title>x</title><p>hello</p>');
    const tab = await s.newTab(ctx.server.url(host, '/'));
    const seen = await tab.evaluate(() => ({ webdriver: navigator.webdriver, ua: navigator.userAgent }));
    expect(seen.webdriver).toBe(false);
    expect(seen.ua).not.toMatch(/Headless/i);
    await tab.close();
  });
});
