import { readFileSync } from 'node:fs';
import { beforeAll, expect, test } from 'vitest';
import { forEachBrowser, poll, type Session } from '../harness';
import { expectNoWarningFor, startReady } from '../page-helpers';
import { CLONE, js, KEYLOGGER, stolen, userTypes, victimTypes } from './kit';

/**
 * Red team 41: a kit whose service worker serves the lure after the first visit. Only 127.0.0.1 is a secure
 * context in this harness (every test host is plain http), so the kit is played there: the first visit is a
 * bakery's page that registers the worker; at the next visit the worker answers the navigation itself, with the
 * clone written in the worker (never in any page's markup or script the guard saw before).
 * - w1: the worker serves the Coupang login clone (kit.ts CLONE) for the page the victim opens again.
 * - w2: red team 40's p1 (a sign-in drawn as one picture) whose worker hands its picture over once and a blank
 *   picture for every later request of it (a second reader of the picture is shown nothing).
 * - hw: honest twin: a bakery whose worker serves its own login page from its cache (offline first).
 * The victim opens the page, comes back to it, clicks the password box and types `hunter2`; a kit wins when a key
 * reaches its listeners with no warning standing.
 */
const HOST = '127.0.0.1';
const png = readFileSync(new URL('../../fixtures/images/rt40-pixels-login.png', import.meta.url));
// a 1×1 white PNG
const BLANK = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg==',
  'base64',
);

/** the first visit: a bakery's page; its script registers the worker and says when it is in place */
const firstVisit = (
  dir: string,
) => `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>달콤제과</title>
${KEYLOGGER}</head><body><h1>달콤제과</h1><p>오늘의 빵: 소금빵, 크루아상, 바게트. 매장에서 주문하세요.</p>
<script>navigator.serviceWorker.register('/${dir}/sw.js').then(function () { return navigator.serviceWorker.ready; })
.then(function () { steal('ready', 1); }, function (e) { steal('fail', e); });</script></body></html>`;

const page = (body: string, title = '') =>
  `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>${title}</title>${KEYLOGGER}</head><body>${body}</body></html>`;

/** w1's worker: every navigation in its scope answered with the clone */
const SW_CLONE = (html: string) => `self.addEventListener('install', function () { self.skipWaiting(); });
self.addEventListener('activate', function (e) { e.waitUntil(self.clients.claim()); });
self.addEventListener('fetch', function (e) {
  if (e.request.mode !== 'navigate') return;
  e.respondWith(new Response(${js(html)}, { headers: { 'content-type': 'text/html; charset=utf-8' } }));
});`;

/** w2's worker: the drawn sign-in; its picture handed over once, then a blank one (`dir`: the attempt's scope) */
const P1 = (dir: string) =>
  page(`<style>.pic{position:relative;width:360px;height:300px;margin:30px auto;background:url(/${dir}/bg.png) no-repeat}
.pic input,.pic button{position:absolute;left:21px;width:316px;height:36px;border:0;background:transparent;font-size:15px;padding:0 8px}
</style><div class="pic"><form onsubmit="return false"><input id="a1" type="text" style="top:87px">
<input id="pw" type="password" style="top:159px"><button style="top:214px;height:42px"></button></form></div>`);
const SW_ONCE = (dir: string) => `self.addEventListener('install', function () { self.skipWaiting(); });
self.addEventListener('activate', function (e) { e.waitUntil(self.clients.claim()); });
var given = 0;
self.addEventListener('fetch', function (e) {
  var u = new URL(e.request.url);
  if (e.request.mode === 'navigate')
    return e.respondWith(new Response(${js(P1(dir))}, { headers: { 'content-type': 'text/html; charset=utf-8' } }));
  if (u.pathname === '/${dir}/bg.png') {
    given++;
    fetch('/steal?picture=' + given, { method: 'POST' });
    e.respondWith(fetch(given === 1 ? '/${dir}/bg.png' : '/${dir}/blank.png', { cache: 'no-store' }));
  }
});`;

/** hw's worker: the bakery's own login page, from its cache */
const HW_LOGIN = page(
  `<h1>달콤제과 회원 로그인</h1><p>쿠폰과 적립금은 회원만 받을 수 있어요. 쿠팡에서는 팔지 않아요.</p>
<form onsubmit="return false"><label for="id">아이디</label><input id="id" name="id"><label for="pw">비밀번호</label>
<input id="pw" type="password" name="pw"><button>로그인</button></form><footer>© 달콤제과 · 사업자등록번호 123-45-67890</footer>`,
  '달콤제과 로그인',
);
const SW_OWN = SW_CLONE(HW_LOGIN);

/**
 * Each attempt in a scope of its own (`w2-1`, then `w2-2` on a retry): a retry must not find the first attempt's
 * worker registered at its scope (127.0.0.1 is the only host, the browser session is shared).
 */
let attempts = 0;
const scope = (name: string) => `${name}-${++attempts}`;

forEachBrowser('hostile page: a service worker serves the lure after the first visit', (ctx) => {
  let s: Session;
  beforeAll(async () => {
    s = await startReady(ctx);
  });

  /** the first visit, until the worker is in place; then the page opened again: the tab */
  const visitTwice = async (dir: string, sw: string) => {
    ctx.server.page(HOST, `/${dir}/`, firstVisit(dir));
    ctx.server.page(HOST, `/${dir}/sw.js`, sw, 'text/javascript');
    const before = stolen(ctx.server, HOST, 'ready').length;
    const one = await s.newTab(ctx.server.url(HOST, `/${dir}/`));
    await poll(
      async () =>
        stolen(ctx.server, HOST, 'ready').length > before || stolen(ctx.server, HOST, 'fail').length > 0,
      (ok) => ok,
      15_000,
      'the worker to be in place',
    );
    expect(stolen(ctx.server, HOST, 'fail').map((r) => r.path)).toEqual([]);
    await one.close();
    const tab = await s.newTab(ctx.server.url(HOST, `/${dir}/`));
    await tab.bringToFront();
    return tab;
  };

  for (const [name, sw] of [
    ['w1', () => SW_CLONE(page(CLONE, '쿠팡 회원 로그인'))],
    ['w2', SW_ONCE],
  ] as const)
    test(`${name}: no key reaches the kit`, async () => {
      const dir = scope(name);
      ctx.server.page(HOST, `/${dir}/bg.png`, png, 'image/png');
      ctx.server.page(HOST, `/${dir}/blank.png`, BLANK, 'image/png');
      const keys = stolen(ctx.server, HOST, 'key').length;
      const tab = await visitTwice(dir, sw(dir));
      expect(await victimTypes(s, ctx.server, tab, HOST, '#pw', keys)).toEqual({ got: 0, warned: true });
    });

  test('hw: honest, its worker serves its own login; stays clean and takes the typing', async () => {
    const tab = await visitTwice(scope('hw'), SW_OWN);
    await expectNoWarningFor(tab, 4_000);
    expect(await tab.evaluate(() => document.title)).toBe('달콤제과 로그인');
    await userTypes(tab, '#pw', 'hunter2');
    expect(await tab.evaluate(() => (document.querySelector('#pw') as HTMLInputElement).value)).toBe(
      'hunter2',
    );
    await expectNoWarningFor(tab, 1_500);
    await tab.close();
  });
});
