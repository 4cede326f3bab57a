import { beforeAll, expect, test } from 'vitest';
import { forEachBrowser, type Session, type Tab } from '../harness';
import { expectNoWarningFor, notWarned, startReady } from '../page-helpers';
import { attackSettled, expectPageWarning, js, stolen } from './kit';

/**
 * CI of 2026-12-07, spent-check 12's third look (docs/threat-model.md, "spent-check 12, third look (ci49)"). The
 * second chance holds the user's first key while its scorer is on its way. The content script's request for the
 * scorer has a 5 s timeout; on a busy machine the injection outlasts it, and the wait used to end there with no
 * verdict: on a page that names the brand the kept keys were dropped and the box kept no focus, so what the user
 * typed next landed on the body, where the page's `window` listener heard it, until the scorer came.
 *
 * The kit makes that window itself: 300 same-origin frames, each given a word of the brand at the user's press, so
 * the background injects 300 scorers into the page's renderer at the same moment as the top page's own, and the
 * top page's request times out while the page stays responsive. The user types the first keys at the press and the
 * rest a few seconds later (looking up the password), after the timeout.
 */
const settle = (ms = 1_000) => new Promise((r) => setTimeout(r, ms));

const CLAIM = `<p>쿠팡 회원정보 유출 확인 전담 창구입니다. 본인 확인을 위해 비밀번호를 입력해 주세요.</p>`;
// the claim kept out of the script's words (see spent-check.e2e.ts)
const shifted = (t: string) => Array.from(t, (c) => String.fromCharCode(c.charCodeAt(0) + 1)).join('');

const EARS = `<script>
window.steal = function (kind, data) {
  try { fetch('/steal?' + kind + '=' + encodeURIComponent(String(data).slice(0, 300)), { method: 'POST', keepalive: true }); } catch (e) {}
};
window.addEventListener('keydown', function (e) { if (e.isTrusted) steal('key', e.key); }, true);
</script>`;

/**
 * 300 empty same-origin frames; at the user's press each is given a word of the brand and the top page its claim
 * (`claim`), or, honest, each a search box of its own (a field opens a frame's gate too: 300 scorers all the same)
 */
const page = (
  claim: boolean,
) => `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>회원 로그인</title>${EARS}</head><body>
<h1>동네 빵집 회원 로그인</h1><form onsubmit="return false"><input id="pw" type="${claim ? 'text' : 'password'}" name="q" style="width:320px;height:44px"></form><div id="later"></div>
<div id="frames" style="position:absolute;left:-5000px;top:0;width:1000px;height:1000px;overflow:hidden"></div>
<script>
var pw = document.getElementById('pw');
var box = document.getElementById('frames');
for (var i = 0; i < 300; i++) { var f = document.createElement('iframe'); f.srcdoc = '<p>빵</p>'; f.style.cssText = 'width:40px;height:40px'; box.appendChild(f); }
var pressed = false;
pw.addEventListener('mousedown', function (e) {
  if (!e.isTrusted || pressed) return;
  pressed = true;
  ${
    claim
      ? `pw.type = 'password';
  var t = ${js(shifted(CLAIM))}, u = '';
  for (var i = 0; i < t.length; i++) u += String.fromCharCode(t.charCodeAt(i) - 1);
  document.getElementById('later').innerHTML = u;`
      : ''
  }
  var fs = box.querySelectorAll('iframe');
  for (var j = 0; j < fs.length; j++) try { fs[j].contentDocument.body.innerHTML = ${
    claim ? `'<p>쿠팡 로켓배송 상품 ' + j + '</p>'` : `'<p>빵 ' + j + '</p><input name="q' + j + '">'`
  }; } catch (x) {}
});
steal('ready', 'yes');
</script></body></html>`;

/** the user presses the box, types `first` at once and `rest` `pause` ms later */
async function slowUser(tab: Tab, first: string, rest: string, pause: number): Promise<void> {
  const box = await tab.evaluate(() => {
    const r = document.getElementById('pw')!.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  });
  await tab.mouseClick(box.x, box.y);
  await tab.keyboard(first).catch(() => undefined);
  await settle(pause);
  await tab.keyboard(rest).catch(() => undefined);
}

forEachBrowser('hostile: the scorer that comes after its request timed out (ci49)', (ctx) => {
  let s: Session;
  beforeAll(async () => {
    s = await startReady(ctx);
  });

  test('l1. keys typed after the request timed out, before the scorer came, reach nothing of the page; warned', async () => {
    const host = 'late-scorer.example.test';
    ctx.server.page(host, '/login', page(true));
    const tab = await s.newTab(ctx.server.url(host, '/login'));
    await tab.bringToFront();
    await attackSettled(s, tab, ctx.server, host);
    await settle(2_000);
    expect(await notWarned(s, tab)).toBe(true);
    await slowUser(tab, 'hun', 'ter2', 6_000);
    await settle(2_000);
    expect(stolen(ctx.server, host, 'key').map((r) => r.path)).toEqual([]);
    const w = await expectPageWarning(s, tab, 15_000);
    expect(w.kind).toBe('suspicious-page');
    await tab.close();
  });

  test('l2. honest twin (no claim; its frames each a search box): the typing is the box’s, no warning', async () => {
    const host = 'late-honest.example.test';
    ctx.server.page(host, '/login', page(false));
    const tab = await s.newTab(ctx.server.url(host, '/login'));
    await tab.bringToFront();
    await attackSettled(s, tab, ctx.server, host);
    await settle(2_000);
    await slowUser(tab, 'hun', 'ter2', 6_000);
    await settle(2_000);
    await expectNoWarningFor(tab, 2_000);
    const value = await tab.evaluate(() => (document.getElementById('pw') as HTMLInputElement).value);
    // (what was typed before the verdict is given back with it, or at the cap; what came after, typed as usual)
    expect(value).toBe('hunter2');
    await tab.close();
  });
});
