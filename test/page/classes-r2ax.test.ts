import { describe, expect, it } from 'vitest';
import { koPage as page, scanHtml as scan } from './helpers';

/**
 * Author AX's half (tune-ax, scored once on integ), taken by class (round page-r2-ax) with pages written apart from
 * it: first the honest pages it flagged, each next to the kit of the same shape that stays caught; then the kits it
 * missed, each next to an honest page of the same shape that stays clean.
 */
const verdict = (html: string, url?: string) => scan(html, url).verdict;

describe("a verifier's window that names the brand as the service that asked", () => {
  const win = (line: string, code = '<input placeholder="인증번호 6자리">') =>
    page(
      '휴대폰 본인확인',
      '<div class="bar">휴대폰 본인확인</div><p>통신사를 선택해 주세요</p><select><option>SKT</option>' +
        '<option>KT</option><option>LG U+</option><option>알뜰폰</option></select><input placeholder="이름">' +
        '<input placeholder="생년월일 6자리"><input placeholder="휴대폰번호"><button>인증번호 요청</button>' +
        `${code}<button>확인</button><p class="s">${line}</p>`,
    );
  const url = 'https://cert.nuri-auth.example/std/check';

  it('leaves it clean, the requester as "요청 서비스:" or "이용기관: (주)…", its own code box included', () => {
    expect(verdict(win('요청 서비스: 쿠팡 (본인확인 목적) · 제공: 누리텔레콤'), url)).toBe('clean');
    expect(verdict(win('이용기관: (주)쿠팡 · 회원정보 변경'), url)).toBe('clean');
    expect(verdict(win('이용기관: (주)쿠팡 · 회원정보 변경', ''), url)).toBe('clean');
  });

  it('flags the same window whose purpose is an alarm on the account, or that wants a card', () => {
    expect(verdict(win('요청 서비스: 쿠팡(주) · 회원정보 보호 조치'), url)).toBe('suspicious-page');
    expect(verdict(win('이용기관: (주)쿠팡 · 계정 도용 차단'), url)).toBe('suspicious-page');
    expect(
      verdict(win('이용기관: (주)쿠팡 · 회원정보 변경', '<input placeholder="카드번호 16자리">'), url),
    ).toBe('suspicious-page');
  });
});

describe('a scam text quoted and named as one, beside a login of its own', () => {
  const login = (note: string) =>
    page(
      '누리페이 로그인',
      '<h2>누리페이에 로그인</h2><form><input placeholder="이름"><input placeholder="생년월일 6자리">' +
        '<select><option>통신사 선택</option><option>SKT</option><option>KT</option></select>' +
        `<input placeholder="휴대폰 번호"><button type="button">인증번호 받기</button></form><p>${note}</p>`,
    );
  const url = 'https://login.nuripay.example/signin';

  it("leaves it clean when the quoted text is called a scam or a victims' case", () => {
    expect(
      verdict(
        login('누리페이는 인증번호를 묻지 않아요. “쿠팡 유출 보상금, 지금 받기” 같은 문자는 사기예요.'),
        url,
      ),
    ).toBe('clean');
    expect(
      verdict(
        login('“쿠팡 결제 취소 안내” 문자로 송금을 유도당한 피해 사례도 고객센터에서 상담해 드립니다.'),
        url,
      ),
    ).toBe('clean');
  });

  it('flags a page that points at its own text as the brand, with nothing called a scam', () => {
    expect(
      verdict(login('“쿠팡 유출 보상금” 문자를 받으신 쿠팡 고객님은 본인 확인 후 보상금을 받으세요.'), url),
    ).toBe('suspicious-page');
  });
});

describe("a tutorial's clone whose boxes nothing could carry", () => {
  const post = (extra = '', words = '실제 서비스와 무관하며 입력한 값은 어디에도 전송되지 않습니다.') =>
    page(
      '쿠팡 로그인 클론코딩 (Vue)',
      `<h2>쿠팡 로그인 화면 클론코딩 2편</h2><p>스터디 과제로 쿠팡 로그인 화면을 따라 만들었어요. ${words}</p>` +
        '<div class="box"><b>coupang</b><input placeholder="이메일"><input type="password" placeholder="비밀번호">' +
        `<button ${extra}>로그인</button></div><pre>&lt;input v-model="pw" type="password"&gt;</pre>`,
    );
  const url = 'https://devlog.example/study/coupang-login-2';

  it('leaves a clone with no form, no script and no handler that reads a box clean', () => {
    expect(verdict(post(), url)).toBe('clean');
    expect(verdict(post('onclick="alert(\'데모\')"'), url)).toBe('clean');
  });

  it('flags it where a click handler reads the box and sends it, or where nothing says it goes nowhere', () => {
    expect(
      verdict(post("onclick=\"fetch('/c?p='+document.querySelector('[type=password]').value)\""), url),
    ).toBe('suspicious-page');
    expect(verdict(post('', '로그인 후 이용해 주세요.'), url)).toBe('suspicious-page');
  });
});

describe("a lawyer's consultation booking about the brand's leak", () => {
  const booking = (title: string, boxes = '') =>
    page(
      title,
      '<h2>쿠팡 개인정보 유출 피해 무료 상담 예약</h2><p>박하늘 변호사 (IT·개인정보 전문)</p>' +
        '<label>상담 희망일</label><input type="date"><label>성명</label><input><label>연락처</label>' +
        `<input type="tel">${boxes}<label>문의 내용</label><textarea></textarea><button>신청</button>`,
    );
  const url = 'https://haneul-law.example/consult';

  it("leaves it clean when its title is the lawyer's and it asks only who and when", () => {
    expect(verdict(booking('변호사 상담 예약'), url)).toBe('clean');
    expect(verdict(booking('법무법인 하늘 | 상담 신청'), url)).toBe('clean');
  });

  it("flags the same booking that takes a card or an account, or whose title is the brand's", () => {
    expect(verdict(booking('변호사 상담 예약', '<label>카드번호</label><input>'), url)).toBe(
      'suspicious-page',
    );
    expect(verdict(booking('변호사 상담 예약', '<label>환급 계좌번호</label><input>'), url)).toBe(
      'suspicious-page',
    );
    expect(verdict(booking('쿠팡 유출 피해 상담 센터'), url)).toBe('suspicious-page');
  });
});

describe("a prize's fee paid in the page's own form, a picker offering how", () => {
  const won = (pick: string, words = '수령을 위해 보증금 30,000원을 충전하시면 체험 후 전액 환급됩니다.') =>
    page(
      '당첨 안내',
      `<p class="t">🎉 쿠팡 리뷰어 당첨 안내</p><p>에어프라이어 체험단에 당첨되셨습니다! ${words}</p>` +
        `<form><input placeholder="이름"><input placeholder="연락처"><input placeholder="배송 주소">${pick}` +
        '<button>상품 수령</button></form>',
    );

  it('flags the fee charged through the picker (missed before: no account given, no messenger)', () => {
    const r = scan(won('<select><option>계좌이체</option><option>카드결제</option></select>'));
    expect(r.reasons.map((x) => x.code)).toContain('transfer-lure');
    expect(r.verdict).toBe('suspicious-page');
  });

  it("leaves a review club's winner form clean, its picker a delivery time and no fee", () => {
    const club = page(
      '누리체험단 | 당첨자 배송 정보',
      '<div class="logo">누리체험단</div><h2>당첨자 배송 정보 입력</h2><p>쿠팡에서 판매 중인 에어프라이어 체험단에 당첨되셨습니다.</p>' +
        '<form action="/winner"><input placeholder="이름"><input placeholder="연락처"><input placeholder="배송 주소">' +
        '<select><option>오전 배송</option><option>오후 배송</option></select><button>저장</button></form>',
    );
    expect(verdict(club, 'https://nuri-review.example/winner')).toBe('clean');
  });
});

describe('a charge said to wait for approval, blocked with the code the reader is sent', () => {
  const block = page(
    '결제 알림',
    '<h2>이상결제 차단 신청</h2><p>쿠팡페이 결제 612,000원 (노트북) 승인 대기 중입니다. 본인이 아닌 경우 차단하세요.</p>' +
      '<input placeholder="휴대폰 번호"><button>인증번호 받기</button><input placeholder="승인번호"><button>차단</button>',
  );

  it('flags it (missed before: the brand only in a sentence, the code alone under the risk line)', () => {
    expect(verdict(block, 'https://pay-guard.example/b')).toBe('suspicious-page');
  });

  it("leaves a card issuer's own alarm service clean, the brand one shop of a list", () => {
    const bank = page(
      '이상결제 알림 서비스 | 누리카드',
      '<header><b>누리카드</b></header><h2>이상결제 차단 서비스</h2><p>쿠팡·11번가·G마켓 등 온라인 결제가 평소와 다르면 ' +
        '알려 드립니다.</p><form action="/alarm"><input placeholder="휴대폰 번호"><input placeholder="인증번호">' +
        '<button>신청</button></form><footer>© 누리카드 주식회사</footer>',
    );
    expect(verdict(bank, 'https://www.nuricard.example/alarm')).toBe('clean');
  });
});

describe("a wizard's steps hidden unless each is the one asked for (el.hidden = i != n)", () => {
  const wizard = (title: string, last: string) =>
    page(
      title,
      '<div id="s1"><h3>배송 만족도 조사 (1/3)</h3><button onclick="go(2)">만족</button></div>' +
        '<div id="s2" hidden><h3>2/3 사은품 배송지</h3><input placeholder="주소"><input placeholder="공동현관 출입번호">' +
        `<button onclick="go(3)">다음</button></div><div id="s3" hidden><h3>3/3 본인확인</h3>${last}</div>` +
        '<script>function go(n){for(var i=1;i<=3;i++)document.getElementById("s"+i).hidden=(i!=n)}</script>',
    );

  it("reads the later steps: a survey in the brand's name that asks its login and the entrance code is caught", () => {
    const r = scan(
      wizard(
        '로켓배송 만족도 조사',
        '<input placeholder="쿠팡 아이디"><input type="password" placeholder="비밀번호"><button>완료</button>',
      ),
      'https://survey-box.example/s',
    );
    expect(r.reasons.map((x) => x.code)).toContain('asks-entrance-code');
    expect(r.verdict).toBe('suspicious-page');
  });

  it("leaves a shop's own survey clean, its last step its own member login", () => {
    const shop = wizard(
      '누리몰 배송 만족도 조사',
      '<input placeholder="누리몰 아이디"><input type="password" placeholder="비밀번호"><button>완료</button>',
    )
      .replace('<div id="s1">', '<header><b>누리몰</b></header><div id="s1">')
      .replace('공동현관 출입번호', '배송 메모');
    expect(verdict(shop, 'https://www.nurimall.example/survey')).toBe('clean');
  });
});

describe('a name painted on a canvas from pieces the call joins', () => {
  const canvas = (pieces: string) =>
    page(
      '미납 안내',
      '<div><canvas id="c" width="150" height="40"></canvas></div><h2>배송비 미납 안내</h2>' +
        '<p>착불 배송비 미납으로 출고가 보류 중입니다. 입금 후 연락처를 남겨 주세요.</p><p>입금 계좌: 우체국 012345-02-678901</p>' +
        '<label>입금자명</label><input><label>연락처</label><input><button>입금 완료</button>' +
        `<script>var x=document.getElementById('c').getContext('2d');x.font='bold 26px sans-serif';x.fillText([${pieces}].join(''),4,30);</script>`,
    );

  it('flags the brand painted so (missed before: the pieces are no letters one by one)', () => {
    expect(verdict(canvas("'cou','pa','ng'"), 'https://fee-due.example/u')).toBe('suspicious-page');
  });

  it("leaves a courier's own page that paints its own name so clean", () => {
    expect(verdict(canvas("'nuri','ex','press'"), 'https://fee-due.example/u')).toBe('clean');
  });
});

describe('a page that is one SVG poster: the name on its first line, the number and the call words drawn', () => {
  const poster = (first: string, rest = '') =>
    page(
      '',
      `<svg viewBox="0 0 320 400" width="320"><text x="20" y="40" font-size="26">${first}</text>` +
        '<text x="20" y="100" font-size="18">개인정보 유출 피해 접수</text><text x="20" y="140">피해가 의심되면 상담센터로 전화 주세요.</text>' +
        `<text x="20" y="220" font-size="30">1670-4821</text><text x="20" y="260">24시간 운영</text>${rest}</svg>`,
    );

  it('flags it (missed before: the lines ran together and no call word was in text)', () => {
    const r = scan(poster('coupang'), 'https://care-line.example/');
    expect(r.reasons.map((x) => x.code)).toContain('callback-lure');
    expect(r.verdict).toBe('suspicious-page');
  });

  it("leaves a public notice's drawn example of the fake screen clean", () => {
    const notice = page(
      '쿠팡 유출 관련 주민 안내 | 누리구청',
      '<header><b>누리구청</b></header><h2>쿠팡 사칭 문자 주의</h2><p>아래는 가짜 화면의 예시입니다.</p>' +
        '<svg viewBox="0 0 300 200"><text x="20" y="30">쿠팡 피해보상 조회 (가짜)</text><text x="20" y="60">이름</text>' +
        '<text x="20" y="90">휴대폰 인증번호</text><text x="20" y="180">※ 예시 화면: 절대 입력하지 마세요</text></svg>' +
        '<p>문의: 누리구청 민원실 02-2600-6000</p>',
    );
    expect(verdict(notice, 'https://www.nuri.example.kr/notice/1')).toBe('clean');
  });
});

describe('a code typed into one focusable box of empty cells that a key listener fills', () => {
  const box = (words: string, head = '') =>
    page(
      'Verify',
      `${head}<h2>Confirm it's you</h2><p>${words}</p><div class="cells" tabindex="0" id="k">` +
        '<i></i><i></i><i></i><i></i><i></i><i></i></div><button>Next</button>' +
        "<script>var v='';document.getElementById('k').addEventListener('keydown',function(e){if(/\\d/.test(e.key)&&v.length<6)v+=e.key;var c=this.children;for(var i=0;i<6;i++)c[i].textContent=v[i]||''})</script>",
    );

  it("reads it as the code box: under the brand's line it is caught (missed before: no field at all)", () => {
    const r = scan(
      box(
        'We texted a code to your phone. Enter the code to keep your 쿠팡 account.',
        '<p class="lg">coupang</p>',
      ),
      'https://keep-access.example/v',
    );
    expect(r.reasons.map((x) => x.code)).toContain('asks-otp');
    expect(r.verdict).toBe('suspicious-page');
  });

  it("leaves a gallery's keyed dots clean, and a shop's own code box under its own name", () => {
    const dots = page(
      '누리몰 기획전',
      '<header><b>누리몰</b></header><h2>이번 주 기획전</h2><p>쿠팡보다 싼 가전 모음</p>' +
        '<div class="dots" tabindex="0"><i></i><i></i><i></i><i></i><i></i></div>' +
        "<script>document.querySelector('.dots').addEventListener('keydown',function(e){if(e.key=='ArrowRight')next()})</script>",
    );
    expect(verdict(dots, 'https://www.nurimall.example/deal')).toBe('clean');
    expect(
      verdict(
        box(
          'We texted a code to your phone. Enter the code to sign in to Nurimall.',
          '<header><b>Nurimall</b></header>',
        ),
        'https://www.nurimall.example/verify',
      ),
    ).toBe('clean');
  });
});

describe("a box's background drawing the brand's name over a warning", () => {
  const svg = (first: string) =>
    Buffer.from(
      `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="160"><text x="20" y="50" font-size="36">${first}</text>` +
        '<text x="20" y="100" font-size="16">계정 보안 알림: 다시 로그인해 주세요</text><text x="20" y="130">미확인 시 이용이 제한됩니다</text></svg>',
    ).toString('base64');
  const notice = (first: string) =>
    page(
      'Notice',
      `<div style="background-image:url('data:image/svg+xml;base64,${svg(first)}');height:160px"></div>` +
        '<div><p>Sign in</p><input placeholder="ID"><input type="password" placeholder="PW"><button>OK</button></div>',
    );

  it('reads its first line as the mark (missed before: the whole picture was read as one sentence)', () => {
    expect(verdict(notice('coupang'), 'https://acct-notice.example/v')).toBe('suspicious-page');
  });

  it("leaves the same page clean when the picture's first line is another firm's name", () => {
    expect(verdict(notice('nurimall'), 'https://acct-notice.example/v')).toBe('clean');
  });
});

describe('the brand\'s member addressed by it over a sign-in ("쿠팡 회원님, …")', () => {
  const policy = (line: string, head = '') =>
    page(
      '안내',
      `${head}<h2>안내</h2><p>${line}</p><div class="terms">제1조 … 제2조 …</div>` +
        '<div class="f"><input placeholder="아이디"><input type="password" placeholder="비밀번호"><button>동의 후 로그인</button></div>',
    );

  it("reads the sign-in as the brand's login (missed before: only a salutation named the brand)", () => {
    expect(
      verdict(
        policy('쿠팡 회원님, 이용약관이 개정되었습니다. 아래에서 동의해 주세요.'),
        'https://terms-upd.example/a',
      ),
    ).toBe('suspicious-page');
  });

  it('leaves a site that shows its own name clean, and one that names the brand in passing', () => {
    expect(
      verdict(
        policy('쿠팡 회원님, 누리몰에서도 같은 혜택을 받으세요.', '<header><b>누리몰</b></header>'),
        'https://www.nurimall.example/terms',
      ),
    ).toBe('clean');
    expect(
      verdict(policy('쿠팡에서 옮겨 오신 분도 이용약관에 동의해 주세요.'), 'https://terms.example/a'),
    ).toBe('clean');
  });
});

describe("a document in the brand's name, named as a file at the top, opened only after a sign-in", () => {
  const viewer = (doc: string) =>
    page(
      '문서 보기',
      `<div class="doc"><p>■ 보안 문서 ■</p><p>${doc}</p><p class="blur">성명 ○○○ / 금액 ○○○원</p></div>` +
        '<p>문서를 보려면 메일 계정으로 로그인하세요.</p><input placeholder="메일 주소"><input type="password" placeholder="메일 비밀번호"><button>열기</button>',
    );

  it("reads the sign-in as the one the document's owner would ask (missed before: the title is no file's)", () => {
    expect(verdict(viewer('쿠팡 보상금 지급 안내서 (PDF 3쪽)'), 'https://doc-view.example/v/1')).toBe(
      'suspicious-page',
    );
  });

  it("leaves the same viewer clean when the document is nobody's in particular", () => {
    expect(verdict(viewer('2026년 동호회 회비 정산 (PDF 3쪽)'), 'https://doc-view.example/v/1')).toBe(
      'clean',
    );
  });
});

describe("a drawn window's bar showing a page of the brand's own host at the very top", () => {
  const win = (bar: string) =>
    page(
      'Checkout',
      `<div class="win"><div class="bar">${bar}</div><p class="lg">coupang</p><p>계속하려면 로그인하세요</p>` +
        '<input placeholder="이메일"><input type="password" placeholder="비밀번호"><button>로그인</button></div>',
    );

  it("reads the sign-in as the brand's (missed before: the address was no login's)", () => {
    expect(verdict(win('https://www.coupang.com/np/cart'), 'https://pay-window.example/p')).toBe(
      'suspicious-page',
    );
  });

  it('leaves a site whose own address heads its sign-in clean', () => {
    expect(verdict(win('https://www.nurimall.example/cart'), 'https://www.nurimall.example/cart')).toBe(
      'clean',
    );
  });
});

describe('an open chat the page sends the reader to with the entrance code named in words', () => {
  const talk = (line: string) =>
    page(
      '알림톡',
      `<div class="bubble"><p>[쿠팡] 배송 안내</p><p>${line}</p><a href="https://open.kakao.com/o/sAbC123">상담원 연결</a></div>`,
    );

  it('reads the entrance code asked in the chat (missed before: "공동현관 번호" was no chat item)', () => {
    const r = scan(
      talk('주소 오류로 반송 예정입니다. 상담원에게 이름/주소/공동현관 번호를 보내주세요.'),
      'https://talk-view.example/m/1',
    );
    expect(r.reasons.map((x) => x.code)).toContain('asks-entrance-code');
    expect(r.verdict).toBe('suspicious-page');
  });

  it("leaves an apartment office's page clean that says the code is not to be given, its residents' chat linked", () => {
    const office = page(
      '누리마을 관리사무소',
      '<header><b>누리마을 관리사무소</b></header><h2>택배 출입 안내</h2><p>쿠팡·택배사 기사님께 공동현관 번호를 알려주지 않고 ' +
        '경비실 호출로 받을 수 있습니다.</p><a href="https://open.kakao.com/o/sRes001">입주민 단톡방</a>',
    );
    expect(verdict(office, 'https://nuri-apt.example/notice')).toBe('clean');
  });
});

describe("a building's door code asked in English", () => {
  const hold = (label: string) =>
    page(
      'Rocket Delivery Status',
      `<h2>Delivery status</h2><p>Your parcel is on hold due to an incomplete address.</p><input placeholder="Full name">` +
        `<input placeholder="${label}"><input placeholder="Mobile"><button>Release</button>`,
    );

  it('reads "Door entry code" as the entrance code (missed before)', () => {
    expect(verdict(hold('Door entry code'), 'https://parcel-state.example/en')).toBe('suspicious-page');
  });

  it("leaves a contest's entry code clean", () => {
    expect(verdict(hold('Contest entry code'), 'https://parcel-state.example/en')).toBe('clean');
  });
});

describe('the name kept as letter parts in short arrays and put together by the script', () => {
  const kit = (codes: string) =>
    page(
      '접수',
      '<div id="r"></div><script>var t=' +
        codes +
        ";function j(a){return String.fromCharCode.apply(null,a).normalize('NFC')}var b=j(t[0])+j(t[1]);" +
        'document.getElementById(\'r\').innerHTML=\'<h2>\'+b+\' 피해 접수</h2><input placeholder="성명"><input placeholder="주민등록번호"><input placeholder="계좌번호"><button>접수</button>\';</script>',
    );

  it('reads the parts as the name (missed before: no array was long enough to be read)', () => {
    expect(verdict(kit('[[0x110F,0x116E],[0x1111,0x1161,0x11BC]]'), 'https://claim-desk.example/')).toBe(
      'suspicious-page',
    );
  });

  it('leaves the same page clean when the parts spell another word', () => {
    expect(verdict(kit('[[0x1112,0x1161],[0x1102,0x1173,0x11AF]]'), 'https://claim-desk.example/')).toBe(
      'clean',
    );
  });
});

describe('a QR that carries the check over to the phone, "QR을 카메라로 스캔"', () => {
  const qr = (line: string) =>
    page(
      'QR 인증',
      `<h3>PC에서 휴대폰으로 이어서 인증</h3><p>${line} 아래 QR을 카메라로 스캔하세요.</p><svg width="120" height="120"><rect width="120" height="120"/></svg>` +
        '<p>스캔이 안 되면 휴대폰 번호를 남겨 주세요.</p><input placeholder="휴대폰 번호"><button>링크 받기</button>',
    );

  it('flags it under the brand (missed before: the camera came between QR and scan)', () => {
    expect(
      verdict(qr('쿠팡 로켓배송 주소 확인을 휴대폰에서 완료해 주세요.'), 'https://qr-step.example/pc'),
    ).toBe('suspicious-page');
  });

  it("leaves a bank's own QR sign-in clean", () => {
    const bank = qr('누리은행 앱에서 로그인을 휴대폰에서 완료해 주세요.').replace(
      '<h3>',
      '<header><b>누리은행</b></header><h3>',
    );
    expect(verdict(bank, 'https://www.nuribank.example/login')).toBe('clean');
  });
});
