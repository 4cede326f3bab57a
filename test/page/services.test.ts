import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { scanPage, warnAtRisk } from '../../lib/page/index';
import { parse } from './helpers';

/**
 * Classes of issue #11's third round (author C's half, docs/page-guard.md): honest services built around the
 * brand — price trackers, seller tools, other shops and card companies that name it — and the fakes that must
 * still be caught next to each. Each pair differs in the one thing that decides.
 */
const scan = (html: string, url = 'https://random-host.example/p') =>
  scanPage(parse(html), url, { parseHtml: (m) => parseHTML(m).document as unknown as Document });
const page = (title: string, body: string) =>
  `<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const codes = (html: string) => scan(html).reasons.map((r) => r.code);
const weightOf = (html: string, code: string) => scan(html).reasons.find((r) => r.code === code)?.weight;

const LOGIN = `<form method="post" action="/session"><input name="email" placeholder="이메일"><input name="password" type="password" placeholder="비밀번호"><button>로그인</button></form>`;

describe('the owner of a copyright line is who its mark names', () => {
  const tracker = (footer: string) =>
    page(
      '로그인 - 가격지기 | 쿠팡 최저가 알림',
      `<header><a class="brand" href="/">가격지기</a></header><main><h2>로그인</h2><p>쿠팡·11번가 가격이 내려가면 알려드려요.</p>${LOGIN}</main><footer>${footer}</footer>`,
    );

  it("a price tracker's footer that names the brand in a sentence and itself after © is the tracker's", () => {
    const html = tracker(
      '가격지기는 쿠팡과 제휴하지 않은 독립 서비스입니다. 가격은 각 판매처 기준입니다. © 가격지기',
    );
    expect(codes(html)).not.toContain('brand-copyright');
    expect(scan(html).verdict).toBe('clean');
  });

  it('the same sentence without a mark of its own owner says nothing about the owner', () => {
    // no ©: the line is not a copyright line at all (the disclaimer still speaks)
    const html = tracker('가격지기는 쿠팡과 제휴하지 않은 독립 서비스입니다.');
    expect(codes(html)).not.toContain('brand-copyright');
    expect(weightOf(html, 'context-not-affiliated')).toBe(-3);
  });

  it('the brand after the mark is the brand’s copyright line', () => {
    expect(codes(tracker('© Coupang Corp. All rights reserved.'))).toContain('brand-copyright');
    expect(codes(tracker('상호명: 쿠팡(주) | 대표이사: 홍길동 | 사업자등록번호: 000-00-00000'))).toContain(
      'brand-copyright',
    );
  });

  it("a line carrying the brand's registration number is the brand's, whoever the © names", () => {
    const html = tracker('쿠팡(주) 사업자등록번호 120-88-00767 · © 가격지기');
    expect(codes(html)).toContain('brand-copyright');
  });

  it('more ways of saying "not the brand": 제휴하지 않은, 별개인 (after a list of markets), 상표는 각 회사의 소유', () => {
    for (const line of [
      '가격지기는 쿠팡과 제휴하지 않은 독립 서비스입니다.',
      '샵링크옴니은(는) 쿠팡, 스마트스토어 등과 별개인 독립 소프트웨어입니다.',
      '쿠팡 계정이 아닌 가격지기 계정으로 로그인합니다.',
      '각 마켓 상표는 해당 회사의 소유입니다.',
    ])
      expect(codes(tracker(line)), line).toContain('context-not-affiliated');
  });
});

describe('small print does not undo the brand shown as the page’s own', () => {
  const kit = (title: string, footer: string, header = '<img src="/i/top.png" alt="쿠팡">') =>
    page(title, `<header>${header}</header><main>${LOGIN}</main><footer>${footer}</footer>`);
  const smallPrint = '가격지기는 쿠팡과 제휴하지 않은 독립 서비스입니다. © 가격지기';

  it('a login under the brand logo with a disclaimer and another owner in the footer is still a fake', () => {
    expect(scan(kit('쿠팡 로그인', smallPrint)).verdict).toBe('suspicious-page');
    expect(scan(kit('로그인', smallPrint)).verdict).toBe('suspicious-page');
    expect(scan(kit('로그인', '© 가격지기')).verdict).toBe('suspicious-page');
    expect(scan(kit('로그인', '본 사이트는 쿠팡과 무관합니다.')).verdict).toBe('suspicious-page');
  });

  it('the same small print counts on a page that shows its own name where the reader looks', () => {
    // the tracker's own wordmark in the header, the brand only in its sentences and title topic
    const v = scan(kit('쿠팡 최저가 알림 - 가격지기', smallPrint, '<a class="logo" href="/">가격지기</a>'));
    expect(v.verdict).toBe('clean');
    expect(v.reasons.find((r) => r.code === 'context-not-affiliated')?.weight).toBe(-3);
  });

  it('a name in look-alike letters inside a sentence is not the brand’s face: the small print still counts', () => {
    const shop = page(
      'ログイン',
      `<main>${LOGIN}<p>※当店はCоupang(クーパン)とは無関係の独立したショップです。</p></main><footer>© Nihon Select Co., Ltd.</footer>`,
    );
    const v = scan(shop);
    expect(v.reasons.map((r) => r.code)).toContain('brand-obfuscated');
    expect(v.reasons.find((r) => r.code === 'context-other-site')?.weight).toBe(-2);
    expect(v.verdict).toBe('clean');
    // the same letters as the page's title are its face
    expect(scan(shop.replace('<title>ログイン', '<title>Cоupang 로그인')).verdict).toBe('suspicious-page');
  });

  it('without a secret asked, the small print still speaks (a coupon page under the brand logo)', () => {
    const html = page(
      '쿠팡 할인코드 모음 - 쿠폰집',
      `<header><img src="/i/coupang.png" alt="쿠팡"></header><h1>쿠팡 할인코드</h1><p>이번 달 쿠폰입니다.</p><footer>쿠폰집은 쿠팡과 무관합니다. © 쿠폰집</footer>`,
    );
    expect(weightOf(html, 'context-not-affiliated')).toBe(-3);
    expect(scan(html).verdict).toBe('clean');
  });
});

describe('what an honest page shows is not always what it asks', () => {
  const howTo = (attrs: string) =>
    page(
      '쿠팡페이 카드 등록 & 결제 비밀번호 설정',
      `<header><a class="brand" href="/">머니팁</a></header><h1>쿠팡페이 카드 등록 방법</h1>
      <div class="phone"><b>카드 추가 (예시)</b><input ${attrs} placeholder="카드번호"><input ${attrs} placeholder="MM/YY"><input ${attrs} placeholder="CVC"></div>
      <footer>© 머니팁</footer>`,
    );

  it('a picture of a form (disabled boxes in a how-to) asks nothing', () => {
    expect(codes(howTo('disabled'))).not.toContain('asks-card');
    expect(scan(howTo('disabled')).verdict).toBe('clean');
  });

  it('the same boxes live ask for the card under the brand’s service name', () => {
    expect(scan(howTo('')).verdict).toBe('suspicious-page');
  });

  const chat = (line: string) =>
    page(
      '상담',
      // the box first: the words just before an unlabelled box are read as its label (a different rule)
      `<img src="/logo.png" alt="쿠팡"><input type="text" placeholder="메시지"><button>전송</button><div class="msg">${line}</div>`,
    );

  it('a warning against giving a secret away is not a chat asking for it', () => {
    for (const line of [
      '결제 비밀번호를 문자·전화·채팅으로 알려달라는 요청은 모두 사기입니다.',
      'Wing 비밀번호는 입력하지 마세요.',
      '카드번호를 절대 알려주지 마세요.',
    ])
      expect(codes(chat(line)), line).not.toContain(line.includes('카드') ? 'asks-card' : 'asks-password');
  });

  it('a chat that asks for the secret still does', () => {
    expect(codes(chat('본인 확인을 위해 결제 비밀번호를 입력해 주세요.'))).toContain('asks-password');
    expect(codes(chat('카드번호 16자리를 알려주세요.'))).toContain('asks-card');
    // a threat is still an ask
    expect(codes(chat('비밀번호를 입력하지 않으면 주문이 취소됩니다.'))).toContain('asks-password');
  });
});

describe('the brand named as one shop among others', () => {
  const delivery = (tip: string) =>
    page(
      '배송 정보',
      `<form method="post" action="/checkout/delivery"><input name="addr" placeholder="주소"><input name="door_code" placeholder="공동현관 출입 비밀번호">
      <p>${tip}</p><button>다음</button></form>`,
    );

  it('"다른 쇼핑앱(쿠팡 등)", "쿠팡보다", "쿠팡 최저가 대비" on a short page is no claim to be the brand', () => {
    for (const tip of [
      '최근 비밀번호가 바뀌었다면 다른 쇼핑앱(쿠팡 등)에 적힌 예전 번호 말고 새 번호를 입력하세요.',
      '쿠팡보다 하루 빨리 도착합니다.',
      '쿠팡 최저가 대비 평균 4% 저렴 (자체 조사)',
    ]) {
      expect(codes(delivery(tip)), tip).not.toContain('brand-body-claim');
      expect(scan(delivery(tip)).verdict, tip).toBe('clean');
    }
  });

  it('the brand said as itself on the same page is still the brand speaking', () => {
    expect(
      scan(delivery('쿠팡 배송기사입니다. 다른 쇼핑앱(쿠팡 등)과 달리 번호가 꼭 필요합니다.')).verdict,
    ).toBe('suspicious-page');
    expect(scan(delivery('쿠팡 로켓배송 출입 정보 확인')).verdict).toBe('suspicious-page');
  });
});

describe('the brand named as the one impersonated, at the moment of risk', () => {
  const bank = (alert: string) =>
    page(
      '한빛은행 인터넷뱅킹 로그인',
      `<div class="top"><b>한빛은행</b> 개인뱅킹</div><div class="alert">${alert}</div>
      <form method="post" action="/ib/login.do"><input name="uid" placeholder="아이디"><input name="upw" type="password" placeholder="비밀번호"><button>로그인</button></form>`,
    );

  it('a bank’s login with a banner "쿠팡 정보유출을 사칭한 문자에 주의하세요" is not held at the first key', () => {
    const v = scan(bank('📢 쿠팡 정보유출을 사칭한 보상금·환불 문자에 주의하세요.'));
    expect(v.reasons.map((r) => r.code)).not.toContain('brand-body-claim');
    expect(warnAtRisk(v, 'password')).toBe(false);
  });

  it('the same login under a notice in the brand’s name is held', () => {
    expect(
      warnAtRisk(scan(bank('쿠팡에서 알려드립니다. 보상금 지급을 위해 로그인하세요.')), 'password'),
    ).toBe(true);
    expect(warnAtRisk(scan(bank('쿠팡 보상금 지급 대상입니다. 로그인하세요.')), 'password')).toBe(true);
  });
});

describe("a company's legal name in the footer (세진카드(주)) names the owner", () => {
  const cardLogin = (footer: string) =>
    page(
      '세진카드 로그인',
      `<header><b>세진카드</b><span>쿠팡 결제 시 최대 3% 청구할인 · 쿠팡 와우 제휴카드</span></header><h2>로그인</h2>
      <form method="post" action="/mypage/cardlogin.do"><input name="cardno" placeholder="카드번호 16자리"><input name="cpw" type="password" maxlength="2" placeholder="카드 비밀번호 앞 2자리"><button>카드번호 로그인</button></form>${footer}`,
    );

  it('a card company’s login that advertises a Coupang card is the card company’s page', () => {
    const v = scan(cardLogin('<footer>세진카드(주) | 고객센터 1588-0000</footer>'));
    expect(v.reasons.map((r) => r.code)).toContain('context-other-site');
    expect(v.verdict).toBe('clean');
  });

  it('without that line, or with the brand’s own legal name, nothing says so', () => {
    expect(codes(cardLogin(''))).not.toContain('context-other-site');
    expect(codes(cardLogin('<footer>쿠팡(주) | 고객센터 1577-7011</footer>'))).toContain('brand-copyright');
    const pass = page(
      'PASS 본인확인',
      `<div class="h">PASS 인증</div><p>[쿠팡이츠] 계정 보호를 위해 본인확인이 필요합니다.</p>
      <form method="post" action="/pass"><input name="rrn" placeholder="주민번호 앞 7자리"><input name="sms" placeholder="SMS 인증번호"><button>확인</button></form>`,
    );
    expect(scan(pass, 'https://pass-auth-kr.pages.dev/').verdict).toBe('suspicious-page');
  });
});

describe('misses of author C, by class', () => {
  it('the brand as the subject of a prize page’s title ("쿠팡 럭키 룰렛", "Coupang NFT Airdrop") claims it', () => {
    const prize = (title: string) =>
      page(
        title,
        `<h2>${title}</h2><p>설문 완료 시 상품권 500,000원을 드립니다.</p>
        <form method="post" action="/survey/gift"><input name="id" placeholder="아이디"><input name="pw" type="password" placeholder="비밀번호"><button>상품권 받기</button></form>`,
      );
    for (const title of ['쿠팡 고객 만족도 조사', '쿠팡 럭키 룰렛', 'Coupang NFT Airdrop']) {
      expect(scan(prize(title)).reasons.find((r) => r.code === 'brand-title')?.weight, title).toBe(3);
      expect(scan(prize(title)).verdict, title).toBe('suspicious-page');
    }
    // a survey firm's report on the brand is a headline, not a name
    const report = page(
      '쿠팡 고객 만족도 조사 결과 발표, 배송 부문 1위 - 한빛리서치',
      `<header><div class="logo">한빛리서치</div></header><h1>쿠팡 고객 만족도 조사 결과 발표, 배송 부문 1위</h1><p>김민수 기자 = 조사 결과입니다.</p><form><input type="password" placeholder="회원 비밀번호"></form>`,
    );
    expect(scan(report).verdict).toBe('clean');
  });

  it('a wallet’s recovery phrase box is a hard ask of its own; a message box is not', () => {
    const airdrop = page(
      'Coupang NFT Airdrop',
      `<h1>COUPANG × NFT Rocket Pass</h1><form method="post" action="claim.php"><textarea name="seed" placeholder="지갑 복구 구문 12단어를 입력하세요"></textarea><button>Claim</button></form>`,
    );
    expect(scan(airdrop).reasons.find((r) => r.code === 'asks-seed-phrase')?.evidence).toBe('seed');
    const contact = page(
      '문의하기 - 가격지기',
      `<form method="post" action="/ask"><textarea name="body" placeholder="문의 내용 (비밀번호 등 개인정보는 적지 마세요)"></textarea><button>보내기</button></form>`,
    );
    expect(codes(contact)).not.toContain('asks-password');
    expect(codes(contact)).not.toContain('asks-seed-phrase');
  });

  it('an iPhone configuration profile is an app file', () => {
    const profile = page(
      'Cоupang 앱 인증서 설치',
      `<h2>Cоupang 보안 인증서 설치</h2><a href="/ios/cp_secure.mobileconfig">iPhone 프로파일 설치</a>`,
    );
    expect(codes(profile)).toContain('app-download');
    expect(scan(profile).verdict).toBe('suspicious-page');
    // a store link is not a file
    expect(
      codes(
        page(
          '쿠팡 앱',
          '<a href="https://play.google.com/store/apps/details?id=com.coupang.mobile">앱 받기</a>',
        ),
      ),
    ).not.toContain('app-download');
  });

  it('an APK address stored as reversed pieces in reverse order is put back', () => {
    const kit = page(
      '보안 인증 앱 설치',
      `<img src="/s.png" alt="쿠팡 보안"><h2>보안앱 설치</h2><button id="i">보안앱 설치하기</button>
      <script>var p=['kpa','.','draug','/','ppa','.','kcilc','.','rk','-','eruces'];document.getElementById('i').onclick=function(){location.href='https://'+p.join('').split('').reverse().join('')};</script>`,
    );
    expect(codes(kit)).toContain('app-download');
    expect(scan(kit).verdict).toBe('suspicious-page');
  });

  it('a heading that is the brand written backwards and turned round by CSS claims the brand', () => {
    const kit = page(
      '본인 확인',
      `<h2 class="rv" style="unicode-bidi:bidi-override;direction:rtl">증인 인본 팡쿠</h2><p>문자로 전송된 인증번호를 입력해야 주문 취소가 완료됩니다.</p>
      <form method="post" action="/cp/v"><input name="o" placeholder="인증번호 6자리"><button>확인</button></form>`,
    );
    expect(codes(kit)).toContain('brand-obfuscated');
    expect(scan(kit).verdict).toBe('suspicious-page');
    // the trick shown inside a news article that explains it is not the page's own heading
    const news = page(
      '사칭 사이트, 글자를 거꾸로 써 탐지 피해 - 한빛일보',
      `<header><div class="logo">한빛일보</div></header><article><h3>증인 인본 팡쿠</h3><p>김민수 기자 = 거꾸로 쓴 제목을 화면에서 돌려 보여 주는 수법입니다.</p></article>`,
    );
    expect(codes(news)).not.toContain('brand-obfuscated');
  });
});

describe('what scripts spell', () => {
  it('an APK address spelled in String.fromCharCode(…) decimal codes is an app file; another address is not', () => {
    const kit = (codesList: number[]) =>
      page(
        '고객센터 원격 점검',
        `<h2>쿠\u200d팡 고객센터 원격 보안 점검</h2><button id="r">점검 앱 설치</button>
        <script>document.getElementById('r').onclick=function(){location.href=String.fromCharCode(${codesList.join(',')});};</script>`,
      );
    const apk = [...'/r/helpdesk.apk'].map((c) => c.charCodeAt(0));
    const html = [...'/r/helpdesk.html'].map((c) => c.charCodeAt(0));
    expect(codes(kit(apk))).toContain('app-download');
    expect(scan(kit(apk)).verdict).toBe('suspicious-page');
    expect(codes(kit(html))).not.toContain('app-download');
  });

  it('a page asking in words for the customs number ("통관 번호를 입력해 주세요") next to a box asks for it', () => {
    const kit = (line: string) =>
      page(
        '직구 통관 안내',
        `<div class="hd"><span>쿠</span> <span>팡</span> 直購</div><p>${line}</p><input id="nm" placeholder="실명"><button>확인</button>`,
      );
    expect(
      codes(kit('세관 신고 정보 불일치로 상품이 보류 중입니다. 통관 번호를 다시 입력해 주세요.')),
    ).toContain('asks-customs-code');
    expect(codes(kit('통관 번호는 절대 입력하지 마세요.'))).not.toContain('asks-customs-code');
  });
});
