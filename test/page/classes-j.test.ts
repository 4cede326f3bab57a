import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { scanPage } from '../../lib/page/index';
import { parse } from './helpers';

/**
 * Author J's half (frozen-j, scored once), its classes fixed with pages written apart from it; next to each kit
 * an honest page that shares its words or its build, which must stay clean (and the other way round for the
 * false alarms).
 */
const page = (title: string, body: string, head = '') =>
  `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>${title}</title>${head}</head><body>${body}</body></html>`;
const scan = (html: string, url = 'https://x.example/p') =>
  scanPage(parse(html), url, { parseHtml: (m) => parseHTML(m).document as unknown as Document });
const codes = (html: string) => scan(html).reasons.map((r) => r.code);
/** a data: SVG that draws `text` one glyph per <text> element, as a picture of a number or a name */
const glyphs = (text: string) =>
  'data:image/svg+xml;base64,' +
  Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="40">${[...text]
      .map((c, i) => `<text x="${4 + i * 17}" y="30" font-size="26">${c}</text>`)
      .join('')}</svg>`,
  ).toString('base64');

describe("author J's classes", () => {
  it('a number to call drawn one glyph at a time in a picture is a number offered', () => {
    const alert = (number: string, brand = '쿠팡') =>
      page(
        '결제 알림',
        `<p style="font-weight:800">${brand}</p><h1>결제가 완료되었습니다</h1><div>결제금액 612,000원 · 등록 카드</div>` +
          `<p>본인 결제가 아니면 아래 신고센터로 바로 연락하세요.</p><img alt="신고센터" src="${glyphs(number)}">`,
      );
    const kit = alert('070-4821-9935');
    expect(codes(kit)).toContain('callback-lure');
    expect(scan(kit).verdict).toBe('suspicious-page');
    // the brand's own number so drawn is no lure, and a picture of a number under no claim of the brand is
    // nobody's business of ours
    expect(codes(alert('1577-7011'))).not.toContain('callback-lure');
    expect(scan(alert('070-4821-9935', '누리페이')).verdict).toBe('clean');
  });

  it('a number the script shows only after a tap ("내역 보기") is read from the script', () => {
    const reveal = (inner: string, head = '') =>
      page(
        '해외 결제 승인 알림',
        `${head}<h2>해외 결제 승인 알림</h2><button id="v">내역 보기</button><div id="d"></div>` +
          `<script>document.getElementById('v').onclick=function(){var n=['070','-','48','21','-','99','35'];` +
          `document.getElementById('d').innerHTML=${inner}}</script>`,
      );
    const kit = reveal(
      `'<div><b>'+'쿠'+'팡'+' 해외직구</b> USD 412.00 승인</div><p>본인 결제가 아니면 고객센터 '+n.join('')+'로 신고하세요.</p><a href="tel:'+n.join('')+'">전화 걸기</a>'`,
    );
    expect(codes(kit)).toContain('callback-lure');
    expect(scan(kit).verdict).toBe('suspicious-page');
    // a card company's own alert that reveals its own desk's number, under its own name, stays clean
    const honest = reveal(
      `'<div>누리카드 해외 승인 USD 412.00 (쿠팡 해외직구)</div><p>본인 결제가 아니면 누리카드 고객센터 '+n.join('')+'로 연락하세요.</p><a href="tel:'+n.join('')+'">전화 걸기</a>'`,
      '<header>누리카드</header>',
    ).replace('<title>해외 결제 승인 알림</title>', '<title>해외 결제 승인 알림 | 누리카드</title>');
    expect(scan(honest).verdict).toBe('clean');
  });
  it('a fee sent first to an account or wallet the page shows, for a prize, payout, job or mission, is the ask', () => {
    const prize = (fee: string) =>
      page(
        '연말 경품 당첨 안내',
        '<div class="logo">쿠팡</div><h1>연말 경품 당첨을 축하합니다</h1><p>LG 스탠바이미 당첨자로 선정되셨습니다.</p>' +
          `<p>${fee}</p><input placeholder="이름"><input placeholder="주소"><button>확인</button>`,
      );
    const kit = prize(
      '제세공과금(22%) 231,000원을 입금하시면 발송됩니다. 입금 계좌: 신한 110-552-901274 (경품관리)',
    );
    expect(codes(kit)).toContain('transfer-lure');
    expect(scan(kit).verdict).toBe('suspicious-page');
    // the account itself is never shown back as evidence
    expect(scan(kit).reasons.find((r) => r.code === 'transfer-lure')?.evidence).not.toMatch(/\d{6}/);
    // the same prize shipped with no money asked is no transfer
    expect(codes(prize('배송지를 입력하시면 7일 이내 발송됩니다.'))).not.toContain('transfer-lure');
    // a mission top-up, a recruiter's training fee and a coin payout's gas, in the brand's voice
    const mission = page(
      '체험단 미션',
      '<div class="logo">쿠팡 체험단</div><h1>체험단 당첨을 축하합니다</h1><p>미션 1: 지정 상품 구매 후 리뷰 (구매금액 + 20% 환급)</p>' +
        '<p>미션 2: 포인트 충전 후 VIP 미션 참여</p><div>충전 계좌: 하나 391-910283-11207</div><input placeholder="LINE ID"><input placeholder="입금자명"><button>미션 시작</button>',
    );
    expect(scan(mission).verdict).toBe('suspicious-page');
    const recruiter = page(
      '인사팀',
      '<p>[쿠팡 인사팀] 재택 CS 상담원 합격을 축하드립니다.</p><p>교육 자료 발송을 위해 교육비 49,000원을 입금해 주세요.</p><p>입금 계좌: 국민 620-27-0449113</p>',
    );
    expect(codes(recruiter)).toContain('transfer-lure');
    expect(scan(recruiter).verdict).toBe('suspicious-page');
    const coin = page(
      '보상금 지급',
      '<img alt="쿠팡" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><h2>보상금 코인 지급 대기</h2>' +
        '<p>지급을 위해 네트워크 수수료 0.05 ETH를 아래 주소로 입금하세요.</p><div>0x7a3f92c1e0b4...c19e</div><input placeholder="입금 TXID"><button>확인</button>',
    );
    expect(scan(coin).verdict).toBe('suspicious-page');
  });

  it("a shop's bank transfer, a tool's fee account and a refund account are no advance fee", () => {
    // a workshop's order: pay the price into its own account, ships once paid (발송), a refund account for returns
    const order = page(
      '주문 완료 | 누리공방',
      '<header>누리공방</header><h3>주문이 접수되었습니다</h3><p>결제금액 42,000원 · 로켓배송처럼 빠르진 않지만 정성껏 만듭니다.</p>' +
        '<p>입금 계좌: 농협 301-4412-0089-11 (예금주 누리공방). 송금 수수료는 고객 부담이며, 입금 확인 후 발송됩니다.</p>' +
        '<label>입금자명</label><input><label>환불 계좌번호</label><input><button>확인</button>',
    );
    expect(codes(order)).not.toContain('transfer-lure');
    expect(scan(order).verdict).toBe('clean');
    // a settlement tool's sign-up: its fee debited from the seller's account, the payouts it reconciles
    const signup = page(
      '회원가입 - 이지정산',
      '<header>이지정산</header><h2>사업자 회원가입</h2><p>쿠팡, 스마트스토어 정산 내역을 한 화면에서 대사하세요.</p>' +
        '<label>사업자등록번호</label><input placeholder="000-00-00000"><label>수수료 자동이체 계좌</label><input placeholder="계좌번호"><button>가입</button>',
    );
    expect(codes(signup)).not.toContain('transfer-lure');
  });
  it("a scam report form that asks for the brand's own password is the scam it names", () => {
    const report = (form: string) =>
      page(
        '스미싱 신고',
        '<iframe srcdoc="' +
          `<b>한국인터넷진흥원 118</b><h2>쿠팡 사칭 스미싱 피해 신고</h2><p>신고 확인을 위해 피해 정보가 필요합니다.</p><form action='/k' method='post'>${form}<button>신고</button></form>` +
          '"></iframe>',
      );
    const kit = report(
      "<input placeholder='쿠팡 아이디'><input type='password' placeholder='쿠팡 비밀번호'><input placeholder='주민등록번호'>",
    );
    expect(codes(kit)).toContain('context-discussion');
    expect(scan(kit).verdict).toBe('suspicious-page');
    // a report form that asks what a report needs (who, how to reach them, the text received) stays a warning
    const honest = report(
      "<input placeholder='이름'><input type='tel' placeholder='연락처'><textarea placeholder='받은 문자 내용'></textarea>",
    );
    expect(scan(honest).verdict).toBe('clean');
    // … and so does a warning's own sign-in that tells the reader never to type the brand's password there
    const board = page(
      '쿠팡 사칭 문자 피해자 모임 | 안심카페',
      '<header>안심카페</header><h1>쿠팡 사칭 문자 피해자 모임</h1><p>쿠팡 비밀번호는 절대 여기에 입력하지 마세요.</p>' +
        '<form><input placeholder="안심카페 아이디"><input type="password" placeholder="비밀번호"><button>로그인</button></form>',
    );
    expect(scan(board).verdict).toBe('clean');
  });
  it("the brand's API keys asked with a login password beside them: the password is the brand account's", () => {
    const recheck = (heading: string, title = 'API') =>
      page(
        title,
        `<h2>${heading}</h2><h1>API 키 재검증</h1><p>보안 사고 후속 조치로 기존 키를 검증합니다.</p>` +
          '<input placeholder="Access Key"><input placeholder="Secret Key"><input placeholder="아이디"><input type="password" placeholder="비밀번호"><button>검증</button>',
      );
    const kit = recheck('&#53216;&#54049; 파트너스 Open API');
    expect(codes(kit)).toContain('brand-account-ask');
    expect(scan(kit).verdict).toBe('suspicious-page');
    // a tool that takes only the keys (never the account's password) under its own name stays clean
    const connect = page(
      '쿠팡 연동 설정 - 셀러허브',
      '<header>셀러허브</header><h2>쿠팡 윙 연동</h2><p>쿠팡 WING &gt; 추가판매정보 &gt; OPEN API 키 발급 후 입력하세요.</p>' +
        '<input placeholder="업체코드 (Vendor ID)"><input placeholder="Access Key"><input type="password" placeholder="Secret Key"><button>연동 테스트</button>',
    );
    expect(codes(connect)).not.toContain('brand-account-ask');
    expect(scan(connect).verdict).toBe('clean');
    // … and a tool's own sign-up that takes its password and the keys, under its own name
    const signup = page(
      '회원가입 - 셀러허브',
      '<header>셀러허브</header><h2>가입하고 쿠팡 연동까지 한 번에</h2><input type="email" placeholder="이메일"><input type="password" placeholder="셀러허브 비밀번호">' +
        '<input placeholder="쿠팡 Access Key"><input type="password" placeholder="쿠팡 Secret Key"><button>가입</button>',
    );
    expect(codes(signup)).not.toContain('brand-account-ask');
    expect(scan(signup).verdict).toBe('clean');
  });
  it("a firm's own name as its whole title, said again atop the page, says whose page it is", () => {
    const chat = (title: string, top: string) =>
      page(
        title,
        `<b>${top}</b><p class="box">쿠팡 정보유출 관련 지급정지 문의는 1588-0000(대표번호)으로 전화하세요. 로그인하시면 계좌 조회를 도와드립니다.</p>` +
          '<input placeholder="계좌번호"><button>조회</button>',
      );
    const bank = chat('새솔은행 챗봇', '새솔은행 챗봇');
    expect(codes(bank)).toContain('context-other-site');
    expect(scan(bank).verdict).toBe('clean');
    // a title of one piece that says what the page does ("환불 계좌 등록") is no name, said twice or not
    expect(scan(chat('환불 계좌 등록', '환불 계좌 등록')).verdict).toBe('suspicious-page');
    // … and the firm's name under the brand's own logo is a claim of both owners: the logo wins
    expect(scan(chat('새솔은행 챗봇', '새솔은행 챗봇</b><div class="logo">쿠팡</div><b>')).verdict).toBe(
      'suspicious-page',
    );
  });
  it("the brand's service named as one example ('로켓직구 등 해외직구') is not the page's own", () => {
    const issue = (note: string) =>
      page(
        '개인통관고유부호 발급',
        '<b>전자통관 민원</b><h2>개인통관고유부호 발급·조회</h2><input placeholder="성명"><input placeholder="주민등록번호">' +
          `<input placeholder="휴대폰"><button>본인인증</button><p class="note">${note}</p>`,
      );
    const honest = issue('쿠팡 로켓직구 등 해외직구 시 필요합니다. 문자로 부호를 묻지 않습니다.');
    expect(codes(honest)).not.toContain('brand-service-words');
    expect(scan(honest).verdict).toBe('clean');
    // the same form that speaks of the service as the reader's own parcel speaks for the brand
    const kit = issue('로켓직구 통관이 보류되었습니다. 로켓직구 재통관을 위해 주민등록번호를 입력하세요.');
    expect(codes(kit)).toContain('brand-service-words');
    expect(scan(kit).verdict).toBe('suspicious-page');
  });
});
