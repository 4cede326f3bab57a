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
