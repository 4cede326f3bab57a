import { readFileSync } from 'node:fs';
import { beforeAll, expect, test } from 'vitest';
import { forEachBrowser, type Session } from '../harness';
import { expectNoWarningFor, startReady } from '../page-helpers';
import { first, KEYLOGGER, userTypes, victimTypes } from './kit';

/**
 * Red team 39: the brand's other names drawn by a page face whose glyphs remap other code points (red team 36,
 * class C, closed "coupang" and "쿠팡" only). The DOM says "ABCD" and "EFG"; the screen shows 로켓배송 and 쿠페이
 * (test/fixtures/fonts/make-drawn-fonts.py, face-kit-names.otf). The victim reads, clicks the password box and
 * types. Honest twin: a florist drawing its own letters in its own face (face-own.otf).
 */
const font = (file: string) => readFileSync(new URL(`../../fixtures/fonts/${file}`, import.meta.url));

const LOGIN = `<form onsubmit="return false"><label for="uid">아이디(이메일)</label><input id="uid" name="email" type="email">
<label for="upw">비밀번호</label><input id="upw" name="password" type="password"><button>로그인</button></form>`;

/** the kit: its face named by a stylesheet, the brand's other name drawn in the logo, the heading and the footer */
const kit = (
  said: string,
  extra = '',
) => `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>회원 로그인</title>
<style>@font-face{font-family:'rk';src:url(/f/n.otf)}.rk{font-family:rk,sans-serif}</style></head>
<body><div style="max-width:480px;margin:30px auto;font-family:sans-serif">
<header><div class="rk logo" style="font-size:40px;font-weight:bold;color:#c00">${said}</div></header>
<h1 style="font-size:22px"><span class="rk">${said}</span> 회원 로그인</h1>
<p>${extra}안전한 이용을 위해 다시 로그인해 주세요.</p>${LOGIN}
<footer style="margin-top:24px;color:#777">© <span class="rk">${said}</span></footer></div></body></html>`;
/** f1: 로켓배송 */
const F1 = kit('ABCD', '배송지 확인을 위해 ');
/** f2: 쿠페이 */
const F2 = kit('EFG', '결제 수단 확인을 위해 ');
/** hf: a florist's own display face, its own letters */
const HF = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>꽃담 플라워</title>
<style>@font-face{font-family:'own';src:url(/f/own.otf)}.own{font-family:own,sans-serif}</style></head>
<body><div style="max-width:480px;margin:30px auto;font-family:sans-serif">
<div class="own logo" style="font-size:40px">꽃담 플라워</div><h1 class="own">회원 로그인</h1>
<p class="own">쿠팡 배송 말고 꽃담 배송으로 받으세요.</p>${LOGIN}
<footer>© 꽃담 플라워 · 사업자등록번호 123-45-67890</footer></div></body></html>`;

forEachBrowser("hostile page: a web face drawing the brand's other names", (ctx) => {
  let s: Session;
  beforeAll(async () => {
    s = await startReady(ctx);
  });
  const serve = (host: string, html: string) => {
    ctx.server.page(host, '/f/n.otf', font('face-kit-names.otf'), 'font/otf');
    ctx.server.page(host, '/f/own.otf', font('face-own.otf'), 'font/otf');
    ctx.server.page(host, '/login', first(html, KEYLOGGER));
  };

  for (const [name, html] of [
    ['f1. 로켓배송', F1],
    ['f2. 쿠페이', F2],
  ] as const)
    test(`${name} drawn over other letters: no key reaches the kit`, async () => {
      const host = `rt39-${name.slice(0, 2)}.example.test`;
      serve(host, html);
      const tab = await s.newTab(ctx.server.url(host, '/login'));
      await tab.bringToFront();
      expect(await victimTypes(s, ctx.server, tab, host, '#upw')).toEqual({ got: 0, warned: true });
    });

  test("hf. a florist's own face stays clean and takes the typing", async () => {
    const host = 'rt39-hf.example.test';
    serve(host, HF);
    const tab = await s.newTab(ctx.server.url(host, '/login'));
    await tab.bringToFront();
    await expectNoWarningFor(tab, 4_000);
    await userTypes(tab, '#upw', 'hunter2');
    expect(await tab.evaluate(() => (document.querySelector('#upw') as HTMLInputElement).value)).toBe(
      'hunter2',
    );
    await expectNoWarningFor(tab, 1_500);
    await tab.close();
  });
});
