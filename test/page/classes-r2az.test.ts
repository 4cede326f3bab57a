import { describe, expect, it } from 'vitest';
import { koPage as page, scanHtml as scan } from './helpers';

/**
 * Author AZ's half (tune-az, scored once on integ), taken by class (round page-r2-az) with pages written apart from
 * it: first the honest pages it flagged, each next to the kit of the same shape that stays caught; then the kits it
 * missed, each next to an honest page of the same shape that stays clean.
 */
const verdict = (html: string, url?: string) => scan(html, url).verdict;

describe('a firm’s notice on the brand’s leak under its own sign-in, on a host spelling its name its own way', () => {
  const notice = (form: string, extra = '') =>
    page(
      '한성카드 - 쿠팡 이용 카드 안내',
      '<div class="top"><b>한성카드</b></div><main><h2>쿠팡 개인정보 유출 관련 카드 재발급 안내</h2>' +
        '<p>쿠팡 사고로 카드번호가 유출된 사실은 없으나, 원하시는 회원께는 무료로 재발급해 드립니다.</p>' +
        `<p>재발급 링크를 문자로 보내지 않습니다.${extra}</p>${form}</main>`,
    );
  const login =
    '<form method="post" action="/login"><label>아이디</label><input name="uid" autocomplete="username">' +
    '<label>비밀번호</label><input type="password" name="upw"><button>로그인 후 재발급 신청</button></form>';
  // (한성 read by the Revised Romanization is "hanseong"; the firm writes "hansung")
  const host = 'https://www.hansungcard.example/notice/reissue';

  it('leaves it clean: the host spells the firm its own way, the password is its sign-in', () => {
    expect(verdict(notice(login), host)).toBe('clean');
    expect(verdict(notice(login), 'https://www.hanseongcard.example/notice/reissue')).toBe('clean');
  });

  it('leaves clean a firm named with Latin initials and a Hangul word, "JB한성카드" on jbcard', () => {
    const jb = notice(login).replace(/한성카드/g, 'JB한성카드');
    expect(verdict(jb, 'https://card.jbcard.example/notice/reissue')).toBe('clean');
  });

  it('leaves clean the firm’s notice giving its own desk’s number', () => {
    const desk = page(
      '쿠팡 연결 카드 재발급 안내 - 한성카드',
      '<div><h2>한성카드 · 온라인 가맹점 연결 카드 재발급</h2><p>쿠팡 유출 사고와 관련해 원하시는 회원께 재발급해 드립니다.' +
        ' 신청은 한성카드 앱 또는 고객센터 1566-3300에서만 받습니다.</p><p>재발급 링크를 문자로 보내지 않습니다.</p></div>',
    );
    expect(verdict(desk, host)).toBe('clean');
    expect(verdict(desk, 'https://www.hanseongcard.example/notice/reissue')).toBe('clean');
  });

  it('flags the same notice on a host that is not the firm’s', () => {
    expect(verdict(notice(login), 'https://card-reissue-center.example/notice')).toBe('suspicious-page');
  });

  it('flags it where the form asks more than the sign-in: the card and its PIN beside the id', () => {
    const card =
      '<form><label>아이디</label><input name="uid"><label>비밀번호</label><input type="password" name="upw">' +
      '<label>카드번호</label><input name="cn"><label>카드 비밀번호 앞 2자리</label><input name="cp"><button>재발급</button></form>';
    expect(verdict(notice(card), host)).toBe('suspicious-page');
  });

  it('flags a password box with no id beside it under the brand’s title on the firm’s host', () => {
    const bare =
      '<form><label>비밀번호</label><input type="password" name="upw"><button>재발급 신청</button></form>';
    expect(verdict(notice(bare), host)).toBe('suspicious-page');
  });

  it('leaves the spelling rule to names of three consonants: a two-letter skeleton spells too many hosts', () => {
    // (우리 → "uri", its consonants one letter: the firm's own name on any host "wooricard" is not read by it)
    const woori = notice(login).replace(/한성카드/g, '우리카드');
    expect(verdict(woori, 'https://www.rorycard.example/notice')).toBe('suspicious-page');
  });
});

describe('a verifier’s window titled by its own short name, the brand the site that asked', () => {
  const win = (title: string, line: string) =>
    page(
      title,
      `<div class="wrap"><h2>${title}</h2><p class="s">${line}</p><form><label>통신사</label><select><option>SKT</option>` +
        '<option>KT</option><option>LG U+</option><option>알뜰폰</option></select><label>이름</label><input name="nm">' +
        '<label>생년월일</label><input maxlength="6" placeholder="YYMMDD"><label>휴대폰번호</label><input name="ph">' +
        '<button type="button">인증번호 받기</button><label>인증번호</label><input name="code" maxlength="6"></form>' +
        '<p class="s">본인확인 요청 사이트가 실제 이용 중인 사이트인지 확인하세요.</p></div>',
    );
  const url = 'https://auth.nuritelecom.example/pass';

  it('leaves it clean under "N인증" or "PASS 인증" with "요청 사이트: 쿠팡(주)"', () => {
    expect(verdict(win('N인증', '누리텔레콤 · 요청 사이트: 쿠팡(주) (www.coupang.com)'), url)).toBe('clean');
    expect(verdict(win('PASS 인증', '요청 사이트: 쿠팡(주)'), url)).toBe('clean');
  });

  it('flags the window whose purpose is an alarm on the account, or whose short name is the brand’s initials', () => {
    expect(verdict(win('N인증', '요청 사이트: 쿠팡(주) · 계정 도용 차단'), url)).toBe('suspicious-page');
    expect(verdict(win('CP인증', '요청 사이트: 쿠팡(주)'), url)).toBe('suspicious-page');
  });
});

describe('a voucher’s PIN told in a sentence, typed into boxes a script makes shaped as its groups', () => {
  const deposit = (told: string, brand = '<div class="logo"><b>쿠팡</b> 리뷰단</div>') =>
    page(
      '정산 보증금',
      `${brand}<h2>정산 전 보증금 확인</h2><p>부정 참여를 막기 위해 보증금 3만원이 필요합니다. ${told}</p>` +
        '<div id="rows"></div><button id="more">+ 한 장 더</button><button id="ok">확인 요청</button>' +
        "<script>function row(){var r=document.createElement('div');for(var i=0;i<4;i++){var e=document.createElement('input');" +
        "e.maxLength=4;e.placeholder='0000';r.appendChild(e)}document.getElementById('rows').appendChild(r)}row();</script>",
    );
  it('flags the deposit paid in a store’s gift card, its PIN typed into 0000 boxes', () => {
    expect(
      verdict(
        deposit('편의점에서 상품권을 산 뒤 PIN 번호를 입력하면 정산 때 돌려드립니다.'),
        'https://review-club.example/d',
      ),
    ).toBe('suspicious-page');
  });
  it('leaves clean a coupon page whose 0000 boxes take a coupon code, no voucher PIN told', () => {
    expect(
      verdict(
        deposit('쿠폰 번호 16자리를 아래에 입력하세요.', '<div class="logo"><b>누리몰</b></div>'),
        'https://nurimall.example/c',
      ),
    ).toBe('clean');
  });
});

describe('a call-only page whose number a script adds to a symbol from joined pieces', () => {
  const call = (pieces: string) =>
    page(
      '보상 접수 센터',
      '<div class="logo"><b>쿠팡</b></div><h2>피해보상 전화 접수</h2><p>온라인 접수가 마감되어 전화로만 접수합니다.</p>' +
        `<div id="n"></div><script>document.getElementById('n').textContent='☎ '+${pieces}.join('-');</script>`,
    );
  it('flags the number written as "☎ " plus ["1544", "0917"].join("-")', () => {
    expect(verdict(call('["1544", "0917"]'), 'https://bosang-call.example/')).toBe('suspicious-page');
  });
  it('leaves clean the brand’s own number so written', () => {
    expect(verdict(call('["1577", "7011"]'), 'https://bosang-call.example/')).toBe('clean');
  });
});

describe('a fake results page whose result shows the brand’s host but leads to its own form', () => {
  const results = (href: string) =>
    page(
      '유출 조회 - 검색',
      '<div class="top"><b>S</b><div>쿠팡 유출 조회</div></div><p class="s">광고</p>' +
        `<a href="${href}">쿠팡 회원정보 유출 조회 서비스</a><p class="s">www.coupang.com › member › leak</p>` +
        '<p>이름과 휴대폰 번호로 바로 확인하세요.</p><div id="q"><form><input name="n" placeholder="이름">' +
        '<input name="p" placeholder="휴대폰 번호"><input name="b" placeholder="생년월일 6자리"><input name="c" placeholder="인증번호">' +
        '<button>조회</button></form></div>',
    );
  it('flags the result that leads into the page ("#q")', () => {
    expect(verdict(results('#q'), 'https://search-s.example/search?q=x')).toBe('suspicious-page');
  });
  it('leaves clean a results page whose result leads to the brand’s host', () => {
    const real = page(
      '쿠팡 - 검색',
      '<div class="top"><b>S</b><div>쿠팡</div></div><a href="https://www.coupang.com/">쿠팡 - 로켓배송</a>' +
        '<p class="s">www.coupang.com › np › home</p><p>쿠팡에서 로켓배송으로 받아보세요.</p>' +
        '<form action="/search"><input name="q" placeholder="검색어"><button>검색</button></form>',
    );
    expect(verdict(real, 'https://search-s.example/search?q=%EC%BF%A0%ED%8C%A1')).toBe('clean');
  });
});

describe('the brand’s name written into the page from base64', () => {
  const push = (b64: string) =>
    page(
      '알림 받기',
      '<div id="m" style="font-weight:800"></div><h2>보상금 입금 알림을 받으시겠어요?</h2><p>보상 대상자입니다. 허용을 누르고 연락처를 남겨 주세요.</p>' +
        '<input placeholder="휴대폰 번호"><input placeholder="생년월일 6자리"><input placeholder="이름"><button>등록</button>' +
        `<script>document.getElementById('m').textContent=atob('${b64}');</script>`,
    );
  it('flags "Q09VUEFORw==" (COUPANG) atop a payout form', () => {
    expect(verdict(push('Q09VUEFORw=='), 'https://alert-now.example/p')).toBe('suspicious-page');
  });
  it('leaves clean another name so written', () => {
    expect(verdict(push('TlVSSU1BTEw='), 'https://alert-now.example/p')).toBe('clean');
  });
});

describe('a chat that asks a list after "verify:"', () => {
  const chat = (line: string) =>
    page(
      'Live chat',
      '<div class="hd"><b>쿠팡</b></div><h2>Customer Chat</h2><div id="log"></div>' +
        '<div id="in" contenteditable="true"></div><button id="s">Send</button>' +
        `<script>var M=["안녕하세요, 상담원 미나입니다. 무엇을 도와드릴까요?","${line}"],k=0;function nx(){if(k<M.length){var d=document.createElement('div');d.textContent=M[k++];document.getElementById('log').appendChild(d)}}setTimeout(nx,500);setTimeout(nx,1500);</script>`,
    );
  it('flags "please verify: name, phone and the SMS code we sent"', () => {
    expect(
      verdict(
        chat(
          'Your \\ub85c\\ucf13\\uc640\\uc6b0 fee was charged twice. To refund it, please verify: name, phone and the SMS code we sent.',
        ),
      ),
    ).toBe('suspicious-page');
  });
  it('leaves clean a chat that says it will verify you by an SMS code', () => {
    expect(
      verdict(chat('To verify your identity we will send an SMS code to your phone, please wait.')),
    ).toBe('clean');
  });
});
