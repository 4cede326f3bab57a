import { describe, expect, it } from 'vitest';
import { judgeSavedPage } from '../../cli/page';
import { compileLists } from '../../lib/domain/index';
import { bundledList } from '../../lib/lists/bundled';
import { koPage as page } from './helpers';
import { flaggedOrAtTyping } from './saved-set';

/**
 * Author BG's half (tune-bg, scored once on integ), taken by class (round page-r6-bg) with pages written apart from
 * it: the honest pages it flagged at the first key into a secret box, each next to a kit of the same shape that stays
 * warned, and the kits it missed, each next to an honest page that stays unwarned. `warned` is the browser's answer:
 * flagged, or warned at typing.
 */
const lists = compileLists(bundledList);
const warned = (html: string, url: string) =>
  flaggedOrAtTyping(html, judgeSavedPage(html, url, lists).result).flagged;

describe('a site’s own sign-in with a safety tip that names the brand as the one impersonated', () => {
  const signIn = (tip: string) =>
    page(
      '마이페이지 로그인',
      '<div><h2>마이페이지 로그인</h2><input placeholder="휴대폰 번호 또는 아이디"><input type="password" placeholder="비밀번호">' +
        `<button>로그인</button><p>${tip}</p></div>`,
    );

  it('leaves the sign-in unwarned: the tip tells how to prevent the scam here, no payout', () => {
    const tip = signIn('쿠팡 사칭 스미싱을 막으려면 로그인 후 부가서비스에서 소액결제 차단을 켜 두세요.');
    expect(warned(tip, 'https://my.nuri-mobile.example/login')).toBe(false);
    const block = signIn('※ 쿠팡을 사칭한 문자 피해를 예방하려면 로그인 후 해외결제 차단을 신청하세요.');
    expect(warned(block, 'https://my.nuri-mobile.example/login')).toBe(false);
  });

  it('still warns a login that offers the impersonation’s victims a payout', () => {
    const kit = signIn('쿠팡 사칭 피해 보상을 받으시려면 로그인 후 신청하세요.');
    expect(warned(kit, 'https://my-mobile-help.example/login')).toBe(true);
  });
});

describe('the brand as one row of a roster of firms, each with its hours or dates', () => {
  it('leaves a door’s courier hours and a breach list unwarned', () => {
    const door = page(
      '공동현관 설정',
      '<h2>공동현관 설정</h2><div><b>현관 비밀번호 바꾸기</b><input type="password" placeholder="지금 비밀번호">' +
        '<input type="password" placeholder="바꿀 비밀번호"><button>저장</button></div><div><b>택배사별 출입 시간</b>' +
        '<p>쿠팡 로켓배송 (06:00~09:00)</p><p>한진택배 (10:00~17:00)</p><p>롯데택배 (13:00~18:00)</p></div>',
    );
    expect(warned(door, 'https://smart.aptnet.example.kr/door')).toBe(false);
    const leaks = page(
      '유출 조회',
      '<h1>유출 조회</h1><p>휴대폰 번호를 넣으면 알려진 유출 목록과 대조합니다.</p><input placeholder="휴대폰 번호">' +
        '<input placeholder="주민등록번호 앞 6자리"><button>조회</button><h3>등록된 사고</h3><ul><li>쿠팡 (2025.11) 이름·주소·현관번호</li>' +
        '<li>누리카드 (2024.03) 카드번호 일부</li></ul>',
    );
    expect(warned(leaks, 'https://leak-watch.example.org/')).toBe(false);
  });

  it('still warns a row that says the lure’s words', () => {
    const kit = page(
      '보상 조회',
      '<h1>보상 조회</h1><input placeholder="주민등록번호"><ul><li>쿠팡 (2025.11) 피해보상금 30만원 지급</li>' +
        '<li>누리카드 (2024.03) 카드번호 일부</li></ul>',
    );
    expect(warned(kit, 'https://leak-pay.example/')).toBe(true);
  });
});

describe('the brand’s name with its letters put apart', () => {
  it('warns Hangul letters run together, a syllable cut to its consonant, a letter written as a mark', () => {
    const jamo = page(
      '할인 쿠폰',
      '<h2>ㅋㅜㅍㅏㅇ이츠 할인쿠폰 받기</h2><input placeholder="아이디"><input type="password" placeholder="비밀번호"><button>받기</button>',
    );
    expect(warned(jamo, 'https://coupon-free.example/')).toBe(true);
    const cut = page(
      '기사 모집',
      '<div class="top">ㅋ팡이츠 배달파트너 급구</div><p>일당 지급</p><input placeholder="이름"><input placeholder="주민등록번호">' +
        '<input placeholder="급여 계좌번호"><button>지원</button>',
    );
    expect(warned(cut, 'https://rider-job.example/')).toBe(true);
    const mark = page(
      'Parcel',
      '<h2>Your Coupan◯ order is on hold</h2><p>Pay the fee to redeliver.</p><label>Card number</label><input>' +
        '<label>Resident registration no.</label><input><button>Pay</button>',
    );
    expect(warned(mark, 'https://parcel-hold.example/')).toBe(true);
  });

  it('leaves laughter and marks that spell no name unwarned', () => {
    const chat = page(
      '동호회 게시판',
      '<h2>ㅋㅋ 팡팡 터지는 불꽃놀이 후기</h2><p>C●●L 사진 많아요 ㅎㅎ</p><input placeholder="아이디"><input type="password" placeholder="비밀번호"><button>로그인</button>',
    );
    expect(warned(chat, 'https://club.fireworks.example/')).toBe(false);
  });
});

describe('a drop-down list whose only other choice is no one’s', () => {
  const customs = (options: string) =>
    page(
      'Customs',
      `<h2>Customs clearance</h2><label>Marketplace</label><select>${options}</select>` +
        '<label>PCCC</label><input><label>Resident registration no.</label><input><button>Release</button>',
    );

  it('warns the brand offered alone beside "Other"', () => {
    expect(
      warned(
        customs('<option>Coupang Japan (로켓직구)</option><option>Others</option>'),
        'https://customs-hold.example/',
      ),
    ).toBe(true);
  });

  it('leaves a list of several shops as before: the brand one way among others', () => {
    const html = customs(
      '<option>Coupang (로켓직구)</option><option>11번가 해외직구</option><option>AliExpress</option><option>기타</option>',
    );
    expect(
      judgeSavedPage(html, 'https://broker.customs-agent.example/', lists).result.page.reasons,
    ).not.toContainEqual(expect.objectContaining({ code: 'brand-body-claim' }));
  });
});

describe('a box for what a text brought, under another name', () => {
  const relay = (what: string) =>
    page(
      '확인',
      `<h3>쿠페이 결제 차단 요청</h3><p>본인이 아니라면 문자로 받으신 '${what}'를 아래에 입력해 차단하세요.</p>` +
        '<input name="n1" inputmode="numeric"><button>차단</button>',
    );

  it('warns the code renamed', () => {
    expect(warned(relay('처리번호'), 'https://pay-block.example/')).toBe(true);
  });

  it('leaves a parcel’s number from a text unwarned', () => {
    const track = page(
      '배송 조회',
      "<h3>배송 조회</h3><p>쿠팡에서 주문하신 상품은 문자로 받으신 '운송장번호'를 아래에 입력해 조회하세요.</p>" +
        '<input name="n1" inputmode="numeric"><button>조회</button>',
    );
    expect(warned(track, 'https://track.parcel-co.example/')).toBe(false);
  });
});
