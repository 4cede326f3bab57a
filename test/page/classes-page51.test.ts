import { describe, expect, it } from 'vitest';
import { codesOf as codes, koPage as page, verdictOf as verdict } from './helpers';

/**
 * Round page51 (tune-aq's misses), taken by class with pages written apart from the corpus: the next kit's version
 * of each class, caught, and the honest page of the same shape beside it, clean.
 */

describe('a wizard whose next step is shown by setting `hidden` to another falsy value', () => {
  it('flags a claim wizard under the brand whose hidden second step asks a password (`.hidden=0`)', () => {
    const html = page(
      '신청서 작성',
      '<div class="box"><div class="logo">쿠팡 배송지연 보상 접수 (1/2)</div><div id="s1"><input placeholder="이름">' +
        '<button onclick="s1.hidden=1;s2.hidden=0">계속</button></div><div id="s2" hidden><input placeholder="로그인 아이디">' +
        '<input type="password" placeholder="로그인 비밀번호"><button>접수</button></div></div>',
    );
    expect(codes(html, 'https://cp-delay.example/')).toContain('asks-password');
    expect(verdict(html, 'https://cp-delay.example/')).toBe('suspicious-page');
  });

  it("leaves a shop's own two-step sign-up under its name clean", () => {
    const html = page(
      '누리상점 회원가입',
      '<header><b>누리상점</b></header><main><h2>회원가입</h2><div id="s1"><input placeholder="이메일">' +
        '<button onclick="s1.hidden=1;s2.hidden=0">다음</button></div><div id="s2" hidden>' +
        '<input type="password" placeholder="비밀번호"><button>가입</button></div></main>',
    );
    expect(verdict(html, 'https://www.nuri-shop.example/join')).toBe('clean');
  });
});

describe('a chat that lists two items before one verb', () => {
  it('flags an "agent" chat asking the card number and the texted code in one sentence', () => {
    const html = page(
      '실시간 상담',
      '<div class="bar">쿠팡 고객센터 상담원</div><div class="msg">명의 도용 결제가 감지되었습니다. 취소하려면 카드번호 ' +
        '16자리와 카드 뒷면 CVC, 문자로 받은 인증번호 6자리를 이 대화창에 순서대로 남겨 주세요.</div><form><input placeholder="메시지"><button>보내기</button></form>',
    );
    expect(codes(html, 'https://cs-talk.example/')).toContain('asks-card');
    expect(verdict(html, 'https://cs-talk.example/')).toBe('suspicious-page');
  });

  it("leaves a bank's help chat that tells readers never to send the card number and code clean", () => {
    const html = page(
      '한빛카드 상담 채팅',
      '<header><b>한빛카드</b></header><div class="msg">상담원은 카드번호와 인증번호를 채팅으로 요구하지 않습니다.</div>' +
        '<form><input placeholder="문의 내용"><button>보내기</button></form>',
    );
    expect(verdict(html, 'https://www.hanbit-card.example/chat')).toBe('clean');
  });
});

describe("an authority's name opening the title over the brand's 'blocker app'", () => {
  it("flags a page titled by a regulator that hands out an APK named in the brand's smishing", () => {
    const html = page(
      '금융감독원 사칭문자 차단',
      '<h1>금융감독원 쿠팡 스미싱 방지 앱</h1><p>쿠팡 유출 이후 늘어난 문자를 막아 줍니다.</p>' +
        '<a href="/dl/fss_guard.apk">설치하기</a>',
    );
    expect(verdict(html, 'https://fss-guard.example/')).toBe('suspicious-page');
  });

  it("leaves the authority's own page offering its app from the store clean", () => {
    const html = page(
      'KISA 스미싱 차단 안내',
      '<h1>KISA 스미싱 예방 안내</h1><p>쿠팡 등 택배·쇼핑 사칭 문자가 늘고 있습니다. 출처를 모르는 앱은 설치하지 마세요.</p>' +
        '<a href="https://play.google.com/store/apps/details?id=kr.or.kisa.example">공식 앱 (Google Play)</a>',
    );
    expect(verdict(html, 'https://www.kisa.or.kr/notice/1')).toBe('clean');
  });
});

describe("a mail desk's words as the only name over a quarantined message's release", () => {
  it("flags a nameless 'held mail' page that asks the mailbox password to release the brand's message", () => {
    const html = page(
      'Mail Security | Quarantined',
      '<div><b>보류된 메시지</b><p>발신: notice@coupang.com / 제목: 쿠팡 환불 안내</p><p>이 메시지는 보안 정책에 따라 격리되었습니다. ' +
        '메일 계정으로 로그인하면 받은편지함으로 이동합니다.</p><input placeholder="이메일">' +
        '<input type="password" placeholder="메일 비밀번호"><button>메일 받기</button></div>',
    );
    expect(verdict(html, 'https://mx-release.example/')).toBe('suspicious-page');
  });

  it("leaves a provider's own quarantine list under its name, with a release button and no password, clean", () => {
    const html = page(
      '누리메일 - 격리함',
      '<header><b>누리메일</b></header><main><h2>격리함</h2><table><tr><td>notice@coupang.com</td>' +
        '<td>주문하신 상품이 출고되었습니다</td><td><button>받은편지함으로 이동</button></td></tr></table></main>',
    );
    expect(verdict(html, 'https://mail.nuri.example/quarantine')).toBe('clean');
  });
});

describe('a payout the main heading ends on, under the brand', () => {
  it("flags a 'joint compensation' headed by the brand that asks a pay password", () => {
    const html = page(
      '공동 보상',
      '<h1>쿠팡 · 한빛페이 공동 보상</h1><p>한빛페이로 결제한 고객께 3,000원을 드립니다.</p><input placeholder="휴대폰">' +
        '<input type="password" placeholder="한빛페이 비밀번호"><button>받기</button>',
    );
    expect(verdict(html, 'https://rocket-bonus.example/')).toBe('suspicious-page');
  });

  it("leaves a how-to post on the brand's compensation with a comment box clean", () => {
    const html = page(
      '블로그 | 쿠팡 보상 받는 법',
      '<header><b>생활정보 블로그</b></header><h1>쿠팡 배송지연 보상 받는 방법</h1><p>고객센터 앱에서 신청하면 됩니다.</p>' +
        '<form><textarea placeholder="댓글"></textarea><input type="password" placeholder="댓글 비밀번호"></form>',
    );
    expect(verdict(html, 'https://blog.example/post/1')).toBe('clean');
  });
});

describe('a job paid by the piece that wants a top-up first', () => {
  it("flags a 'home work' page in the brand's name whose task points are charged by a transfer", () => {
    const html = page(
      '부업 안내',
      '<div>쿠팡 파트너 재택 부업</div><p>리스트 정리 작업 1건당 2,500원, 매일 정산.</p><p>작업 시작 전 포인트 충전 ' +
        '(50,000원부터) 후 입금자명을 적어 주세요. 입금 계좌: 신한 110-555-123456</p><input placeholder="입금자명">' +
        '<button>충전 확인</button>',
    );
    expect(codes(html, 'https://cp-homework.example/')).toContain('transfer-lure');
    expect(verdict(html, 'https://cp-homework.example/')).toBe('suspicious-page');
  });

  it("leaves a job board's posting that pays by the piece and asks no money clean", () => {
    const html = page(
      '알바누리 | 물류 데이터 입력 재택',
      '<header><b>알바누리</b></header><main><h2>데이터 입력 재택 알바</h2><p>작업 1건당 300원, 월말 정산. 쿠팡 ' +
        '협력 물류사 채용.</p><p>지원 시 비용은 일절 없습니다.</p><input placeholder="이름"><input placeholder="연락처">' +
        '<button>지원하기</button></main>',
    );
    expect(verdict(html, 'https://www.albanuri.example/job/1')).toBe('clean');
  });
});

describe("a password asked one letter to a box, the boxes made by the page's script", () => {
  it('flags a dormant-account unlock headed by the brand whose masked one-letter boxes a script makes', () => {
    const html = page(
      '계정 안내',
      '<h1>쿠팡 계정 잠금 해제</h1><p>비정상 접속으로 잠겼습니다.</p><input placeholder="이메일"><p>비밀번호 한 글자씩</p>' +
        '<div id="k"></div><button>해제</button><script>for(var i=0;i<10;i++){var b=document.createElement("input");' +
        'b.maxLength=1;b.style.cssText="width:20px;-webkit-text-security:circle";k.appendChild(b)}</script>',
    );
    expect(codes(html, 'https://cp-unlock.example/')).toContain('asks-password');
    expect(verdict(html, 'https://cp-unlock.example/')).toBe('suspicious-page');
  });

  it("leaves a shop's own verification page whose script makes six plain code boxes clean", () => {
    const html = page(
      '누리상점 | 휴대폰 인증',
      '<header><b>누리상점</b></header><main><h2>인증번호 입력</h2><p>문자로 받은 6자리를 입력하세요.</p><div id="k"></div>' +
        '<script>for(var i=0;i<6;i++){var b=document.createElement("input");b.maxLength=1;k.appendChild(b)}</script></main>',
    );
    expect(verdict(html, 'https://www.nuri-shop.example/verify')).toBe('clean');
  });

  it("leaves a pay app's own PIN page whose script makes masked boxes under its name clean", () => {
    const html = page(
      '한빛페이 결제 비밀번호',
      '<header><b>한빛페이</b></header><main><h2>결제 비밀번호 입력</h2><div id="k"></div>' +
        '<script>for(var i=0;i<6;i++){var b=document.createElement("input");b.maxLength=1;' +
        'b.style.cssText="-webkit-text-security:disc";k.appendChild(b)}</script></main>',
    );
    expect(verdict(html, 'https://pay.hanbit.example/pin')).toBe('clean');
  });
});
