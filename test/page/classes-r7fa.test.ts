import { describe, expect, it } from 'vitest';
import { judgeSavedPage } from '../../cli/page';
import { compileLists } from '../../lib/domain/index';
import { bundledList } from '../../lib/lists/bundled';
import { koPage as page } from './helpers';
import { flaggedOrAtTyping } from './saved-set';

/**
 * Round page-r7-fa: an honest site has its own consistent identity — its name in the title, said again atop the page
 * or on its own box, spelled by its host — and asks for its own login; the brand sits in its sentences as what the
 * site works with (a market a tool reads, a store it syncs), never over the form. Each honest page (written apart
 * from the halves) is next to its kit twin: the same page whose form, heading or sentence claims the brand, which
 * stays warned. `warned` is the browser's answer: flagged, or warned at typing.
 */
const lists = compileLists(bundledList);
const warned = (html: string, url: string) =>
  flaggedOrAtTyping(html, judgeSavedPage(html, url, lists).result).flagged;

const tool = (head: string, box: string, line: string, note = '') =>
  page(
    '정산노트 로그인',
    `<h2>${head}</h2><p>${line}</p><input placeholder="${box}"><input type="password" placeholder="비밀번호">` +
      `<button>로그인</button>${note ? `<p>${note}</p>` : ''}`,
  );
const HOST = 'https://jeongsannote.example.com/login';

describe('a seller tool’s own sign-in, the brand the market it reads', () => {
  it('leaves the tool’s own login unwarned, at the page and at the first key', () => {
    const honest = tool(
      '정산노트',
      '정산노트 아이디',
      '쿠팡·11번가 주문 정산 자동 대사',
      '쿠팡 판매자 연동은 로그인한 뒤 환경설정에서 발급 키를 붙여 넣어 연결합니다.',
    );
    expect(warned(honest, HOST)).toBe(false);
  });

  it('still warns its kit twins: the brand over the form, on the box, or asking in a sentence', () => {
    // the form's heading claims the brand
    expect(
      warned(tool('쿠팡 판매자 로그인', '정산노트 아이디', '쿠팡·11번가 주문 정산 자동 대사'), HOST),
    ).toBe(true);
    // the box claims the brand's account
    expect(warned(tool('정산노트', '쿠팡 아이디', '쿠팡·11번가 주문 정산 자동 대사'), HOST)).toBe(true);
    // the sentence asks the reader for the brand's login
    expect(
      warned(
        tool('정산노트', '정산노트 아이디', '쿠팡 판매자 계정 확인을 위해 쿠팡 비밀번호를 입력해 주세요.'),
        HOST,
      ),
    ).toBe(true);
    // the page speaks in the brand's voice
    expect(
      warned(
        tool('정산노트', '정산노트 아이디', '쿠팡 판매자님, 정산 보류 해제를 위해 로그인 하세요.'),
        HOST,
      ),
    ).toBe(true);
  });

  it('does not let a made-up name the host does not spell stand for the page’s own', () => {
    const honestWords = tool(
      '정산노트',
      '정산노트 아이디',
      '쿠팡·11번가 주문 정산 자동 대사',
      '쿠팡 판매자 연동은 로그인한 뒤 환경설정에서 발급 키를 붙여 넣어 연결합니다.',
    );
    // the same page on a host that spells nothing of it is read as before
    const before = warned(honestWords, 'https://seller-sync-center.example/login');
    expect(before).toBe(true);
  });
});

const suit = (o: {
  title?: string;
  caption?: string;
  box?: string;
  button?: string;
  foot?: string;
  more?: string;
}) =>
  page(
    o.title ?? '함께소송 · 쿠팡 개인정보 손해배상',
    '<h2>쿠팡 개인정보 유출 공동소송 진행 현황</h2><p>1차 소장 접수 완료, 변론기일은 아직 잡히지 않았습니다.</p>' +
      `<h3>${o.caption ?? '참여자 로그인'}</h3><input type="email" placeholder="${o.box ?? '이메일'}">` +
      `<input type="password" placeholder="비밀번호">${o.more ?? ''}<button>${o.button ?? '로그인'}</button>` +
      `<p style="font-size:11px">${o.foot ?? '© 2026 함께소송 · 쿠팡 개인정보 손해배상'}</p>`,
  );
const SUIT = 'https://lawsuit-together.example.org/case/2026-cp';

describe('a platform under its own name whose subject is the brand, asking its members’ password', () => {
  it('leaves the members’ login unwarned: its name opens the title and signs the page, its form is its own', () => {
    expect(warned(suit({}), SUIT)).toBe(false);
  });

  it('still warns its kit twins: the brand over the form, on a box or a button, or more than a password asked', () => {
    expect(warned(suit({ caption: '쿠팡 회원 로그인' }), SUIT)).toBe(true);
    expect(warned(suit({ box: '쿠팡 아이디' }), SUIT)).toBe(true);
    expect(warned(suit({ button: '쿠팡 계정으로 로그인' }), SUIT)).toBe(true);
    expect(warned(suit({ title: '함께소송 · 쿠팡 로그인' }), SUIT)).toBe(true);
    expect(warned(suit({ more: '<input placeholder="카드번호">' }), SUIT)).toBe(true);
  });

  it('reads a title that opens with the brand as before, whatever name signs the footer', () => {
    expect(warned(suit({ title: '쿠팡 개인정보 손해배상 · 함께소송' }), SUIT)).toBe(true);
  });
});

const carrier = (warn: string, o: { caption?: string } = {}) =>
  page(
    '누리모바일 로그인',
    `<h2>${o.caption ?? '누리모바일'}</h2><input placeholder="휴대폰 번호"><input type="password" placeholder="비밀번호">` +
      `<button>로그인</button><div><b>이런 문자는 보내지 않습니다</b><br>${warn}</div>` +
      '<p>누리모바일 | 고객센터 114</p>',
  );
const CARRIER = 'https://www.nurimobile.example/login';

describe('a carrier’s own sign-in that quotes a scam text in the brand’s voice as a warning', () => {
  it('leaves the sign-in unwarned: the brand’s voice and the lure are only inside the quotation marks', () => {
    const honest = carrier(
      '“[쿠팡] 고객님 주문 취소 환불 지연. 계좌 확인 바랍니다 hxxp://…” 누리모바일은 문자로 비밀번호를 묻지 않습니다.',
    );
    expect(warned(honest, CARRIER)).toBe(false);
  });

  it('still warns its kit twins: the voice outside the quotes, or the brand over the form', () => {
    expect(warned(carrier('“배송 안내” 쿠팡 고객님 주문 취소 환불 지연. 계좌 확인 바랍니다.'), CARRIER)).toBe(
      true,
    );
    expect(
      warned(
        carrier('“[쿠팡] 고객님 주문 취소 환불 지연. 계좌 확인 바랍니다 hxxp://…”', {
          caption: '쿠팡 회원 로그인',
        }),
        CARRIER,
      ),
    ).toBe(true);
  });
});
