import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { scanPage } from '../../lib/page/index';
import { parse } from './helpers';

/**
 * Author Z's half (tune-z, scored once after page25), taken by class (round page26) with pages written apart
 * from it; next to each kit an honest page of the same shape, which stays clean.
 */
const page = (title: string, body: string) =>
  `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const scan = (html: string, url = 'https://x.example/p') =>
  scanPage(parse(html), url, { parseHtml: (m) => parseHTML(m).document as unknown as Document });
const otpForm =
  '<form action="/s" method="post"><input name="p" type="tel" placeholder="휴대폰 번호"><input name="o" placeholder="인증번호 6자리"><button>확인</button></form>';

describe('a name finished by the ::after of an element inside it', () => {
  it('reads "cou" + ::after "pang" as the name, hidden on purpose', () => {
    const kit = page(
      '본인 확인',
      '<style>.tl::after{content:"pang"}.hh::after{content:"팡"}</style><div class="mark">cou<span class="tl"></span></div>' +
        `<h1><span class="hh">쿠</span> 본인인증</h1><p>비밀번호 변경 요청을 막으려면 문자로 받은 인증번호를 입력하세요.</p>${otpForm}`,
    );
    const r = scan(kit, 'https://verify-stop.example/');
    expect(r.reasons.map((x) => x.code)).toContain('brand-obfuscated');
    expect(r.verdict).toBe('suspicious-page');
  });
  it('an arrow or a required-field star drawn after a word changes nothing', () => {
    const shop = page(
      '회원가입 | 누리몰',
      '<style>.req::after{content:"*"}.go::after{content:" ›"}</style><div class="mark">누리몰</div><h1>회원가입</h1>' +
        '<p><a class="go" href="/coupang-compare">쿠팡과 가격 비교</a></p>' +
        `<form action="/join" method="post"><label class="req">휴대폰 번호</label><input name="p" type="tel"><label class="req">인증번호</label><input name="o"><button>가입</button></form>`,
    );
    const r = scan(shop, 'https://nuri-mall.example/join');
    expect(r.verdict).toBe('clean');
    expect(r.reasons.map((x) => x.code)).not.toContain('brand-obfuscated');
  });
});

describe('character codes a canvas keeps in its attributes for the script to paint', () => {
  it('are read as the letters it paints', () => {
    const kit = page(
      '',
      '<canvas class="m" data-c="99,111,117,112,97,110,103" width="200" height="40"></canvas><h2>개인정보 삭제 신청</h2>' +
        '<form action="/d" method="post"><input name="n" placeholder="이름"><input name="j" placeholder="주민등록번호"><input name="c" placeholder="카드번호"><button>신청</button></form>' +
        '<script>document.querySelectorAll("canvas.m").forEach(function(c){c.getContext("2d").fillText(String.fromCharCode.apply(null,c.dataset.c.split(",").map(Number)),0,30)})</script>',
    );
    expect(scan(kit, 'https://erase-now.example/').verdict).toBe('suspicious-page');
  });
  it('a chart whose canvas keeps its numbers so asks nothing and names no one', () => {
    const chart = page(
      '월별 매출 | 셀러노트',
      '<h1>월별 매출</h1><canvas data-v="120,340,560,780" width="300" height="200"></canvas>' +
        '<script>var c=document.querySelector("canvas");c.getContext("2d").fillText(c.dataset.v,10,10)</script>',
    );
    expect(scan(chart, 'https://seller-note.example/m').verdict).toBe('clean');
  });
});

describe('a box a class makes flex, whose letters carry their own order', () => {
  const login =
    '<form action="/l" method="post"><input type="email" name="e" placeholder="이메일"><input type="password" name="p" placeholder="비밀번호"><button>연장하기</button></form>';
  it('reads the wordmark and the heading as shown, in place', () => {
    const kit = page(
      '적립금 소멸 안내',
      '<style>.fx{display:inline-flex}.fx b{font-weight:800}</style>' +
        '<div class="fx mk"><b style="order:3">g</b><b style="order:2">n</b><b style="order:1">a</b><b style="order:0">p</b><b style="order:-1">u</b><b style="order:-2">o</b><b style="order:-3">c</b></div>' +
        '<h1><span class="fx"><b style="order:2">팡</b><b style="order:1">쿠</b></span>캐시 만료 예정</h1>' +
        `<p>적립된 캐시가 오늘 만료됩니다. 로그인해 기한을 연장하세요.</p>${login}`,
    );
    const r = scan(kit, 'https://cash-keep.example/');
    expect(r.reasons.map((x) => x.code)).toContain('brand-heading');
    expect(r.verdict).toBe('suspicious-page');
  });
  it('a shop whose chips are ordered by flex stays itself', () => {
    const shop = page(
      '로그인 | 온새몰',
      '<style>.fx{display:inline-flex}</style><div class="mark">온새몰</div>' +
        '<h1><span class="fx"><b style="order:2">배송</b><b style="order:1">무료</b></span> 회원 혜택</h1>' +
        `<p>쿠팡보다 싼 최저가 상품을 모았습니다.</p>${login}`,
    );
    expect(scan(shop, 'https://onsae-mall.example/login').verdict).toBe('clean');
  });
});

describe("a voucher's PIN turned into the brand's own money", () => {
  const pins =
    '<form action="/c" method="post"><label>휴대폰 번호 <input type="tel" name="p"></label><label>상품권 PIN 번호 (16자리) <input type="tel" name="pin1" maxlength="19"></label><label>상품권 PIN 번호 (16자리) <input type="tel" name="pin2" maxlength="19"></label><button>캐시 전환</button></form>';
  it('is money handed over, whatever the page calls the step', () => {
    const kit = page(
      '쿠팡 상품권 등록',
      `<div class="logo">coupang</div><h1>쿠팡 상품권 등록 확인</h1><p>보유하신 문화상품권을 쿠팡캐시로 전환해 드립니다. 오늘까지만 가능합니다.</p>${pins}`,
    );
    const r = scan(kit, 'https://gift-swap.example/');
    expect(r.reasons.map((x) => x.code)).toContain('asks-gift-pin');
    expect(r.verdict).toBe('suspicious-page');
  });
  it("an exchange shop that names the brand's cash only to say it does not convert into it stays itself", () => {
    const shop = page(
      '상품권 포인트 전환 | 핀교환소',
      `<div class="logo">핀교환소</div><h1>상품권 포인트 전환</h1><p>핀교환소 포인트로 전환해 드립니다. 쿠팡캐시 등 다른 쇼핑몰 포인트로의 전환은 지원하지 않습니다.</p>${pins}<footer>(주)핀교환소 · 사업자등록번호 220-88-00000</footer>`,
    );
    expect(scan(shop, 'https://pin-swap.example/convert').verdict).toBe('clean');
  });
});

describe('labels drawn in the background of the box the fields sit on', () => {
  const drawn = (words: string[]) =>
    `data:image/svg+xml;base64,${Buffer.from(
      `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="${words.length * 60}">${words
        .map(
          (w, i) =>
            `<text x="4" y="${i * 60 + 18}" font-size="13">${w}</text><rect x="0" y="${i * 60 + 24}" width="300" height="30" fill="#fff" stroke="#bbb"/>`,
        )
        .reverse()
        .join('')}</svg>`,
    ).toString('base64')}`;
  const overlay = (words: string[]) =>
    `<form action="/s" method="post"><div style="position:relative;width:300px;height:${words.length * 60}px;background:url(${drawn(words)}) no-repeat">${words
      .map(
        (_, i) =>
          `<input style="position:absolute;left:2px;top:${i * 60 + 26}px;border:0;background:transparent" name="f${i}">`,
      )
      .join('')}</div><button>신청</button></form>`;
  it('are read as the labels of those fields, top to bottom', () => {
    const kit = page(
      '피해보상 신청',
      `<div class="logo">coupang</div><h1>쿠팡 개인정보 유출 피해보상 신청</h1><p>보상금은 확인 후 지급됩니다.</p>${overlay(['이름', '휴대폰 번호', '생년월일 6자리', '은행', '계좌번호'])}`,
    );
    const r = scan(kit, 'https://bosang-now.example/');
    expect(r.reasons.map((x) => x.code)).toContain('asks-bank-account');
    expect(r.verdict).toBe('suspicious-page');
  });
  it('a shop whose drawn labels ask only a name and a note stays clean', () => {
    const shop = page(
      '배송 메모 | 누리몰',
      `<div class="logo">누리몰</div><h1>배송 요청 사항</h1><p>쿠팡보다 빠른 누리몰 당일배송.</p>${overlay(['받는 분', '요청 사항'])}`,
    );
    expect(scan(shop, 'https://nuri-mall.example/memo').verdict).toBe('clean');
  });
});
