import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { scanPage } from '../../lib/page/index';
import { parse } from './helpers';

/**
 * Author K's half (frozen-k, scored once), its classes fixed with pages written apart from it; next to each kit
 * an honest page that shares its words or its build, which must stay clean.
 */
const page = (title: string, body: string, head = '') =>
  `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>${title}</title>${head}</head><body>${body}</body></html>`;
const scan = (html: string, url = 'https://x.example/p') =>
  scanPage(parse(html), url, { parseHtml: (m) => parseHTML(m).document as unknown as Document });
const codes = (html: string) => scan(html).reasons.map((r) => r.code);
/** a stylesheet that draws `word` one letter per element's ::before, each rule of its own */
const letters = (word: string) =>
  `<style>.m{display:inline-flex;font:800 28px Arial}${[...word]
    .map(
      (c, i) =>
        `.m${i}::before{content:"\\${c.charCodeAt(0).toString(16)}";color:#${(0x7d3a16 + i * 0x201010).toString(16).slice(-6)}}`,
    )
    .join('')}</style>`;
const mark = (word: string) =>
  `<div class="hd"><span class="m" role="img">${[...word].map((_, i) => `<i class="m${i}"></i>`).join('')}</span></div>`;

describe("author K's classes", () => {
  it('a name spelt one letter per pseudo-element, a rule for each, is read as one word', () => {
    const unlock = (word: string) =>
      page(
        '로그인 보호 해제',
        `${mark(word)}<h1>해외 IP 로그인 시도가 차단되었습니다</h1><p>본인 확인 후 잠금을 해제하세요.</p>` +
          '<form><input type="tel" placeholder="휴대폰 번호"><input type="password" placeholder="비밀번호"><button>잠금 해제</button></form>',
        letters(word),
      );
    const kit = unlock('coupang');
    expect(codes(kit)).toContain('brand-logo');
    expect(codes(kit)).toContain('brand-obfuscated');
    expect(scan(kit).verdict).toBe('suspicious-page');
    // a shop that draws its own name the same way is that shop
    expect(scan(unlock('nurimall')).verdict).toBe('clean');
  });
  it("a site menu whose sections are the brand's services is the brand's storefront, whatever the small print", () => {
    const clone = (menu: string) =>
      page(
        'TV 연결',
        `<header><div class="srch"><input placeholder="찾고 싶은 상품을 검색해보세요!"><button>검색</button></div></header>` +
          `<nav class="cat"><div>${menu}</div></nav><h1>TV 연결</h1><p>TV에 표시된 코드를 입력하고 로그인하세요.</p>` +
          '<form><input placeholder="TV 화면의 8자리 코드"><input type="email" placeholder="이메일"><input type="password" placeholder="비밀번호"><button>연결</button></form>' +
          '<footer><p>(주)씨앤피커머스 고객지원센터 | 대표이사 김도윤 | 사업자등록번호 214-87-30419</p></footer>',
      );
    const kit = clone(
      '카테고리 ☰ | 로켓배송 | 로켓프레시 | 2026 신년 세일 | 이벤트/쿠폰 | 기획전 | 고객센터',
    );
    expect(codes(kit)).toContain('brand-header');
    expect(scan(kit).verdict).toBe('suspicious-page');
    // a menu of other sections, and a comparison's menu of shops, are not the brand's storefront
    expect(scan(clone('카테고리 ☰ | 신상품 | 베스트 | 기획전 | 고객센터')).verdict).toBe('clean');
    expect(codes(clone('쿠팡 | 11번가 | G마켓 | 로켓배송 | 최저가 알림'))).not.toContain('brand-header');
    // a blog's menu that names the service inside its own section names is no clone
    expect(codes(clone('육아 | 로켓배송 추천템 | 리뷰 | 문의'))).not.toContain('brand-header');
  });

  it("a public remedy body named off a government host is a pose, not the page's own name", () => {
    const relief = (name: string, url: string) =>
      scan(
        page(
          '계좌 보호 서비스',
          `<header><div class="logo"><b>${name}</b></div></header><h1>쿠팡 결제 연동 계좌 보호 신청</h1><p>쿠팡페이에 연결된 계좌는 보호 조치가 필요합니다.</p>` +
            '<form><label>계좌번호</label><input name="a"><label>OTP</label><input name="o"><button>신청</button></form>',
        ),
        url,
      );
    expect(relief('금융소비자 보호센터', 'https://fss-protect.example/acc').verdict).toBe('suspicious-page');
    expect(relief('소비자 분쟁조정', 'https://kca-mediation.example/').verdict).toBe('suspicious-page');
    // the same body on its own public host is that body
    expect(relief('금융소비자 보호센터', 'https://www.fcsc.or.kr/acc').verdict).toBe('clean');
  });

  it('a box labelled as the card to pay with ("인지대 결제 카드") takes a card number', () => {
    const fee = (label: string, boxes: string) =>
      page(
        '집단분쟁조정 참가',
        `<h1>쿠팡 집단분쟁조정 참가 신청</h1><p>참가 신청 시 인지대 5,000원이 부과됩니다.</p><form><label>${label}</label>${boxes}<button>신청</button></form>`,
      );
    expect(
      codes(
        fee(
          '인지대 결제 카드',
          '<input maxlength="4"><input maxlength="4"><input maxlength="4"><input maxlength="4">',
        ),
      ),
    ).toContain('asks-card');
    // a picker of how to pay is a choice, not a card box
    expect(
      codes(fee('결제 카드 선택', '<select><option>신한카드</option><option>국민카드</option></select>')),
    ).not.toContain('asks-card');
  });

  it("a trademark attribution in a tool's footer ('쿠팡은 쿠팡 주식회사의 상표이며') is a disclaimer, not the brand's line", () => {
    const login = (line: string) =>
      page(
        '셀허브 로그인',
        '<header><b class="sn">셀허브</b></header><h1>셀허브 로그인</h1><form><input type="email" placeholder="이메일"><input type="password" placeholder="비밀번호"><button>로그인</button></form>' +
          `<p>쿠팡·스마트스토어·11번가 주문을 한 화면에서</p><footer>${line}</footer>`,
      );
    const honest = login('(가상) 셀허브 | 쿠팡은 쿠팡 주식회사의 상표이며 본 서비스는 독립 서비스입니다.');
    expect(codes(honest)).not.toContain('brand-copyright');
    expect(codes(honest)).toContain('context-not-affiliated');
    expect(scan(honest).verdict).toBe('clean');
    // the brand's own company line is still its line
    expect(codes(login('쿠팡 주식회사 | 대표이사 박대준 | 사업자등록번호 120-88-00767'))).toContain(
      'brand-copyright',
    );
  });
  it("a name said only in the footer's company line does not make the brand's heading a mere topic", () => {
    const update = (title: string, footer: string) =>
      page(
        title,
        '<h1>쿠팡이츠 필수 업데이트</h1><p>보안 문제로 구버전 앱은 오늘 자정부터 주문이 제한됩니다.</p><a href="/dl/eats_update.apk">업데이트 설치</a>' +
          `<footer><p>${footer}</p></footer>`,
      );
    const kit = update(
      '앱 업데이트',
      '(주)씨앤피커머스 고객지원센터 | 대표이사 김도윤 | 사업자등록번호 214-87-30419',
    );
    expect(scan(kit).reasons.find((r) => r.code === 'brand-heading')?.weight).toBe(3);
    expect(scan(kit).verdict).toBe('suspicious-page');
    // a review site that names itself in its title and header keeps the brand as its topic
    const review = page(
      '쿠팡 고객 리뷰 - 트러스트리뷰',
      '<header>트러스트리뷰</header><h1>쿠팡 리뷰 (★2.9, 12,304개)</h1><p>로켓배송은 빠르지만 반품이 어렵다는 리뷰가 많습니다.</p>' +
        '<form><input placeholder="아이디"><input type="password" placeholder="pw"><button>로그인하고 리뷰 쓰기</button></form><footer>© 트러스트리뷰</footer>',
    );
    expect(scan(review).verdict).toBe('clean');
  });
  it('a resident number asked as its two halves ("생년월일 6자리" - "뒤 7자리") is a resident number', () => {
    const docs = (back: string) =>
      page(
        '판매자 계정 정지 예정',
        '<div class="logo">coupang</div><h1>쿠팡 판매자 계정 정지 예정</h1><p>판매자 정보 재검증 미완료로 72시간 후 계정이 정지됩니다.</p>' +
          `<form><label>대표자명</label><input name="n"><div class="f"><label>대표자 주민등록번호</label><div class="row"><input maxlength="6" placeholder="생년월일 6자리"><b>-</b><input maxlength="7" placeholder="${back}"></div></div><button>서류 제출</button></form>`,
      );
    const kit = docs('뒤 7자리');
    expect(codes(kit)).toContain('asks-resident-id');
    expect(scan(kit).verdict).toBe('suspicious-page');
    // a card's last four digits are no resident number
    expect(codes(docs('카드 뒤 4자리'))).not.toContain('asks-resident-id');
  });

  it('an account "restricted" (이용 제한) with a number to call to lift it is a callback lure', () => {
    const notice = (number: string) =>
      page(
        '이용 제한',
        `<div class="logo">쿠팡</div><h1>이용 제한 안내</h1><p>쿠팡 이용 약관 위반 의심으로 이용이 제한되었습니다. 해제 상담: <b>${number}</b></p>`,
      );
    expect(codes(notice('1566-0000'))).toContain('callback-lure');
    expect(scan(notice('1566-0000')).verdict).toBe('suspicious-page');
    // the brand's own number is no lure
    expect(codes(notice('1577-7011'))).not.toContain('callback-lure');
  });
  it('a fee to pay on the messenger the page moves the reader to is an advance-fee transfer too', () => {
    const tester = (note: string) =>
      page(
        '체험단 당첨',
        `<div class="logo">쿠팡</div><h1>축하합니다! 체험단에 당첨되셨습니다</h1><p>체험 진행은 담당 매니저와 LINE으로 진행됩니다.</p><p>${note}</p>` +
          '<form><input placeholder="이름"><input type="tel" placeholder="휴대폰"><input placeholder="LINE ID"><button>당첨 확인</button></form>',
      );
    const kit = tester('체험 포인트 충전(5만원) 후 상품 구매 시 100% 환급됩니다.');
    expect(codes(kit)).toContain('transfer-lure');
    expect(scan(kit).verdict).toBe('suspicious-page');
    // the same hand-off with nothing to pay first is no transfer
    expect(codes(tester('체험 상품은 무료로 발송되며 리뷰 작성 후 반납하지 않으셔도 됩니다.'))).not.toContain(
      'transfer-lure',
    );
  });
});
