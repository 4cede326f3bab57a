import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { scanPage } from '../../lib/page/index';
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
