import { describe, expect, it } from 'vitest';
import { codesOf as codes, koPage as page, scanHtml as scan, verdictOf as verdict } from './helpers';

/**
 * Round page44 (tune-am's misses), taken by class with pages written apart from the corpus: the next kit's version
 * of each trick, and the honest page of the same shape that stays clean.
 */

describe("a wizard whose steps' titles are in its script", () => {
  // (the brand only in a later step's title, kept in a list the script writes into a heading)
  const wizard = (steps: string, title = '확인', head = '') =>
    page(
      title,
      `${head}<div id="w"></div><script>var P=[${steps}],k=0;function s(){document.getElementById('w').innerHTML=` +
        `'<h3>'+P[k][0]+'</h3>'+P[k][1]+'<button id="b">다음</button>';document.getElementById('b').onclick=` +
        `function(){if(k<P.length-1){k++;s()}}}s();</script>`,
    );

  it('flags the brand named only in a later step over a resident number and an account', () => {
    const steps =
      `['정보 입력 1/2','<input placeholder="이름">'],` +
      `['쿠팡 환불 계좌 등록 2/2','<input placeholder="주민등록번호"><input placeholder="환불 계좌번호">']`;
    expect(verdict(wizard(steps))).toBe('suspicious-page');
  });

  it("leaves a bank's own account-opening wizard, under its name, clean", () => {
    const steps =
      `['한빛은행 계좌 개설 1/2','<input placeholder="이름"><input placeholder="주민등록번호">'],` +
      `['한빛은행 입출금 계좌 선택 2/2','<input placeholder="출금 계좌번호">']`;
    const html = wizard(steps, '계좌 개설 | 한빛은행', '<header><b>한빛은행</b></header>');
    expect(verdict(html, 'https://www.hanbit-bank.example/open')).toBe('clean');
  });

  it("leaves a telco's own wizard that names the brand as a partner offer, under its name, clean", () => {
    const steps =
      `['요금제 선택 1/2','<input placeholder="휴대폰번호">'],` +
      `['쿠팡 와우 제휴 할인 신청 2/2','<input placeholder="이름"><input placeholder="생년월일">']`;
    const html = wizard(steps, '제휴 요금제 | 누리텔레콤', '<header><b>누리텔레콤</b></header>');
    expect(verdict(html, 'https://www.nuri-telecom.example/plan')).toBe('clean');
  });
});

describe('a title a script sets in escapes', () => {
  // (as a browser has it after the script ran: the title is already what the script wrote)
  it('flags the brand that the title and heading show, and reads the escaped title as the brand', () => {
    const html = page(
      '쿠팡 환급',
      `<div id="a"><h2>쿠팡 환급</h2><input placeholder="계좌번호"><input placeholder="주민등록번호"></div>` +
        `<script>document.title='\\ucfe0\\ud321 \\ud658\\uae09';</script>`,
    );
    const r = scan(html);
    expect(r.verdict).toBe('suspicious-page');
    expect(r.reasons.some((x) => x.code === 'context-other-site')).toBe(false);
  });

  it('leaves a shop whose script writes its own name into the title in escapes, over its own login, clean', () => {
    // \ud55c\ube5b\ubab0 = 한빛몰
    const html = page(
      '한빛몰',
      `<header><b>한빛몰</b></header><h2>로그인</h2><p>쿠팡보다 빠른 새벽배송</p>` +
        `<form><input placeholder="아이디"><input type="password" placeholder="비밀번호"><button>로그인</button></form>` +
        `<script>document.title='\\ud55c\\ube5b\\ubab0';</script>`,
    );
    expect(verdict(html, 'https://www.hanbitmall.example/login')).toBe('clean');
  });
});

describe("the brand's two initials as a logo's name", () => {
  const lock = (alt: string, who = 'Coupang') =>
    page(
      'Account Locked',
      `<img src="data:image/png;base64,iVBORw0KGgo=" alt="${alt}"><h3>Your account has been locked</h3>` +
        `<p>${who} security detected a sign-in from a new device. Verify your account within 24 hours.</p>` +
        `<form><input placeholder="Email"><input type="password" placeholder="Password"><button>Verify</button></form>`,
    );

  it('flags a lock notice in the brand\'s voice under a "CP logo"', () => {
    const r = scan(lock('CP logo'));
    expect(r.verdict).toBe('suspicious-page');
    expect(r.reasons.some((x) => x.code === 'context-other-site')).toBe(false);
  });

  it("keeps another firm's two letters its own name (a KT or a CU logo)", () => {
    for (const alt of ['KT logo', 'CU logo'])
      expect(codes(lock(alt, 'Our')).includes('context-other-site')).toBe(true);
  });

  it('flags the same notice in Korean: the brand\'s security "detected" a login', () => {
    const html = page(
      '계정 보호',
      `<h3>계정이 일시 잠금되었습니다</h3><p>쿠팡 보안팀이 새로운 기기에서의 로그인을 감지했습니다.</p>` +
        `<form><input placeholder="이메일"><input type="password" placeholder="비밀번호"><button>확인</button></form>`,
    );
    expect(verdict(html)).toBe('suspicious-page');
  });

  it('leaves a blog that tells of that text under its own name, with its own comment login, clean', () => {
    const html = page(
      '가짜 보안 문자 주의 | 한빛 보안일기',
      `<header><b>한빛 보안일기</b></header><p>쿠팡 보안팀이 새로운 기기에서의 로그인을 감지했다는 문자를 받았다.</p>` +
        `<p>링크를 누르지 말고 앱에서 직접 확인하자.</p>` +
        `<form><input placeholder="닉네임"><input type="password" placeholder="비밀번호"><button>댓글 등록</button></form>`,
    );
    expect(verdict(html, 'https://blog.hanbit-sec.example/post/9')).toBe('clean');
  });
});

describe('a chat whose messages open with a desk of the brand', () => {
  const chat = (tag: string) =>
    page(
      '상담',
      `<div class="m">[${tag}] 안녕하세요. 계정 확인을 위해 아이디와 비밀번호를 아래에 보내주세요.</div>` +
        `<div class="m">확인되면 바로 환불 도와드리겠습니다. 텔레그램 @help_desk_kr 로도 연락 가능합니다.</div>` +
        `<form><input placeholder="아이디"><input placeholder="비밀번호"><button>전송</button></form>`,
    );

  it('flags "[쿠팡 고객보호센터]" asking the login in the chat', () => {
    expect(verdict(chat('쿠팡 고객보호센터'))).toBe('suspicious-page');
  });

  it('leaves a users\' group\'s chat, "[쿠팡 이용자 모임]", with its own box, clean', () => {
    const html = page(
      '쿠팡 이용자 모임 채팅',
      `<div class="m">[쿠팡 이용자 모임] 이번 주 특가 정보 공유합니다. 로켓배송 품절 전에 확인하세요.</div>` +
        `<div class="m">모임 게시판 글쓰기는 닉네임과 글 비밀번호로 할 수 있어요.</div>` +
        `<form><input placeholder="닉네임"><input type="password" placeholder="글 비밀번호"><button>등록</button></form>`,
    );
    expect(verdict(html, 'https://talk.shopfans.example/room/3')).toBe('clean');
  });
});

describe("a code box under the brand's account link", () => {
  it('flags "쿠팡 × 네이버 계정 연동" over a code the other service sent, in boxes of one digit', () => {
    const html = page(
      '계정 연결',
      `<h3>쿠팡 × 네이버 계정 연동</h3><p>네이버 앱으로 전송된 확인 코드를 입력하면 적립 알림이 연결됩니다.</p>` +
        `<div><input maxlength="1"><input maxlength="1"><input maxlength="1"><input maxlength="1"></div>` +
        `<button>연동</button>`,
    );
    expect(verdict(html)).toBe('suspicious-page');
  });

  it("leaves a pay service's own link page, under its name, clean", () => {
    const html = page(
      '한빛페이 × 쿠팡 계정 연동 | 한빛페이',
      `<header><b>한빛페이</b></header><h3>한빛페이 × 쿠팡 계정 연동</h3>` +
        `<p>한빛페이 앱으로 받은 인증번호 6자리를 입력하세요.</p><input placeholder="인증번호" maxlength="6"><button>확인</button>`,
    );
    expect(verdict(html, 'https://www.hanbitpay.example/link')).toBe('clean');
  });

  it('leaves news of a co-branded promotion clean', () => {
    const html = page(
      '카카오 × 쿠팡, 계정 연동 프로모션 시작 - 한빛경제',
      `<header><b>한빛경제</b></header><article><h1>카카오 × 쿠팡, 계정 연동 프로모션 시작</h1>` +
        `<p class="byline">김기자 기자</p><p>카카오와 쿠팡이 계정 연동 이용자에게 쿠폰을 주는 행사를 연다.</p></article>` +
        `<form><input type="email" placeholder="뉴스레터 이메일"><button>구독</button></form>`,
    );
    expect(verdict(html, 'https://www.hanbit-news.example/a/1')).toBe('clean');
  });
});

describe("a parcel's surcharge paid by transfer", () => {
  it('flags an extra fare owed on a parcel under way, to the account shown', () => {
    const html = page(
      '배송 안내',
      `<h2>배송 보류</h2><p>추가 운임 3,800원이 확인되어 배송이 보류되었습니다. 아래 계좌로 입금 후 입금자명을 입력해 주세요.</p>` +
        `<p><b>신한 110-482-119023 (주)한길물류</b></p><input placeholder="입금자명"><button>입금 확인</button>` +
        `<small>Coupang 배송 안내</small>`,
    );
    expect(verdict(html)).toBe('suspicious-page');
  });

  it("leaves a shop's own order page with its transfer account and shipping price clean", () => {
    const html = page(
      '주문 완료 | 누리상회',
      `<header><b>누리상회</b></header><h2>주문이 접수되었습니다</h2>` +
        `<p>상품 12,000원 + 배송비 3,000원, 도서산간 추가배송비 3,000원. 아래 계좌로 입금해 주세요.</p>` +
        `<p>농협 351-0000-1234-56 누리상회</p><input placeholder="입금자명"><button>확인</button>` +
        `<p>쿠팡에서도 만나보세요</p>`,
    );
    expect(verdict(html, 'https://nurisanghoe.example/order/done')).toBe('clean');
  });
});

describe('a reward paid into the account a sign-in confirms', () => {
  it('flags a survey on the brand\'s delivery whose points go to "the account" a login confirms', () => {
    const html = page(
      '이용 설문',
      `<h3>이용 설문 (2/2)</h3><p>최근 쿠팡 새벽배송 이용에 만족하셨나요?</p>` +
        `<p>설문 완료 시 3,000포인트 지급 – 포인트 받을 계정 로그인</p>` +
        `<input placeholder="아이디"><input type="password" placeholder="비밀번호"><button>제출</button>`,
    );
    expect(verdict(html)).toBe('suspicious-page');
  });

  it("leaves another mall's event, under its own name, clean", () => {
    const html = page(
      '고객 만족도 조사 | 한빛몰',
      `<header><b>한빛몰</b></header><h3>고객 만족도 조사</h3><p>쿠팡보다 빠른 한빛몰 배송, 만족하셨나요?</p>` +
        `<p>참여 완료 시 적립금 1,000원 – 적립 계정 확인</p>` +
        `<input placeholder="아이디"><input type="password" placeholder="비밀번호"><button>제출</button>`,
    );
    expect(verdict(html, 'https://event.hanbitmall.example/survey')).toBe('clean');
  });
});
