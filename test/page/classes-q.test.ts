import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { scanPage } from '../../lib/page/index';
import { warnAtRisk } from '../../lib/page/at-risk';
import { parse } from './helpers';

/**
 * Author Q's half (frozen-q, scored once: 21 of its 111 honest pages flagged), fixed by class with pages written
 * apart from it; next to each honest page the kit that shares its words or its shape, which must stay flagged.
 */
const page = (title: string, body: string) =>
  `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const scan = (html: string, url = 'https://x.example/p') =>
  scanPage(parse(html), url, { parseHtml: (m) => parseHTML(m).document as unknown as Document });

describe("author Q's honest pages", () => {
  it('reads the brand in a list of examples closed by 등 as one example among others', () => {
    const fields =
      '<input placeholder="이름"><input placeholder="생년월일 8자리"><input placeholder="휴대전화 번호">' +
      '<button>인증번호 요청</button><input placeholder="인증번호 6자리"><button>확인</button>';
    const guide = page(
      '통관번호 발급',
      '<h2>통관번호 한 번에 발급받기</h2><p>해외 쇼핑몰(쿠팡 로켓직구, 알리, 큐텐 등)에서 주문하려면 통관번호가 필요합니다. 휴대전화 인증 후 발급됩니다.</p>' +
        fields,
    );
    expect(scan(guide).verdict).toBe('clean');
    // the brand in the middle of the list
    const middle = page(
      '통관번호 발급',
      '<h2>통관번호 한 번에 발급받기</h2><p>알리, 쿠팡, 큐텐 등에서 직구하려면 통관번호가 필요합니다. 휴대전화 인증 후 발급됩니다.</p>' +
        fields,
    );
    expect(scan(middle).verdict).toBe('clean');
    // a kit that names only the brand's service, in the same words and with the same fields
    const kit = page(
      '통관번호 확인',
      '<h2>통관번호 확인</h2><p>쿠팡 로켓직구 주문이 통관 보류되었습니다. 휴대전화 인증 후 통관번호를 다시 등록하세요.</p>' +
        fields,
    );
    expect(scan(kit).verdict).toBe('suspicious-page');
    // "등록" is no list's "등"
    const registered = page(
      '통관번호 확인',
      '<h2>통관번호 확인</h2><p>쿠팡 로켓직구, 통관번호, 휴대전화 등록이 필요합니다.</p>' + fields,
    );
    expect(scan(registered).verdict).toBe('suspicious-page');
  });

  it("takes a courier's own name from its title even when the name ends in its trade", () => {
    const body = (name: string) =>
      `<h2>${name} 배송조회</h2><input placeholder="운송장 번호"><button>조회</button>` +
      '<p>오픈마켓 판매자 발송 상품도 조회됩니다. 쿠팡 로켓배송 상품은 쿠팡 앱에서 조회해 주세요.</p>' +
      '<h3>방문 반품 접수</h3><input placeholder="보내는 분"><input placeholder="휴대폰"><input placeholder="주소">' +
      '<input placeholder="공동현관 비밀번호 (선택)"><button>접수</button>';
    expect(scan(page('새솔택배 - 배송조회', body('새솔택배'))).verdict).toBe('clean');
    expect(scan(page('다온통운 - 배송조회', body('다온통운'))).verdict).toBe('clean');
    // the same fields under the brand's own delivery words, with no name of its own
    const kit = page(
      '배송지 확인',
      '<h2>쿠팡 로켓배송 배송지 확인</h2><p>주소 불일치로 배송이 보류되었습니다.</p>' +
        '<input placeholder="받는 분"><input placeholder="휴대폰"><input placeholder="주소"><input placeholder="공동현관 비밀번호"><button>확인</button>',
    );
    expect(scan(kit).verdict).toBe('suspicious-page');
  });

  it("takes the site's name first in its title, said again where its main heading starts, as the page's own", () => {
    const tracker = page(
      '값지킴이 - 쿠팡 가격 알림',
      '<h2>값지킴이 — 쿠팡 가격 변동을 알려드려요</h2><p>상품 링크를 넣으면 값이 내려갈 때 알려드립니다.</p>' +
        '<input placeholder="상품 링크"><button>추적</button><h3>로그인</h3><input type="email" placeholder="이메일"><input type="password" placeholder="비밀번호"><button>로그인</button>',
    );
    expect(scan(tracker).verdict).toBe('clean');
    const tv = page(
      '다온TV 도움말 - 쿠팡플레이',
      '<h2>다온TV 도움말 — 쿠팡플레이 설치와 로그인</h2><ol><li>앱스토어에서 쿠팡플레이를 찾아 설치합니다</li><li>휴대폰 앱에서 TV에 나온 코드를 입력합니다</li></ol>' +
        '<h3>원격 상담 예약</h3><input placeholder="모델명"><input placeholder="연락처"><button>예약</button>',
    );
    expect(scan(tv).verdict).toBe('clean');
    // a lure's title and heading that say what the page does, not whose it is
    for (const [first, head] of [
      ['보상신청', '보상신청 — 쿠팡 개인정보 유출 피해'],
      ['유출 조회', '유출 조회 — 쿠팡 회원 확인'],
      ['긴급', '긴급 — 쿠팡 계정 확인'],
    ] as const) {
      const kit = page(
        `${first} - 쿠팡`,
        `<h2>${head}</h2><p>쿠팡 계정으로 로그인해 주세요.</p><input placeholder="아이디"><input type="password" placeholder="비밀번호"><button>로그인</button>`,
      );
      expect(scan(kit).verdict, first).toBe('suspicious-page');
    }
  });

  it("takes a main heading that opens with a firm's name as the firm's page", () => {
    const claim = page(
      '보험금 청구',
      '<h2>다온손해보험 사이버 피해 보험금 청구</h2><p>가입 고객이 쿠팡 유출로 2차 금전 피해를 입은 경우 청구할 수 있습니다.</p>' +
        '<input placeholder="증권번호"><input placeholder="피보험자명"><input placeholder="주민등록번호"><input placeholder="보험금 받을 계좌"><button>청구</button>',
    );
    expect(scan(claim).verdict).toBe('clean');
    // a kind of card is no card company, a parcel locker no courier
    for (const head of ['신용카드 재발급 안내', '체크카드 정지 안내']) {
      const kit = page(
        '안내',
        `<h2>${head}</h2><p>쿠팡 개인정보 유출로 고객님의 카드가 재발급되었습니다. 본인이 아니면 즉시 전화하세요.</p>` +
          '<input placeholder="이름"><input placeholder="주민등록번호"><input placeholder="카드번호"><button>확인</button>',
      );
      expect(scan(kit).verdict, head).toBe('suspicious-page');
    }
  });

  it("takes a firm named in a heading whose name the host spells as the page's owner (a co-branded card on its issuer's host)", () => {
    const card = page(
      '쿠팡 적립 카드 신청',
      '<h1>쿠팡 와우카드 — 새솔카드 신청</h1><p>쿠팡에서 최대 4% 적립. 본 카드는 새솔카드가 발급합니다.</p>' +
        '<input placeholder="성명"><input placeholder="주민등록번호 앞 6자리"><input placeholder="휴대폰"><input placeholder="연소득"><button>본인인증 후 신청</button>',
    );
    expect(scan(card, 'https://card.saesolcard.example/coupang').verdict).toBe('clean');
    expect(scan(card, 'https://www.saesol-card.example/apply').verdict).toBe('clean');
    // the same page on a host that spells no firm's name, or spells it with a lure after it
    expect(scan(card, 'https://card-apply.example/coupang').verdict).toBe('suspicious-page');
    expect(scan(card, 'https://saesolcard-bosang.example/').verdict).toBe('suspicious-page');
    // a kind of card is no firm ("신용카드" on sinyong.example)
    const kind = card.replace(/새솔카드/g, '신용카드');
    expect(scan(kind, 'https://sinyongcard.example/').verdict).toBe('suspicious-page');
  });

  it("lets a shop's own login be typed into when it names itself in its title and heading and says the brand's account will not do", () => {
    const shop = page(
      '다온몰 - 로그인',
      '<h2>다온몰 로그인</h2><input placeholder="아이디"><input type="password" placeholder="비밀번호"><button>로그인</button>' +
        '<p>쿠팡보다 싸다! 다온몰 당일배송. (쿠팡 계정으로는 로그인할 수 없습니다)</p>',
    );
    expect(warnAtRisk(scan(shop), 'password')).toBe(false);
    // a kit's page that asks for the brand's account in the same few words
    const kit = page(
      '로그인',
      '<h2>로그인</h2><input placeholder="아이디"><input type="password" placeholder="비밀번호"><button>로그인</button>' +
        '<p>쿠팡 계정으로 로그인하세요.</p>',
    );
    expect(warnAtRisk(scan(kit), 'password')).toBe(true);
    // a lure's words as the title's and heading's first piece are no name
    const lure = page(
      '본인확인 - 로그인',
      '<h2>본인확인 로그인</h2><input placeholder="아이디"><input type="password" placeholder="비밀번호"><button>로그인</button>' +
        '<p>쿠팡 계정으로 로그인하세요.</p>',
    );
    expect(warnAtRisk(scan(lure), 'password')).toBe(true);
  });
});

describe("author Q's kits", () => {
  it("takes a box for a remote-control app's connection code as a hard ask; a repair shop's booking form is not one", () => {
    const kit = page(
      '원격 점검',
      '<h2>쿠팡 계정 보호 원격 점검</h2><p>상담원이 휴대폰을 점검합니다. 아래 원격지원 앱을 설치하고 화면의 연결 코드를 입력하세요.</p>' +
        '<a href="market://details?id=com.example.helpdesk">원격지원 앱 설치</a><input placeholder="연결 코드 6자리"><button>상담원 연결</button>',
    );
    const v = scan(kit);
    expect(v.reasons.map((r) => r.code)).toContain('asks-remote-code');
    expect(v.verdict).toBe('suspicious-page');
    // a repair shop's remote help under its own name, a model name and a phone number to book
    const shop = page(
      '다온PC수리 - 원격 지원',
      '<h2>다온PC수리 원격 지원</h2><p>쿠팡에서 산 노트북도 설정해 드립니다. 원격지원 프로그램을 설치한 뒤 예약하세요.</p>' +
        '<input placeholder="모델명"><input placeholder="연락처"><button>예약</button>',
    );
    expect(scan(shop).reasons.map((r) => r.code)).not.toContain('asks-remote-code');
    expect(scan(shop).verdict).toBe('clean');
  });

  it("reads a LINE add-friend link whoever serves it and an open chat under any of Kakao's names", () => {
    for (const href of ['https://line.me/ti/p/ab12cd34', 'https://open.kakao.kr/o/s1a2b3c']) {
      const kit = page(
        '보상 상담',
        `<h2>쿠팡 피해보상 전담 상담</h2><p>보상금은 1:1 상담 후 지급됩니다. 아래 버튼으로 이름과 주문번호를 보내 주세요.</p><a href="${href}">상담 연결</a>`,
      );
      expect(scan(kit).verdict, href).toBe('suspicious-page');
    }
  });

  it("reads the brand painted on a canvas from base64 as the page's mark; a chart label so painted is not", () => {
    const b64 = (t: string) => Buffer.from(t, 'utf8').toString('base64');
    const kit = page(
      '회원 확인',
      '<canvas id="c" width="240" height="50"></canvas><p>유출 피해 확인 후 보상 신청이 가능합니다.</p>' +
        '<input placeholder="아이디"><input type="password" placeholder="비밀번호"><button>확인</button>' +
        `<script>var x=document.getElementById('c').getContext('2d');x.fillText(atob('${b64('쿠팡')}'),4,38)</script>`,
    );
    expect(scan(kit).verdict).toBe('suspicious-page');
    const chart = page(
      '주식 노트 - 로그인',
      '<h2>주식 노트 로그인</h2><canvas id="c"></canvas><input placeholder="아이디"><input type="password" placeholder="비밀번호"><button>로그인</button>' +
        `<script>var x=document.getElementById('c').getContext('2d');x.fillText(atob('${b64('쿠팡 CPNG 주가 추이')}'),4,38)</script>`,
    );
    expect(scan(chart).verdict).toBe('clean');
  });
});

describe('kits written against the page17 rules (its red team)', () => {
  const card =
    '<input placeholder="카드번호"><input placeholder="CVC"><input placeholder="카드 비밀번호 앞 2자리"><button>확인</button>';
  it("takes no name from a title and heading a kit writes twice when the page speaks in the brand's voice or its title is a lure's errand", () => {
    const voice = page(
      '믿음케어 - 쿠팡 가격 알림',
      `<h2>믿음케어 — 쿠팡 가격 알림</h2><p>쿠팡 고객님, 아래에 카드를 확인해 주세요.</p>${card}`,
    );
    expect(scan(voice).verdict).toBe('suspicious-page');
    const errand = page(
      '믿음케어 - 쿠팡 개인정보 유출 보상 접수',
      `<h2>믿음케어 — 쿠팡 고객 보상금 지급</h2><p>보상금은 카드로 지급됩니다.</p>${card}`,
    );
    expect(scan(errand).verdict).toBe('suspicious-page');
  });

  it('takes no firm from a main heading that names the brand too', () => {
    const kit = page(
      '주소 확인',
      `<h2>다온통운 쿠팡 로켓배송 주소 확인</h2><p>주소 불일치로 재배송비 결제가 필요합니다.</p><input placeholder="주소"><input placeholder="휴대폰">${card}`,
    );
    expect(scan(kit).verdict).toBe('suspicious-page');
  });

  it('takes no firm from its host when the host carries the brand, the firm is named only further down, or the page wants what pays', () => {
    const login = page(
      '쿠팡 로그인',
      '<h1>쿠팡 로그인</h1><input placeholder="아이디"><input type="password" placeholder="비밀번호"><button>로그인</button><h3>제휴사 새솔카드</h3>',
    );
    expect(scan(login, 'https://coupang-wow.saesolcard.example/event').verdict).toBe('suspicious-page');
    expect(scan(login, 'https://www.saesolcard.example/event').verdict).toBe('suspicious-page');
    const pays = page(
      '쿠팡 와우카드 신청',
      '<h1>쿠팡 와우카드 — 새솔카드 신청</h1><p>본 카드는 새솔카드가 발급합니다.</p><input placeholder="주민등록번호"><input placeholder="결제 계좌번호"><input placeholder="계좌 비밀번호"><button>신청</button>',
    );
    expect(scan(pays, 'https://www.saesolcard.example/coupang').verdict).toBe('suspicious-page');
  });

  it("reads a list of the brand's own names and services closed by 등 as the brand", () => {
    const kit = page(
      '보상 조회',
      '<h2>보상 조회</h2><p>쿠팡 와우회원, 로켓배송 이용자, 쿠팡이츠 등 이용 고객 전원에게 보상금을 지급합니다.</p><input placeholder="주민등록번호"><input placeholder="보상금 받을 계좌"><button>조회</button>',
    );
    expect(scan(kit).verdict).toBe('suspicious-page');
  });

  it('reads the invitation that follows a refusal in the same sentence', () => {
    const kit = page(
      '로그인',
      '<h2>로그인</h2><p>쿠팡 계정으로는 로그인할 수 없습니다, 쿠팡에 가입하신 이메일과 같은 비밀번호로 로그인하세요.</p>' +
        '<input placeholder="이메일"><input type="password" placeholder="비밀번호"><button>로그인</button>',
    );
    expect(warnAtRisk(scan(kit), 'password')).toBe(true);
  });

  it("asks for a remote app's code as a hard ask only where the help is offered under the brand's name", () => {
    const box =
      '<a href="market://details?id=com.example.rs">원격지원 앱 설치</a><input placeholder="접속 번호"><button>연결</button>';
    const tv = page(
      '쿠팡플레이 앱 실행 오류 원격 점검',
      `<header>다온TV 고객지원</header><h1>쿠팡플레이 앱이 실행되지 않을 때</h1><p>원격지원으로 TV를 점검해 드립니다.</p>${box}`,
    );
    expect(scan(tv).verdict).toBe('clean');
    const seller = page(
      '원격 설치 지원',
      `<h1>노트북 초기 설정 원격지원</h1><p>쿠팡에서 구매하신 노트북의 초기 설정을 도와드립니다.</p>${box}`,
    );
    expect(scan(seller).verdict).toBe('clean');
  });
});

describe("author Q's QR hand-offs", () => {
  const qr =
    '<p>PC에서는 신청할 수 없습니다. 휴대폰 카메라로 QR을 스캔해 본인인증을 진행하세요.</p><img alt="QR 코드" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">';
  it("reads a form's main heading that opens with the brand's name and names a claim to apply for as the brand's", () => {
    expect(scan(page('모바일 신청', `<h2>쿠팡 피해보상 모바일 전용 신청</h2>${qr}`)).verdict).toBe(
      'suspicious-page',
    );
    // a law firm that names itself, a headline that reports: neither is the brand's errand
    expect(
      scan(
        page(
          '법무법인 다온 - 집단소송',
          `<header>법무법인 다온</header><h2>쿠팡 피해보상 소송 참여 신청</h2>${qr}`,
        ),
      ).verdict,
    ).toBe('clean');
    expect(scan(page('모바일 신청', `<h2>쿠팡 피해보상 모바일 전용 신청 방법</h2>${qr}`)).verdict).toBe(
      'clean',
    );
  });
});
