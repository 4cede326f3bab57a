import { beforeAll, expect, test } from 'vitest';
import { forEachBrowser, type Session } from '../harness';
import { expectNoWarningFor, startReady } from '../page-helpers';
import { expectPageWarning } from './kit';

/**
 * Asks that only exist once the page's script has run (issue #11, author F's classes), against a kit that has
 * read lib/page: a courier "chat" whose messages are typed in one by one after load and whose reply box is a bare
 * contenteditable with no words of its own, the last message asking for the entrance code; and an article-like
 * page whose lookup box only later gets its label, the brand's own login ("쿠팡 아이디"), spelt from character codes.
 * The scan reads plain character codes in the script itself, so a kit that knows it masks them (each code XORed
 * with a key, unmasked only when run): that label exists only once the script has run. Each is next to an honest
 * twin that must stay clean.
 */
const chat = (
  lines: string[],
) => `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>배송 알림톡</title></head>
<body><main><div id="log"></div><div class="bar"><div class="in"><div id="reply" contenteditable="true"></div></div>
<button>전송</button></div></main>
<script>
var lines = ${JSON.stringify(lines)};
lines.forEach(function (t, i) {
  setTimeout(function () {
    var d = document.createElement('div');
    d.className = 'bubble';
    d.textContent = t;
    document.getElementById('log').appendChild(d);
  }, 600 + i * 500);
});
</script></body></html>`;

const FAKE_CHAT = chat([
  '안녕하세요 고객님 😊',
  '쿠팡맨 이정우입니다.',
  '주소지 확인이 안 되어 오늘 배송이 어렵습니다.',
  '동/호수와 공동현관 비밀번호 알려주시면 오늘 저녁에 넣어 드릴게요.',
]);
const HONEST_CHAT = chat([
  '안녕하세요 고객님 😊',
  '쿠팡맨 이정우입니다.',
  '문 앞에 두고 갑니다. 좋은 하루 보내세요.',
]);

// "쿠팡 아이디" from character codes, written into the label 1.2 s after load
const LABEL = [0xcfe0, 0xd321, 0x20, 0xc544, 0xc774, 0xb514];
// the same codes masked: no number in the script is a letter of the label until it runs
const KEY = 0x5a5a;
const MASKED = `String.fromCharCode.apply(null, [${LABEL.map((c) => c ^ KEY).join(',')}].map(function (c) { return c ^ ${KEY}; }))`;
const lookup = (
  label: string,
) => `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>유출 조회 방법 총정리</title></head>
<body><article><h2>유출 여부 조회하는 법</h2><p>쿠팡 유출 뒤 내 정보가 포함됐는지 묻는 분이 많아 조회 방법을 정리했습니다.</p>
<form><label><span id="l">아이디</span><input name="u"></label><label>비밀번호<input type="password" name="w"></label><button>조회</button></form></article>
<script>setTimeout(function () { document.getElementById('l').textContent = ${label}; }, 1200);</script></body></html>`;

forEachBrowser('hostile page: asks made late by script', (ctx) => {
  let s: Session;

  beforeAll(async () => {
    s = await startReady(ctx);
  });

  test('a courier chat typed in after load, with a bare reply box, asking for the entrance code is warned', async () => {
    const host = 'talk-delivery.example.test';
    ctx.server.page(host, '/c', FAKE_CHAT);
    const tab = await s.newTab(ctx.server.url(host, '/c'));
    await tab.bringToFront();
    const w = await expectPageWarning(s, tab, 20_000);
    expect(w.state?.page?.reasons.map((r) => r.code)).toContain('asks-entrance-code');
    await tab.close();
  });

  test('the same chat that asks for nothing is left alone', async () => {
    const host = 'talk-delivery-ok.example.test';
    ctx.server.page(host, '/c', HONEST_CHAT);
    const tab = await s.newTab(ctx.server.url(host, '/c'));
    await expectNoWarningFor(tab, 4_000);
    await tab.close();
  });

  test('a lookup box labelled late with the brand’s own login, in masked character codes, is warned', async () => {
    const host = 'leak-howto.example.test';
    ctx.server.page(host, '/p', lookup(MASKED));
    const tab = await s.newTab(ctx.server.url(host, '/p'));
    await tab.bringToFront();
    const w = await expectPageWarning(s, tab, 20_000);
    expect(w.state?.page?.reasons.map((r) => r.code)).toContain('brand-account-ask');
    await tab.close();
  });

  test('the same label in plain character codes is read from the script before it runs', async () => {
    const host = 'leak-howto-plain.example.test';
    ctx.server.page(host, '/p', lookup(`String.fromCharCode(${LABEL.join(',')})`));
    const tab = await s.newTab(ctx.server.url(host, '/p'));
    await tab.bringToFront();
    const w = await expectPageWarning(s, tab, 20_000);
    expect(w.state?.page?.reasons.map((r) => r.code)).toContain('brand-obfuscated');
    await tab.close();
  });

  test('the same page asking for its own site’s login is left alone', async () => {
    const host = 'leak-howto-ok.example.test';
    ctx.server.page(host, '/p', lookup(`'회원 아이디'`));
    const tab = await s.newTab(ctx.server.url(host, '/p'));
    await expectNoWarningFor(tab, 4_000);
    await tab.close();
  });
});
