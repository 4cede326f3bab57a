import { readFileSync } from 'node:fs';
import { beforeAll, expect, test } from 'vitest';
import { forEachBrowser, type Session } from '../harness';
import { expectNoWarningFor, startReady } from '../page-helpers';
import { first, KEYLOGGER, userTypes, victimTypes } from './kit';

/**
 * Red team 40: what red team 39 left open in what a page draws.
 * - d1: the brand's other name drawn by a remapping page face one letter per element (red team 39 read a name
 *   drawn in one text run only): "ABCD" as four spans, drawn as 로켓배송 (face-kit-names.otf).
 * - p1: a sign-in whose brand, labels and button are only pixels of a background picture, transparent boxes over
 *   them with no label, placeholder or name words.
 * Honest twins: a florist whose heading is its own face one letter per span (hd1); a bakery's sign-in drawn in a
 * picture of its own (hp1, red team 41: rt41-bakery-login.png). The victim reads, clicks the password box and types.
 */
const fixture = (p: string) => readFileSync(new URL(`../../fixtures/${p}`, import.meta.url));
const spans = (s: string) => [...s].map((c) => `<span>${c}</span>`).join('');

const LOGIN = `<form onsubmit="return false"><label for="uid">아이디(이메일)</label><input id="uid" name="email" type="email">
<label for="upw">비밀번호</label><input id="upw" name="password" type="password"><button>로그인</button></form>`;

/** d1: 로켓배송 drawn one letter per span in the logo, the heading and the footer */
const D1 = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>회원 로그인</title>
<style>@font-face{font-family:'rk';src:url(/f/n.otf)}.rk{font-family:rk,sans-serif}</style></head>
<body><div style="max-width:480px;margin:30px auto;font-family:sans-serif">
<header><div class="rk logo" style="font-size:40px;font-weight:bold;color:#c00">${spans('ABCD')}</div></header>
<h1 style="font-size:22px"><span class="rk">${spans('ABCD')}</span> 회원 로그인</h1>
<p>배송지 확인을 위해 안전한 이용을 위해 다시 로그인해 주세요.</p>${LOGIN}
<footer style="margin-top:24px;color:#777">© <span class="rk">${spans('ABCD')}</span></footer></div></body></html>`;
/** hd1: a florist's own face, its own name one letter per span */
const HD1 = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>꽃담 플라워</title>
<style>@font-face{font-family:'own';src:url(/f/own.otf)}.own{font-family:own,sans-serif}</style></head>
<body><div style="max-width:480px;margin:30px auto;font-family:sans-serif">
<div class="own logo" style="font-size:40px">${spans('꽃담')} ${spans('플라워')}</div><h1 class="own">${spans('회원')} 로그인</h1>
<p class="own">쿠팡 배송 말고 꽃담 배송으로 받으세요.</p>${LOGIN}
<footer>© 꽃담 플라워 · 사업자등록번호 123-45-67890</footer></div></body></html>`;

/** p1/hp1: the whole sign-in a picture, transparent boxes placed over its drawn boxes; no words in the markup */
const pixels = (
  title: string,
  pic: string,
) => `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>${title}</title>
<style>.pic{position:relative;width:360px;height:300px;margin:30px auto;background:url(${pic}) no-repeat}
.pic input,.pic button{position:absolute;left:21px;width:316px;height:36px;border:0;background:transparent;font-size:15px;padding:0 8px}
</style></head><body><div class="pic"><form onsubmit="return false">
<input id="a1" type="text" style="top:87px"><input id="a2" type="password" style="top:159px">
<button style="top:214px;height:42px"></button></form></div></body></html>`;
const P1 = pixels('', '/i/bg.png');
const HP1 = pixels('', '/i/bakery.png');

forEachBrowser('hostile page: a name drawn letter by letter, a sign-in drawn in pixels', (ctx) => {
  let s: Session;
  beforeAll(async () => {
    s = await startReady(ctx);
  });
  const serve = (host: string, html: string) => {
    ctx.server.page(host, '/f/n.otf', fixture('fonts/face-kit-names.otf'), 'font/otf');
    ctx.server.page(host, '/f/own.otf', fixture('fonts/face-own.otf'), 'font/otf');
    ctx.server.page(host, '/i/bg.png', fixture('images/rt40-pixels-login.png'), 'image/png');
    ctx.server.page(host, '/i/bakery.png', fixture('images/rt41-bakery-login.png'), 'image/png');
    ctx.server.page(host, '/login', first(html, KEYLOGGER));
  };

  // (p1 WON in both browsers on the rt40 build — 7 keys, no warning — fixed by red team 41: the pictures of a page of
  // almost no words read for the brand's name at the second chance, lib/page/picture-read.ts)
  for (const [name, html, box] of [
    ['d1', D1, '#upw'],
    ['p1', P1, '#a2'],
  ] as const)
    test(`${name}: no key reaches the kit`, async () => {
      const host = `rt40-${name}.example.test`;
      serve(host, html);
      const tab = await s.newTab(ctx.server.url(host, '/login'));
      await tab.bringToFront();
      expect(await victimTypes(s, ctx.server, tab, host, box)).toEqual({ got: 0, warned: true });
    });

  for (const [name, html, box] of [
    ['hd1', HD1, '#upw'],
    ['hp1', HP1, '#a2'],
  ] as const)
    test(`${name}: honest, stays clean and takes the typing`, async () => {
      const host = `rt40-${name}.example.test`;
      serve(host, html);
      const tab = await s.newTab(ctx.server.url(host, '/login'));
      await tab.bringToFront();
      await expectNoWarningFor(tab, 4_000);
      await userTypes(tab, box, 'hunter2');
      expect(await tab.evaluate((b) => (document.querySelector(b) as HTMLInputElement).value, box)).toBe(
        'hunter2',
      );
      await expectNoWarningFor(tab, 1_500);
      await tab.close();
    });
});
