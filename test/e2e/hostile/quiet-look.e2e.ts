import { beforeAll, test } from 'vitest';
import { forEachBrowser, type Session } from '../harness';
import { expectNoWarningFor, startReady } from '../page-helpers';
import { testKitsWarned } from './kit';

/**
 * Kits written against perf10's quiet looks (entrypoints/content/quiet.ts): where the scorer is loaded, a late look
 * is skipped when nothing it reads can have changed since the last one. Each page has a field from the start (an
 * order number: the gate opens, the scorer comes, nothing is claimed yet), and stays still through the looks at about 1, 2 and 4 s
 * (the second and third are skipped), then at 5.5 s show their claim in a way no mutation the tripwire observer
 * is handed reports, each aimed at one part of what the skip compares: a closed root attached to an ordinary
 * <div> (only the extension API sees it: asked again of the elements it was asked about), a rule inserted into a
 * <style> that is already there (the sheet's text), an adopted sheet rewritten in place (its text). The look at
 * about 8 s must read them. The honest twin does the same three things with its own name.
 */
const FIELD = '<form><input name="order" placeholder="주문번호"></form>';
const QUIET = (code: string) => `<script>setTimeout(function () { ${code} }, 5500);</script>`;

const CALLBACK = `<h2>해외 결제 승인 안내</h2><p>고객님 명의로 1,289,000원이 결제 승인되었습니다. 본인이 결제하지 않았다면 즉시 결제취소 센터로 전화해 주세요.</p><a href="tel:07044561230">☎ 070-4456-1230</a>`;

// (the root's markup fetched, not written in the page's script, which the gate reads)
const DIV_ROOT_HOST = 'order-check.quiet.test';
const DIV_ROOT = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>주문 확인</title></head>
<body><p>주문 내역을 확인하고 있습니다.</p>${FIELD}<div id="box">잠시만 기다려 주세요.</div>${QUIET(
  `fetch('/note.txt').then(function (r) { return r.text(); }).then(function (t) { document.getElementById('box').attachShadow({ mode: 'closed' }).innerHTML = t; });`,
)}</body></html>`;

const INSERTED = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>결제 승인 안내</title>
<style>.n{font-weight:bold}</style></head>
<body>${FIELD}<div class="top"><b class="n"></b></div>${CALLBACK.replace('<h2>', '<h2>[<span class="n"></span>] ')}${QUIET(
  `document.querySelector('style').sheet.insertRule('.n::before{content:"\\\\CFE0\\\\D321"}', 1);`,
)}</body></html>`;

const REWRITTEN = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>결제 승인 안내</title></head>
<body>${FIELD}<div class="top"><b class="n"></b></div>${CALLBACK.replace('<h2>', '<h2>[<span class="n"></span>] ')}
<script>var s = new CSSStyleSheet(); s.replaceSync('.n{color:#333}'); document.adoptedStyleSheets = [s];</script>${QUIET(
  `s.replaceSync('.n::before{content:"\\\\CFE0\\\\D321"}');`,
)}</body></html>`;

const HONEST = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>달빛카페</title>
<style>.n{font-weight:bold}</style></head>
<body><b class="n"></b><div id="menu">메뉴</div><p>예약 문의: <a href="tel:0212345678">02-1234-5678</a></p>
<p>쿠팡이츠에서도 주문하실 수 있습니다.</p>${FIELD}
<script>var s = new CSSStyleSheet(); s.replaceSync('b{color:#333}'); document.adoptedStyleSheets = [s];</script>${QUIET(
  `document.querySelector('style').sheet.insertRule('.n::before{content:"달빛카페"}', 1);
   s.replaceSync('b{color:#a50}');
   document.getElementById('menu').attachShadow({ mode: 'closed' }).innerHTML = '<h2>오늘의 메뉴</h2><p>아메리카노 4,000원 · 라떼 4,500원</p>';`,
)}</body></html>`;

forEachBrowser('hostile page: a claim shown after the looks went quiet', (ctx) => {
  let s: Session;
  beforeAll(async () => {
    s = await startReady(ctx);
    ctx.server.page(DIV_ROOT_HOST, '/note.txt', `<b>쿠팡</b>${CALLBACK}`, 'text/plain; charset=utf-8');
  });

  testKitsWarned(ctx, () => s, [
    [
      'a call-back lure in a closed root attached to a <div> after 5 s of stillness',
      DIV_ROOT_HOST,
      DIV_ROOT,
      'callback-lure',
    ],
    [
      'a call-back lure whose name a rule inserted into its <style> after 5 s draws',
      'pay-notice.quiet.test',
      INSERTED,
      'callback-lure',
    ],
    [
      'a call-back lure whose name its adopted sheet, rewritten after 5 s, draws',
      'pay-approve.quiet.test',
      REWRITTEN,
      'callback-lure',
    ],
  ]);

  test('a café that does the same three things with its own name after 5 s is left alone', async () => {
    const host = 'dalbit-cafe.quiet.test';
    ctx.server.page(host, '/', HONEST);
    const tab = await s.newTab(ctx.server.url(host, '/'));
    await expectNoWarningFor(tab, 10_000);
    await tab.close();
  });
});
