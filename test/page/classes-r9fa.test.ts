import { describe, expect, it } from 'vitest';
import { judgeSavedPage } from '../../cli/page';
import { compileLists } from '../../lib/domain/index';
import { bundledList } from '../../lib/lists/bundled';
import { koPage as page } from './helpers';
import { flaggedOrAtTyping } from './saved-set';

/**
 * Round page-r9-fa: honest pages whose party asking is someone else — a public body, a residents' office, an
 * identity provider, an insurer, a courier, a forum — and that name the brand only as what they talk about: a banner
 * warning of the leak's scams, a sentence that warns, the shop a receipt or a parcel came from, a scam text a member
 * reports. Each honest page (written apart from the halves) sits next to its kit twins, which stay warned. `warned`
 * is the browser's answer: flagged, or warned at typing.
 */
const lists = compileLists(bundledList);
const warned = (html: string, url: string) =>
  flaggedOrAtTyping(html, judgeSavedPage(html, url, lists).result).flagged;

/** A body's own service on its host, a banner sentence atop it naming the brand as the scams' cover */
const issue = (head: string, banner: string) =>
  page(
    '가족관계증명서 발급 | 정부24',
    `<div class="top">정부24</div><div class="w"><div class="note">${banner}</div><h2>${head}</h2>` +
      '<p>발급 대상: 본인 · 수수료 없음</p><input placeholder="신청인 성명"> <input placeholder="주민등록번호 앞 6자리"> ' +
      '<input type="password" placeholder="뒤 7자리"> <button>공동인증 후 발급</button></div>',
  );
const BANNER = '정부·공공기관은 쿠팡 개인정보 유출과 관련해 문자 속 링크로 본인 확인을 요구하지 않습니다.';

describe('a public body’s own service whose top banner warns of the leak’s scams', () => {
  it('leaves the body’s form unwarned on its host, at the page and at the first key', () => {
    expect(warned(issue('가족관계증명서 발급', BANNER), 'https://www.gov.kr/mw/family/issue')).toBe(false);
  });

  it('still warns its kit twins: another host, the brand heading the form', () => {
    expect(warned(issue('가족관계증명서 발급', BANNER), 'https://gov24-family.com/mw/family/issue')).toBe(
      true,
    );
    expect(warned(issue('쿠팡 유출 피해 보상 본인 확인', BANNER), 'https://www.gov.kr/mw/family/issue')).toBe(
      true,
    );
  });
});

/** A residents' office asks the building, the unit and a code from the residents' own app */
const door = (box: string, line: string) =>
  page(
    '현관 출입번호 재설정',
    `<h1>현관 출입번호 재설정</h1><p>${line}</p>` +
      `<form><input placeholder="동"><input placeholder="호"><input placeholder="신청인 이름"><input placeholder="${box}">` +
      '<button>재설정 요청</button></form>',
  );
const DOOR_LINE = '관리사무소는 최근 쿠팡 정보 유출 이후 단지 현관 번호를 새로 정하기로 했습니다.';
const DOOR = 'https://greenhill-apt.example.com/door/reset';

describe('a residents’ office asking the unit and a code from its own app, the brand only the cause', () => {
  it('leaves the form unwarned, at the page and at the first key', () => {
    expect(warned(door('단지 앱 인증번호', DOOR_LINE), DOOR)).toBe(false);
  });

  it('still warns its kit twins: a code of anyone’s, or the brand on the box', () => {
    expect(warned(door('인증번호', DOOR_LINE), DOOR)).toBe(true);
    expect(warned(door('쿠팡 인증번호', DOOR_LINE), DOOR)).toBe(true);
  });
});

/** An identity provider's request for another body, the brand and its lure only in a sentence that warns */
const cert = (head: string, line: string) =>
  page(
    '토닥 인증',
    `<div class="card"><h3>${head}</h3><p>요청처: 국민건강보험 · 자격득실 확인서</p>` +
      '<input placeholder="성명"><input placeholder="휴대전화 번호"><input placeholder="생년월일 6자리">' +
      `<button>인증 요청 보내기</button><p class="s">${line}</p></div>`,
  );
const WARN_LINE =
  '인증 요청은 앱 알림으로 도착합니다. 쿠팡 피해 보상금이나 환불을 이유로 인증을 요청받았다면 사칭 사기일 가능성이 높습니다.';
const CERT = 'https://sign.todak-auth.example.com/request';

describe('an identity provider’s request page that names the brand only in a warning', () => {
  it('leaves the request unwarned, at the page and at the first key', () => {
    expect(warned(cert('토닥 인증', WARN_LINE), CERT)).toBe(false);
  });

  it('still warns its kit twins: the lure in a sentence of its own voice, the brand over the form', () => {
    expect(
      warned(cert('토닥 인증', `쿠팡 피해 보상금 환불 대상자 확인을 위해 인증해 주세요. ${WARN_LINE}`), CERT),
    ).toBe(true);
    expect(warned(cert('쿠팡 환불 본인 인증', WARN_LINE), CERT)).toBe(true);
  });
});

/** An insurer's claim, the brand only as the shop a receipt comes from */
const claim = (head: string, line: string) =>
  page(
    '보험금 청구하기',
    `<h2>${head}</h2><p>${line}</p><input placeholder="증권번호"><input placeholder="보험금 받을 계좌">` +
      '<input type="file"><button>청구하기</button>',
  );

describe('a firm’s own form that names the brand only as the shop a receipt or a parcel came from', () => {
  const INSURER = 'https://claim.haneul-insure.example.com/gadget';
  it('leaves an insurer’s claim and a courier’s tracking unwarned, at the page and at the first key', () => {
    expect(
      warned(claim('가전 파손 보험금 청구', '노트북 파손 · 쿠팡 주문 내역 캡처 첨부 가능'), INSURER),
    ).toBe(false);
    const track = page(
      '한길택배 배송조회',
      '<h2>배송조회</h2><input placeholder="운송장번호" value="55120881"><button>조회</button>' +
        '<ol><li>12.02 08:10 집화 (쿠팡 판매자 발송)</li><li>12.02 23:40 터미널 도착 (대전HUB)</li></ol>' +
        '<h3>받는 주소 변경</h3><p>휴대폰 본인인증 후 변경할 수 있습니다.</p><input placeholder="받는 분 휴대폰">' +
        '<button>본인인증</button>',
    );
    expect(warned(track, 'https://track.hangil-parcel.example.com/')).toBe(false);
  });

  it('still warns a kit that acts on the brand’s order rather than a receipt the reader attaches', () => {
    const fee = page(
      '배송 정보 보정',
      '<h2>배송 정보 보정</h2><p>쿠팡 주문 상품의 배송 정보가 누락되었습니다. 보정 후 재배송비 2,300원이 결제됩니다.</p>' +
        '<input placeholder="주소"><input placeholder="카드번호"><input placeholder="카드 비밀번호 앞 2자리">' +
        '<button>보정하기</button>',
    );
    expect(warned(fee, 'https://parcel-fix.example.com/a/1')).toBe(true);
  });

  it('still warns its kit twins: a refund’s account, the brand over the form, a sentence that asks', () => {
    expect(
      warned(claim('가전 파손 보험금 청구', '쿠팡 주문 내역 캡처 첨부 · 환불 받을 계좌 입력'), INSURER),
    ).toBe(true);
    expect(warned(claim('쿠팡 주문 보상금 청구', '쿠팡 주문 내역 캡처 첨부 가능'), INSURER)).toBe(true);
    expect(
      warned(claim('가전 파손 보험금 청구', '쿠팡 주문 내역 확인을 위해 계좌번호를 입력해 주세요.'), INSURER),
    ).toBe(true);
  });
});

/** A forum thread where a member reports what a scam text told them to enter, under the forum's own sign-in */
const thread = (post: string) =>
  page(
    '이거 쿠팡 사칭 맞나요? - 자유게시판',
    `<main><h2>이거 쿠팡 사칭 맞나요?</h2><p class="by">자유게시판 · 작성자 푸른하늘 · 조회 820</p><p>${post}</p>` +
      '<div class="c"><b>둥근달</b> 사칭 맞아요. 바로 삭제하세요.</div></main>' +
      '<aside><h4>로그인</h4><input placeholder="아이디"><input type="password" placeholder="비밀번호"><button>로그인</button></aside>',
  );
const FORUM = 'https://www.jayu-board.example.net/free/77120';

describe('a forum post that reports what a scam text asked', () => {
  it('does not read the member’s reported ask as the page’s own', () => {
    expect(
      warned(
        thread(
          '문자 링크 들어가 보니 쿠팡 로고 아래에 이름이랑 주민번호, 계좌 입력하라네요. 창 바로 닫았습니다.',
        ),
        FORUM,
      ),
    ).toBe(false);
  });

  it('still reads the ask as the page’s own when the post itself asks', () => {
    const asks = (post: string) =>
      judgeSavedPage(thread(post), FORUM, lists).result.page.reasons.some(
        (r: { code: string }) => r.code === 'asks-resident-id',
      );
    expect(asks('문자 링크 들어가 보니 쿠팡 로고 아래에 이름이랑 주민번호, 계좌 입력하라네요.')).toBe(false);
    expect(asks('쿠팡 피해 보상 대상자입니다. 아래 칸에 이름, 주민번호, 계좌 입력하세요.')).toBe(true);
  });
});

/** A courier's return booking that sends the brand's own returns to the brand's app and says whom it serves */
const pickup = (head: string, line: string) =>
  page(
    '바른택배 방문 반품 예약',
    `<div class="hd">바른택배 · 방문 반품</div><h2>${head}</h2><b>보내는 분</b><label>이름</label><input>` +
      '<label>주소</label><input><label>연락처</label><input>' +
      '<b>택배비</b><p>선불 3,800원</p><input placeholder="카드번호"><input placeholder="MM/YY">' +
      `<button>예약하고 결제</button><p class="s">${line}</p>`,
  );
const OWN_APP_LINE =
  '쿠팡 로켓배송으로 받은 상품의 반품은 쿠팡 앱에서 접수하세요. 이 페이지는 일반 택배 및 판매자 직배송 상품 전용입니다.';
const PICKUP = 'https://www.barun-parcel.example.com/return/book';

describe('a courier’s own booking that sends the brand’s business to the brand’s app', () => {
  it('leaves the booking unwarned, at the page and at the first key', () => {
    expect(warned(pickup('반품 방문 예약', OWN_APP_LINE), PICKUP)).toBe(false);
  });

  it('still warns its kit twins: the brand heading the form, the page keeping the brand’s returns', () => {
    expect(warned(pickup('쿠팡 반품 방문 예약', OWN_APP_LINE), PICKUP)).toBe(true);
    expect(
      warned(
        pickup(
          '반품 방문 예약',
          '쿠팡 로켓배송 상품의 반품도 이 페이지에서 접수하세요. 택배비는 카드로 결제됩니다.',
        ),
        PICKUP,
      ),
    ).toBe(true);
  });
});

/** A cashback site's store page for the brand: its own name on the title, the top and the box, its host spelling it */
const store = (title: string, box: string, line: string) =>
  page(
    title,
    '<div class="top">포인트모아</div><img alt="쿠팡" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><h3>쿠팡에서 사면 1.5% 적립</h3>' +
      `<p>포인트모아에 로그인하고 '적립하러 가기'를 누르면 쿠팡으로 넘어갑니다. ${line}</p>` +
      `<form><input type="email" placeholder="${box}"><input type="password" placeholder="비밀번호">` +
      '<button>로그인하고 적립하러 가기</button></form>',
  );
const SENT_AWAY = '쿠팡 로그인은 쿠팡 사이트에서만 하세요.';
const STORE = 'https://www.pointmoa.co.kr/shop/coupang';

describe('a cashback site’s own sign-in on its store page for the brand', () => {
  it('leaves the site’s sign-in unwarned, at the page and at the first key', () => {
    expect(warned(store('쿠팡 적립 | 포인트모아', '포인트모아 이메일', SENT_AWAY), STORE)).toBe(false);
  });

  it('still warns its kit twins: the brand on the box or as the sign-in, a host that is not the name, its voice', () => {
    expect(warned(store('쿠팡 적립 | 포인트모아', '쿠팡 이메일', SENT_AWAY), STORE)).toBe(true);
    expect(warned(store('쿠팡 로그인 | 포인트모아', '포인트모아 이메일', SENT_AWAY), STORE)).toBe(true);
    expect(
      warned(
        store('쿠팡 적립 | 포인트모아', '포인트모아 이메일', SENT_AWAY),
        'https://coupang-reward.shop/store',
      ),
    ).toBe(true);
    expect(
      warned(
        store('쿠팡 적립 | 포인트모아', '포인트모아 이메일', '쿠팡 계정 정보로 로그인해 주세요.'),
        STORE,
      ),
    ).toBe(true);
  });
});
