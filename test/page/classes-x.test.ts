import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { scanPage } from '../../lib/page/index';
import { parse } from './helpers';

/**
 * Author X's half (tune-x, scored once after page23), taken by class (round page24) with pages written apart
 * from it; next to each kit an honest page of the same shape, which stays clean.
 */
const page = (title: string, body: string, head = '') =>
  `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>${title}</title>${head}</head><body>${body}</body></html>`;
const scan = (html: string, url = 'https://x.example/p') =>
  scanPage(parse(html), url, { parseHtml: (m) => parseHTML(m).document as unknown as Document });
const verdict = (html: string, url?: string) => scan(html, url).verdict;
const codes = (html: string, url?: string) =>
  scan(html, url)
    .reasons.filter((r) => r.weight !== 0)
    .map((r) => r.code);
const accountForm =
  '<form action="/s" method="post"><input name="a1" placeholder="예금주"><input name="a2" placeholder="은행명">' +
  '<input name="a3" placeholder="계좌번호"><input name="a4" placeholder="휴대폰 인증번호 6자리"><button>확인</button></form>';

describe('letters a stylesheet class hides, slipped between the letters of a name', () => {
  const junk = (cls: string, rule: string) =>
    `<style>.${cls}{${rule}}</style><div class="brandline" style="font:800 28px sans-serif;color:#1d5fd1">` +
    `C<s class="${cls}">h</s>O<s class="${cls}">w</s>U<s class="${cls}">e</s>P<s class="${cls}">t</s>A<s class="${cls}">r</s>N<s class="${cls}">y</s>G</div>`;
  for (const rule of [
    'font-size:0',
    'position:absolute;left:-4000px',
    'opacity:0;position:absolute',
    'color:transparent;font-size:1px',
  ])
    it(`reads the name as shown (${rule}) and counts the hiding`, () => {
      const kit = page(
        '계약 확인',
        `${junk('zq', rule)}<h1>단기 물류 근무 계약</h1><p>입금받을 정보를 적어 주세요.</p>` +
          '<form action="/c" method="post"><input name="n" placeholder="성명"><input name="r1" placeholder="주민등록번호 앞자리">' +
          '<input name="r2" placeholder="주민등록번호 뒷자리"><input name="b" placeholder="계좌번호"><button>제출</button></form>',
      );
      const r = scan(kit, 'https://work-contract.example/c');
      expect(r.verdict, rule).toBe('suspicious-page');
      expect(r.reasons.map((x) => x.code)).toContain('brand-obfuscated');
    });
  it('a screen-reader-only word beside a plain heading hides nothing of a name', () => {
    const blog = page(
      '쿠팡 반품 후기 | 살림노트',
      '<style>.sr{position:absolute;left:-9999px}</style><div class="brandline"><span class="sr">본문 바로가기</span>살림노트</div>' +
        '<h1>쿠팡 반품 후기</h1><p>쿠팡에서 산 청소기를 반품했습니다. 회수는 이틀 만에 왔어요.</p>' +
        '<form action="/login" method="post"><input name="id" placeholder="아이디"><input type="password" name="pw" placeholder="비밀번호"><button>로그인</button></form>',
    );
    expect(verdict(blog, 'https://salim-note.example/post/12')).toBe('clean');
    expect(codes(blog, 'https://salim-note.example/post/12')).not.toContain('brand-obfuscated');
  });
});

describe('a sentence stored backwards and turned by a bidi override', () => {
  const backwards = (s: string) => [...s].reverse().join('');
  it('is read as the reader reads it, however long', () => {
    const said =
      '정보 유출 보상으로 기프트카드가 발송되었습니다. 본인 확인을 위해 보유하신 문화상품권 PIN을 입력하면 쿠팡 캐시로 바로 전환됩니다.';
    const kit = page(
      '캐시 전환',
      `<h1>감사 캐시 지급</h1><p style="unicode-bidi:bidi-override;direction:rtl;text-align:left">${backwards(said)}</p>` +
        '<form action="/g" method="post"><input name="g1" placeholder="이름"><input name="g2" placeholder="휴대폰">' +
        '<input name="g3" placeholder="상품권 PIN 16자리"><button>전환</button></form>',
    );
    const r = scan(kit, 'https://cash-gift.example/c');
    expect(r.verdict).toBe('suspicious-page');
    expect(r.reasons.map((x) => x.code)).toContain('brand-obfuscated');
  });
  it('an honest page in a right-to-left language is not read as a Korean lure', () => {
    const arabic = page(
      'متجر',
      '<p style="unicode-bidi:bidi-override;direction:rtl">مرحبا بكم في متجرنا، نشحن إلى كوريا والعالم كله بسرعة.</p>' +
        '<form action="/pay" method="post"><input name="c" placeholder="رقم البطاقة"><button>ادفع</button></form>',
    );
    expect(verdict(arabic, 'https://souq.example/pay')).toBe('clean');
  });
});

describe('a keypad whose ten digits a script keeps in a shuffled list', () => {
  const pad = (digits: string) =>
    `<canvas id="k" width="300" height="300"></canvas><script>var K=[${digits}];var c=document.getElementById('k').getContext('2d');` +
    `K.forEach(function(d,i){c.fillText(d,(i%3)*90+40,Math.floor(i/3)*60+40)});document.addEventListener('keydown',function(e){});</script>`;
  it('asks for what the words beside it name', () => {
    const kit = page(
      '쿠팡페이 결제 비밀번호 확인',
      `<div class="logo">쿠팡페이</div><h1>결제 비밀번호 확인</h1><p>보안 점검으로 결제 비밀번호 6자리를 다시 눌러 주세요.</p>${pad('3, 8, 0, 6, 1, 9, 4, 7, 2, 5')}`,
    );
    const r = scan(kit, 'https://pay-check.example/k');
    expect(r.verdict).toBe('suspicious-page');
    expect(r.reasons.map((x) => x.code)).toContain('asks-password');
  });
  it('a list of ten digits that repeats one is no keypad, and a shop’s chart of numbers asks nothing', () => {
    const chart = page(
      '쿠팡 주문 통계 | 셀러메모',
      `<h1>쿠팡 주문 통계</h1><p>이번 주 비밀번호 변경 안내는 공지사항을 보세요.</p>${pad('3, 8, 0, 6, 1, 9, 4, 7, 2, 2')}`,
    );
    expect(codes(chart, 'https://seller-memo.example/stats')).not.toContain('asks-password');
  });
});

describe('sentences a stylesheet draws are read for what they tell the reader to do', () => {
  it('a QR hand-off said only by content: attr()', () => {
    const kit = page(
      '본인 확인',
      '<style>.say::before{content:attr(data-t)}</style><div class="logo">coupang</div><h1>휴대폰에서 계속하세요</h1>' +
        '<p class="say" data-t="컴퓨터에서는 보상 접수가 불가합니다. 휴대폰 카메라로 QR 코드를 찍어 본인 인증을 이어가세요."></p>' +
        '<canvas width="200" height="200"></canvas>',
    );
    const r = scan(kit, 'https://verify-desk.example/q');
    expect(r.reasons.map((x) => x.code)).toContain('qr-handoff');
    expect(r.verdict).toBe('suspicious-page');
  });
  it('… while a shop’s drawn note about its app’s QR asks nothing', () => {
    const shop = page(
      '앱 설치 | 누리몰',
      '<style>.say::before{content:attr(data-t)}</style><div class="logo">누리몰</div><h1>누리몰 앱</h1>' +
        '<p class="say" data-t="휴대폰 카메라로 QR 코드를 찍으면 앱 스토어로 이동합니다. 쿠팡보다 빠른 배송!"></p>',
    );
    expect(verdict(shop, 'https://nuri-mall.example/app')).toBe('clean');
  });
});

describe('a news costume said only in metadata', () => {
  const costume =
    '<meta property="og:site_name" content="한빛경제신문"><meta property="og:type" content="article">' +
    '<meta property="article:published_time" content="2026-11-30T09:00:00+09:00">';
  it('does not outweigh the brand’s mark over a form asking for an account and a code', () => {
    const kit = page(
      '고객센터',
      `<div style="font:900 30px sans-serif;color:#1d5fd1">coupang</div><h1>환불 지연 안내</h1><p>환불 계좌 확인 후 즉시 재처리됩니다.</p>${accountForm}`,
      costume,
    );
    const r = scan(kit, 'https://refund-desk.example/a');
    expect(r.verdict).toBe('suspicious-page');
  });
  it('a real article — a body, a byline and a masthead the reader sees — stays clean', () => {
    const news = page(
      '쿠팡 환불 사칭 문자 주의 | 한빛경제신문',
      '<header><div class="logo">한빛경제신문</div></header><article><h1>쿠팡 환불 사칭 문자 주의</h1><p>김하늘 기자</p>' +
        `<p>${'쿠팡을 사칭해 환불 계좌와 인증번호를 요구하는 문자가 늘고 있다. '.repeat(20)}</p></article>` +
        '<form action="/subscribe" method="post"><input name="email" placeholder="이메일"><button>뉴스레터 구독</button></form>',
      costume,
    );
    expect(verdict(news, 'https://hanbit-news.example/article/771')).toBe('clean');
  });
  it('a shop whose only name is its metadata, selling its own goods with a card form, stays clean', () => {
    const shop = page(
      '주문서',
      '<div class="logo">달빛공방</div><h1>주문서 작성</h1><p>쿠팡 대신 공방에서 직접 사면 배송비가 무료예요.</p>' +
        '<form action="/pay" method="post"><input name="c" placeholder="카드 번호"><input name="e" placeholder="유효기간"><button>결제</button></form>',
      '<meta property="og:site_name" content="달빛공방"><meta property="og:type" content="article">',
    );
    expect(verdict(shop, 'https://dalbit-craft.example/order')).toBe('clean');
  });
});
