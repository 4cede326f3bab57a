import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { pageMayConcernBrand, scanPage } from '../../lib/page/index';
import { parse } from './helpers';

/**
 * Author AA's half (tune-aa, scored once after page27's first commits), taken by class with pages written apart
 * from it; next to each kit an honest page of the same shape, which stays clean.
 */
const page = (title: string, body: string) =>
  `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const scan = (html: string, url = 'https://x.example/p') =>
  scanPage(parse(html), url, { parseHtml: (m) => parseHTML(m).document as unknown as Document });
describe('dialog questions kept in a list and asked one by one', () => {
  it('are fields the reader fills in', () => {
    const kit = page(
      '환불 계좌 등록',
      '<div class="logo">coupang</div><h1>환불 처리 오류</h1><p>환불금이 보류되었습니다. 계좌를 다시 등록하세요.</p><div id="go">환불 계좌 등록</div>' +
        '<script>document.getElementById("go").onclick=function(){var Q=["\\uc774\\ub984\\uc744 \\uc785\\ub825\\ud558\\uc138\\uc694","계좌번호를 입력하세요","주민등록번호 13자리를 입력하세요"];for(var i=0;i<Q.length;i++){if(prompt(Q[i])===null)return;}};</script>',
    );
    expect(scan(kit, 'https://refund-fix.example/').verdict).toBe('suspicious-page');
  });
  it('a quiz that asks a nickname through a list of prompts stays clean', () => {
    const quiz = page(
      '퀴즈 | 누리몰',
      '<div class="logo">누리몰</div><h1>주말 퀴즈</h1><p>쿠팡보다 싼 상품 맞히기</p><div id="go">시작</div>' +
        '<script>document.getElementById("go").onclick=function(){var Q=["닉네임을 입력하세요","좋아하는 색을 입력하세요"];for(var i=0;i<Q.length;i++)prompt(Q[i]);};</script>',
    );
    expect(scan(quiz, 'https://nuri-mall.example/quiz').verdict).toBe('clean');
  });
});

describe("an installer's path on the page's own host, assembled in script", () => {
  const go = (pieces: string) =>
    `<div id="d" class="btn">보안 프로그램 설치 (Windows)</div><script>document.getElementById("d").onclick=function(){location.href=[${pieces}].join("");};</script>`;
  it('is an app download like an APK', () => {
    const kit = page(
      '보안 프로그램 안내',
      `<div class="logo">coupang</div><h1>PC에서 쿠팡을 이용하려면 보안 프로그램이 필요합니다</h1><p>유출 사고 후 PC 로그인 시 보안 프로그램 설치가 의무화되었습니다.</p>${go(`'/f','iles/',"CpSaf","eSetup_x64",'.exe'`)}`,
    );
    const r = scan(kit, 'https://cp-safe.example/');
    expect(r.reasons.map((x) => x.code)).toContain('app-download');
    expect(r.verdict).toBe('suspicious-page');
  });
  it('a bank naming its own program and the brand in passing stays clean', () => {
    const bank = page(
      '보안 프로그램 설치 | 한울은행',
      `<div class="logo">한울은행</div><h1>한울은행 보안 프로그램 설치</h1><p>쿠팡 등 쇼핑몰 결제 전에 설치를 권장합니다.</p>${go(`'/dl/','HanulSafe','.exe'`)}<footer>(주)한울은행</footer>`,
    );
    expect(scan(bank, 'https://www.hanul-bank.example/security').verdict).toBe('clean');
  });
});

describe('a page its script writes behind a "not a robot" box', () => {
  const qr = `data:image/svg+xml;base64,${'PHN2Zz48L3N2Zz4'.repeat(400)}`;
  const kit = page(
    '보안 확인',
    '<div id="gate"><input type="checkbox" id="hc"><span>로봇이 아닙니다</span></div><div id="app"></div>' +
      `<script>document.getElementById("hc").onchange=function(){document.getElementById("app").innerHTML="<div class=\\"logo\\">coupang</div><h1>\\ud734\\ub300\\ud3f0\\uc73c\\ub85c QR\\uc744 \\uc2a4\\uce94\\ud574 \\ubcf4\\uc0c1 \\uc2e0\\uccad\\uc744 \\uc774\\uc5b4\\uac00\\uc138\\uc694</h1><p>PC에서는 신청을 완료할 수 없습니다. 휴대폰 카메라로 아래 QR 코드를 스캔하면 앱 인증 화면으로 이동합니다.</p><img alt=\\"QR\\" src=\\"${qr}\\">";};</script>`,
  );
  it('opens the gate, and its markup is read even past a long picture in the same string', () => {
    expect(pageMayConcernBrand(parse(kit), 'https://qr-next.example/')).toBe(true);
    expect(scan(kit, 'https://qr-next.example/').verdict).toBe('suspicious-page');
  });
  it('a small page with no script writing markup keeps the gate shut', () => {
    const plain = page(
      '보안 확인',
      '<div><input type="checkbox"><span>로봇이 아닙니다</span></div><script>console.log(1)</script>',
    );
    expect(pageMayConcernBrand(parse(plain), 'https://plain.example/')).toBe(false);
  });
});

describe("page27's red team: the same classes, written otherwise", () => {
  const login =
    '<form action="/l" method="post"><input type="email" name="e" placeholder="이메일"><input type="password" name="p" placeholder="비밀번호"><button>확인</button></form>';
  const lure = '<p>적립된 캐시가 오늘 만료됩니다. 로그인해 기한을 연장하세요.</p>';
  const letters = (place: (i: number) => string, spacer = '') =>
    [...'gnapuoc'].map((ch, i) => `<b ${place(6 - i)}>${ch}</b>${spacer}`).join('');
  it('reads letters placed by order:+N, by an attribute rule, past empty spacers, or by grid columns', () => {
    const kits = [
      `<div style="display:flex">${letters((n) => `style="order:+${n}"`)}</div>`,
      `<style>${[0, 1, 2, 3, 4, 5, 6].map((n) => `[data-k="${n}"]{order:${n}}`).join('')}</style><div style="display:flex">${letters((n) => `data-k="${n}"`)}</div>`,
      `<div style="display:flex">${letters((n) => `style="order:${n}"`, '<i></i><i></i><i></i>')}</div>`,
      `<div style="display:grid">${letters((n) => `style="grid-column:${n + 1}"`)}</div>`,
    ];
    for (const mark of kits) {
      const kit = page('캐시 만료 안내', `${mark}<h1>캐시 만료 예정</h1>${lure}${login}`);
      expect(scan(kit, 'https://cash-keep.example/').verdict, mark.slice(0, 60)).toBe('suspicious-page');
    }
    const shop = page(
      '로그인 | 온새몰',
      `<div class="logo">온새몰</div><div style="display:grid"><b style="grid-column:2">배송</b><b style="grid-column:1">무료</b></div>${login}`,
    );
    expect(scan(shop, 'https://onsae-mall.example/login').verdict).toBe('clean');
  });

  it("reads a voucher registered into the brand's 적립금 as money handed over", () => {
    const pins =
      '<form action="/c" method="post"><label>상품권 PIN 번호 <input type="tel" name="pin1"></label><label>상품권 PIN 번호 <input type="tel" name="pin2"></label><button>등록</button></form>';
    const kit = page(
      '상품권 등록',
      `<div class="logo">coupang</div><h1>쿠팡 상품권 등록</h1><p>문화상품권을 등록하면 쿠팡 적립금으로 쌓입니다.</p>${pins}`,
    );
    expect(scan(kit, 'https://gift-reg.example/').verdict).toBe('suspicious-page');
  });

  it('reads SVG labels in <tspan>s, and fields wrapped in boxes of their own', () => {
    const svg = `data:image/svg+xml;base64,${Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg"><text x="4" y="18"><tspan>이름</tspan></text><text x="4" y="78"><tspan>카드</tspan><tspan>번호</tspan></text><text x="4" y="138"><tspan>CVC</tspan></text></svg>',
    ).toString('base64')}`;
    const boxes = [0, 1, 2]
      .map((i) => `<div><input style="position:absolute;top:${i * 60 + 26}px" name="f${i}"></div>`)
      .join('');
    const kit = page(
      '결제 확인',
      `<div class="logo">coupang</div><h1>쿠팡 결제 확인</h1><form action="/s"><div style="position:relative;height:200px;background:url(${svg})">${boxes}</div><button>확인</button></form>`,
    );
    expect(scan(kit, 'https://pay-check.example/').reasons.map((r) => r.code)).toContain('asks-card');
  });

  it("reads a script's picker under words that choose or register an ID card, typed by an indexed property", () => {
    const kit = page(
      '본인 확인',
      '<h2>쿠팡페이 본인확인</h2><p>정산 전 확인이 필요합니다.</p><div id="z">신분증 앞면 사진 선택해서 등록하기</div>' +
        '<script>document.getElementById("z").onclick=function(){var f=document.createElement("input");f["type"]="file";f.click();};</script>',
    );
    expect(scan(kit, 'https://pay-kyc.example/').verdict).toBe('suspicious-page');
  });

  it('reads a list of prompt questions worded as bare labels, or asked through an alias', () => {
    for (const call of ['prompt(Q[i])', 'ask(Q[i])']) {
      const kit = page(
        '보안 확인',
        '<div class="logo">coupang</div><h2>쿠팡 보안 인증 절차</h2><button id="b">확인 시작</button>' +
          `<script>var ask=window.prompt.bind(window);var Q=["쿠팡 로그인 비밀번호","결제 카드 번호 16자리","카드 뒷면 CVC"];document.getElementById("b").onclick=function(){for(var i=0;i<Q.length;i++)${call};};</script>`,
      );
      expect(scan(kit, 'https://step-auth.example/').verdict, call).toBe('suspicious-page');
    }
  });

  it('reads an installer named without a folder, assembled in script', () => {
    const kit = page(
      '보안 프로그램 설치',
      '<div class="logo">coupang</div><h1>쿠팡 결제 보안 프로그램 설치 안내</h1><div id="d">설치하기</div>' +
        `<script>document.getElementById("d").onclick=function(){location.href='Coupang'+'Safe'+'Setup.e'+'xe';};</script>`,
    );
    expect(scan(kit, 'https://safe-pay.example/install/').reasons.map((r) => r.code)).toContain(
      'app-download',
    );
  });

  it('opens the gate on a page that writes itself through a contextual fragment', () => {
    const kit = page(
      '확인 중',
      '<div id="app"></div><script>var r=document.createRange();document.getElementById("app").appendChild(r.createContextualFragment("<div class=\\"logo\\">\\\\ucfe0\\\\ud321</div><form><input name=c placeholder=\\"카드번호\\"></form>"));</script>',
    );
    expect(pageMayConcernBrand(parse(kit), 'https://frag.example/')).toBe(true);
  });

  it("a fake partner centre wearing the rider sign-up's words is still the brand's", () => {
    const kit = page(
      '배달파트너 정산센터',
      '<h2>쿠팡이츠 겸업 배달파트너 정산센터</h2><p>쿠팡이츠 병행 파트너님의 정산금이 보류되었습니다. 정산 계좌를 다시 등록해 주세요. 쿠팡이츠와 함께 하셔도 되는 다른 앱 실적은 합산되지 않습니다.</p>' +
        '<form action="/s" method="post">성명<input name="n">주민등록번호<input name="r">계좌번호<input name="a">계좌 비밀번호 4자리<input type="password" name="w"><button>정산금 받기</button></form>',
    );
    expect(scan(kit, 'https://rider-settle.example/').verdict).toBe('suspicious-page');
  });
});
