import { readFileSync } from 'node:fs';
import { beforeAll, expect, test } from 'vitest';
import { forEachBrowser, poll, type Session } from '../harness';
import { expectNoWarningFor, startReady } from '../page-helpers';
import { first, KEYLOGGER, userTypes, victimTypes } from './kit';

/**
 * Red team 41: what red teams 39 and 40 left open in names a page face draws.
 * - c1, c2: the brand's Han and kana names drawn by a remapping face (red team 39 drew Hangul and Latin names only):
 *   "AB" drawn as 酷澎, "CDEF" as クーパン (face-kit-cjk.otf), in the logo, the heading and the footer.
 * - r1: red team 40's d1 (로켓배송 drawn one letter per span) in lines longer than 64 characters.
 * - r2: the same, each letter three elements deep (`<b><i><u>A</u></i></b>`).
 * Honest twins: a Japanese bakery drawing its own Han and kana letters in its own face (hc); a florist whose own name
 * is one letter per span, three deep, in a long heading (hr). The victim reads, clicks the password box and types.
 */
const font = (file: string) => readFileSync(new URL(`../../fixtures/fonts/${file}`, import.meta.url));
const spans = (s: string, deep = false) =>
  [...s].map((c) => (deep ? `<span><b><i><u>${c}</u></i></b></span>` : `<span>${c}</span>`)).join('');

const LOGIN = `<form onsubmit="return false"><label for="uid">아이디(이메일)</label><input id="uid" name="email" type="email">
<label for="upw">비밀번호</label><input id="upw" name="password" type="password"><button>로그인</button></form>`;
// (more than 64 characters with the four letters: red team 40's run reader read a line of 64 at most)
const LONG =
  ' 공식 회원 전용 서비스 — 주문·배송·반품 조회와 회원 혜택 안내, 자주 묻는 질문과 고객 센터 연결을 한곳에서 확인하실 수 있습니다';

/** the kit: its face named by a stylesheet, the name drawn in the logo, the heading and the footer */
const kit = (
  logo: string,
  heading: string,
  foot: string,
  face = '/f/cjk.otf',
) => `<!doctype html><html lang="ko">
<head><meta charset="utf-8"><title>회원 로그인</title>
<style>@font-face{font-family:'rk';src:url(${face})}.rk{font-family:rk,sans-serif}</style></head>
<body><div style="max-width:520px;margin:30px auto;font-family:sans-serif">
<header><div class="rk logo" style="font-size:36px;font-weight:bold;color:#c00">${logo}</div></header>
<h1 style="font-size:22px" class="rk">${heading}</h1>
<p>배송지 확인을 위해 안전한 이용을 위해 다시 로그인해 주세요.</p>${LOGIN}
<footer style="margin-top:24px;color:#777" class="rk">© ${foot}</footer></div></body></html>`;
const C1 = kit('AB', 'AB 회원 로그인', 'AB');
const C2 = kit('CDEF', 'CDEF 회원 로그인', 'CDEF');
const R1 = kit(spans('ABCD') + LONG, spans('ABCD') + LONG, spans('ABCD') + LONG, '/f/n.otf');
const R2 = kit(spans('ABCD', true), `${spans('ABCD', true)} 회원 로그인`, spans('ABCD', true), '/f/n.otf');
/** hc: a Japanese bakery's own face, its own letters; a sentence naming the brand */
const HC = `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>パン屋さくら</title>
<style>@font-face{font-family:'own';src:url(/f/own-cjk.otf)}.own{font-family:own,sans-serif}</style></head>
<body><div style="max-width:520px;margin:30px auto;font-family:sans-serif">
<div class="own logo" style="font-size:36px">桜ベーカリー</div><h1 class="own">会員ログイン</h1>
<p>クーパンでは販売していません。パン屋さくらの会員の方はこちらからログインしてください。</p>${LOGIN}
<footer class="own">© パン屋さくら</footer></div></body></html>`;
/** hr: a florist's own face, its name one letter per span three deep in a long heading */
const HR = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>꽃담 플라워</title>
<style>@font-face{font-family:'own';src:url(/f/own.otf)}.own{font-family:own,sans-serif}</style></head>
<body><div style="max-width:520px;margin:30px auto;font-family:sans-serif">
<div class="own logo" style="font-size:36px">${spans('꽃담', true)}${LONG}</div><h1 class="own">${spans('꽃담', true)} 회원 로그인${LONG}</h1>
<p>쿠팡 배송 말고 꽃담 배송으로 받으세요.</p>${LOGIN}<footer>© 꽃담 플라워 · 사업자등록번호 123-45-67890</footer></div></body></html>`;

forEachBrowser('hostile page: Han and kana names drawn by a face, runs long and deep', (ctx) => {
  let s: Session;
  beforeAll(async () => {
    s = await startReady(ctx);
  });
  const serve = (host: string, html: string) => {
    ctx.server.page(host, '/f/cjk.otf', font('face-kit-cjk.otf'), 'font/otf');
    ctx.server.page(host, '/f/n.otf', font('face-kit-names.otf'), 'font/otf');
    ctx.server.page(host, '/f/own.otf', font('face-own.otf'), 'font/otf');
    ctx.server.page(host, '/f/own-cjk.otf', font('face-own-cjk.otf'), 'font/otf');
    ctx.server.page(host, '/login', first(html, KEYLOGGER));
  };

  for (const [name, html] of [
    ['c1', C1],
    ['c2', C2],
    ['r1', R1],
    ['r2', R2],
  ] as const)
    test(`${name}: no key reaches the kit`, async () => {
      const host = `rt41-${name}.example.test`;
      serve(host, html);
      const tab = await s.newTab(ctx.server.url(host, '/login'));
      await tab.bringToFront();
      expect(await victimTypes(s, ctx.server, tab, host, '#upw')).toEqual({ got: 0, warned: true });
    });

  for (const [name, html] of [
    ['hc', HC],
    ['hr', HR],
  ] as const)
    test(`${name}: honest, stays clean and takes the typing`, async () => {
      const host = `rt41-${name}.example.test`;
      serve(host, html);
      const tab = await s.newTab(ctx.server.url(host, '/login'));
      await tab.bringToFront();
      await expectNoWarningFor(tab, 4_000);
      // (the long lines push the box to the window's edge in Firefox: the user scrolls to it)
      await tab.evaluate(() => document.querySelector('#upw')!.scrollIntoView({ block: 'center' }));
      await userTypes(tab, '#upw', 'hunter2');
      const typed = () => tab.evaluate(() => (document.querySelector('#upw') as HTMLInputElement).value);
      await poll(typed, (v) => v === 'hunter2', 3_000, 'the typing in the box').catch(() => undefined);
      expect(await typed()).toBe('hunter2');
      await expectNoWarningFor(tab, 1_500);
      await tab.close();
    });
});
