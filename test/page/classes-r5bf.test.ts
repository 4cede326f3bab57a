import { describe, expect, it } from 'vitest';
import { judgeSavedPage } from '../../cli/page';
import { compileLists } from '../../lib/domain/index';
import { bundledList } from '../../lib/lists/bundled';
import { koPage as page } from './helpers';
import { flaggedOrAtTyping } from './saved-set';

/**
 * Author BF's half (tune-bf, scored once on integ), taken by class (round page-r5-bf) with pages written apart from
 * it: the honest pages it flagged (by the verdict or at the first key into a secret box), each next to a kit of the
 * same shape that stays warned. `warned` is the browser's answer: flagged, or warned at typing.
 */
const lists = compileLists(bundledList);
const warned = (html: string, url: string) =>
  flaggedOrAtTyping(html, judgeSavedPage(html, url, lists).result).flagged;

describe('a school’s own sign-in (student or staff number) with a notice that names the brand', () => {
  const portal = (name: string, notice: string) =>
    page(
      `${name} 포털 로그인`,
      `<div class="top">${name} 포털 로그인</div><div class="box"><p class="notice">${notice}</p>` +
        '<input placeholder="학번 또는 교번"><input type="password" placeholder="비밀번호"><button>로그인</button></div>',
    );

  it('leaves the portal unwarned: the login is the school’s, the brand an event or a lecture’s subject', () => {
    const job = portal(
      '한빛과학기술대학교',
      '쿠팡 물류 인턴십 설명회(3/4, 본관) 참가 신청은 로그인 후 취업지원실에서 하세요.',
    );
    expect(warned(job, 'https://portal.hanbit-st.example.ac.kr/')).toBe(false);
    const cyber = portal(
      '누리사이버대학교',
      '[경영학과] 특강: Coupang 로켓배송의 물류 혁신 — 자료실은 로그인 후 이용',
    );
    expect(warned(cyber, 'https://lms.nuri-cyber.example.ac.kr/')).toBe(false);
  });

  it('still warns a kit that asks the brand’s login in the brand’s voice, with or without a student box', () => {
    const kit = page(
      '회원 확인',
      '<h1>회원 확인</h1><p>쿠팡 회원님, 유출 보상금을 받으시려면 쿠팡 로그인 후 신청하세요.</p>' +
        '<input placeholder="아이디"><input type="password" placeholder="비밀번호"><button>로그인</button>',
    );
    expect(warned(kit, 'https://reward-check.example/')).toBe(true);
  });
});

describe('a lesson’s mock form shown disabled', () => {
  const lesson = (box: string) =>
    page(
      '어르신 스마트폰 교실',
      `<h1>따라 해 보기: 수상한 화면 알아보기</h1><div class="mock"><p>쿠팡 보상 신청 — 카드번호를 입력하세요</p>${box}</div>` +
        '<p>이런 화면은 닫고 가족에게 물어보세요.</p>',
    );

  it('does not warn at typing on a box that takes no key', () => {
    expect(
      warned(lesson('<input disabled placeholder="입력 금지">'), 'https://class.silver.example.or.kr/4'),
    ).toBe(false);
  });

  it('still warns when the same box takes typing', () => {
    expect(warned(lesson('<input placeholder="카드번호">'), 'https://class.silver.example.or.kr/6')).toBe(
      true,
    );
  });
});

describe('a deal board’s post whose subject gives the price and the shipping term in shorthand', () => {
  const post = (subject: string) =>
    page(
      `[쿠팡] ${subject}`,
      '<div class="bar">알뜰구매 게시판</div><div style="text-align:right">아이디 <input size=8> 비번 <input type=password size=8>' +
        `<button>로그인</button></div><h2>[쿠팡] ${subject}</h2><p>링크: https://www.coupang.com/vp/products/5566</p>` +
        '<p>댓글: 저도 샀어요 가격 좋네요</p>',
    );

  it('leaves the post unwarned when the term closes the price, "(12,900원/와우 무료)"', () => {
    expect(warned(post('햇반 210g 36개 (12,900원/와우 무료)'), 'https://deal.alttle.example.com/b/77')).toBe(
      false,
    );
  });

  it('still warns a subject that offers a gift after the price', () => {
    expect(warned(post('고객 감사 10,000원 무료 쿠폰 지급'), 'https://deal-gift.example/b/1')).toBe(true);
  });
});

describe('an agency that says it is not the brand and has the reader hand over the brand’s account', () => {
  const agency = (line: string) =>
    page(
      '환급 대행',
      `<header><b>환급도우미</b></header><h1>유출 보상 대신 신청해 드립니다</h1><p>${line}</p>` +
        '<form><label>아이디</label><input name="u"><label>비밀번호</label><input name="p" type="password">' +
        '<button>대행 신청</button></form><p>※ 당사는 쿠팡㈜과 무관한 독립 서비스입니다.</p>',
    );

  it('warns when a sentence asks the brand’s account to be handed over', () => {
    expect(
      warned(
        agency('쿠팡 아이디와 비밀번호를 알려주시면 저희가 대신 처리합니다.'),
        'https://refund-helper.example/',
      ),
    ).toBe(true);
  });

  it('leaves a site’s own member login clean when its sentence names no brand account', () => {
    expect(
      warned(
        agency('회원 로그인 후 신청서를 보내주시면 담당자가 연락드립니다.'),
        'https://refund-helper.example/',
      ),
    ).toBe(false);
  });
});
