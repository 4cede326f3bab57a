import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { scanPage } from '../../lib/page/index';
import { light, tight } from '../../lib/page/normalize';
import { parse } from './helpers';

/**
 * Round page42 (tune-al's misses), taken by class with pages written apart from the corpus: a name in boxed
 * letters, the brand's near-spellings, one-time codes relayed for the brand, a safety app installed by a code to
 * scan or from a download script told the package's type under an authority's name, a name split by an invisible
 * character beside a plain one, and a call-only lure dressed as news. Next to each, the honest page of the same
 * shape that stays clean.
 */
const page = (title: string, body: string) =>
  `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const scan = (html: string, url = 'https://check.example/a/1') =>
  scanPage(parse(html), url, { parseHtml: (m) => parseHTML(m).document as unknown as Document });
const verdict = (html: string, url?: string) => scan(html, url).verdict;
const login = (extra = '') =>
  `<label>비밀번호</label><input type="password"><label>문자 인증번호</label><input type="tel">${extra}<button>확인</button>`;

describe('Latin letters in boxes NFKC leaves alone', () => {
  it('reads negative squared and circled letters and a run of regional indicators as the letters', () => {
    for (const s of ['🅲🅾🆄🅿🅰🅽🅶', '🅒🅞🅤🅟🅐🅝🅖', '🇨🇴🇺🇵🇦🇳🇬']) expect(tight(s)).toBe('coupang');
    // (NFKC already folds the circled, squared and mathematical ones)
    for (const s of ['Ⓒⓞⓤⓟⓐⓝⓖ', '🄲🄾🅄🄿🄰🄽🄶', '𝐂𝐨𝐮𝐩𝐚𝐧𝐠']) expect(tight(s)).toBe('coupang');
  });

  it('leaves a flag a flag', () => {
    expect(light('🇰🇷 한국 배송')).toBe('🇰🇷 한국 배송');
  });

  it("flags a sign-in alert whose only name is the brand's in boxed letters", () => {
    const kit = page(
      '🅲🅾🆄🅿🅰🅽🅶',
      '<h1>🅲🅾🆄🅿🅰🅽🅶</h1><p>새 기기에서 로그인이 시도되었습니다. 본인이라면 확인해 주세요.</p>' + login(),
    );
    expect(verdict(kit)).toBe('suspicious-page');
  });

  it('leaves a shop that spells its own name in boxed letters clean', () => {
    const html = page(
      '🅼🅰🆁🆄 마루상회',
      '<h1>🅼🅰🆁🆄</h1><p>마루상회 회원 로그인</p><label>아이디</label><input><label>비밀번호</label><input type="password"><button>로그인</button>',
    );
    expect(verdict(html)).toBe('clean');
  });
});

describe("the brand's near-spellings (data: lists/sources/brands.json pageNames)", () => {
  it('flags a payout under 쿠빵 that takes a card', () => {
    const kit = page(
      '쿠빵 보상센터',
      '<h1 style="color:#e3262e">쿠빵</h1><p>쿠빵 회원 정보 유출 보상금 신청</p>' +
        '<label>카드번호</label><input type="tel"><label>유효기간</label><input><button>신청</button>',
    );
    expect(verdict(kit)).toBe('suspicious-page');
  });

  it('leaves news that explains the near-spellings clean', () => {
    const html = page(
      '한 글자 바꾼 가짜 주소 주의',
      '<article><h1>"쿠빵", "쿠팽"… 한 글자 바꾼 가짜 주소 주의</h1><p>사기범들은 쿠빵, 쿠팽, 꾸팡처럼 한 글자만 바꾼 주소를 ' +
        '문자로 보낸다고 경찰은 설명했다.</p><p>김하늘 기자</p></article>',
    );
    expect(verdict(html)).toBe('clean');
  });

  it("keeps a bakery's name its own: a word one syllable from a near-spelling is two from the brand", () => {
    const html = page(
      '택배 주문 | 꿀빵',
      '<h2>택배 주문</h2><p>쿠팡 로켓배송으로도 구매하실 수 있습니다.</p>' +
        '<label>카드번호</label><input type="tel"><label>유효기간</label><input><button>주문</button>',
    );
    expect(verdict(html)).toBe('clean');
  });

  it('leaves a rice-cooker bread recipe with a newsletter box clean', () => {
    const html = page(
      '쿠쿠 빵 만들기 - 밥솥으로 카스텔라',
      '<h1>쿠쿠 빵 만들기</h1><p>쿠쿠 밥솥의 빵 메뉴로 카스텔라를 구워 봤어요.</p>' +
        '<label>이메일</label><input type="email"><button>레시피 받아보기</button>',
    );
    expect(verdict(html)).toBe('clean');
  });
});

describe("one-time codes relayed for the brand's account", () => {
  it("flags a box for backup codes under the brand's (hidden) name", () => {
    const kit = page(
      '쿠\u200c팡 2단계 인증',
      '<h2>2단계 인증 재설정</h2><p>보안 점검으로 2단계 인증이 초기화됩니다. 기존 백업 코드를 입력하세요.</p>' +
        '<label>백업 코드 1</label><input><label>백업 코드 2</label><input><button>재설정</button>',
    );
    expect(verdict(kit)).toBe('suspicious-page');
  });

  it('leaves a mail service asking its own backup code under its own name clean', () => {
    const html = page(
      '한빛메일 - 백업 코드로 로그인',
      '<header><b>한빛메일</b></header><h2>백업 코드로 로그인</h2><p>휴대폰을 쓸 수 없다면 저장해 둔 백업 코드를 입력하세요.</p>' +
        '<label>백업 코드</label><input><button>로그인</button>',
    );
    expect(verdict(html)).toBe('clean');
  });

  it("flags a page that quotes the brand's text as on its way and takes its code", () => {
    const kit = page(
      '기기 변경 확인',
      '<h2>기기 변경 확인</h2><p>잠시 후 "[쿠팡] 인증번호 [6자리]를 입력해주세요" 문자가 도착합니다. 그 번호를 아래에 입력하면 ' +
        '도용이 차단됩니다.</p><label>인증번호</label><input type="tel"><button>차단</button>',
    );
    expect(verdict(kit)).toBe('suspicious-page');
  });

  it("leaves a warning that quotes the brand's text clean", () => {
    const html = page(
      '인증번호 요구 문자 주의',
      '<h2>인증번호를 묻는 전화 주의</h2><p>"[쿠팡] 인증번호 [123456]" 문자가 도착한 뒤 그 번호를 묻는 전화는 사기입니다. ' +
        '누구에게도 알려주지 마세요.</p><label>신고 휴대폰 번호</label><input type="tel"><label>인증번호</label><input type="tel">' +
        '<button>신고</button>',
    );
    expect(verdict(html)).toBe('clean');
  });

  it("flags a code received for the brand's payment asked back on a page with no name of its own", () => {
    const kit = page(
      '간편 인증',
      '<h2>보호 인증</h2><p>쿠팡페이 결제 보호를 위해 인증 앱으로 받은 승인번호를 입력하세요.</p>' +
        '<label>휴대폰</label><input type="tel"><label>승인번호</label><input type="tel"><button>승인</button>',
    );
    expect(verdict(kit)).toBe('suspicious-page');
  });

  it('leaves a bank asking the code it sent under its own name clean', () => {
    const html = page(
      '한빛은행 | 본인 인증',
      '<header><b>한빛은행</b></header><h2>휴대폰 본인 인증</h2><p>한빛은행 인증을 위해 문자로 받은 인증번호를 입력하세요.</p>' +
        '<label>인증번호</label><input type="tel"><button>확인</button>',
    );
    expect(verdict(html)).toBe('clean');
  });
});

describe('an install with no file in sight', () => {
  const qr = '<div style="width:150px;height:150px;background:#000"></div>';

  it('flags a "safety app" under the brand installed by a code to scan', () => {
    const kit = page(
      '안심 앱',
      `<h2>쿠팡 안심앱 설치</h2>${qr}<p>PC로 보고 계신다면 휴대폰으로 QR을 스캔하여 설치하세요.</p>`,
    );
    expect(verdict(kit)).toBe('suspicious-page');
  });

  it("leaves a bank's own security app offered by a code to scan clean", () => {
    const html = page(
      '한빛은행 보안앱',
      `<header><b>한빛은행</b></header><h2>한빛은행 안심 보안앱</h2>${qr}<p>휴대폰으로 QR을 스캔하여 설치하세요.</p>`,
    );
    expect(verdict(html)).toBe('clean');
  });

  it("leaves a blog's app guide for the brand's real app clean", () => {
    const html = page(
      '쿠팡 앱 설치 방법',
      `<h2>쿠팡 앱 설치 방법</h2>${qr}<p>휴대폰으로 QR을 스캔하면 앱스토어로 이동합니다.</p>`,
    );
    expect(verdict(html)).toBe('clean');
  });

  it("flags a phone package from a download script, under an authority's name, handed to the brand's victims", () => {
    const kit = page(
      '사이버 보호 앱',
      '<h2>경찰청 사이버 보호 앱</h2><p>쿠팡 개인정보 유출 피해자는 추가 피해를 막기 위해 아래 앱을 꼭 설치해 주십시오.</p>' +
        '<ol><li>설치 파일 받기</li><li>설정에서 알 수 없는 출처 허용</li></ol><a href="/get?id=guard&type=apk">설치 파일 받기</a>',
    );
    expect(verdict(kit)).toBe('suspicious-page');
  });

  it("leaves a police warning that sends the reader to the store's app clean", () => {
    const html = page(
      '쿠팡 사칭 문자 주의',
      '<h2>경찰청 안내: 쿠팡 사칭 문자 주의</h2><p>쿠팡 유출 피해를 빙자한 문자 속 앱은 설치하지 마세요. 경찰청 앱은 ' +
        'Play 스토어에서 설치해 주십시오.</p><a href="https://play.google.com/store/apps/details?id=kr.police.app">Play 스토어</a>',
    );
    expect(verdict(html)).toBe('clean');
  });

  it("leaves the same authority's page on its own public host alone", () => {
    const html = page(
      '사이버 보호 앱',
      '<h2>경찰청 사이버 보호 앱</h2><p>쿠팡 유출 피해자는 아래 앱을 설치해 주십시오.</p>' +
        '<a href="/get?id=guard&type=apk">설치 파일 받기</a>',
    );
    expect(verdict(html, 'https://www.police.go.kr/app')).toBe('clean');
  });
});

describe("a name split by an invisible character beside another of the brand's names written plainly", () => {
  it('flags the payout that hides one name and writes the other', () => {
    const kit = page(
      'WOW 회비 환급',
      '<h1>🚀 WOW</h1><p>쿠\u200b팡 와우회원 대상 회비 환급이 시작되었습니다.</p><label>이름</label><input>' +
        '<label>계좌번호</label><input type="tel"><label>계좌 비밀번호</label><input type="password"><button>환급 신청</button>',
    );
    expect(verdict(kit)).toBe('suspicious-page');
  });

  it('leaves the same sentence written plainly on a page that names no one and asks nothing clean', () => {
    const html = page('와우 혜택 정리', '<h1>와우 혜택 정리</h1><p>쿠팡 와우회원 혜택을 정리했습니다.</p>');
    expect(verdict(html)).toBe('clean');
  });
});

describe('a call-only lure dressed as news (the gap page41 found)', () => {
  const story = (headline: string, paras: string) =>
    page(
      headline,
      `<header><b>한빛일보</b></header><article><h1>${headline}</h1><p>김민수 기자 minsu@hanbit-news.test</p>${paras}</article>`,
    );

  it('flags a byline over a number offered to the reader', () => {
    const kit = story(
      '쿠팡 유출 피해 보상 접수 시작',
      '<p>쿠팡 개인정보 유출 피해 고객을 위한 보상 접수가 시작됐다.</p>' +
        '<p>보상 대상 여부는 보상 전담 센터 070-4821-3390으로 지금 전화하면 바로 확인할 수 있다.</p>',
    );
    expect(verdict(kit)).toBe('suspicious-page');
  });

  it('leaves honest news that quotes the scam text with the number clean', () => {
    const html = story(
      '쿠팡 보상 사칭 문자 기승',
      '<p>최근 "쿠팡 유출 보상금 지급 대상입니다. 지금 070-4821-3390으로 전화하세요"라는 문자가 퍼지고 있다.</p>' +
        '<p>경찰은 해당 번호로 연락하지 말라고 당부했다.</p>',
    );
    expect(verdict(html)).toBe('clean');
  });

  it('leaves honest news that warns of the number clean', () => {
    const html = story(
      '쿠팡 보상 사칭 전화 주의',
      '<p>쿠팡 유출 보상을 빙자한 전화가 늘고 있다.</p>' +
        '<p>070-4821-3390으로 걸려 오는 보상 안내 전화는 사기이니 절대 응하지 말고 바로 끊어야 한다.</p>',
    );
    expect(verdict(html)).toBe('clean');
  });
});

describe("a courier's look-alike whose title's last word is a trade, not a name", () => {
  const tracking = (title: string, ask: string) =>
    page(
      title,
      '<h2>쿠팡로지스틱스 배송조회</h2><p>운송장 KR20931 · 배송보류 (추가 운임 미납)</p><p>추가 운임 2,300원을 휴대폰 결제로 ' +
        `납부하세요.</p>${ask}<button>납부</button>`,
    );
  const ask =
    '<label>휴대폰 번호</label><input type="tel"><label>주민등록번호</label><input type="tel"><label>인증번호</label><input type="tel">';

  it('flags the brand\'s logistics arm taking a phone-bill payment under "… | 로지스틱스"', () => {
    expect(verdict(tracking('배송조회 | 로지스틱스', ask))).toBe('suspicious-page');
  });

  it('leaves a courier that names itself in its title clean', () => {
    const html = page(
      '배송조회 | 한빛로지스틱스',
      '<header><b>한빛로지스틱스</b></header><h2>배송조회</h2><p>쿠팡에서 주문하신 상품의 배송 상태입니다.</p>' +
        '<label>운송장 번호</label><input><button>조회</button>',
    );
    expect(verdict(html)).toBe('clean');
  });
});

describe("a TV's pairing code asked with the account's password under the brand's streaming service", () => {
  const pairing = (head: string, boxes: string) =>
    page('TV 연결', `${head}<p>TV 화면의 8자리 코드를 입력하세요.</p>${boxes}<button>연결</button>`);

  it("flags the code and a password under the brand's streaming service", () => {
    const kit = pairing(
      '<h2>TV에서 쿠팡플레이 시청하기</h2>',
      '<label>TV 코드</label><input><label>이메일</label><input type="email"><label>비밀번호</label><input type="password">',
    );
    expect(verdict(kit)).toBe('suspicious-page');
  });

  it("leaves a pairing page that takes the TV's code alone clean", () => {
    expect(verdict(pairing('<h2>TV에서 쿠팡플레이 시청하기</h2>', '<label>TV 코드</label><input>'))).toBe(
      'clean',
    );
  });

  it('leaves a streaming service pairing its own TV app under its own name clean', () => {
    const html = pairing(
      '<header><b>한빛TV</b></header><h2>한빛TV 기기 등록</h2>',
      '<label>TV 코드</label><input><label>이메일</label><input type="email"><label>비밀번호</label><input type="password">',
    );
    expect(verdict(html)).toBe('clean');
  });
});

describe("a leak check that asks the brand's password, inside a paper's clothes", () => {
  const paper = (widget: string) =>
    page(
      '쿠팡 유출 여부, 지금 확인하세요 - 한빛경제',
      '<p>한빛경제 · 2026.12.01</p><h1>쿠팡 유출 여부, 지금 바로 확인하세요</h1><p>3천만 명의 정보가 새어 나간 쿠팡 사태. ' +
        `제휴 조회 도구로 바로 확인할 수 있다.</p><div>${widget}</div>`,
    );

  it('flags a box named only "pw" under the words "쿠팡 비밀번호"', () => {
    const kit = paper(
      '<b>유출 조회</b><label>쿠팡 가입 휴대폰</label><input name="p" type="tel"><label>쿠팡 비밀번호</label>' +
        '<input name="pw" type="password"><button>조회</button>',
    );
    expect(verdict(kit)).toBe('suspicious-page');
  });

  it("leaves the paper's own member login under its story clean", () => {
    const html = paper(
      '<b>한빛경제 회원 로그인</b><label>아이디</label><input name="id"><label>비밀번호</label>' +
        '<input name="pw" type="password"><button>로그인</button>',
    );
    expect(verdict(html)).toBe('clean');
  });

  it('leaves a breach checker that asks an e-mail address only clean', () => {
    const html = paper(
      '<b>유출 조회</b><label>이메일</label><input name="e" type="email"><button>조회</button>',
    );
    expect(verdict(html)).toBe('clean');
  });
});
