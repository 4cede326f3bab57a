import { describe, expect, it } from 'vitest';
import { codesOf as codes, koPage as page, verdictOf as verdict } from './helpers';

/**
 * Round page49 (tune-ao's and tune-ap's misses), taken by class with pages written apart from the corpus: the next
 * kit's version of each class, caught, and the honest page of the same shape beside it, clean.
 */

describe("a body's name worn over the brand's leak, asking what no body takes", () => {
  it("flags a police 'asset protection' page that names the brand's leak and asks the account with its PIN and a code", () => {
    const html = page(
      '경찰청 자산보호 신청',
      '<section><h2>경찰청 사이버수사대 자산 보호 조치</h2><p>쿠팡, 11번가 등 온라인몰 유출 사태로 예금 인출 시도가 ' +
        '확인되어 보호 조치를 시행합니다.</p><input placeholder="거래 은행"><input placeholder="출금 계좌번호">' +
        '<input placeholder="통장 비밀번호"><input placeholder="보안카드 일련번호 OTP"><button>보호 신청</button></section>',
    );
    expect(codes(html, 'https://police-asset.example/')).toContain('brand-body-claim');
    expect(verdict(html, 'https://police-asset.example/')).toBe('suspicious-page');
  });

  it('flags a regulator\'s "block" form whose account PIN box is named only by the words before it', () => {
    const html = page(
      '금융감독원 금융정보 보호',
      '<h3>금융감독원 · 쿠팡 정보유출 2차 피해 차단</h3><p>유출된 정보로 카드 발급이 접수되었습니다.</p><form>' +
        '<div>성명 <input></div><div>출금 계좌 <input></div><div>계좌 비밀번호 <input type="tel" maxlength="4"></div>' +
        '<button>차단하기</button></form>',
    );
    expect(codes(html, 'https://fsc-block.example/')).toContain('asks-password');
    expect(verdict(html, 'https://fsc-block.example/')).toBe('suspicious-page');
  });

  it("leaves a regulator's warning that tells readers never to move money or give a PIN clean", () => {
    const html = page(
      '금융감독원 소비자경보 - 쿠팡 유출 악용 사기',
      '<main><h2>금융감독원 소비자경보 발령</h2><p>쿠팡 개인정보 유출을 빌미로 "안전계좌로 예금을 옮기라"는 전화는 ' +
        '모두 사기입니다.</p><p>금융감독원과 경찰은 계좌 비밀번호나 OTP 번호를 절대 묻지 않습니다.</p>' +
        '<p>의심되면 1332로 문의하세요.</p></main>',
    );
    expect(verdict(html, 'https://www.fss.or.kr/fss/bbs/view.do')).toBe('clean');
    expect(verdict(html, 'https://consumer-news.example/fss-alert')).toBe('clean');
  });

  it("leaves a bank's own transfer form under its name, a leak notice beside it, clean", () => {
    const html = page(
      '한빛은행 | 계좌이체',
      '<header><b>한빛은행</b></header><main><h2>계좌이체</h2><p>쿠팡 정보유출 이후 보이스피싱이 늘고 있으니 주의하세요.</p>' +
        '<form><input placeholder="출금 계좌"><input placeholder="계좌 비밀번호"><input placeholder="입금 계좌">' +
        '<button>이체</button></form></main>',
    );
    expect(verdict(html, 'https://www.hanbit-bank.example/transfer')).toBe('clean');
  });
});

describe('the brand only where a reader does not look', () => {
  it("flags a seller appeal whose description names the brand's desk, over a login with its 2-step code", () => {
    const html = page(
      '입점사 이의신청',
      '<h2>상품 판매 중지 예정 안내</h2><p>지식재산권 침해 신고로 24시간 뒤 판매가 중지됩니다.</p><form>' +
        '<p>아이디 <input></p><p>비밀번호 <input type="password"></p><p>OTP 인증번호 <input></p><button>이의신청</button></form>',
      '<meta name="description" content="쿠팡 Wing 셀러 이의신청 센터">',
    );
    expect(codes(html, 'https://seller-appeal.example/')).toContain('brand-body-claim');
    expect(verdict(html, 'https://seller-appeal.example/')).toBe('suspicious-page');
  });

  it('leaves a blog post whose description names the brand, over its comment form with a password, clean', () => {
    const html = page(
      '쿠팡 윙 로그인 안 될 때 해결법',
      '<article><h1>윙 로그인 오류 해결</h1><p>판매자 센터에 로그인이 안 될 때는 브라우저 캐시를 지워 보세요. 저는 그걸로 ' +
        '해결했습니다.</p></article><section class="comments"><h3>댓글</h3><form id="commentform"><input placeholder="이름">' +
        '<input type="password" placeholder="비밀번호"><textarea placeholder="댓글"></textarea><button>등록</button></form></section>',
      '<meta name="description" content="쿠팡 윙 판매자 센터 로그인">',
    );
    expect(verdict(html, 'https://sellerlog.example/2026/wing-login')).toBe('clean');
  });

  it('flags a TV sign-in whose only word of the brand is its description', () => {
    const html = page(
      'TV 연결',
      '<h2>큰 화면에서 보기</h2><p>TV에 표시된 코드를 넣고 계정으로 로그인하세요.</p><input placeholder="TV 연결 코드">' +
        '<input placeholder="이메일"><input type="password" placeholder="비밀번호"><button>연결하기</button>',
      '<meta name="description" content="쿠팡플레이 TV 로그인">',
    );
    expect(verdict(html, 'https://tv-link.example/')).toBe('suspicious-page');
  });

  it("leaves another service's own TV device-code page clean", () => {
    const html = page(
      '스트림하우스 | TV 로그인',
      '<header><b>스트림하우스</b></header><h2>TV에서 스트림하우스 보기</h2><p>TV 화면의 코드를 입력하세요.</p>' +
        '<input placeholder="TV 코드"><input placeholder="스트림하우스 이메일"><input type="password" placeholder="비밀번호">' +
        '<button>연결</button>',
      '<meta name="description" content="스트림하우스 TV 기기 등록">',
    );
    expect(verdict(html, 'https://www.streamhouse.example/tv')).toBe('clean');
  });

  it('flags six one-digit boxes for a texted code under a title that is the brand', () => {
    const html = page(
      '쿠팡 - 본인 확인',
      '<h3>코드 확인</h3><p>적립금 지급 전 마지막 단계입니다. 휴대폰에 방금 도착한 6자리 숫자를 차례로 입력하세요.</p><div>' +
        '<input maxlength="1"><input maxlength="1"><input maxlength="1"><input maxlength="1"><input maxlength="1">' +
        '<input maxlength="1"></div><button>확인</button>',
    );
    expect(codes(html, 'https://code-step.example/')).toContain('asks-otp');
    expect(verdict(html, 'https://code-step.example/')).toBe('suspicious-page');
  });

  it('flags a phone package a script names for the brand, on a page that names no one', () => {
    const html = page(
      '안심 앱',
      '<h3>결제 도용 차단 앱</h3><p>개인정보 유출 피해 고객 전용 무료 앱입니다.</p><button id="d">앱 받기</button>' +
        "<script>document.getElementById('d').onclick=function(){var f=new Blob(['x'],{type:'application/vnd.android." +
        "package-archive'});var l=document.createElement('a');l.href=URL.createObjectURL(f);l.download='Coupang_'+'Guard_'+" +
        "'3.1.a'+'pk';l.click()}</script>",
    );
    expect(codes(html, 'https://guard-app.example/')).toContain('brand-body-claim');
    expect(verdict(html, 'https://guard-app.example/')).toBe('suspicious-page');
  });

  it("flags a mission page whose only brand is its top banner's file name, over a deposit to unlock tasks", () => {
    const html = page(
      'Mission',
      '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="/assets/coupang-review-event.jpg" alt="event">' +
        '<h2>리뷰 작성 미션 · 건당 5,000원</h2><p>상위 미션을 열려면 보증금을 충전해야 합니다. 충전금은 미션 완료 후 전액 ' +
        '반환됩니다.</p><form><p>충전 금액 <input></p><p>입금자명 <input></p><button>충전하기</button></form>',
    );
    expect(codes(html, 'https://mission-hub.example/')).toContain('brand-body-claim');
    expect(verdict(html, 'https://mission-hub.example/')).toBe('suspicious-page');
  });

  it('leaves a blog post under a banner named for the brand, over its comment form, clean', () => {
    const html = page(
      '로켓배송 한 달 써 본 후기',
      '<img src="/uploads/coupang-rocket-review.jpg" alt="">' +
        '<article><h1>로켓배송 한 달 써 본 후기</h1><p>한 달 동안 생필품을 주문해 봤습니다. 배송은 빨랐어요.</p></article>' +
        '<section class="comments"><form id="commentform"><input placeholder="이름">' +
        '<input type="password" placeholder="비밀번호"><textarea placeholder="댓글"></textarea><button>등록</button></form>' +
        '</section>',
    );
    expect(verdict(html, 'https://daily-notes.example/2026/rocket')).toBe('clean');
  });

  it('leaves an APK mirror that shows its own name clean', () => {
    const html = page(
      'APK모아 - 안드로이드 앱 내려받기',
      '<header><b>APK모아</b></header><main><h2>APK모아</h2><p>앱 설치 파일을 모아 둔 곳입니다.</p>' +
        '<a href="/files/coupang_8.2.1.apk" download>내려받기</a></main>',
    );
    expect(verdict(html, 'https://apkmoa.example/app/123')).toBe('clean');
  });
});

describe('a relay through a messenger', () => {
  it("flags a 'customer centre' form that sends the reader on to an open chat when it is submitted", () => {
    const html = page(
      '쿠팡 고객센터 상담 접수',
      '<h2>쿠팡 고객센터 상담 접수</h2><p>결제취소 · 보상 문의는 담당 상담사가 바로 연결해 드립니다.</p>' +
        '<form onsubmit="window.location.href=\'https://open.kakao.com/o/gQx81Zp\';return false">' +
        '<p>이름 <input></p><p>연락처 <input></p><button>상담 연결</button></form>',
    );
    expect(codes(html, 'https://cs-connect.example/')).toContain('sends-to-messenger');
    expect(verdict(html, 'https://cs-connect.example/')).toBe('suspicious-page');
  });

  it("leaves an honest shop's Kakao channel link and its own order form clean", () => {
    const html = page(
      '꽃담 플라워 | 주문 문의',
      '<header><b>꽃담 플라워</b></header><main><h2>주문 문의</h2><p>쿠팡에서도 저희 꽃다발을 만나실 수 있어요. 문의는 ' +
        '카카오톡 채널로 주세요.</p><a href="https://pf.kakao.com/_xkQzab/chat">꽃담 플라워 카카오톡 채널</a>' +
        '<form onsubmit="location.href=\'/thanks\';return false"><input placeholder="이름"><input placeholder="연락처">' +
        '<button>문의 남기기</button></form></main>',
    );
    expect(verdict(html, 'https://kkotdam.example/contact')).toBe('clean');
  });

  it('flags a page that asks the number a messenger sign-in request shows', () => {
    const html = page(
      '보상금 수령 확인',
      '<h3>쿠팡 보상금 본인 서명</h3><p>카카오톡 로그인 요청의 번호 2자리를 아래에 넣은 뒤 카카오톡에서 확인을 눌러 ' +
        '주세요.</p><input maxlength="2"><button>다음</button>',
    );
    expect(codes(html, 'https://sign-reward.example/')).toContain('asks-otp');
    expect(verdict(html, 'https://sign-reward.example/')).toBe('suspicious-page');
  });

  it('flags a desktop page that sends a claim to the phone by a QR, the claim said to be mobile-only', () => {
    const html = page(
      '보상 신청',
      '<h3>쿠팡 보상금은 스마트폰으로만 신청할 수 있습니다</h3><div class="qr"></div>' +
        '<p>스마트폰 카메라로 QR을 찍어 주세요.</p>',
    );
    expect(codes(html, 'https://claim-qr.example/')).toContain('qr-handoff');
    expect(verdict(html, 'https://claim-qr.example/')).toBe('suspicious-page');
  });

  it("leaves a bank's own app page with its store QR and a mobile-only account opening clean", () => {
    const html = page(
      '한빛은행 모바일 앱',
      '<header><b>한빛은행</b></header><main><h2>한빛은행 앱</h2><p>비대면 계좌 개설은 모바일에서만 신청 가능합니다. ' +
        '쿠팡페이 연결도 앱에서 하실 수 있습니다.</p><p>휴대폰 카메라로 QR을 스캔해 앱을 설치하세요.</p></main>',
    );
    expect(verdict(html, 'https://www.hanbit-bank.example/app')).toBe('clean');
  });
});

describe('a warning that hands out a phone package it names as the brand’s app', () => {
  it("flags a smishing notice whose download button calls the package the brand's security app", () => {
    const html = page(
      '문자 사기 주의',
      '<h2>택배 사칭 스미싱 경보</h2><p>쿠팡을 사칭한 문자가 늘고 있어 고객님께 차단 프로그램을 드립니다.</p>' +
        '<a href="/dl/blocker_v5.apk" download aria-label="쿠팡 안심앱 받기">받기</a>',
    );
    expect(verdict(html, 'https://sms-alert.example/')).toBe('suspicious-page');
  });

  it("leaves a security firm's smishing warning that offers its own app clean", () => {
    const html = page(
      '세이프랩 | 쿠팡 사칭 스미싱 주의',
      '<header><b>세이프랩</b></header><main><h2>쿠팡 사칭 스미싱 주의</h2><p>쿠팡을 사칭한 문자가 늘고 있습니다. 쿠팡은 ' +
        '문자로 앱 설치를 요구하지 않습니다.</p><a href="/dl/safelab_vaccine.apk" download aria-label="세이프랩 백신 앱 받기">' +
        '받기</a></main>',
    );
    expect(verdict(html, 'https://www.safelab.example/notice/77')).toBe('clean');
  });
});
