import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { scanPage } from '../../lib/page/index';
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
