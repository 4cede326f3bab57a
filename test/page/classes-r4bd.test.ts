import { describe, expect, it } from 'vitest';
import { koPage as page, scanHtml as scan } from './helpers';

/**
 * Author BD's half (tune-bd, scored once while frozen), taken by class (round page-r4-bd) with pages written apart
 * from it: the honest pages it flagged, each next to the kit of the same shape that stays caught.
 */
const verdict = (html: string, url?: string) => scan(html, url).verdict;

describe('the brand’s pay service as one choice of a drop-down list beside others', () => {
  const form = (options: string, title = '월 회비 결제수단 변경') =>
    page(
      title,
      `<div>한결헬스 · 회원관리</div><h3>${title}</h3><p>결제수단 <select>${options}</select></p>` +
        '<input placeholder="카드번호"><input placeholder="유효기간 MM/YY"><button>변경하기</button>',
    );

  it('leaves a gym’s card-change form clean: the brand is one way to pay among others', () => {
    const honest = form(
      '<option>체크카드</option><option>무통장입금</option><option>쿠팡페이 (간편결제)</option>',
    );
    expect(verdict(honest, 'https://my.hangyeol-gym.example/pay')).toBe('clean');
  });

  it('flags the same form whose list offers only the brand’s own services', () => {
    const kit = form(
      '<option>쿠팡</option><option>쿠팡이츠</option><option>쿠팡플레이</option>',
      '결제 차단 해제',
    );
    expect(verdict(kit, 'https://pay-unlock.example/')).toBe('suspicious-page');
  });
});

describe('a request in quotes reported as a call someone got, "\'…\'는 전화를 받았어요"', () => {
  const faq = (heading: string, line: string) =>
    page(
      '자주 묻는 질문',
      `<h2>${heading}</h2><p>${line}</p><h3>명의보호 알림 신청</h3>` +
        '<input placeholder="이름"><input placeholder="휴대폰 번호"><input placeholder="인증번호 6자리"><button>신청</button>',
    );

  it('leaves a carrier’s FAQ clean: the caller’s words, and the brand one a caller claims to be', () => {
    const honest = faq(
      '‘쿠팡에서 보낸 인증번호를 불러달라’는 전화가 왔어요',
      '인증번호는 직접 쓰는 화면에만 넣으세요. 쿠팡 직원이나 은행원을 자처하는 사람에게 불러주면 안 됩니다.',
    );
    expect(verdict(honest, 'https://help.hanul-mobile.example/faq/12')).toBe('clean');
  });

  it('flags the page that asks for the code the brand sent in its own words', () => {
    const kit = faq('본인 확인', '쿠팡에서 보낸 인증번호 6자리를 아래에 입력해 주세요.');
    expect(verdict(kit, 'https://verify-desk.example/')).toBe('suspicious-page');
  });
});

describe('the scam’s messages shown in quotes under a warning’s short line', () => {
  const tracking = (list: string) =>
    page(
      '배송조회',
      '<div>배송조회 서비스</div><input placeholder="운송장번호"><button>조회</button>' +
        `${list}<p>저희는 문자 링크로 결제를 요구하지 않습니다. 문의 1588-2580</p>`,
    );

  it('leaves a courier’s tracking page clean: the quoted lines are examples of the scam', () => {
    const honest = tracking(
      '<p>이런 문자 조심하세요</p><ul><li>"택배 주소 오류, 아래 링크에서 수정"</li>' +
        '<li>"쿠팡 로켓배송 물품 보관 중, 보관료 결제 바랍니다"</li></ul>',
    );
    expect(verdict(honest, 'https://www.hangil-parcel.example/track')).toBe('clean');
  });

  it('flags the page that says the same in its own voice and takes a card', () => {
    const kit = page(
      '배송 안내',
      '<p>쿠팡 로켓배송 상품 반송 예정, 재배송비를 결제해 주세요.</p>' +
        '<input placeholder="카드번호"><input placeholder="유효기간"><input placeholder="CVC"><button>결제</button>',
    );
    expect(verdict(kit, 'https://redelivery-fee.example/')).toBe('suspicious-page');
  });
});

describe('a comment box of a nickname and a password labelled as the comment’s', () => {
  const review = (box: string) =>
    page(
      '쿠팡이츠 떡볶이 주문 후기',
      '<svg width="100" height="24"><text y="18" font-size="18" fill="#00b0e6">쿠팡이츠</text></svg>' +
        '<h3>쿠팡이츠로 시킨 떡볶이 솔직 후기</h3><p>와우 회원이라 배달비 없이 받았어요. 맛은 보통이었어요.</p>' +
        `<p>댓글 남기기 ${box}<button>등록</button></p>`,
    );

  it('leaves the blog’s review clean', () => {
    const honest = review('<input placeholder="닉네임"><input type="password" placeholder="댓글 비밀번호">');
    expect(verdict(honest, 'https://blog.tteok-diary.example/post/88')).toBe('clean');
  });

  it('flags the same page whose password box is the brand’s account', () => {
    const kit = review(
      '<input placeholder="쿠팡 아이디"><input type="password" placeholder="쿠팡 비밀번호">',
    );
    expect(verdict(kit, 'https://blog.tteok-diary.example/post/88')).toBe('suspicious-page');
  });
});
