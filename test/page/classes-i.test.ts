import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { pageMayConcernBrand, scanPage, warnAtRisk } from '../../lib/page/index';
import { parse } from './helpers';

/**
 * Author I's half (frozen-i, scored once), its classes fixed with pages written apart from it; next to each
 * honest page the kit that shares its words, which must stay caught.
 */
const page = (title: string, body: string, head = '') =>
  `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>${title}</title>${head}</head><body>${body}</body></html>`;
const scan = (html: string, url = 'https://x.example/p') =>
  scanPage(parse(html), url, { parseHtml: (m) => parseHTML(m).document as unknown as Document });
const codes = (html: string) => scan(html).reasons.map((r) => r.code);
const LOGO = '<img alt="쿠팡" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">';

describe("author I's classes", () => {
  it("a ticker in the title does not hide the site's own name said again in its header", () => {
    // "CPNG" abbreviates the brand, so the whole title was read as a spelling we cannot trust, and the
    // broker's own name ("| 새솔증권", repeated atop the page) never counted
    const quote = (logo: string) =>
      page(
        '쿠팡 CPNG 주가 - 해외주식 | 새솔증권',
        `<header><b>새솔증권</b> 국내주식 · 해외주식</header>${logo}<h1>쿠팡 (Coupang, Inc.)</h1><p>23.10 ▲0.4%</p>` +
          '<form><input placeholder="아이디"><input type="password" placeholder="비밀번호"><button>로그인</button></form>',
      );
    expect(scan(quote('')).verdict).toBe('clean');
    expect(codes(quote(''))).toContain('context-other-site');
    // the same title over the brand's logo is a claim of both owners: the logo wins, as before
    expect(scan(quote(LOGO)).verdict).toBe('suspicious-page');
  });

  it("a card's last four digits asked in a chat identify the card, they pay for nothing", () => {
    const chat = (ask: string, desk = '누리카드 채팅 상담') =>
      page(
        desk,
        `<div class="h">${desk}</div><div class="b">쿠팡 결제 건을 확인해 드릴게요. ${ask} 입력해 주세요.</div>` +
          '<div class="b">최근 쿠팡 결제 내역입니다.</div><form><input placeholder="메시지를 입력하세요"><button>전송</button></form>',
      );
    const honest = chat('카드번호 뒤 4자리와 생년월일 6자리를');
    expect(codes(honest)).not.toContain('asks-card');
    expect(scan(honest).verdict).toBe('clean');
    // the whole number is still the card, and a kit that asks for it in the brand's name is caught
    // (a desk that names itself as a card company in its title and atop the page is that company's since
    // author J's round, classes-j.test.ts: the kit names nobody but the brand)
    expect(codes(chat('카드번호 16자리와 유효기간을'))).toContain('asks-card');
    const kit = chat('카드번호 16자리와 유효기간을', '결제 확인 채팅 상담');
    expect(codes(kit)).toContain('asks-card');
    expect(scan(kit).verdict).toBe('suspicious-page');
  });

  it("the brand's service names quoted as a scam's names are not the page's own", () => {
    const download = (warning: string) =>
      page(
        '새솔은행 앱 받기',
        '<header>새솔은행</header><h1>새솔뱅킹</h1><a href="https://play.google.com/store/apps/details?id=kr.example.saesol">Google Play</a>' +
          `<p>${warning}</p><p>새솔은행 앱은 스토어에서만 배포하며 APK 파일을 보내지 않습니다. 명의도용 신고 ☎ 1600-0000</p>`,
      );
    const honest = download(
      '요즘 "쿠팡이츠 보안 업데이트", "로켓배송 조회 앱" 같은 이름으로 APK 설치를 유도하는 문자는 모두 악성 앱입니다.',
    );
    expect(codes(honest)).not.toContain('brand-service-words');
    expect(scan(honest).verdict).toBe('clean');
    // a kit that offers the app under those names is still speaking as the brand
    const kit = download(
      '쿠팡이츠 보안 업데이트 앱을 설치해야 로켓배송 조회가 됩니다. <a href="/s.apk">설치</a>',
    );
    expect(codes(kit)).toContain('brand-service-words');
    expect(scan(kit).verdict).toBe('suspicious-page');
  });

  it('the brand a shop measures itself against ("로켓직구보다", "…는 3일, 저희는 7일") is not its own service', () => {
    const checkout = (faq: string, title = '주문결제') =>
      page(
        title,
        '<header>OVERSEAS MALL</header><label>개인통관고유부호</label><input placeholder="P로 시작하는 13자리">' +
          '<label>카드번호</label><input autocomplete="cc-number"><p>총 52,300원</p><button>결제하기</button>' +
          `<p>${faq}</p>`,
      );
    // (a generic title: nothing but the sentence says whose page it is)
    const honest = checkout(
      'Q. 로켓직구보다 늦나요? 네, 로켓직구는 3~5일, 저희는 7~10일 걸리지만 더 저렴합니다.',
    );
    expect(codes(honest)).not.toContain('brand-service-words');
    expect(scan(honest).verdict).toBe('clean');
    // the same checkout offering the brand's service as its own speaks for the brand
    const kit = checkout('로켓직구 통관 지연 건입니다. 로켓직구 재통관을 위해 부호를 다시 입력하세요.');
    expect(codes(kit)).toContain('brand-service-words');
    expect(scan(kit).verdict).toBe('suspicious-page');
  });

  it("a tool's promise never to ask the brand's login is not an invitation to it", () => {
    const login = (note: string) =>
      page(
        '로그인 | 셀러스코프 - 쿠팡 셀러 분석',
        '<div><b>SELLERSCOPE</b><h2>쿠팡 셀러를 위한 매출 분석</h2></div><h1>로그인</h1>' +
          `<form><input type="email" placeholder="이메일"><input type="password" placeholder="비밀번호"><button>로그인</button></form><p>${note}</p>`,
      );
    const honest = login(
      '셀러스코프는 쿠팡 Wing의 Open API 키로만 연동하며, Wing 로그인 비밀번호를 요구하지 않습니다.',
    );
    expect(warnAtRisk(scan(honest), 'password')).toBe(false);
    // "쿠팡의 공식 파트너가 아닌 독립 서비스": said of a page that shows nothing of the brand's, it is believed
    expect(codes(login('셀러스코프는 쿠팡의 공식 파트너가 아닌 독립 서비스입니다.'))).toContain(
      'context-not-affiliated',
    );
    // the same page asking the reader to sign in with the brand's login speaks as the brand
    const kit = login('정산 확인을 위해 쿠팡 Wing 로그인 후 비밀번호를 다시 입력해 주세요.');
    expect(warnAtRisk(scan(kit), 'password')).toBe(true);
  });

  it("a wordmark redrawn in the brand's colours picked by eye is still its mark", () => {
    // five strokes in colours a few shades off the brand's (a green 72 away over the three channels)
    const svg = (colors: string[]) =>
      `<svg width="120" height="30" viewBox="0 0 120 30"><g fill="none" stroke-width="6">${colors
        .map((c, i) => `<circle cx="${10 + i * 22}" cy="15" r="8" stroke="${c}"/>`)
        .join('')}</g></svg>`;
    const relief = (mark: string) =>
      page(
        '피해구제 신청',
        `<div class="top">${mark}</div><h2>개인정보 유출 피해구제 신청</h2><form><label>주민등록번호</label><input name="r"><label>카드번호</label><input name="c"></form>`,
      );
    const redrawn = ['#7a2b20', '#e43b2c', '#f2a400', '#7bb842', '#1b9ad6'];
    expect(codes(relief(svg(redrawn)))).toContain('brand-logo');
    expect(scan(relief(svg(redrawn))).verdict).toBe('suspicious-page');
    // a rainbow without the brand's brown first letter is anybody's
    const rainbow = ['#d93025', '#f29900', '#188038', '#1a73e8', '#a142f4'];
    expect(scan(relief(svg(rainbow))).verdict).toBe('clean');
  });

  it('the brand painted on a canvas from a string (escaped or not) is a mark; a chart label is not', () => {
    const painted = (label: string) =>
      page(
        '배송조회',
        `<div class="hd"><canvas id="c" width="200" height="30"></canvas></div><p>주소 불명으로 반송 예정입니다.</p>` +
          '<input placeholder="이름"><input placeholder="생년월일 6자리"><input type="tel" placeholder="휴대폰 번호"><input placeholder="인증번호">' +
          `<script>var x=document.getElementById('c').getContext('2d');x.fillText(${label},4,24);</script>`,
      );
    expect(scan(painted(String.raw`'쿠팡'`)).verdict).toBe('suspicious-page');
    expect(scan(painted('"쿠팡"')).verdict).toBe('suspicious-page');
    // a chart that paints a longer label naming the brand is no mark
    expect(codes(painted("'쿠팡 CPNG 종가 추이 (USD)'"))).not.toContain('brand-logo');
  });

  it("a ruby's gloss is read beside the letters, not between them", () => {
    const refund = (h1: string) =>
      page(
        '해외결제 환급',
        `<h1>${h1}</h1><p>수수료를 가상자산으로 환급합니다.</p><form><textarea name="seed" placeholder="지갑 복구 문구 12단어"></textarea><button>환급 받기</button></form>`,
      );
    expect(
      scan(refund('<ruby>쿠<rt>cou</rt></ruby><ruby>팡<rt>pang</rt></ruby>페이 해외결제 환급')).verdict,
    ).toBe('suspicious-page');
    // a name put only in the gloss is still read
    expect(scan(refund('<ruby>ㅋㅍ<rt>쿠팡페이</rt></ruby> 해외결제 환급')).verdict).toBe('suspicious-page');
    // an honest wallet's page with a ruby over its own name asks the same and stays clean
    expect(scan(refund('<ruby>지갑<rt>wallet</rt></ruby> 복구 안내')).verdict).toBe('clean');
  });

  it("the brand's programme named at the top, spaced out ('C O U P A N G · P A R T N E R'), is its mark", () => {
    const mission = (top: string) =>
      page(
        '재택 부업 | 오늘의 할일',
        `<div class="hd"><div>${top}</div><h1>판매자 주문대행 재택 부업</h1></div><p>로켓배송 상품을 대신 주문하고 수수료를 받으세요.</p>` +
          '<form><input placeholder="이름"><input placeholder="주민등록번호"><input placeholder="정산 계좌번호"><button>등록</button></form>',
      );
    expect(scan(mission('C O U P A N G · P A R T N E R')).verdict).toBe('suspicious-page');
    // a logistics firm's own name there, the brand only as the goods it carries: clean
    expect(scan(mission('H A N B I T · P A R T N E R')).verdict).toBe('clean');
  });

  it('a small page that paints on a canvas is read: the name and the keypad may be nowhere else', () => {
    const pad = (name: string) =>
      page(
        '결제 비밀번호 확인',
        `<canvas id="c" width="160" height="40"></canvas><h2>결제 비밀번호 6자리를 입력해 주세요</h2><div id="pad"></div>` +
          `<script>var x=document.getElementById('c').getContext('2d');x.fillText(String.fromCharCode(${[...name].map((c) => c.charCodeAt(0)).join(',')}),4,30);` +
          "[0,1,2,3,4,5,6,7,8,9].forEach(function(k){var b=document.createElement('button');b.textContent=k;pad.appendChild(b)});</script>",
      );
    const doc = parse(pad('coupang'));
    expect(pageMayConcernBrand(doc, 'https://x.example/p')).toBe(true);
    expect(scan(pad('coupang')).verdict).toBe('suspicious-page');
    // the same keypad under another name is read too, and left alone
    expect(scan(pad('numpuz')).verdict).toBe('clean');
  });

  it("a chat the page's script plays speaks in the page's voice", () => {
    const chat = (intro: string) =>
      page(
        '1:1 채팅상담',
        '<div class="hd">채팅상담</div><div id="log"></div><form><input placeholder="메시지를 입력하세요"><button>전송</button></form>' +
          `<script>var lines=['${intro}','보상금 적립을 위해 카드번호 16자리를 입력해 주세요.'];setTimeout(function(){log.textContent=lines[0]},600);</script>`,
      );
    const kit = chat('안녕하세요, 쿠팡 고객센터 상담사 한서윤입니다.');
    expect(codes(kit)).toContain('brand-body-claim');
    expect(scan(kit).verdict).toBe('suspicious-page');
    // a shop's own desk that names the brand as where the order came from does not speak as it
    const shop = chat(
      '안녕하세요, 누리몰 상담사 한서윤입니다. 쿠팡에서 주문하신 건은 쿠팡으로 문의해 주세요.',
    );
    expect(scan(shop).verdict).toBe('clean');
  });

  it('the brand spelt in character codes for a script to type in is hidden on purpose', () => {
    const typed = (words: string) =>
      page(
        'TV 로그인',
        '<div id="tt"></div><form><input name="tv" placeholder="TV 코드"><input type="password" placeholder="비밀번호"><button>연결</button></form>' +
          `<script>var T=[${[...words].map((c) => c.charCodeAt(0)).join(',')}];T.forEach(function(c,i){setTimeout(function(){tt.textContent+=String.fromCharCode(c)},45*i)});</script>`,
      );
    expect(scan(typed('coupang play')).verdict).toBe('suspicious-page');
    expect(scan(typed('[쿠팡 로켓배송] 배송지 확인')).reasons.map((r) => r.code)).toContain(
      'brand-obfuscated',
    );
    // a streaming box that types its own name the same way is left alone
    expect(scan(typed('nuri tv')).verdict).toBe('clean');
  });
});
