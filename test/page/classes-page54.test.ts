import { describe, expect, it } from 'vitest';
import { codesOf, koPage as page, verdictOf as verdict } from './helpers';

/**
 * Round page54 (issue #11: lure classes tune-as and tune-at kept missing), taken by class with pages written apart
 * from the corpus: a phone package handed to the brand's smishing victims by a page with no name of its own, fake
 * public bodies over the brand's leak, one-time codes relayed to the brand, and older leftovers (a box read by the
 * document's head, a wizard's steps shown by a built id, a WebSite's name in structured data, an account desk named
 * in the description, an APK's extension given its dot by the script). Next to each, the honest page of the kind.
 */

describe('a phone package for the brand’s smishing victims, handed out by a page with no name of its own', () => {
  const blocker = (title: string, top: string, file: string) =>
    page(
      title,
      `${top}<h1>쿠팡 배송 사칭 문자 막는 앱</h1><p>쿠팡 사칭 스미싱이 늘고 있습니다. 차단 앱을 받아 두시면 ` +
        `의심 문자를 알려 드립니다.</p><a href="/dl/${file}" download>지금 받기</a>`,
    );

  it("leaves a security firm's own app page, under its name, clean", () => {
    expect(
      verdict(
        blocker(
          '문자방패 - 스미싱 차단 앱 | 문자방패',
          '<header><b>문자방패</b></header>',
          'munjabangpae-2.1.apk',
        ),
        'https://www.munjabangpae.example/',
      ),
    ).toBe('clean');
  });

  it('flags the same offer from a page that names only the brand', () => {
    expect(verdict(blocker('스미싱 차단', '', 'blocker_setup.apk'), 'https://block-sms.example/')).toBe(
      'suspicious-page',
    );
  });

  it('flags a public body worn atop, the brand only in the opening line, the APK built by script', () => {
    const html = page(
      '한국인터넷진흥원 스미싱 감염 점검',
      '<h1>한국인터넷진흥원 스미싱 감염 점검</h1><p>쿠팡 사칭 문자를 받으셨다면 감염 여부를 점검하세요.</p>' +
        "<button onclick=\"location.href='/chk/'+'scan_tool'+'.apk'\">점검 시작</button>",
    );
    expect(verdict(html, 'https://malware-check.example/')).toBe('suspicious-page');
  });
});

describe("fake public bodies over the brand's leak", () => {
  it('reads a bank password box by its own words, not by the title its head holds', () => {
    const html = page(
      '금융감독원 보호계좌',
      '<h2>금융감독원 예금 일시 보호 신청</h2><p>쿠팡 유출 사고 피해 고객의 예금을 보호 계좌로 옮겨 지켜 드립니다.</p>' +
        '<input placeholder="예금주"><input placeholder="출금 계좌번호"><input placeholder="모바일뱅킹 비밀번호">' +
        '<button>신청</button>',
    );
    // (the boxes sit right in the body: the box before the first is the document's head, whose title names an
    // account — a banking password read so was an account box, not a password asked)
    expect(codesOf(html, 'https://deposit-guard.example/')).toContain('asks-password');
    expect(verdict(html, 'https://deposit-guard.example/')).toBe('suspicious-page');
  });

  it("flags a body's leak check that takes the mailbox's password, leaves the address-only check clean", () => {
    const check = (boxes: string) =>
      page(
        '개인정보보호위원회 유출 확인',
        '<h1>개인정보보호위원회 유출 여부 확인</h1><p>쿠팡 사고로 유출된 계정인지 확인해 드립니다.</p>' +
          `<form>${boxes}<button>확인</button></form>`,
      );
    const url = 'https://leak-lookup.example/';
    expect(verdict(check('<input type="email" placeholder="이메일 주소">'), url)).toBe('clean');
    expect(
      verdict(
        check(
          '<input type="email" placeholder="이메일 주소"><input type="password" placeholder="메일 계정 비밀번호">',
        ),
        url,
      ),
    ).toBe('suspicious-page');
  });
});

describe('one-time codes relayed to the brand', () => {
  it('flags a code box whose button carries on into the brand', () => {
    const html = page(
      '빠른 로그인',
      '<h1>빠른 로그인</h1><p>메신저로 받은 6자리 코드를 넣어 주세요.</p><input placeholder="전화번호">' +
        '<input placeholder="인증 코드"><button>쿠팡으로 로그인</button>',
    );
    expect(verdict(html, 'https://quick-signin.example/')).toBe('suspicious-page');
  });

  it("leaves a shop's own identity check, its button naming the step, clean", () => {
    const html = page(
      '본인 확인 - 다온마켓',
      '<header><b>다온마켓</b></header><h1>본인 확인</h1><p>쿠팡에서 옮겨 오신 고객님은 본인 확인 후 이용하세요.</p>' +
        '<input placeholder="휴대폰 번호"><button>인증번호 받기</button><input placeholder="인증번호"><button>확인</button>',
    );
    expect(verdict(html, 'https://www.daonmarket.example/verify')).toBe('clean');
  });

  it("flags a code box under a heading that links the brand's pay", () => {
    const html = page(
      '결제 연결',
      '<h1>쿠팡페이 결제수단 연결</h1><p>전화로 안내받은 번호와 문자로 받은 승인번호를 넣어 주세요.</p>' +
        '<input placeholder="안내 번호"><input placeholder="승인번호"><button>확인</button>',
    );
    expect(verdict(html, 'https://pay-link.example/')).toBe('suspicious-page');
  });

  it('flags a screenshot of the code message asked as a file, leaves a scam report’s screenshot clean', () => {
    const upload = (words: string) =>
      page(
        '쿠팡 교환 접수',
        `<h1>쿠팡 교환 접수 확인</h1><p>${words}</p><input type="file" accept="image/*"><button>보내기</button>`,
      );
    const url = 'https://exchange-desk.example/';
    expect(verdict(upload('휴대폰에 온 인증번호 문자를 캡처해서 올려 주세요.'), url)).toBe('suspicious-page');
    const report = page(
      '사기 문자 신고 - 시민안전넷',
      '<header><b>시민안전넷</b></header><h1>쿠팡 사칭 문자 신고</h1><p>받으신 사칭 문자 화면을 캡처하여 ' +
        '올려 주세요.</p><input type="file" accept="image/*"><button>신고</button>',
    );
    expect(verdict(report, 'https://www.siminsafe.example/report')).toBe('clean');
  });
});

describe('older leftovers', () => {
  it("reads a wizard's later steps shown by an id built from its prefix", () => {
    const html = page(
      '보상 신청',
      '<div class="w" id="p1"><h3>1단계 동의</h3><p>쿠팡 피해 보상 신청 약관</p><input type="checkbox">' +
        '<button onclick="go(2)">다음</button></div><div class="w" id="p2" hidden><h3>2단계</h3>' +
        '<input placeholder="카드번호"><input placeholder="유효기간"></div>' +
        "<script>function go(n){document.getElementById('p'+n).hidden=false}</script>",
    );
    expect(verdict(html, 'https://claim-steps.example/')).toBe('suspicious-page');
  });

  it("reads the WebSite a page's structured data names as its site's name", () => {
    const ld = (name: string) =>
      `<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebSite","name":"${name}"}</script>`;
    const login = (name: string) =>
      page(
        'Sign in',
        `${ld(name)}<div><b>로그인</b><input placeholder="아이디"><input type="password"></div>`,
      );
    expect(verdict(login('쿠팡'), 'https://member-auth.example/')).toBe('suspicious-page');
    expect(verdict(login('하루노트'), 'https://www.harunote.example/login')).toBe('clean');
    // (a site named for the brand with a word of its own is judged as before: its name is not the brand's alone)
    expect(verdict(login('쿠팡 최저가 알리미 커뮤니티'), 'https://www.lowprice-alarm.example/login')).toBe(
      'clean',
    );
  });

  it("reads a description that names the brand's account desk over a password box", () => {
    const html = (d: string) =>
      page(
        '로그인 알림',
        '<h3>새 기기에서 로그인되었습니다</h3><p>본인이 아니면 로그인하여 확인하세요.</p>' +
          '<form><input type="email"><input type="password"><button>확인</button></form>',
        `<meta name="description" content="${d}">`,
      );
    expect(verdict(html('쿠팡 계정 보안 센터'), 'https://acct-alert.example/')).toBe('suspicious-page');
    expect(verdict(html('쿠팡 최저가 알림 서비스 이용 안내입니다.'), 'https://acct-alert.example/')).toBe(
      'clean',
    );
  });

  it("reads an APK's extension given its dot by the script", () => {
    const html = page(
      '보안 업데이트',
      '<h2>보안 업데이트</h2><p>쿠팡 유출 사고로 앱 보안 모듈을 설치해야 주문할 수 있습니다.</p><button id="b">설치</button>' +
        "<script>b.onclick=function(){location.href=['/m','guard_mod','a'+'pk'].join('/').replace('/a','.a')}</script>",
    );
    expect(verdict(html, 'https://mod-update.example/')).toBe('suspicious-page');
  });
});
