import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { scanPage } from '../../lib/page/index';
import { parse } from './helpers';

/**
 * Round page43 (tune-am's false alarms), taken by class with pages written apart from the corpus: a portfolio's
 * clone that says what it is over a demo form, and a security firm's own installer on a page that names the brand
 * among those scams impersonate. Next to each, the kit of the same shape that stays caught.
 */
const page = (title: string, body: string) =>
  `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const scan = (html: string, url = 'https://check.example/a/1') =>
  scanPage(parse(html), url, { parseHtml: (m) => parseHTML(m).document as unknown as Document });
const verdict = (html: string, url?: string) => scan(html, url).verdict;

describe("a portfolio's clone over a demo form", () => {
  const note = '학습용 클론 코딩 결과물입니다. 실제 정보를 입력하지 마세요.';
  const clone = (form: string, words = note) =>
    page(
      '쿠팡 로그인 클론 (포트폴리오)',
      `<p>${words}</p><h1>coupang</h1>${form}<p>Next.js 14 · Tailwind</p>`,
    );
  const demo = (action = '', button = '로그인 (데모)') =>
    `<form${action}><input placeholder="아이디(이메일)"><input type="password" placeholder="비밀번호">` +
    `<button>${button}</button></form>`;

  it('leaves a clone that tells the reader to type nothing real, over a form its button calls a demo, clean', () => {
    const r = scan(clone(demo()), 'https://toy-projects.example/clone/');
    expect(r.verdict).toBe('clean');
    expect(r.reasons.some((x) => x.code === 'asks-password')).toBe(false);
  });

  it('flags the same form when it posts to an address', () => {
    expect(verdict(clone(demo(' action="https://collect.example/p"')))).toBe('suspicious-page');
  });

  it('flags the same form when a script of the page can carry what is typed', () => {
    const html = clone(demo()).replace(
      '</body>',
      "<script>document.forms[0].onsubmit=()=>fetch('/c',{method:'POST',body:new FormData(document.forms[0])})</script></body>",
    );
    expect(verdict(html)).toBe('suspicious-page');
  });

  it('flags a form whose button says demo on a page that never tells the reader to type nothing real', () => {
    expect(verdict(clone(demo(), '포트폴리오 방문 감사합니다. 로그인 후 이용해 주세요.'))).toBe(
      'suspicious-page',
    );
  });

  it('flags a clone page whose form says nothing of a demo', () => {
    expect(verdict(clone(demo('', '로그인')))).toBe('suspicious-page');
  });
});

describe("a security firm's own installer on a page that names the brand as impersonated", () => {
  const vendor = (intro: string, sign = '<p>(주)가디언랩 · 사업자등록번호 214-87-55120</p>') =>
    page(
      '가디언 모바일 보안 설치',
      `<h2>가디언 모바일 보안</h2><p>${intro}</p>` +
        '<a href="https://play.google.example/store/apps/details?id=kr.guardian">Play 스토어</a>' +
        '<p><a href="/dl/guardian-business-2.1.apk">사내 배포용 APK</a></p>' +
        sign,
    );

  it('leaves the firm signing its page with its company line clean', () => {
    expect(verdict(vendor('쿠팡, 은행 사칭 문자 속 링크를 미리 막아 줍니다.'))).toBe('clean');
  });

  it('flags the same installer on a page that signs with no company line', () => {
    expect(verdict(vendor('쿠팡, 은행 사칭 문자 속 링크를 미리 막아 줍니다.', ''))).toBe('suspicious-page');
  });

  it("flags a company line under the brand's own voice that pushes the package", () => {
    expect(verdict(vendor('쿠팡 고객님, 주문 보호를 위해 보안 앱을 설치해 주세요.'))).toBe('suspicious-page');
  });

  it('does not take a company line from the middle of the page as its signature', () => {
    const html = page(
      '가디언 모바일 보안 설치',
      '<h2>가디언 모바일 보안</h2><p>(주)가디언랩 · 사업자등록번호 214-87-55120</p>' +
        '<p>쿠팡, 은행 사칭 문자 속 링크를 미리 막아 줍니다.</p><p><a href="/dl/guardian-2.1.apk">APK 받기</a></p>' +
        '<p>설치 후 쿠팡 앱을 다시 실행하세요.</p><p>문의: 1588-0000</p>',
    );
    expect(verdict(html)).toBe('suspicious-page');
  });
});

describe('a form a toggle shows: `panel.hidden = !box.checked`', () => {
  const toggled = (title: string, head: string) =>
    page(
      title,
      `<h2>${head}</h2><label><input type="checkbox" id="agree"> 안내 사항을 확인했습니다</label>` +
        '<div id="panel" hidden><p>보관료 3,100원</p><input placeholder="카드번호"><input placeholder="유효기간">' +
        '<button>결제</button></div>' +
        "<script>document.getElementById('agree').onchange=function(){document.getElementById('panel').hidden=!this.checked}</script>",
    );

  it('flags a fee page under a disguised brand whose card form a ticked box shows', () => {
    expect(verdict(toggled('CΟUPANG 반송 안내', 'CΟUPANG 반송 보관료 납부'))).toBe('suspicious-page');
  });

  it("leaves a shop's own checkout behind the same toggle clean", () => {
    expect(
      verdict(toggled('결제 | 한결상회', '한결상회 주문 결제'), 'https://hangyeol-shop.example/pay'),
    ).toBe('clean');
  });
});
