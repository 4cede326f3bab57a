import { beforeAll, expect, test } from 'vitest';
import { forEachBrowser, type Session } from '../harness';
import { expectNoWarningFor, startReady } from '../page-helpers';
import { attackSettled, expectPageWarning, KEYLOGGER, stolen, userTypes } from './kit';

/**
 * Red team 34, class A (issue #11): the page's own words dressed as someone else's. Text under a quotation
 * (<blockquote>, <pre>, a "quote" class) or a comment region is read as quoted, not as what the page says; a kit
 * that puts its whole login in one such region, or serves its call-only lure as a text/plain document (shown as
 * one <pre>), hid its brand, heading and fields. Kits written apart from the red team's: the page's script writes
 * the login into a comment thread's box after load, and logs every key; the lure is plain text. Honest twins: a
 * blog post quoting the scam text with a comment box that must keep working, and a card issuer's plain-text notice.
 */
const LOGIN = `<div style="font:700 30px sans-serif;color:#e52528">coupang</div>
<h2>쿠팡 로그인</h2><p>개인정보 보호를 위해 쿠팡 계정으로 다시 로그인해 주세요.</p>
<form action="/in" method="post"><input id="u" name="id" placeholder="아이디(이메일)" style="display:block;width:280px;height:34px">
<input id="p" name="pw" type="password" placeholder="비밀번호" style="display:block;width:280px;height:34px">
<button>로그인</button></form><small>© Coupang Corp.</small>`;

// the page is a "comment thread" whose only comment the script fills with the login after load
const IN_THREAD = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>알림</title>${KEYLOGGER}</head><body>
<section class="comment-thread"><div class="quote-body" id="c"></div></section>
<script>setTimeout(function () { document.getElementById('c').innerHTML = ${JSON.stringify(LOGIN)}; fetch('/steal?ready=1', { method: 'POST' }); }, 400);</script>
</body></html>`;

// the whole login in one <blockquote>, as a kit writes it once it has read which tags are quotations
const IN_QUOTE = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>로그인</title>${KEYLOGGER}</head><body>
<blockquote style="margin:0">${LOGIN}</blockquote><script>fetch('/steal?ready=1', { method: 'POST' });</script></body></html>`;

const LURE_TXT = `[쿠팡] 해외결제 승인 알림
고객님 계정으로 987,000원 결제가 승인되었습니다.
본인 결제가 아니면 즉시 결제취소 상담센터 070-4512-8890 으로 전화 주십시오.
미신고 시 익일 자동 청구됩니다.`;

const NOTICE_TXT = `한솔카드 고객 안내
최근 쿠팡을 사칭해 "해외결제 승인" 문자로 전화를 유도하는 사기가 늘고 있습니다.
문자에 적힌 번호로 전화하지 마시고 한솔카드 고객센터 1588-3700 또는 쿠팡 고객센터 1577-7011 로 직접 확인하세요.
한솔카드 소비자보호부`;

const BLOG = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>이런 문자 받으셨나요? - 소소한 기록</title>${KEYLOGGER}</head><body>
<header>소소한 기록</header><article><h1>쿠팡 사칭 결제 문자를 받았다</h1>
<p>오늘 아침 받은 문자를 그대로 옮겨 둔다. 번호는 가렸다. 쿠팡에서 온 것처럼 보이지만 발신 번호가 일반 휴대폰이었다.</p>
<blockquote>[쿠팡] 해외결제 987,000원 승인. 본인 아니면 결제취소 상담센터 070-XXXX-XXXX 로 전화 바랍니다.</blockquote>
<p>쿠팡 앱에서 주문 내역을 확인해 보니 아무것도 없었다. 이런 문자를 받으면 문자 속 번호가 아니라 쿠팡 고객센터로 직접 확인하자.</p></article>
<section id="comments"><h3>댓글 2</h3><div class="comment">저도 어제 똑같은 문자 받았어요.</div><div class="comment">공유 감사합니다.</div>
<form action="/comment" method="post"><textarea id="t" name="body" placeholder="댓글을 남겨 주세요" style="display:block;width:300px;height:60px"></textarea><button>등록</button></form></section>
<footer>© 소소한 기록</footer></body></html>`;

forEachBrowser('hostile: red team 34, the page’s own words as a quotation', (ctx) => {
  let s: Session;
  beforeAll(async () => {
    s = await startReady(ctx);
  });

  for (const [name, host, html] of [
    ['a login the script writes into a comment thread’s quote box', 'reply-thread.example.test', IN_THREAD],
    ['a whole login in one <blockquote>', 'quoted-login.example.test', IN_QUOTE],
  ] as const)
    test(`${name}: warned, the password never reaches the page`, async () => {
      ctx.server.page(host, '/p', html);
      const tab = await s.newTab(ctx.server.url(host, '/p'));
      await tab.bringToFront();
      await attackSettled(s, tab, ctx.server, host);
      await new Promise((r) => setTimeout(r, 1_500));
      await userTypes(tab, '#p', 'pw1234');
      const w = await expectPageWarning(s, tab, 20_000);
      expect(w.kind).toBe('suspicious-page');
      expect(w.state?.page?.reasons.map((r) => r.code)).toContain('brand-heading');
      expect(stolen(ctx.server, host, 'key')).toEqual([]);
      await tab.close();
    });

  test('a call-only lure served as text/plain: warned', async () => {
    const host = 'pay-notice-txt.example.test';
    ctx.server.page(host, '/n.txt', LURE_TXT, 'text/plain; charset=utf-8');
    const tab = await s.newTab(ctx.server.url(host, '/n.txt'));
    await tab.bringToFront();
    const w = await expectPageWarning(s, tab, 20_000);
    expect(w.state?.page?.reasons.map((r) => r.code)).toContain('callback-lure');
    await tab.close();
  });

  test('honest: a card issuer’s text/plain notice naming Coupang’s number is left alone', async () => {
    const host = 'www.hansol-card.example.test';
    ctx.server.page(host, '/notice.txt', NOTICE_TXT, 'text/plain; charset=utf-8');
    const tab = await s.newTab(ctx.server.url(host, '/notice.txt'));
    await tab.bringToFront();
    await expectNoWarningFor(tab, 3_000);
    await tab.close();
  });

  test('honest: a blog post quoting the scam text keeps its comment box working, not warned', async () => {
    const host = 'sosohan-blog.example.test';
    ctx.server.page(host, '/post/12', BLOG);
    const tab = await s.newTab(ctx.server.url(host, '/post/12'));
    await tab.bringToFront();
    await new Promise((r) => setTimeout(r, 1_500));
    await userTypes(tab, '#t', 'me too');
    await new Promise((r) => setTimeout(r, 800));
    expect(stolen(ctx.server, host, 'key').length).toBeGreaterThan(0);
    await expectNoWarningFor(tab, 1_500);
    await tab.close();
  });
});
