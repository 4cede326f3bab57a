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
