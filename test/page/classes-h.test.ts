import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { classifyField, pageMayConcernBrand, scanPage, warnAtRisk } from '../../lib/page/index';
import { scriptMarkup } from '../../lib/page/collect';
import { parse } from './helpers';

/**
 * Author H's half (frozen-h, scored once), its classes fixed with pages written apart from it; next to each
 * kit the honest page that shares its words, or the other way round.
 */
const page = (title: string, body: string, head = '') =>
  `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>${title}</title>${head}</head><body>${body}</body></html>`;
const scan = (html: string, url = 'https://x.example/p') =>
  scanPage(parse(html), url, { parseHtml: (m) => parseHTML(m).document as unknown as Document });
const codes = (html: string) => scan(html).reasons.map((r) => r.code);
const LOGO = '<img alt="쿠팡" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">';

describe("author H's classes", () => {
  it('markup a script carries with \\u escapes is read as the page will show it', () => {
    // '<label>계좌번호</label>' written as \uacc4\uc88c…: the labels are what a person reads
    const js = String.raw`setTimeout(function(){s.innerHTML="<form><label>\uacc4\uc88c\ubc88\ud638</label><input name=\"a1\"><label>\uc608\uae08\uc8fc</label><input name=\"a2\"></form>"},1500)`;
    expect(scriptMarkup(js)).toContain('<label>계좌번호</label>');
    expect(scriptMarkup(String.raw`x.innerHTML='<h2>\x3c\x3e</h2><input>'`)).toContain('<h2><></h2>');
    const kit = page(
      '환불 접수',
      `${LOGO}<p>쿠팡이츠 주문이 취소되었습니다. 환불 계좌를 등록하세요.</p><div id="s"></div><script>${js}</script>`,
    );
    expect(codes(kit)).toContain('asks-bank-account');
    expect(scan(kit).verdict).toBe('suspicious-page');
    // an honest page whose script carries a search box stays as it was
    const shop = page(
      '오늘의 특가 | 새벽마켓',
      `<p>쿠팡보다 싼 오늘의 특가</p><script>${String.raw`b.innerHTML="<input placeholder=\"\uac80\uc0c9\">"`}</script>`,
    );
    expect(scan(shop).verdict).toBe('clean');
  });

  it('a number drawn by CSS or inside an SVG picture is the number a callback lure urges', () => {
    const css = (rule: string, body: string) =>
      page(
        '환불 지연 안내',
        `${LOGO}<p>환불 지연 보상 처리를 위해 전담 상담센터로 연락 바랍니다.</p>${body}`,
        `<style>${rule}</style>`,
      );
    expect(codes(css('.n::after{content:"1588 - 7392"}', '<div class="n"></div>'))).toContain(
      'callback-lure',
    );
    expect(
      codes(css('.t::after{content:attr(data-n)}', '<div class="t" data-n="1661-3085"></div>')),
    ).toContain('callback-lure');
    const svg = page(
      '보안센터 안내',
      `${LOGO}<p>아래 안내문을 확인하시고 기재된 번호로 연락 바랍니다. 결제 도용이 확인되었습니다.</p><svg width="300" height="80"><text x="8" y="30">쿠팡 보안센터</text><text x="8" y="66">070-4183-2260</text></svg>`,
    );
    expect(codes(svg)).toContain('callback-lure');
    // the brand's own number drawn the same way is no lure
    expect(codes(css('.n::after{content:"1577-7011"}', '<div class="n"></div>'))).not.toContain(
      'callback-lure',
    );
    // a number in a stylesheet of a page that offers nothing to call is not urged
    const plain = page(
      '환불 규정',
      `${LOGO}<p>환불은 주문 취소 후 3영업일 이내 처리됩니다.</p>`,
      '<style>.v::after{content:"2024-1130"}</style>',
    );
    expect(codes(plain)).not.toContain('callback-lure');
  });

  it("an investigator's direct line is a number to call", () => {
    const kit = page(
      '유출 사건 수사 안내',
      `${LOGO}<p>쿠팡 개인정보 유출 사건과 관련하여 귀하의 명의가 범죄 계좌 개설에 사용된 정황이 확인되었습니다.</p><p>수사관 직통: 02-3480-7719</p>`,
    );
    expect(codes(kit)).toContain('callback-lure');
  });

  it('an open chat named in words ("오픈채팅 ID: …") is where the asking goes on', () => {
    const kit = page(
      '카카오톡 상담 연결',
      `${LOGO}<div class="hd">고객센터 안내</div><p>쿠팡 피해보상 전담팀은 카카오톡 오픈채팅으로만 상담합니다.</p><p>오픈채팅 ID: cp_desk_77</p><a href="#" class="btn">오픈채팅 참여</a>`,
    );
    expect(codes(kit)).toContain('sends-to-messenger');
    expect(scan(kit).verdict).toBe('suspicious-page');
    // a shop's own KakaoTalk channel is how honest shops take questions
    const shop = page(
      '문의 안내 | 새벽마켓',
      '<p>쿠팡보다 빠른 새벽배송. 문의는 카카오톡 채널 검색: 새벽마켓</p>',
    );
    expect(codes(shop)).not.toContain('sends-to-messenger');
  });

  it('the brand in a list of couriers is one company among others', () => {
    const app = page(
      '택배노트 - 오픈소스 택배조회 앱',
      '<h2>택배노트</h2><p>CJ, 한진, 로젠, 우체국, 쿠팡 로켓배송 조회 지원. 오픈소스(GPL).</p><a href="/f/parcelnote_42.apk">APK 다운로드</a>',
    );
    expect(scan(app).verdict).toBe('clean');
    // the kit that names only the brand and pushes its "security app" still speaks as the brand
    const kit = page(
      '배송 조회',
      '<p>쿠팡 로켓배송 조회는 전용 앱에서만 가능합니다.</p><a href="/f/cp_track.apk">앱 설치</a>',
    );
    expect(scan(kit).verdict).toBe('suspicious-page');
  });

  it('a checkout that sells a product named after the brand is a shop, not the brand asking for a card', () => {
    const card = '<input placeholder="카드번호"><input placeholder="유효기간"><button>결제하기</button>';
    const gift = page(
      '쿠팡 기프트카드 5만원 구매',
      `<h2>쿠팡 기프트카드 5만원권</h2><p>판매가 48,500원 · 문자로 핀번호 발송</p>${card}`,
    );
    expect(scan(gift).verdict).toBe('clean');
    const course = page(
      '로켓그로스 입점 완전정복 강의',
      `<h2>쿠팡 로켓그로스 입점 완전정복</h2><p>윙 가입, 상품 등록, 입고, 정산까지 8주 과정. 수강료 199,000원</p>${card}`,
    );
    expect(scan(course).verdict).toBe('clean');
    // … and typing the card number there is paying the shop: no second-chance warning either
    expect(warnAtRisk(scan(gift), 'card')).toBe(false);
    // a deal "checkout" the brand itself speaks for ("쿠팡 파트너스 특가 상품입니다") is the brand asking
    const deal = page(
      '타임특가',
      `<h2>오늘만 특가</h2><p>다이슨 청소기 결제금액 89,000원. 쿠팡 파트너스 특가 상품입니다.</p>${card}`,
    );
    expect(scan(deal).reasons.map((r) => r.code)).not.toContain('context-checkout');
    // a fee the brand "asks" for a parcel is the classic lure: still warned
    const fee = page(
      '재배송 안내',
      `<p>쿠팡 고객님, 주소 불일치로 배송이 보류되었습니다. 재배송 수수료 1,200원을 결제해 주세요.</p>${card}`,
    );
    expect(scan(fee).verdict).toBe('suspicious-page');
    // and a card asked to "re-register" with no price at all is no checkout
    const reg = page('결제수단 재등록', `<p>쿠팡 결제수단 정보가 만료되어 재등록이 필요합니다.</p>${card}`);
    expect(scan(reg).verdict).toBe('suspicious-page');
    // a price next to a fee word is the fee lure, not a checkout
    const customs = page(
      '쿠팡 해외직구 통관 안내',
      `<p>쿠팡 해외직구 상품 통관 관세 미납 · 결제금액 23,000원</p>${card}`,
    );
    expect(scan(customs).reasons.map((r) => r.code)).not.toContain('context-checkout');
  });

  it("a site's own login next to a passing mention of the brand is not the brand's login", () => {
    const login =
      '<form><input placeholder="아이디"><input type="password" placeholder="비밀번호"><button>로그인</button></form>';
    const telco = page(
      '스미싱 차단 부가서비스',
      `<h2>NEXTEL</h2><p>쿠팡·택배 사칭 문자를 자동으로 걸러드립니다.</p>${login}`,
    );
    const apt = page(
      '입주민 게시판',
      '<p>최신글: [필독] 쿠팡 유출 관련 공동현관 비번 변경 일정</p><form><input placeholder="동-호수 (예: 101-1203)"><input type="password" placeholder="비밀번호"><button>로그인</button></form>',
    );
    for (const p of [telco, apt]) {
      expect(scan(p).verdict).toBe('clean');
      expect(warnAtRisk(scan(p), 'password')).toBe(false);
    }
    // the brand's own login asked for by name still warns at the first key
    const kit = page(
      '본인 확인',
      '<p>주문 확인을 위해 로그인해 주세요.</p><form><input placeholder="쿠팡 아이디(이메일)"><input type="password" placeholder="쿠팡 비밀번호"><button>확인</button></form>',
    );
    expect(warnAtRisk(scan(kit), 'password')).toBe(true);
    // and a card number typed under a passing mention is still no one's to ask for under the brand's name
    const card = page('카드 확인', '<p>쿠팡 결제 카드 확인</p><input placeholder="카드번호">');
    expect(warnAtRisk(scan(card), 'card')).toBe(true);
  });

  it('a one-line comment box with a password to edit it is a reader form', () => {
    const blog = page(
      '기저귀 쿠팡 vs 마트 가격 비교',
      '<h2>기저귀 쿠팡 vs 대형마트 가격 비교표</h2><p>쿠팡 링크는 파트너스 링크입니다.</p><form><label>닉네임 <input name="n"></label><label>비밀번호(댓글 수정용) <input type="password" name="p"></label><label>댓글 <input name="c"></label><button>댓글 달기</button></form>',
    );
    expect(scan(blog).reasons.map((r) => r.code)).toContain('context-reader-form');
    expect(warnAtRisk(scan(blog), 'password')).toBe(false);
  });

  it("an integration's masked API secret is no person's password", () => {
    expect(classifyField('password', '', ['Secret Key'])).toBe('none');
    expect(classifyField('password', '', ['비밀번호'])).toBe('password');
    // an apartment system's household PIN is that site's own password, not a code sent to the reader
    expect(classifyField('password', '', ['세대 인증번호 4자리'])).toBe('password');
    expect(classifyField('text', '', ['인증번호 6자리'])).toBe('otp');
    const tool = page(
      '쿠팡 WING 연동 | 셀러박스',
      '<h2>쿠팡 WING 연동</h2><p>OPEN API 키 발급에서 받은 값을 입력하세요.</p><input placeholder="업체코드"><input placeholder="Access Key"><input type="password" placeholder="Secret Key">',
    );
    expect(scan(tool).reasons.map((r) => r.code)).toContain('asks-password');
  });

  it("the cheap gate reads a lazy image address and a small page's stylesheet names", () => {
    const gate = (html: string) => pageMayConcernBrand(parse(html), 'https://x.example/p');
    // no field yet (it comes after a click), the brand only in data-src beside alt=""
    const lazy = page(
      '대상 여부 확인',
      '<img alt="" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="https://thumbnail6.coupangcdn.com/image/logo.png"><p>보상금 지급 대상 여부를 확인하세요.</p><button>확인</button>',
    );
    expect(gate(lazy)).toBe(true);
    // the name drawn by a stylesheet only, and a number to call
    const drawn = page(
      '환불 지연 안내',
      '<div class="lg"></div><p>전담 상담센터로 연락 바랍니다.</p>',
      '<style>.lg::before{content:"\\CFE0\\D321";color:#346aff}</style>',
    );
    expect(gate(drawn)).toBe(true);
    // an ordinary small page with a stylesheet's icons stays closed
    const plain = page(
      '오늘의 레시피',
      '<div class="ic"></div><p>된장찌개 끓이는 법.</p>',
      '<style>.ic::before{content:"\\2605"} q::before{content:"“"}</style>',
    );
    expect(gate(plain)).toBe(false);
  });
});
