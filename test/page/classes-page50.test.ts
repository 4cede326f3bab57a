import { describe, expect, it } from 'vitest';
import { koPage as page, verdictOf as verdict } from './helpers';

/**
 * Round page50 (tune-ar's false alarms and misses), taken by class with pages written apart from the corpus: a
 * site named in common words at the end of its title that files its company under that name, a public body's page
 * that names the brand's service as one case of the kind it handles, and the brand's name written so no search
 * finds it — letters typed one by one with spaces, character codes in hexadecimal, its initials before a
 * service's name. Next to each, the kit of the same shape (caught) and the honest page (clean).
 */

describe("a site named in common words at its title's end that files its company under that name", () => {
  const mall = (top: string, box: string, firm: string) =>
    page(
      '쿠팡 구매 3% 적립 | 캐시쇼핑',
      `${top}<div><h1>쿠팡에서 사면 3%가 캐시쇼핑 적립금으로</h1><p>캐시쇼핑에서 쿠팡으로 건너가 구매하시면 ` +
        '구매확정 후 적립금이 쌓입니다.</p><div><b>캐시쇼핑 회원 로그인</b><input placeholder="아이디">' +
        `<input type="password" placeholder="${box}"><button>로그인하고 쇼핑하기</button></div>` +
        `<p>${firm} · 사업자등록번호 305-87-11920 · 대표 오세린</p></div>`,
    );

  it('leaves its own members sign-in clean', () => {
    expect(
      verdict(mall('', '캐시쇼핑 비밀번호', '(주)캐시쇼핑'), 'https://www.cashshopping.example/go/cp'),
    ).toBe('clean');
  });

  it("flags the same page under the brand's logo asking the brand's password", () => {
    const logo = '<header><img src="/img/coupang_logo.png" alt="쿠팡"></header>';
    expect(
      verdict(mall(logo, '쿠팡 비밀번호', '(주)캐시쇼핑'), 'https://www.cashshopping.example/go/cp'),
    ).toBe('suspicious-page');
  });

  it("flags it where the box asks the brand's password, or the company line files under another name", () => {
    const url = 'https://www.cashshopping.example/go/cp';
    expect(verdict(mall('', '쿠팡 비밀번호', '(주)캐시쇼핑'), url)).toBe('suspicious-page');
    expect(verdict(mall('', '캐시쇼핑 비밀번호', '(주)한결데이터'), url)).toBe('suspicious-page');
  });
});

describe("a public body's page naming the brand's service as one case of the kind it handles", () => {
  const customs = (title: string, head: string, line: string) =>
    page(
      title,
      `<div><h2>${head}</h2><p>${line}</p><input placeholder="성명"><input placeholder="주민등록번호">` +
        '<input placeholder="휴대전화"><button>본인인증 후 신청</button></div>',
    );

  it('leaves the issuing page clean', () => {
    expect(
      verdict(
        customs(
          '통관번호 신청 | 관세청 전자통관',
          '통관번호 신규 신청',
          '해외 쇼핑몰 구매(로켓직구 포함) 때 물품을 받으려면 이 번호가 필요합니다.',
        ),
        'https://portal.customs-gate.example/apply',
      ),
    ).toBe('clean');
  });

  it("flags the same ask under the brand's name", () => {
    expect(
      verdict(
        customs(
          '쿠팡 로켓직구 통관번호 등록',
          '쿠팡 로켓직구 통관번호 등록',
          '로켓직구 주문이 통관 보류되었습니다. 본인 확인 후 통관번호를 다시 등록해 주세요.',
        ),
        'https://rocket-customs.example/',
      ),
    ).toBe('suspicious-page');
  });
});

describe('the brand written letter by letter with spaces', () => {
  it('flags a door-code page that names it so', () => {
    const html = page(
      '현관 출입번호 갱신',
      '<h2>출입번호 갱신</h2><p>ㅋ.ㅜ.ㅍ.ㅏ.ㅇ 배송 시스템 점검으로 저장된 현관 번호가 초기화되었습니다. 문앞 배송을 ' +
        '받으시려면 다시 입력해 주세요.</p><p>건물 출입 번호 <input name="entry"></p><p>주소 <input name="addr">' +
        '</p><p>연락처 <input name="tel"></p><button>저장</button>',
    );
    expect(verdict(html, 'https://entry-renew.example/')).toBe('suspicious-page');
  });

  it("leaves a reader's laughter beside the plain name clean", () => {
    const html = page(
      '택배 기다리는 중',
      '<h2>오늘의 일기</h2><p>쿠팡 새벽배송 시켰는데 아직 안 옴 ㅋ ㅋ ㅠ ㅠ 내일은 오겠지 ㅎ ㅎ</p>' +
        '<p>댓글 <textarea></textarea><button>등록</button></p>',
    );
    expect(verdict(html, 'https://diary.example/post/12')).toBe('clean');
  });
});

describe("the brand written in a script's hexadecimal character codes", () => {
  const track = (codes: string) =>
    page(
      '배송 조회',
      '<h1 id="t"></h1><p>주소지 불명으로 반송 대기 중입니다. 보관료 3,000원을 아래 계좌로 입금해 주세요.</p>' +
        '<p>국민은행 402-118-552301 예금주 배송지원센터</p><input placeholder="입금자명">' +
        `<input placeholder="주소"><button>입금 완료</button><script>document.getElementById('t').textContent=` +
        `String.fromCharCode(${codes})+' 택배 조회';</script>`,
    );

  it('flags the page whose heading a script spells as the brand', () => {
    expect(verdict(track('0xCFE0, 0xD321'), 'https://parcel-check.example/r/1')).toBe('suspicious-page');
  });

  it("leaves a script that spells another firm's name alone", () => {
    // (누리 in hexadecimal: the same code path, no brand)
    const html = page(
      '누리몰 주문 조회',
      '<h1 id="t"></h1><p>주문하신 상품이 출고되었습니다.</p><script>document.getElementById(\'t\').textContent=' +
        "String.fromCharCode(0xB204,0xB9AC)+'몰 주문 조회';</script>",
    );
    expect(verdict(html, 'https://nurimall.example/order')).toBe('clean');
  });
});

describe("the brand's initials before a service's name", () => {
  it('flags a refund page that names the service so', () => {
    const html = page(
      '이중결제 환급',
      '<h3>ㅋ-ㅍ 페이 이중결제 금액 환급</h3><p>11월 결제 23,400원이 두 번 승인되어 차액을 돌려드립니다.</p>' +
        '<input placeholder="성명"><input placeholder="주민번호 13자리"><input placeholder="은행명">' +
        '<input placeholder="입금받을 계좌"><button>환급 받기</button>',
    );
    expect(verdict(html, 'https://eats-return.example/')).toBe('suspicious-page');
  });

  it('leaves the same letters that mean another word, and a reader talking about the service, clean', () => {
    expect(
      verdict(
        page(
          'ㅋㅍ링 추천',
          '<h2>ㅋㅍ링 추천 (커플링)</h2><p>은반지로 맞췄어요 ㅋㅋ 가격은 두 개에 9만원.</p>',
        ),
        'https://blog.example/ring',
      ),
    ).toBe('clean');
    expect(
      verdict(
        page(
          '요즘 본 드라마',
          '<h2>ㅋㅍ플레이 드라마 추천</h2><p>주말에 몰아봤는데 재밌었어요 ㅎㅎ</p><textarea></textarea><button>댓글</button>',
        ),
        'https://blog.example/drama',
      ),
    ).toBe('clean');
  });
});

describe('an account number handed out as a code to paste into a transfer', () => {
  const clip = (title: string, button: string, copied: string, line: string) =>
    page(
      title,
      `<div><h3>${title}</h3><p>${line}</p><button onclick="navigator.clipboard.writeText('${copied}')">` +
        `${button}</button><p>붙여넣기가 안 되면 고객센터로 문의하세요.</p></div>`,
    );

  it("flags the brand's refund page whose code is an account to send money to", () => {
    const html = clip(
      '쿠팡 보상금 인증 코드',
      '인증코드 복사',
      '1002-447-190213',
      '복사한 코드를 은행 앱의 입금 계좌 자리에 붙여넣고 10원을 송금하시면 보상금 계좌가 확인됩니다.',
    );
    expect(verdict(html, 'https://reward-code.example/')).toBe('suspicious-page');
  });

  it("leaves a shop's own copy-the-account button clean", () => {
    const html = clip(
      '무통장 입금 안내 | 나래상회',
      '계좌번호 복사',
      '1002-447-190213',
      '쿠팡 대신 나래상회에서 직접 주문하셨다면 복사한 계좌번호를 받는 계좌 칸에 붙여넣고 입금해 주세요.',
    );
    expect(verdict(html, 'https://narae.example/pay')).toBe('clean');
  });
});

describe('a code to scan that carries an account "re-verification" to the phone under a suspension threat', () => {
  const qr = (head: string, threat: string) =>
    page(
      '휴대폰에서 계속하기',
      `<div><h2>${head}</h2><img src="/qr/x81.png" alt="QR 코드"><p>휴대폰 카메라로 QR을 스캔하세요. ` +
        `휴대폰에서만 인증 가능합니다.</p><p>${threat}</p></div>`,
    );

  it('flags it when the brand is the account', () => {
    expect(
      verdict(
        qr('쿠팡 회원 확인은 모바일에서 이어집니다', '48시간 안에 확인하지 않으면 아이디가 정지됩니다.'),
        'https://m-continue.example/',
      ),
    ).toBe('suspicious-page');
  });

  it("leaves a bank's app hand-off under its own name clean", () => {
    expect(
      verdict(
        page(
          '한빛은행 | 모바일로 계속',
          '<header>한빛은행</header><h2>한빛은행 비대면 계좌개설은 모바일에서</h2><img src="/qr/app.png" alt="QR">' +
            '<p>휴대폰 카메라로 QR을 스캔하세요. 휴대폰에서만 진행 가능합니다.</p><p>장기 미사용 계정은 이용이 제한될 수 ' +
            '있습니다.</p><footer>(주)한빛은행 · 사업자등록번호 110-81-22019</footer>',
        ),
        'https://www.hanbitbank.example/app',
      ),
    ).toBe('clean');
  });
});

describe('a code the page says it sent for the brand account’s errand', () => {
  it('flags the box that takes it back', () => {
    const html = page(
      '로그인 확인',
      '<h3>새 기기 로그인 확인</h3><p>쿠팡 회원님의 안전한 이용을 위하여 휴대폰으로 인증번호를 발송했습니다. 문자의 ' +
        '인증번호 6자리를 아래에 적어 주세요.</p><input placeholder="휴대폰 번호"><input placeholder="인증번호">' +
        '<button>확인</button>',
    );
    expect(verdict(html, 'https://device-check.example/')).toBe('suspicious-page');
  });

  it("leaves a shop's own sign-up code page clean", () => {
    const html = page(
      '회원가입 | 들꽃마켓',
      '<header>들꽃마켓</header><h3>이메일 인증</h3><p>쿠팡처럼 편하게, 들꽃마켓 가입을 위해 이메일로 인증코드를 ' +
        '보냈습니다. 메일의 인증코드를 입력하세요.</p><input placeholder="이메일"><input placeholder="인증코드">' +
        '<button>확인</button><footer>(주)들꽃마켓 · 사업자등록번호 220-86-30112</footer>',
    );
    expect(verdict(html, 'https://www.deulkkot.example/join')).toBe('clean');
  });
});

describe('a streaming service named by its bare word in an English title', () => {
  it("flags the brand's billing page whose title says only the service's word and what the page does", () => {
    const html = page(
      'Play | Subscription',
      '<h2>쿠팡플레이 구독 갱신이 보류되었습니다</h2><p>오늘 안에 결제 정보를 다시 입력하지 않으면 재생이 멈춥니다.</p>' +
        '<input placeholder="카드 번호"><input placeholder="유효기간"><input placeholder="CVC"><button>저장</button>',
    );
    expect(verdict(html, 'https://play-renew.example/')).toBe('suspicious-page');
  });
});
