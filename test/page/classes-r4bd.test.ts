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

describe('a listed company’s quote as the heading, "(NYSE: CPNG) 21.34 ▼0.93"', () => {
  const quote = (heading: string) =>
    page(
      'CPNG 시세',
      `<h2>${heading}</h2><ul><li>쿠팡, 개인정보 유출 여파로 주가 약세</li><li>Coupang shares slide after data breach report</li></ul>` +
        '<p>주문하려면 로그인 <input placeholder="아이디"><input type="password" placeholder="비밀번호"><input placeholder="OTP 번호"><button>로그인</button></p>',
    );

  it('leaves a broker’s quote page clean', () => {
    expect(
      verdict(
        quote('Coupang, Inc. (NYSE: CPNG) 22.10 ▲0.45 (+2.1%)'),
        'https://stock.hanbit-sec.example/q/CPNG',
      ),
    ).toBe('clean');
  });

  it('flags the same boxes under the brand’s own sign-in heading', () => {
    expect(verdict(quote('쿠팡 로그인'), 'https://stock.hanbit-sec.example/q/CPNG')).toBe('suspicious-page');
  });
});

describe('a developers’ guide to the brand’s pay service, over the calls it shows in code', () => {
  const guide = (title: string, code: string) =>
    page(
      title,
      `<h2>${title}</h2><p>쿠팡페이는 가맹 계약 후 발급된 키로 호출합니다.</p><pre>${code}</pre>` +
        '<p>테스트용 카드번호 5555-4444-3333-1111</p><p>대시보드 로그인 <input placeholder="email"> <input type="password"> <button>로그인</button></p>',
    );

  it('leaves the payment vendor’s docs clean: the masked box is the dashboard’s sign-in', () => {
    const honest = guide(
      '쿠팡페이 결제 연동 가이드',
      'PayKit.requestPay({ channel: "coupangpay", amount: 1000 })',
    );
    expect(verdict(honest, 'https://docs.paykit.example/ko/coupangpay')).toBe('clean');
  });

  it('flags a card form under the same title that shows no code', () => {
    const kit = page(
      '쿠팡페이 결제 연동 가이드',
      '<h2>쿠팡페이 결제 연동 가이드</h2><p>쿠팡페이 결제 확인을 위해 카드 정보를 입력하세요.</p>' +
        '<input placeholder="카드번호"><input placeholder="유효기간"><input placeholder="CVC"><button>확인</button>',
    );
    expect(verdict(kit, 'https://docs.paykit.example/ko/coupangpay')).toBe('suspicious-page');
  });
});

describe('a chat desk whose title is said again as its heading, the brand only as the one impersonated', () => {
  const chat = (title: string) =>
    page(
      title,
      `<h3>${title}</h3><div>상담원: 소액결제 차단 문의시군요. 본인 확인을 위해 명의자 생년월일을 입력해 주세요.</div>` +
        '<input placeholder="생년월일 6자리"><button>확인</button>' +
        '<div>쿠팡 사칭 문자로 인증번호를 입력해 소액결제 피해가 생겼다면 이의신청을 이용하세요.</div>',
    );

  it('leaves a carrier’s chat clean', () => {
    expect(verdict(chat('LG유플 채팅상담'), 'https://chat.uplus-help.example/cs')).toBe('clean');
  });

  it('flags the same chat under the brand’s own desk name', () => {
    expect(verdict(chat('쿠팡 채팅상담'), 'https://chat.uplus-help.example/cs')).toBe('suspicious-page');
  });
});

describe('kits this half found (round page-r4-bd)', () => {
  it('flags a chat that asks the text code "just received" for the brand’s account', () => {
    const kit = page(
      'Help Chat',
      '<h3>Support · live chat</h3><div>상담원: 쿠팡 계정 잠금 해제를 위해 방금 받은 문자 인증번호를 보내주세요.</div>' +
        '<input placeholder="010-"><input placeholder="SMS 코드"><button>보내기</button>',
    );
    expect(verdict(kit, 'https://help-live.example/chat')).toBe('suspicious-page');
  });

  it('leaves a chat that tells never to share that code clean', () => {
    const honest = page(
      'KT 채팅상담',
      '<h3>KT 채팅상담</h3><div>상담원: 쿠팡 사칭 문자로 받은 인증번호는 누구에게도 알려주지 마세요.</div>' +
        '<input placeholder="생년월일"><button>확인</button>',
    );
    expect(verdict(honest, 'https://talk.kt-help.example/cs')).toBe('clean');
  });

  it('flags a prize that wants a guarantee paid in points first', () => {
    const kit = page(
      '체험단 선정',
      '<h2>쿠팡 체험단 선정 안내</h2><p>갤럭시 워치 체험단에 당첨되셨습니다. 보증 포인트 19,000원 입금 확인 후 발송됩니다.</p>' +
        '<input placeholder="이름"><input placeholder="주소"><input placeholder="입금자명"><button>입금 완료</button>',
    );
    expect(verdict(kit, 'https://review-team.example/win')).toBe('suspicious-page');
  });

  it('flags a page written by its script from char codes shifted by a constant', () => {
    const text = '쿠팡 배송 보류: 공동현관 출입번호를 입력하세요';
    const codes = [...text].map((c) => c.charCodeAt(0) + 5).join(',');
    const kit = page(
      '',
      `<main id="m"></main><script>var q=[${codes}];m.innerHTML='<h2>'+String.fromCharCode(...q.map(function(c){return c-5}))+'</h2><input placeholder="출입번호"><button>확인</button>'</script>`,
    );
    expect(verdict(kit, 'https://parcel-hold.example/')).toBe('suspicious-page');
  });
});
