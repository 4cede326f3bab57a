import { describe, expect, it } from 'vitest';
import { judgeSavedPage } from '../../cli/page';
import { compileLists } from '../../lib/domain/index';
import { bundledList } from '../../lib/lists/bundled';
import { koPage as page } from './helpers';
import { flaggedOrAtTyping } from './saved-set';

/**
 * Round page-r8-fa: a public body's own service on the government's hosts names the brand only as the cause of the
 * request (the leak that makes a resident change a number, the shop a record came from). The brand is on no box,
 * heading or button and speaks in no sentence; the host is one no kit can hold. Each honest page (written apart from
 * the halves) sits next to its kit twins — the same page on a host of anyone's, or with the brand over its form or in
 * its voice — which stay warned. `warned` is the browser's answer: flagged, or warned at typing.
 */
const lists = compileLists(bundledList);
const warned = (html: string, url: string) =>
  flaggedOrAtTyping(html, judgeSavedPage(html, url, lists).result).flagged;

const renumber = (head: string, line: string) =>
  page(
    '정부24 - 주민등록번호 변경 신청',
    `<div class="hd">정부24</div><div class="w"><h2>${head}</h2><div class="nt">${line}</div>` +
      '<div class="f"><b>신청하시는 분</b><br><input placeholder="이름"> <input placeholder="주민등록번호"><br>' +
      '<input placeholder="주소"> <input placeholder="휴대전화"><br><button>간편인증으로 신청하기</button></div></div>',
  );
const CAUSE =
  '번호가 새어 나가 재산 피해가 걱정되면 위원회 심사를 거쳐 새 번호를 받을 수 있습니다. ' +
  '쇼핑몰 정보 유출(예: 쿠팡) 피해라면 유출 항목에 이 번호가 들어 있었는지 먼저 살펴보세요.';

describe('a public body’s own application on its own host, the brand only the cause', () => {
  it('leaves the body’s form unwarned on gov.kr and on a .go.kr body, at the page and at the first key', () => {
    const honest = renumber('주민등록번호 변경 신청', CAUSE);
    expect(warned(honest, 'https://www.gov.kr/mw/change/rrn')).toBe(false);
    expect(warned(honest, 'https://minwon.mois.go.kr/apply/rrn')).toBe(false);
  });

  it('still warns its kit twins: another host, the brand over the form, or its voice', () => {
    // the same page on a host anyone can register
    expect(warned(renumber('주민등록번호 변경 신청', CAUSE), 'https://gov24-minwon.com/mw/change/rrn')).toBe(
      true,
    );
    // the brand heads the form
    expect(
      warned(renumber('쿠팡 유출 피해자 주민등록번호 변경 신청', CAUSE), 'https://www.gov.kr/mw/change/rrn'),
    ).toBe(true);
    // a sentence speaks as the brand
    expect(
      warned(
        renumber(
          '주민등록번호 변경 신청',
          '쿠팡 고객센터입니다. 유출 피해 보상을 위해 아래 정보를 입력해 주세요.',
        ),
        'https://www.gov.kr/mw/change/rrn',
      ),
    ).toBe(true);
  });
});

/**
 * A residents' service asks its own account, kept by the unit (building "동", unit "호", a password), and at most the
 * lobby code it changes; the brand is only the cause (the leak that exposed codes saved for deliveries) or a scam
 * line it quotes. Its kit twins put the brand over the form, on a box, or in a sentence that asks the reader.
 */
const lobby = (head: string, line: string, box = '새 현관 번호') =>
  page(
    '햇살마을 입주민 공지',
    `<div class="w"><h2>${head}</h2><p>${line}</p>` +
      `<div class="lg"><b>입주민 확인</b> 동 <input size="4"> 호 <input size="4"> 비밀번호 <input type="password" size="8">` +
      ` <input placeholder="${box}"> <button>변경 신청</button></div>` +
      '<p>※ 관리실은 전화로 번호를 묻지 않습니다. "택배 기사인데 현관 번호 좀 알려 주세요" 같은 문자는 무시하십시오.</p></div>',
  );
const LEAK =
  '지난달 쿠팡 회원정보 유출로 배송 메모에 적어 둔 현관 번호가 퍼졌을 수 있어 단지 현관 번호를 새로 정합니다.';
const APT = 'https://haessal-village.example.com/notice/88';

describe('a residents’ service’s own sign-in by unit, the brand only the cause', () => {
  it('leaves the residents’ form unwarned, at the page and at the first key', () => {
    expect(warned(lobby('현관 번호 일괄 변경 안내', LEAK), APT)).toBe(false);
  });

  it('still warns its kit twins: the brand over the form, on a box, or asking the reader', () => {
    expect(warned(lobby('쿠팡 배송 출입 정보 등록', LEAK), APT)).toBe(true);
    expect(warned(lobby('현관 번호 일괄 변경 안내', LEAK, '쿠팡 배송용 현관 번호'), APT)).toBe(true);
    expect(
      warned(
        lobby(
          '현관 번호 일괄 변경 안내',
          '쿠팡 로켓배송 기사 출입을 위해 동·호와 현관 번호를 입력해 주세요.',
        ),
        APT,
      ),
    ).toBe(true);
  });
});
