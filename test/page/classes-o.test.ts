import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { scanPage } from '../../lib/page/index';
import { parse } from './helpers';

/**
 * Author O's half (frozen-o, scored once) and what author N's half still missed, fixed by class with pages written
 * apart from both halves; next to each kit the honest page that shares its words, which must stay clean.
 */
const page = (title: string, body: string) =>
  `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const scan = (html: string, url = 'https://x.example/p') =>
  scanPage(parse(html), url, { parseHtml: (m) => parseHTML(m).document as unknown as Document });
const codes = (html: string) => scan(html).reasons.map((r) => r.code);
const svg = (text: string) =>
  `data:image/svg+xml;base64,${Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="24"><text x="0" y="18">${text}</text></svg>`,
  ).toString('base64')}`;

describe("author O's classes", () => {
  it("a copied footer of labels and numbers names no owner; a shop's own company line does", () => {
    const withFooter = (line: string) =>
      page(
        '본인 확인',
        '<div class="logo">쿠팡</div><h2>주문 취소 확인</h2><p>취소 처리를 위해 결제하신 카드 정보를 다시 입력해 주세요.</p>' +
          '<form><label>카드번호</label><input name="c1"><button>확인</button></form>' +
          `<footer>쿠팡 고객센터 · 이용약관<br>${line}</footer>`,
      );
    const kit = withFooter('사업자등록번호 481-27-33012 · 통신판매업신고 제2019-서울송파-0221호');
    expect(codes(kit)).not.toContain('context-other-site');
    expect(scan(kit).verdict).toBe('suspicious-page');
    // a line that gives a company's name is that company's
    const shop = page(
      '주문 결제',
      '<h2>주문 결제</h2><p>쿠팡보다 저렴하게! 오늘만 특가.</p><form><label>카드번호</label><input name="c1"><button>결제</button></form>' +
        '<footer>상호: 주식회사 바른마켓 · 사업자등록번호 481-27-33012 · 통신판매업신고 제2019-서울마포-0221호</footer>',
    );
    expect(codes(shop)).toContain('context-other-site');
  });

  it('push bait makes a prize or a human check hang on "Allow"; a site\'s own alert opt-in does not', () => {
    const script =
      '<script>document.getElementById("a").onclick=function(){Notification.requestPermission()}</script>';
    const kit = page(
      '알림',
      '<p>쿠팡 와우 회원 감사 경품에 당첨되셨습니다. 아래 \'허용\'을 누르면 경품 지급 알림이 발송됩니다. 허용하지 않으면 당첨이 취소됩니다.</p><button id="a">허용하고 받기</button>' +
        script,
    );
    expect(codes(kit)).toContain('asks-push-permission');
    expect(scan(kit).verdict).toBe('suspicious-page');
    const robot = page(
      'Just a moment',
      '<p>Coupang order check. Click Allow to confirm you are not a robot.</p><button id="a">Allow</button>' +
        script,
    );
    expect(codes(robot)).toContain('asks-push-permission');
    // a price tracker that offers alerts: nothing hangs on the answer
    const tracker = page(
      '에어팟 프로 쿠팡 최저가 | 가격알리미',
      '<header><b>가격알리미</b></header><h1>에어팟 프로 2</h1><p>쿠팡 현재가 289,000원. 가격이 내려가면 브라우저 알림으로 알려 드려요. 알림을 원하시면 아래 버튼을 눌러 주세요.</p><button id="a">가격 알림 켜기</button>' +
        script,
    );
    expect(codes(tracker)).not.toContain('asks-push-permission');
    expect(scan(tracker).verdict).toBe('clean');
  });

  it("an extension loaded by hand in developer mode is the kit's program; a developer's tutorial installs nothing", () => {
    const kit = page(
      '보안 점검',
      '<div class="logo">쿠팡</div><h3>결제 보호 모듈 미설치</h3><p>주문을 계속하려면 쿠팡 안전결제 확장 프로그램을 설치하세요. 내려받은 뒤 개발자 모드를 켜고 압축해제된 확장 프로그램을 로드합니다.</p><button>보안 프로그램 설치</button>',
    );
    expect(codes(kit)).toContain('app-install-prompt');
    expect(scan(kit).verdict).toBe('suspicious-page');
    const tutorial = page(
      '크롬 확장 프로그램 만들기 (1) - 개발 블로그',
      '<header><b>개발 블로그</b></header><article><h1>크롬 확장 프로그램 만들기 (1)</h1><p>쿠팡 상품 가격을 기록하는 작은 확장을 만들어 봅니다. manifest.json 을 만든 뒤 chrome://extensions 에서 개발자 모드를 켜고 압축해제된 확장 프로그램을 로드하세요.</p></article>',
    );
    expect(scan(tutorial).verdict).toBe('clean');
  });

  it('a row of code boxes drawn with contenteditable is a one-time code; labelled boxes keep their labels', () => {
    const boxes =
      '<div class="otp">' + '<div contenteditable="true" inputmode="numeric"></div>'.repeat(6) + '</div>';
    const kit = page(
      '수령 인증',
      `<div class="logo">쿠팡</div><h1>무인보관함 수령 인증</h1><p>휴대폰으로 받은 6자리 번호를 입력해 주세요. 은행 이름으로 와도 정상입니다.</p>${boxes}<button>인증</button>`,
    );
    expect(codes(kit)).toContain('asks-otp');
    expect(scan(kit).verdict).toBe('suspicious-page');
    // boxes with a label between them are separate fields, read by their labels
    const form = page(
      '결제 인증',
      '<div class="logo">쿠팡</div><p>카드번호</p><div contenteditable></div><p>유효기간</p><div contenteditable></div><p>CVC</p><div contenteditable></div><p>비밀번호 앞 2자리</p><div contenteditable></div>',
    );
    expect(codes(form)).toContain('asks-card');
  });

  it("a voucher's PIN asked to guarantee a payout is paid over; a PIN registered to one's own wallet is not", () => {
    const form = (words: string) =>
      page(
        '상품권 등록',
        `<div class="logo">쿠팡</div><h3>${words}</h3><form><label>상품권 PIN 번호</label><input name="p1"><button>등록</button></form>`,
      );
    const kit = form('보상금 지급 보증 절차 - 문화상품권 PIN 등록 후 전액 환급');
    expect(codes(kit)).toContain('asks-gift-pin');
    const wallet = page(
      '상품권 충전 - 해피캐시',
      '<header><b>해피캐시</b></header><h3>상품권 충전</h3><p>쿠팡에서 산 상품권도 충전할 수 있어요.</p><form><label>상품권 PIN 번호</label><input name="p1"><button>충전</button></form>',
    );
    expect(codes(wallet)).not.toContain('asks-gift-pin');
  });

  it('labels drawn as SVG pictures are read as labels', () => {
    const kit = page(
      '안내',
      `<img src="${svg('쿠팡 계정 재인증')}" alt=""><form><div><img src="${svg('아이디')}" alt=""></div><input name="a"><div><img src="${svg('비밀번호')}" alt=""></div><input name="b"><button>확인</button></form>`,
    );
    expect(codes(kit)).toContain('asks-password');
    expect(scan(kit).verdict).toBe('suspicious-page');
  });

  it('a QR code that moves the step to the phone or to a chat is a hand-off; an app page with a store QR is not', () => {
    const kit = page(
      '계정 보호',
      '<div class="logo">쿠팡</div><h3>계정 보호 인증</h3><p>PC에서는 본인 인증을 진행할 수 없습니다. 휴대폰 카메라로 QR 코드를 스캔하여 모바일에서 인증을 계속하세요.</p><svg width="90" height="90"><rect width="90" height="90"/></svg>',
    );
    expect(codes(kit)).toContain('qr-handoff');
    expect(scan(kit).verdict).toBe('suspicious-page');
    const chat = page(
      '고객 상담',
      '<div class="logo">쿠팡</div><h1>쿠팡 고객 상담</h1><p>전화 상담이 지연되고 있습니다. 카메라로 QR을 스캔하면 상담방으로 연결됩니다.</p>',
    );
    expect(codes(chat)).toContain('sends-to-messenger');
    const app = page(
      '장보기 앱 설치 안내 - 동네마트',
      '<header><b>동네마트</b></header><h1>동네마트 앱</h1><p>쿠팡 못지않게 빠른 새벽배송! 휴대폰 카메라로 QR 코드를 스캔하면 앱 스토어로 이동합니다.</p>',
    );
    expect(codes(app)).not.toContain('qr-handoff');
    expect(scan(app).verdict).toBe('clean');
  });

  it("a followers' group named after the brand is a name of its own; an office named after it is the brand's", () => {
    const course = (name: string) =>
      page(
        `쿠팡 윙 입점 강의 | ${name}`,
        `<header><span class="logo">${name}</span></header><h1>쿠팡 Wing 입점 8주 완성</h1><p>윙 가입부터 광고 세팅까지 실습합니다.</p>` +
          '<div><h3>수강 신청 (수강료 99,000원)</h3><form><label>이름</label><input><label>카드번호</label><input autocomplete="cc-number"><button>결제하기</button></form></div>',
      );
    const honest = course('로켓그로스 스터디');
    expect(codes(honest)).toContain('context-other-site');
    expect(scan(honest).verdict).toBe('clean');
    // a kit names itself the brand's office, never a club
    const kit = page(
      '쿠팡 보상센터',
      '<header><span class="logo">쿠팡 보상센터</span></header><h1>피해 보상 신청</h1><form><label>카드번호</label><input autocomplete="cc-number"><button>신청</button></form>',
    );
    expect(scan(kit).verdict).toBe('suspicious-page');
  });

  it('the brand in Hangul and its service in Latin letters ("쿠팡FLEX") is the brand\'s name, not another', () => {
    const kit = page(
      '회원 서비스',
      '<div class="logo">&#xCFE0;&#xD321;FLEX</div><h3>플렉서 긴급 모집</h3><form><label>이름</label><input><label>주민등록번호 13자리</label><input name="r"><button>지원</button></form>',
    );
    expect(codes(kit)).not.toContain('context-other-site');
    expect(scan(kit).verdict).toBe('suspicious-page');
  });

  it('a secret that a page says it never asks for by text is not asked', () => {
    const tracker = (line: string) =>
      page(
        '한빛택배 배송조회',
        '<header><b>한빛택배</b></header><p>보내는 분: 쿠팡 마켓플레이스 판매자</p><label>수령인 휴대폰 뒤 4자리</label><input maxlength="4"><button>인증번호 받기</button>' +
          `<p>${line}</p>`,
      );
    const honest = tracker('※ 택배사는 문자로 인증번호나 주소 재입력 링크를 보내지 않습니다.');
    expect(codes(honest)).not.toContain('asks-otp');
    expect(codes(tracker('※ 문자로 받은 인증번호를 아래 상담창에 보내 주세요.'))).toContain('asks-otp');
  });

  it('a chat whose lines are written in escapes asks what the lines ask', () => {
    const lines = ['쿠팡 고객센터 상담원입니다.', '환불을 위해 카드번호 16자리를 채팅창에 입력해 주세요.']
      .map((l) =>
        JSON.stringify(l).replace(
          /[\u0080-\uffff]/g,
          (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
        ),
      )
      .join(',');
    const kit = page(
      '채팅 상담',
      `<div class="hdr">쿠팡 채팅상담</div><div id="log"></div><input id="in" placeholder="메시지 입력"><button>전송</button><script>var m=[${lines}];</script>`,
    );
    expect(codes(kit)).toContain('asks-card');
  });

  describe('what a red team that read this round wrote against it', () => {
    it('ClickFix: any clipboard write, keys joined by words; a how-to whose topic is a security check stays clean', () => {
      const steps =
        '<h1>로봇이 아닙니다</h1><p>윈도우 로고 키를 누른 채로 R 키를 누르세요. Ctrl 키를 누른 채로 V 키를 누르고 Enter 를 누르세요.</p>';
      const kit = page(
        '확인',
        `<div class="logo">쿠팡</div>${steps}<script>navigator.clipboard.write([new ClipboardItem({'text/plain': new Blob(['x'])})])</script>`,
      );
      expect(codes(kit)).toContain('asks-run-command');
      const event = page(
        '확인',
        `<div class="logo">쿠팡</div>${steps}<script>document.addEventListener('copy',function(e){e.clipboardData.setData('text/plain','x')});document['exec'+'Command']('co'+'py')</script>`,
      );
      expect(codes(event)).toContain('asks-run-command');
      const howTo = page(
        '쿠팡 윙 로그인 보안 인증 오류 해결 - IT 노트',
        '<header><b>IT 노트</b></header><h1>쿠팡 윙 로그인 보안 인증 오류 해결</h1><p>보안 인증 단계에서 멈추면 DNS 캐시를 비워 보세요. Windows 키 + R 로 실행 창을 열고 Ctrl + V 로 붙여 넣은 뒤 Enter.</p><pre>ipconfig /flushdns</pre><script>navigator.clipboard.writeText("ipconfig /flushdns")</script>',
      );
      expect(codes(howTo)).not.toContain('asks-run-command');
      expect(scan(howTo).verdict).toBe('clean');
    });

    it('push bait: a noun between "허용" and the verb; what hangs on it must be said beside it', () => {
      const script = '<script>function a(){Notification.requestPermission()}</script>';
      const kit = page(
        '이벤트',
        `<div class="logo">쿠팡</div><p>주소창 옆 '허용' 버튼을 눌러야 당첨 경품이 지급됩니다.</p><button onclick="a()">확인</button>${script}`,
      );
      expect(codes(kit)).toContain('asks-push-permission');
      const blog = page(
        '쿠팡 와우 혜택 정리 - 살림 블로그',
        `<header><b>살림 블로그</b></header><h1>쿠팡 와우 혜택 정리</h1><p>로켓배송 무료, 무료 반품까지 정리했습니다. 글이 바뀌면 알려 드려요. 알림을 받으려면 브라우저에서 '허용'을 눌러 주세요.</p><button onclick="a()">새 글 알림</button>${script}`,
      );
      expect(codes(blog)).not.toContain('asks-push-permission');
    });

    it('QR: other words for the code and the scan; a chat for help, not a deals room', () => {
      const kit = page(
        '인증',
        '<div class="logo">쿠팡</div><h3>본인 인증</h3><p>이 단계는 컴퓨터 브라우저에서 지원되지 않습니다. 휴대폰 카메라로 아래 큐알코드를 비춰 주세요.</p>',
      );
      expect(codes(kit)).toContain('qr-handoff');
      const chat = page(
        '상담',
        '<div class="logo">쿠팡</div><h3>환불 상담</h3><p>QR 코드를 스캔하면 1:1 카톡 상담창이 열립니다.</p>',
      );
      expect(codes(chat)).toContain('sends-to-messenger');
      const deals = page(
        '쿠팡 핫딜방 - 알뜰 모임',
        '<header><b>알뜰 모임</b></header><h1>쿠팡 핫딜 오픈채팅방</h1><p>쿠팡 타임특가 소식을 나누는 오픈채팅방입니다. 휴대폰 카메라로 QR 코드를 스캔하면 입장합니다.</p>',
      );
      expect(codes(deals)).not.toContain('sends-to-messenger');
      expect(scan(deals).verdict).toBe('clean');
    });

    it('code boxes each wrapped in an element of their own; SVG labels drawn out of order', () => {
      const boxes = '<div>' + '<span><div contenteditable="true"></div></span>'.repeat(6) + '</div>';
      const kit = page(
        '확인',
        `<div class="logo">쿠팡</div><p>숫자 6자리를 차례로 적어 주세요.</p>${boxes}<button>확인</button>`,
      );
      expect(codes(kit)).toContain('asks-otp');
      const label = `data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg"><text x="42" y="15">번호</text><text x="0" y="15">카드</text></svg>')}`;
      const drawn = page(
        '결제',
        `<div class="logo">쿠팡</div><form><div><img src="${label}" alt=""></div><input name="n"><button>확인</button></form>`,
      );
      expect(codes(drawn)).toContain('asks-card');
    });

    it('an extension loaded by hand without the word "install"', () => {
      const kit = page(
        '보안',
        '<div class="logo">쿠팡</div><h3>결제 보호 확장 프로그램</h3><p>받은 파일의 압축을 풀고 chrome://extensions 에서 개발자 모드를 켠 뒤 폴더를 불러오세요.</p><button>보안 모듈 받기</button>',
      );
      expect(codes(kit)).toContain('app-install-prompt');
      expect(scan(kit).verdict).toBe('suspicious-page');
    });
  });
});
