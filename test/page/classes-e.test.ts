import { describe, expect, it } from 'vitest';
import { pageMayConcernBrand, scanPage, warnAtRisk } from '../../lib/page/index';
import { parse } from './helpers';

/**
 * The classes taken from author E's half (tune-e), each with pages written apart from it: honest pages that
 * must stay clean and, next to each, a fake the same rule must not let through.
 */
const page = (title: string, body: string, lang = 'ko') =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const scan = (html: string, url = 'https://x.example/a') => scanPage(parse(html), url);

describe("author E's classes", () => {
  it("an integration's API secret is no password; a password box under the brand's logo still is", () => {
    const form = (label: string) =>
      `<header><img alt="쿠팡" src="/m/cp.svg"> 쿠팡 마켓 연동</header><form><label>업체코드</label><input placeholder="A0001"><label>${label}</label><input type="password"><button>저장</button></form>`;
    expect(scan(page('마켓 연동 - 오픈셀러', form('Secret Key'))).verdict).toBe('clean');
    expect(scan(page('마켓 연동 - 오픈셀러', form('Access Token'))).verdict).toBe('clean');
    expect(scan(page('쿠팡 로그인', form('비밀번호'))).verdict).toBe('suspicious-page');
  });

  it('the brand as a place to shop is no voice; the brand introducing itself is', () => {
    const apk = '<a href="/files/app-2.1.apk">APK 내려받기</a>';
    expect(
      scan(page('다운로드', `<h1>달빛 퍼즐</h1>${apk}<p>공식 굿즈는 쿠팡에서도 판매중입니다.</p>`)).verdict,
    ).toBe('clean');
    expect(
      scan(page('다운로드', `<h1>보안 앱</h1>${apk}<p>쿠팡 보안센터입니다. 새 앱을 설치하세요.</p>`)).verdict,
    ).toBe('suspicious-page');
  });

  it("a badge captioned with a price comparison is the shop compared with, not the page's logo", () => {
    const card =
      '<input placeholder="카드번호" autocomplete="cc-number"><input placeholder="CVC" autocomplete="cc-csc"><button>결제</button>';
    expect(
      scan(
        page(
          '주문 결제 - 한강전자',
          `<div><img alt="쿠팡" src="/b/cp.svg"> 쿠팡 판매가 52,000원 대비 2,000원 저렴</div>${card}`,
        ),
      ).verdict,
    ).toBe('clean');
    expect(
      scan(page('주문 결제', `<div class="logo"><img alt="쿠팡" src="/b/cp.svg"></div>${card}`)).verdict,
    ).toBe('suspicious-page');
  });

  it('an English customs page: lure words are no site name, and an abbreviated logo is no other owner', () => {
    const body = (alt: string) =>
      `<img alt="${alt}" src="/l.svg"><p class="tag">CUSTOMS HOLD</p><h2>Your parcel is held at customs</h2><p>Your Coupang order could not be cleared. Enter your personal customs clearance code.</p><input placeholder="PCCC (P + 12 digits)"><input placeholder="Mobile number"><button>Release parcel</button>`;
    expect(scan(page('Customs hold — action required', body('cpng'), 'en')).verdict).toBe('suspicious-page');
    expect(scan(page('Customs hold — action required', body('cpang'), 'en')).verdict).toBe('suspicious-page');
  });

  it('an APK address carried backwards in a data- attribute of a button', () => {
    const url = 'https://promo.example/dl/Eats_v3.apk';
    const html = page(
      '쿠폰 이벤트',
      `<div class="b"><span>쿠팡</span><span>이츠</span></div><h1>배달 50% 쿠폰</h1><button data-x="${[...url].reverse().join('')}">쿠폰 받기</button>`,
    );
    const v = scan(html);
    expect(v.reasons.map((r) => r.code)).toContain('app-download');
    expect(v.verdict).toBe('suspicious-page');
  });

  it('the gate opens on a small page whose script navigates to an address it decodes', () => {
    const b64 = Buffer.from('https://upd.example/f/Secure_7.apk').toString('base64');
    const doc = parse(
      page(
        '보안 업데이트',
        `<h1>업데이트 필요</h1><button id="b">설치</button><script>b.onclick=function(){location.href=atob('${b64}')}</script>`,
      ),
    );
    expect(pageMayConcernBrand(doc, 'https://upd.example/')).toBe(true);
    const plain = parse(page('보안 업데이트', '<h1>업데이트 필요</h1><button id="b">확인</button>'));
    expect(pageMayConcernBrand(plain, 'https://upd.example/')).toBe(false);
  });

  it('a name typed letter by letter in jamo (ㅋㅜㅍㅏㅇ) is the brand', () => {
    const v = scan(
      page(
        'ㅋㅜㅍㅏㅇ 배송조회',
        '<h2>주소 불일치</h2><input placeholder="공동현관 비밀번호"><input placeholder="카드번호">',
      ),
    );
    expect(v.reasons.map((r) => r.code)).toContain('brand-title');
    expect(v.verdict).toBe('suspicious-page');
    // an ordinary word typed so is read as the word, not as the brand
    expect(scan(page('ㄱㅏㄴㅏ 배송조회', '<p>안내</p>')).reasons.map((r) => r.code)).not.toContain(
      'brand-title',
    );
  });

  it('a PIN keypad of plain elements, or drawn by script from the ten digits, with no input at all', () => {
    const keys =
      [3, 8, 1, 0, 5, 9, 2, 7, 4].map((d) => `<b>${d}</b>`).join('') + '<b>재배열</b><b>6</b><b>⌫</b>';
    const drawn = scan(
      page(
        '결제 비밀번호',
        `<div class="lg">쿠페이</div><p>결제 비밀번호를 입력해 주세요</p><div>${keys}</div>`,
      ),
    );
    expect(drawn.verdict).toBe('suspicious-page');
    const scripted = scan(
      page(
        '결제 비밀번호',
        '<div class="lg">쿠페이</div><p>결제 비밀번호를 입력해 주세요</p><div id="kp"></div><script>[0,1,2,3,4,5,6,7,8,9].sort(function(){return .5-Math.random()}).forEach(function(k){var b=document.createElement("b");b.textContent=k;kp.appendChild(b)})</script>',
      ),
    );
    expect(scripted.verdict).toBe('suspicious-page');
    // a phone number spelt one digit per element is no keypad
    const spelt = [...'010-2345-6789'].map((c) => `<span>${c}</span>`).join('');
    expect(
      scan(
        page('결제 비밀번호', `<div class="lg">쿠페이</div><p>결제 비밀번호 안내</p><div>${spelt}</div>`),
      ).reasons.map((r) => r.evidence),
    ).not.toContain('keypad');
  });

  it("an APK address whose extension is assembled letter by letter ('.'+['a','p','k'].join(''))", () => {
    const html = page(
      '1:1 상담',
      `<div class="h"><b>쿠팡 고객센터 1:1 상담</b></div><p>보안점검 앱을 설치하신 후 번호를 알려주세요.</p><a id="rm" href="#">보안점검 앱 설치</a><script>var u=['https:','','tools.example','rs'].join('/')+'/'+['Safe','Check'].join('')+'.'+['a','p','k'].join('');document.getElementById('rm').setAttribute('href',u);</script>`,
    );
    const v = scan(html);
    expect(v.reasons.find((r) => r.code === 'app-download')?.evidence).toContain('SafeCheck.apk');
    expect(v.verdict).toBe('suspicious-page');
  });

  it("a title's tagline that names the brand leaves the first segment the site's name (the second chance believes it)", () => {
    const signup =
      '<h1>쿠팡 셀러를 위한 재고 자동화</h1><form><input placeholder="상호명"><input type="email" placeholder="이메일"><input type="password" placeholder="비밀번호"><button>무료로 시작하기</button></form>';
    const v = scan(page('재고도우미 — 쿠팡 로켓그로스 재고 관리 툴', signup));
    expect(v.reasons.find((r) => r.code === 'context-other-site')?.weight).toBe(-0.5);
    expect(warnAtRisk(v, 'password')).toBe(false);
    // a title whose last segment is the brand keeps the brand the site
    const fake = scan(page('재고도우미 — 쿠팡', signup));
    expect(fake.reasons.map((r) => r.code)).not.toContain('context-other-site');
  });
});
