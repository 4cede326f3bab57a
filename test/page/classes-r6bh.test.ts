import { describe, expect, it } from 'vitest';
import { judgeSavedPage } from '../../cli/page';
import { compileLists } from '../../lib/domain/index';
import { bundledList } from '../../lib/lists/bundled';
import { koPage as page } from './helpers';
import { flaggedOrAtTyping } from './saved-set';

/**
 * Author BH's half (tune-bh, scored once on integ), taken by class (round page-r6-bh) with pages written apart from
 * it: the honest pages it flagged, each next to a kit of the same shape that stays warned, and a miss's class caught.
 * `warned` is the browser's answer: flagged, or warned at the first key into a secret box.
 */
const lists = compileLists(bundledList);
const warned = (html: string, url: string) =>
  flaggedOrAtTyping(html, judgeSavedPage(html, url, lists).result).flagged;

describe('a newsletter box whose own words name an e-mail, under a sentence about card numbers', () => {
  const deals = (box: string) =>
    page(
      '쿠팡 특가 알림 모음',
      '<h2>쿠팡 특가 알림 모음</h2><p>로켓와우 회원 전용 쿠폰 3,000원 — 쿠팡 앱에서 받기</p>' +
        `<p>※ 할인을 미끼로 카드번호를 요구하면 사기예요.</p>${box}<button>신청</button>`,
    );

  it('leaves the deals page unwarned: the box takes an e-mail address', () => {
    expect(
      warned(
        deals('<input placeholder="이메일 주소로 특가 알림 받기">'),
        'https://alerts.saleboard.example/cp',
      ),
    ).toBe(false);
  });

  it('still warns the same page whose box says nothing of itself (the card the sentence names)', () => {
    expect(
      warned(
        page(
          '쿠팡 와우 쿠폰 지급',
          '<h2>쿠팡 와우 쿠폰 지급</h2><p>쿠폰 등록을 위해 결제카드 번호를 입력하세요.</p><input><button>등록</button>',
        ),
        'https://alerts.saleboard.example/cp',
      ),
    ).toBe(true);
  });
});

describe('a suit’s members’ sign-in: the line over its boxes shows the reader’s own part', () => {
  const suit = (line: string, id = '이메일') =>
    page(
      '모두의소송 | 쿠팡 개인정보 소송',
      `<h2>쿠팡 개인정보 유출 공동소송</h2><p>원고 52,117명 모집 · 2차 소장 제출 예정</p><h4>${line}</h4>` +
        `<input placeholder="${id}"><input type="password" placeholder="비밀번호"><button>로그인</button>`,
    );

  it('leaves the platform’s login unwarned', () => {
    expect(warned(suit('로그인 후 내 소송 진행상황 확인'), 'https://www.modu-sosong.example/c/cp')).toBe(
      false,
    );
  });

  it('still warns when the boxes take the brand’s own login', () => {
    expect(
      warned(suit('로그인 후 내 소송 진행상황 확인', '쿠팡 아이디'), 'https://www.modu-sosong.example/c/cp'),
    ).toBe(true);
  });
});

describe('a site named first in a two-piece title, its page after the bar', () => {
  const door = (title: string) =>
    page(
      title,
      '<h2>현관 출입 설정</h2><p>한빛마을 3단지 · 입주민 확인됨</p>' +
        '<p>쿠팡 유출 사고 이후 출입번호 변경 요청이 늘었습니다. 관리소 확인 후 적용됩니다.</p>' +
        '<input placeholder="변경할 출입번호 (숫자 4~8자리)"><button>변경 신청</button>',
    );

  it('leaves an apartment system’s door-code page unwarned', () => {
    expect(warned(door('우리집온 | 공동현관 비밀번호 변경'), 'https://app.urizipon.example.co.kr/door')).toBe(
      false,
    );
  });

  it('still warns the same page with no name in its title', () => {
    expect(warned(door('공동현관 비밀번호 변경'), 'https://app.urizipon.example.co.kr/door')).toBe(true);
  });
});

describe('an insurer’s quote form: name, birth date and phone under a premium’s button', () => {
  const quote = (button: string) =>
    page(
      '정보유출 안심보험',
      '<h3>개인정보 유출 피해 보상 보험</h3><p>쿠팡 유출 사고 뒤 문의가 늘었습니다. 월 3,100원부터.</p>' +
        `<input placeholder="성명"><input placeholder="생년월일 6자리"><input placeholder="휴대폰 번호"><button>${button}</button>`,
    );

  it('leaves the quote form unwarned', () => {
    expect(warned(quote('내 보험료 계산하기'), 'https://direct.hanul-ins.example.co.kr/leak')).toBe(false);
  });

  it('still warns the same boxes under a payout’s button', () => {
    expect(warned(quote('보상금 조회'), 'https://direct.hanul-ins.example.co.kr/leak')).toBe(true);
  });
});

describe('an explainer’s office line: a question headline, a caution, "상담 예약: 02-…"', () => {
  const post = (head: string, caution: string) =>
    page(
      head,
      `<article><h2>${head}</h2><p>예전 유출 판결에서 위자료는 수만 원 수준이었습니다. ${caution}</p>` +
        '<p>상담 예약: 02-6080-1234</p></article>',
    );

  it('leaves a lawyer’s post unwarned', () => {
    expect(
      warned(
        post(
          '쿠팡 유출 위자료, 언제 얼마나 받을 수 있을까',
          '보상금을 준다며 통장 사본을 받는 곳은 피하세요.',
        ),
        'https://blog.bae-law.example.kr/31',
      ),
    ).toBe(false);
  });

  it('still warns the number under a lure’s headline', () => {
    expect(
      warned(
        post('쿠팡 유출 보상금 지급 대상입니다', '오늘 안에 상담하지 않으면 지급이 취소됩니다.'),
        'https://blog.bae-law.example.kr/31',
      ),
    ).toBe(true);
  });
});

describe('a chat that asks the phone’s number in shorthand, "폰번호"', () => {
  const chat = (line: string) =>
    page(
      '쿠팡 상담톡',
      '<p>쿠팡 상담톡 (공식)</p><div class="msg">고객님 계정에서 해외 결제가 시도되었습니다.</div>' +
        `<div class="msg">${line}</div><input placeholder="메시지 입력"><button>전송</button>`,
    );

  it('warns when the agent asks name, birth date, carrier and phone', () => {
    expect(
      warned(chat('확인을 위해 성함/생년월일/통신사/폰번호 적어주세요.'), 'https://cs-talk.example/'),
    ).toBe(true);
  });

  it('leaves a chat unwarned that asks only the order number', () => {
    expect(warned(chat('확인을 위해 주문번호만 적어주세요.'), 'https://cs-talk.example/')).toBe(false);
  });
});
