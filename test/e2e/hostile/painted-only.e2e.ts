import { beforeAll, expect, test } from 'vitest';
import { forEachBrowser, type Session } from '../harness';
import { expectNoWarningFor, startReady } from '../page-helpers';
import { expectPageWarning } from './kit';

/**
 * A kit that paints instead of writing (issue #11, author I's classes) against a guard whose cheap gate reads
 * text and fields: the brand exists only as pixels its script paints on a canvas from character codes, and the
 * PIN is taken by a keypad of buttons the script builds (no input element), so a gate that reads text, headings,
 * image texts and fields stays shut and the scorer never runs.
 * The honest twin paints its own name and builds the same keypad (a number puzzle).
 */
const paint = (name: string) =>
  `var x=document.getElementById('c').getContext('2d');x.font='bold 28px sans-serif';` +
  `x.fillText(String.fromCharCode(${[...name].map((c) => c.charCodeAt(0)).join(',')}),4,30);` +
  `[0,1,2,3,4,5,6,7,8,9].sort(function(){return Math.random()-.5}).forEach(function(k){var b=document.createElement('button');b.textContent=k;document.getElementById('pad').appendChild(b)});`;

const KIT = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>결제 비밀번호 확인</title></head><body>
<canvas id="c" width="180" height="40"></canvas><h2>결제 비밀번호 6자리를 입력해 주세요</h2>
<p>환불 결제수단 확인을 위해 본인 인증이 필요합니다</p><div id="pad"></div>
<script>${paint('coupang')}</script></body></html>`;

const HONEST = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>숫자 퍼즐</title></head><body>
<canvas id="c" width="180" height="40"></canvas><h2>오늘의 숫자 6자리를 맞혀 보세요</h2><div id="pad"></div>
<script>${paint('numpuz')}</script></body></html>`;

forEachBrowser('hostile page: a name painted, a keypad built', (ctx) => {
  let s: Session;

  beforeAll(async () => {
    s = await startReady(ctx);
  });

  test('a PIN keypad under a name painted on a canvas is warned', async () => {
    const host = 'pay-pin.example.test';
    ctx.server.page(host, '/pin', KIT);
    const tab = await s.newTab(ctx.server.url(host, '/pin'));
    await tab.bringToFront();
    const w = await expectPageWarning(s, tab, 20_000);
    expect(w.kind).toBe('suspicious-page');
    expect(w.state?.page?.reasons.map((r) => r.code)).toContain('asks-password');
    await tab.close();
  });

  test('a puzzle that paints its own name and builds the same keypad is left alone', async () => {
    const host = 'number-puzzle.example.test';
    ctx.server.page(host, '/today', HONEST);
    const tab = await s.newTab(ctx.server.url(host, '/today'));
    await expectNoWarningFor(tab, 3_000);
    await tab.close();
  });
});
