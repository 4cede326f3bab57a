import { beforeAll, test } from 'vitest';
import { forEachBrowser, type Session } from '../harness';
import { expectNoWarningFor, startReady } from '../page-helpers';
import { testKitsWarned } from './kit';

/**
 * Kits written against page32rt's observer (red team 30's leftovers, written apart from its kits): the page shows
 * its claim a second after load in a way no mutation reports — a shadow root attached to <body>, a custom
 * element defined late (its closed root), a constructed sheet adopted, a data-* attribute a sheet draws with
 * attr() — and asks for a call or an APK, with no field to touch. The late looks (observer.ts, lookLater) read
 * them. A keyboard sink (six focusable cells a keydown listener on the document fills) is read as a code field.
 * The honest twin: a café that shows its own name and number the same late ways.
 */
const LATER = (code: string) => `<script>setTimeout(function () { ${code} }, 1200);</script>`;

const CALLBACK = `<h2>해외 결제 승인 안내</h2><p>고객님 명의로 1,289,000원이 결제 승인되었습니다. 본인이 결제하지 않았다면 즉시 결제취소 센터로 전화해 주세요.</p><a href="tel:07044561230">☎ 070-4456-1230</a>`;

const BODY_ROOT = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>주문 확인</title></head>
<body><p>잠시만 기다려 주세요.</p>${LATER(
  `document.body.attachShadow({ mode: 'closed' }).innerHTML = ${JSON.stringify(`<b>쿠팡</b>${CALLBACK}`)};`,
)}</body></html>`;

const LATE_ELEMENT = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>앱 업데이트</title></head>
<body><x-note>불러오는 중</x-note>${LATER(
  `customElements.define('x-note', class extends HTMLElement { constructor() { super(); this.attachShadow({ mode: 'closed' }).innerHTML = ${JSON.stringify(
    '<h2>쿠팡 앱 보안 업데이트</h2><p>결제 보호를 위해 최신 보안 앱을 설치해 주세요. 설치하지 않으면 계정이 정지됩니다.</p><a href="/coupang-secure.apk">보안 앱 설치 (APK)</a>',
  )}; } });`,
)}</body></html>`;

const ADOPTED = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>결제 승인 안내</title></head>
<body><div class="top"><b class="n"></b></div>${CALLBACK.replace('<h2>', '<h2>[<span class="n"></span>] ')}${LATER(
  `var s = new CSSStyleSheet(); s.replaceSync('.n::before{content:"\\\\CFE0\\\\D321"}'); document.adoptedStyleSheets = [s];`,
)}</body></html>`;

const ATTR = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>결제 승인 안내</title>
<style>.n::before{content:attr(data-n)}</style></head>
<body><div class="top"><b class="n" data-n=""></b></div>${CALLBACK.replace('<h2>', '<h2>[<span class="n" data-n=""></span>] ')}${LATER(
  `document.querySelectorAll('.n').forEach(function (e) { e.dataset.n = '\\uCFE0\\uD321'; });`,
)}</body></html>`;

const SINK = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>쿠팡 본인 확인</title></head>
<body><header><b>쿠팡</b></header><h2>쿠팡 결제취소 본인확인</h2><p>휴대폰으로 받은 인증번호 6자리를 입력해 주세요.</p>
<div class="cells">${'<span tabindex="0" class="c"></span>'.repeat(6)}</div>
<script>var v = ''; document.addEventListener('keydown', function (e) { if (/^\\d$/.test(e.key)) v += e.key; });</script></body></html>`;

const HONEST = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>달빛카페</title>
<style>.n::before{content:attr(data-n)}</style></head>
<body><b class="n" data-n=""></b><x-menu>메뉴</x-menu><p>예약 문의: <a href="tel:0212345678">02-1234-5678</a></p>
<p>쿠팡이츠에서도 주문하실 수 있습니다.</p>${LATER(
  `document.querySelector('.n').dataset.n = '달빛카페';
   var s = new CSSStyleSheet(); s.replaceSync('b{color:#a50}'); document.adoptedStyleSheets = [s];
   customElements.define('x-menu', class extends HTMLElement { constructor() { super(); this.attachShadow({ mode: 'closed' }).innerHTML = '<h2>오늘의 메뉴</h2><p>아메리카노 4,000원 · 라떼 4,500원</p>'; } });`,
)}</body></html>`;

forEachBrowser('hostile page: a claim shown late with no mutation to see, a keyboard sink', (ctx) => {
  let s: Session;
  beforeAll(async () => {
    s = await startReady(ctx);
  });

  testKitsWarned(ctx, () => s, [
    [
      'a call-back lure in a closed root attached to <body> late',
      'order-check.example.test',
      BODY_ROOT,
      'callback-lure',
    ],
    ['an APK lure in a custom element defined late', 'app-update.example.test', LATE_ELEMENT, 'app-download'],
    [
      'a call-back lure whose name comes in a sheet adopted late',
      'pay-notice.example.test',
      ADOPTED,
      'callback-lure',
    ],
    [
      'a call-back lure whose name a late data-* attribute draws',
      'pay-approve.example.test',
      ATTR,
      'callback-lure',
    ],
    [
      'a code asked in focusable cells a keydown listener fills',
      'verify-desk.example.test',
      SINK,
      'asks-otp',
    ],
  ]);

  test('a café that shows its own name, sheet and menu the same late ways is left alone', async () => {
    const host = 'dalbit-cafe.example.test';
    ctx.server.page(host, '/', HONEST);
    const tab = await s.newTab(ctx.server.url(host, '/'));
    await expectNoWarningFor(tab, 5_000);
    await tab.close();
  });
});
