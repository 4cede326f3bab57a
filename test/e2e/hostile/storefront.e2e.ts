import { beforeAll, expect, test } from 'vitest';
import { forEachBrowser, type Session } from '../harness';
import { expectNoWarningFor, startReady } from '../page-helpers';
import { expectPageWarning } from './kit';

/**
 * A kit that clones the brand's storefront and signs someone else's name in its fine print (issue #11, author
 * K's classes), against a guard that believes a company line: the brand's wordmark is drawn by the stylesheet
 * one letter per pseudo-element, the category menu lists the brand's services as its sections, the footer
 * carries another company's line, and the form comes late from the page's script. A second kit names itself
 * as a public remedy body and writes the number to call into the page by script. The honest twin is a seller
 * tool with its own name whose footer says whose trademark the brand is.
 */
const letters = (word: string) =>
  [...word].map((c, i) => `.cl${i}::before{content:"\\${c.charCodeAt(0).toString(16)}"}`).join('');

const CLONE = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>로그인 보호 해제</title>
<style>.cl{display:inline-flex;font:800 28px Arial}${letters('coupang')}</style></head><body>
<header><span class="cl" role="img">${[...'coupang'].map((_, i) => `<i class="cl${i}"></i>`).join('')}</span>
<input placeholder="찾고 싶은 상품을 검색해보세요!"><button>검색</button></header>
<nav class="cat"><div>카테고리 ☰ | 로켓배송 | 로켓프레시 | 2026 신년 세일 | 기획전 | 고객센터</div></nav>
<main><h1>해외 IP 로그인 시도가 차단되었습니다</h1><p>본인 확인 후 잠금을 해제하세요.</p><div id="f"></div></main>
<footer><p>(주)씨앤피커머스 고객지원센터 | 대표이사 김도윤 | 사업자등록번호 214-87-30419</p><p>Copyright © CNP Customer Care</p></footer>
<script>setTimeout(function () {
  document.getElementById('f').innerHTML = '<form><input type="tel" placeholder="휴대폰 번호"><input type="password" placeholder="비밀번호"><button>잠금 해제</button></form>';
}, 1000);</script></body></html>`;

const RESTRICTED = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>이용 제한</title></head><body>
<header><b>소비자 분쟁조정</b></header><nav><div>로켓배송 | 로켓프레시 | 이벤트/쿠폰 | 고객센터</div></nav>
<h1>이용 제한 안내</h1><p>쿠팡 이용 약관 위반 의심으로 이용이 제한되었습니다. 해제 상담: <b id="n"></b></p>
<script>setTimeout(function () { document.getElementById('n').textContent = ['1566', '-', '0000'].join(''); }, 800);</script>
</body></html>`;

const TOOL = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>셀허브 로그인</title></head><body>
<header><b class="sn">셀허브</b><nav><a href="#">대시보드</a><a href="#">상품</a><a href="#">주문</a><a href="#">마켓연동</a></nav></header>
<main><h1>셀허브 로그인</h1><div id="f"></div><p>쿠팡·스마트스토어·11번가 주문을 한 화면에서</p></main>
<footer>(가상) 셀허브 | 쿠팡은 쿠팡 주식회사의 상표이며 본 서비스는 독립 서비스입니다.</footer>
<script>setTimeout(function () {
  document.getElementById('f').innerHTML = '<form><input type="email" placeholder="이메일"><input type="password" placeholder="비밀번호"><button>로그인</button></form>';
}, 800);</script></body></html>`;

forEachBrowser('hostile page: a cloned storefront signed in fine print', (ctx) => {
  let s: Session;

  beforeAll(async () => {
    s = await startReady(ctx);
  });

  test('a storefront clone (letters drawn by the stylesheet, the brand’s menu) with a late login is warned', async () => {
    const host = 'login-alert.example.test';
    ctx.server.page(host, '/unlock', CLONE);
    const tab = await s.newTab(ctx.server.url(host, '/unlock'));
    await tab.bringToFront();
    const w = await expectPageWarning(s, tab, 20_000);
    expect(w.kind).toBe('suspicious-page');
    expect(w.state?.page?.reasons.map((r) => r.code)).toContain('brand-logo');
    await tab.close();
  });

  test('a remedy body’s restriction notice whose number a script writes in is warned', async () => {
    const host = 'use-restrict.example.test';
    ctx.server.page(host, '/', RESTRICTED);
    const tab = await s.newTab(ctx.server.url(host, '/'));
    await tab.bringToFront();
    const w = await expectPageWarning(s, tab, 20_000);
    expect(w.kind).toBe('suspicious-page');
    expect(w.state?.page?.reasons.map((r) => r.code)).toContain('callback-lure');
    await tab.close();
  });

  test('a seller tool whose footer says whose trademark the brand is is left alone', async () => {
    const host = 'sellhub.example.test';
    ctx.server.page(host, '/login', TOOL);
    const tab = await s.newTab(ctx.server.url(host, '/login'));
    await expectNoWarningFor(tab, 4_000);
    await tab.close();
  });
});
