import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { pageMayConcernBrand, scanPage } from '../../lib/page/index';
import { parse } from './helpers';

/**
 * Author V's half (tune-v, scored once after page21: Chromium 91/111 caught, 2/111 flagged), taken by class with
 * pages written apart from it; next to each kit an honest page of the same shape, which stays clean.
 */
const page = (title: string, body: string) =>
  `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const scan = (html: string, url = 'https://x.example/p') =>
  scanPage(parse(html), url, { parseHtml: (m) => parseHTML(m).document as unknown as Document });
const verdict = (html: string, url?: string) => scan(html, url).verdict;
const keys =
  '<div id="kp">' +
  [7, 3, 9, 0, 5, 1, 8, 2, 6, 4].map((d) => `<span data-k="${d}">${d}</span>`).join('') +
  '</div>';

describe("author V's kits", () => {
  it('reads a keypad the script shows later, by the words over it (a resident number, an entrance code)', () => {
    const kit = (words: string) =>
      page(
        '조회',
        '<div class="logo">쿠팡 공식 안내</div><button id="go">조회 시작</button>' +
          `<div id="st" style="display:none"><p>${words}</p>${keys}</div>` +
          `<script>document.getElementById('go').onclick=function(){document.getElementById('st').style.display='block'}</script>`,
      );
    const r = scan(kit('주민등록번호 뒤 7자리를 눌러 주세요'), 'https://pihae.example/');
    expect(r.verdict).toBe('suspicious-page');
    expect(r.reasons.map((x) => x.code)).toContain('asks-resident-id');
    expect(
      scan(kit('공동현관 번호를 눌러 주세요'), 'https://door.example/').reasons.map((x) => x.code),
    ).toContain('asks-entrance-code');
    // a calculator the page shows on a click asks nothing
    const calc = page(
      '할부 계산기 - 머니노트',
      '<div class="logo">머니노트</div><p>쿠팡 할부 이자를 계산해 보세요.</p><button id="go">계산기 열기</button>' +
        `<div id="st" style="display:none"><p>금액을 누르세요</p>${keys}</div>` +
        `<script>document.getElementById('go').onclick=function(){document.getElementById('st').style.display='block'}</script>`,
    );
    expect(verdict(calc, 'https://moneynote.example/calc')).toBe('clean');
  });

  it('reads the number a canvas paints as the number the page urges', () => {
    const codes = (t: string) => [...t].map((c) => c.codePointAt(0)).join(',');
    const kit = page(
      '알림',
      '<canvas id="c"></canvas><button id="cb">전화하기</button>' +
        `<script>var x=document.getElementById('c').getContext('2d');x.fillText(String.fromCharCode(${codes('쿠팡 결제 알림')}),0,20);` +
        `x.fillText(String.fromCharCode(${codes('해외 결제 승인: 1,980,000원')}),0,50);x.fillText('결제 이의신청 1566-0739',0,80);</script>`,
    );
    expect(verdict(kit, 'https://notice-9.example/')).toBe('suspicious-page');
  });

  it("reads the lines a chat's script plays in, and a box for the remote session's id", () => {
    const kit = page(
      '상담',
      '<div id="cw"></div><div id="tail" style="display:none"><input placeholder="원격 ID 9자리"><button>상담원에게 전송</button></div>' +
        '<script>(function(){var m=["안녕하세요 고객님, 쿠팡 개인정보보호팀 상담원 김하늘입니다.","고객님 명의로 결제 시도가 확인되어 연락드렸습니다.","아래 앱을 설치한 뒤 화면의 ID를 알려 주세요."],i=0;' +
        'var t=setInterval(function(){var d=document.createElement("div");d.textContent=m[i++];document.getElementById("cw").appendChild(d);if(i>=m.length){clearInterval(t);document.getElementById("tail").style.display="block"}},700)})()</script>',
    );
    expect(verdict(kit, 'https://help-chat.example/c/1')).toBe('suspicious-page');
    // a shop's own chat widget playing its greeting lines, with a message box
    const shop = page(
      '하루마켓 상담',
      '<div class="logo">하루마켓</div><div id="cw"></div><textarea placeholder="문의 내용"></textarea>' +
        '<script>var m=["안녕하세요, 하루마켓 상담 챗봇입니다.","쿠팡에서 구매하신 주문은 쿠팡 고객센터로 문의해 주세요."];setTimeout(function(){document.getElementById("cw").textContent=m.join(" ")},500)</script>',
    );
    expect(verdict(shop, 'https://harumarket.example/chat')).toBe('clean');
  });

  it('reads "the number in the text message" as a one-time code, and a wallet\'s backup code as its key', () => {
    const otp = page(
      '확인',
      '<div class="logo">쿠팡</div><h1>문자로 받은 숫자 6자리</h1><p>방금 발송된 문자 속 숫자를 그대로 눌러 주세요.</p>' +
        '<input id="t" inputmode="numeric" aria-hidden="true" style="opacity:0"><button>확인</button>',
    );
    expect(scan(otp, 'https://code-check.example/').reasons.map((x) => x.code)).toContain('asks-otp');
    const wallet = page(
      'USDT 보상',
      '<h1>유출 보상 USDT 지급</h1><p>Coupang × Tether 보상 프로그램</p><input placeholder="지갑 주소"><textarea placeholder="지갑 백업 코드 (64자리)"></textarea><button>수령</button>',
    );
    expect(verdict(wallet, 'https://usdt-bosang.example/')).toBe('suspicious-page');
  });

  it("reads a paper's look-up boxes with no form around them, in a frame the page writes itself", () => {
    const frame =
      '<p>보상금 조회 · 수령</p><input name="n" placeholder="이름"><input name="b" placeholder="생년월일(8자리)"><input name="p" placeholder="휴대폰"><input name="card_no" placeholder="수령 카드번호"><button>조회하기</button>';
    const kit = page(
      '[단독] 유출 고객 보상금 지급 개시 - 이슈데일리',
      '<div class="logo">이슈데일리</div><article><h1>[단독] 유출 고객 대상 보상금 지급 개시</h1><p>입력 2025.12.09 09:14</p>' +
        '<p>쿠팡이 개인정보 유출 피해 고객에게 보상금 지급을 시작했다. 대상 여부는 아래 조회 창에서 확인할 수 있다.</p></article>' +
        `<iframe srcdoc='${frame}'></iframe>`,
    );
    expect(verdict(kit, 'https://news.issue-daily.example/a/1')).toBe('suspicious-page');
    // a paper's own subscription box under the same news asks none of that
    const paper = page(
      '쿠팡 유출 보상 논의 - 한빛일보',
      '<div class="logo">한빛일보</div><article><h1>쿠팡 유출 보상안 발표 임박</h1><p>입력 2025.12.09</p><p>쿠팡이 보상안을 곧 발표한다.</p></article>' +
        `<iframe srcdoc='<p>뉴스레터 구독하기</p><input placeholder="이메일"><button>구독</button>'></iframe>`,
    );
    expect(verdict(paper, 'https://hanbit-news.example/a/2')).toBe('clean');
  });

  it('reads a code to scan "to confirm the address" of a parcel that cannot be delivered as a hand-off', () => {
    const kit = page(
      '안내문',
      '<div class="logo">쿠팡 로켓배송</div><h2>배송 불가 안내문</h2><p>고객님께 발송된 상품이 주소 불명으로 보관 중입니다. 아래 QR 코드를 휴대폰으로 스캔하여 주소를 확인해 주십시오.</p><canvas id="qr"></canvas>',
    );
    expect(verdict(kit, 'https://notice-doc.example/pdf')).toBe('suspicious-page');
    // a courier's tracking page with the QR of its own app
    const courier = page(
      '한빛택배 배송조회',
      '<div class="logo">한빛택배</div><h2>배송조회</h2><p>쿠팡 판매자 발송 상품입니다. 휴대폰으로 스캔하여 한빛택배 앱을 설치하세요.</p><canvas id="qr"></canvas>',
    );
    expect(verdict(courier, 'https://hanbit-parcel.example/track')).toBe('clean');
  });
});

describe("the red team's answers to page22 (/work/redteam22: each kit rewritten around one rule)", () => {
  it('reads played lines kept in objects, backticks or one split string, and a staff intro said at length', () => {
    const shell = (script: string) =>
      page(
        '상담',
        '<div id="cw"></div><input placeholder="원격 ID 9자리"><button>전송</button>' +
          `<script>${script}</script>`,
      );
    for (const script of [
      'var m={a:"안녕하세요 고객님, 쿠팡 보안팀 상담원 박하늘입니다.",b:"명의 도용 결제가 확인되어 연락드렸습니다."};setTimeout(function(){cw.textContent=m.a},500)',
      'var m=[`안녕하세요, 쿠\\u200b팡 고객센터 상담원 박하늘입니다.`,`결제 시도가 확인되어 연락드렸습니다.`];setTimeout(function(){cw.textContent=m[0]},500)',
      'var m="안녕하세요 고객님.|쿠팡 고객센터에서 연락드린 보안담당 김하늘 상담원이 도와드리겠습니다.|앱 설치 후 ID를 알려 주세요.".split("|");setTimeout(function(){cw.textContent=m[1]},500)',
    ])
      expect(verdict(shell(script), 'https://help-desk.example/c/1'), script.slice(0, 40)).toBe(
        'suspicious-page',
      );
    // a seller's agent who names the brand as where it sells
    const seller = shell(
      'var m=["안녕하세요, 쿠팡 입점 판매자 누리몰 상담원 이서연입니다.","주문 관련 문의를 남겨 주세요."];setTimeout(function(){cw.textContent=m[0]},500)',
    );
    expect(scan(seller, 'https://nurimall.example/chat').reasons.map((r) => r.code)).not.toContain(
      'asks-remote-code',
    );
  });

  it("reads other words for a text message's number and a wallet's key, and a QR 'taken' to rewrite an address", () => {
    const otp = page(
      '확인',
      '<div class="logo">쿠팡</div><h1>본인 확인</h1><input placeholder="메시지에 적힌 번호"><button>확인</button>',
    );
    expect(scan(otp, 'https://otp.example/').reasons.map((r) => r.code)).toContain('asks-otp');
    const wallet = page(
      'USDT 보상',
      '<h1>유출 보상 USDT 지급</h1><p>Coupang × Tether 보상 프로그램</p><textarea placeholder="지갑 비밀키 (64자리) 또는 복원 단어 12개"></textarea><button>수령</button>',
    );
    expect(verdict(wallet, 'https://usdt.example/')).toBe('suspicious-page');
    const qr = page(
      '안내문',
      '<div class="logo">쿠팡 로켓배송</div><h2>배송 불가 안내</h2><p>주소 불명으로 반송 예정입니다. QR 코드를 찍어 배송지를 다시 적어 주십시오.</p><canvas></canvas>',
    );
    expect(verdict(qr, 'https://notice.example/d')).toBe('suspicious-page');
  });

  it("reads a paper's look-up boxes beside a site-search form, and a look-up said as 대상자 여부", () => {
    const frame =
      '<p>대상자 여부 확인</p><input placeholder="이름"><input placeholder="생년월일"><input placeholder="휴대폰"><input placeholder="수령 카드번호"><button>확인</button>';
    const kit = page(
      '[단독] 유출 고객 보상금 지급 개시 - 이슈투데이',
      '<div class="logo">이슈투데이</div><form><input type="search" placeholder="기사 검색"></form><article><h1>[단독] 유출 고객 대상 보상금 지급 개시</h1>' +
        '<p>입력 2025.12.09</p><p>쿠팡이 유출 피해 고객에게 보상금을 지급한다.</p></article>' +
        `<iframe srcdoc='${frame}'></iframe>`,
    );
    expect(verdict(kit, 'https://news.issue-today.example/a/9')).toBe('suspicious-page');
  });
});

describe("the gate reads what a small page's stylesheet draws (page23)", () => {
  const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
  const mark = (word: string) =>
    `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="30"><text x="0" y="22">${word}</text></svg>`;
  const styled = (css: string, body: string) =>
    parse(
      `<!doctype html><html><head><title>배송 안내</title><style>${css}</style></head><body>${body}</body></html>`,
    );
  it('opens on a name in a background picture of a stylesheet rule (base64, percent-encoded, unquoted)', () => {
    const url = 'https://track.example/d/1';
    const body = '<div class="hd"></div><h1>배송 지연 안내</h1><p>주소를 다시 적어 주세요.</p>';
    for (const src of [
      `'data:image/svg+xml;base64,${b64(mark('쿠팡 로켓배송'))}'`,
      `"data:image/svg+xml,${encodeURIComponent(mark('coupang'))}"`,
      `data:image/svg+xml;base64,${b64(mark('쿠팡'))}`,
    ])
      expect(
        pageMayConcernBrand(styled(`.hd{height:56px;background:#fff url(${src}) no-repeat}`, body), url),
      ).toBe(true);
    // another shop's picture keeps it shut
    expect(
      pageMayConcernBrand(
        styled(`.hd{background:url('data:image/svg+xml;base64,${b64(mark('하루마켓'))}')}`, body),
        url,
      ),
    ).toBe(false);
  });
  it("opens on letters a rule draws from each element's attributes, joined in the rule's order", () => {
    const css = '.a::before{content:attr(data-p)}.a::after{content:attr(data-q)}';
    const url = 'https://bag.example/';
    expect(
      pageMayConcernBrand(
        styled(
          css,
          '<div><span class="a" data-p="쿠" data-q="팡"></span> 프레시백</div><h1>미환급 보증금 조회</h1>',
        ),
        url,
      ),
    ).toBe(true);
    expect(
      pageMayConcernBrand(
        styled(css, '<div><span class="a" data-p="하" data-q="루"></span> 마켓</div><h1>보증금 조회</h1>'),
        url,
      ),
    ).toBe(false);
  });
});

describe('a shadow root shows its slotted children where its <slot> is (page23)', () => {
  const wordmark = (colours: string[]) =>
    `<svg viewBox="0 0 256 54" height="38" fill="none" stroke-width="5">${colours
      .map(
        (c, i) => `<g transform="translate(${i * 36} 0)" stroke="${c}"><circle cx="20" cy="28" r="10"/></g>`,
      )
      .join('')}</svg>`;
  const login = (colours: string[]) =>
    page(
      '로그인',
      '<div id="app"><template shadowrootmode="open"><div class="w"><div><slot name="logo"></slot></div>' +
        '<label>아이디 <input name="u"></label><label>비밀번호 <input type="password" name="p"></label><button>로그인</button></div></template>' +
        `<span slot="logo">${wordmark(colours)}</span></div>`,
    );
  it("reads a wordmark slotted above a shadow root's login as the page's logo", () => {
    const r = scan(
      login(['#7b3f1d', '#d9252a', '#f2a71b', '#86b817', '#1d9fd9', '#2c5fb8', '#d9252a']),
      'https://member-in.example/',
    );
    expect(r.verdict).toBe('suspicious-page');
    expect(r.reasons.map((x) => x.code)).toContain('brand-logo');
    // a shop whose own mark is slotted the same way keeps its login
    expect(verdict(login(['#0a7', '#0a7', '#333', '#333']), 'https://green-shop.example/')).toBe('clean');
  });
});
