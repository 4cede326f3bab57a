import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { scanPage } from '../../lib/page/index';
import { parse } from './helpers';
import { honestSet } from './saved-set';

/**
 * Round page65: honest pages nobody had seen, sixth round — kinds page56's, page59's, page61's, page63's and
 * page64's sets did not hold, aimed at the last blind halves' false-alarm kinds and their neighbours: payment
 * gateways' card, transfer and phone-billing windows for a shop (Coupang Pay among the tabs, the shop's item "as on
 * Coupang"), wallets, easy-pay and BNPL windows, developer docs and sandboxes with test cards and keys (Coupang Pay,
 * Wing, Partners), shopping-API SDKs and Q&A, telcos', card issuers' and banks' smishing FAQs and chats with their
 * own verification (a birth date, a code, card digits), FAQs headed by the scammer's quoted words, public bodies'
 * pages with their own logins and resident-number boxes, security trainings and quizzes showing a mock Coupang text
 * or login, scam anatomies saying what a lure asks, delivery apps' receipts and food blogs with the brand's logo in
 * the post, member-gated worker communities, deal and hobby forums, complaint and dispute desks naming the brand as
 * the respondent, my-pages changing an autopay with Coupang Pay among the wallets, CPNG quotes with broker logins,
 * competitors' own checkouts and couriers' forms — in Korean, English, Chinese and Japanese, written for this round
 * in test/fixtures/pages-honest-r65/ and scored as `check --page` scores them. Their logos vary as real sites'
 * do: an SVG with the name, an image whose alt is the name, or an image alt "로고" with the name only in the
 * footer's company line.
 *
 * The pages still flagged are the last of these: a name said only in the fine print of the footer weighs nothing
 * (a kit signs it for free), and what is left is the shape of a lure with no owner shown. Below them, the class the
 * set found and the scorer now clears, with kits of the same shape that stay caught.
 */
const DIR = new URL('../fixtures/pages-honest-r65/', import.meta.url);
// (h176, an English CPNG quote whose news says "compensation" over a login, was listed here too until page-r4-bd's
// stock-quote heading — an exchange ticker, a price and its change — cleared it on the merge)
honestSet('page65 honest set', DIR, 120, 0, {
  'h167.html':
    'a legal-advice site\'s "쿠팡 환불 분쟁 무료 상담" with its phone number and a code box, named only in the footer line: a refund lure\'s callback and code, no owner shown',
});

const page = (title: string, body: string) =>
  `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const scan = (html: string, url: string) =>
  scanPage(parse(html), url, { parseHtml: (m) => parseHTML(m).document as unknown as Document }).verdict;

describe("a deal post: an item's price with free shipping after the brand's tag, over a comment's login", () => {
  const thread = (
    heading: string,
    form: string,
    foot = '(주)딜마당 | 대표 이수진 | 사업자등록번호 120-86-33419',
  ) =>
    page(
      heading,
      `<header><a href="/"><img src="/img/logo.png" alt="로고"></a></header><main><h1>${heading}</h1>` +
        `<p>쿠팡 상품 링크입니다. 쿠폰은 쿠팡 앱에서 받으세요.</p><section><h3>댓글 17</h3><p>댓글을 쓰려면 로그인하세요.</p>${form}</section></main>` +
        `<footer><p>${foot}</p></footer>`,
    );
  const login =
    '<form><input placeholder="아이디"><input type="password" placeholder="비밀번호"><button>로그인</button></form>';
  const card =
    '<form><input placeholder="카드번호"><input placeholder="유효기간"><input placeholder="CVC"><button>구매</button></form>';
  const url = 'https://www.dealmadang.example/deal/55012';
  it('"[쿠팡] 로지텍 MX 키보드 119,000원 무료배송" over the comment login stays clean', () => {
    expect(scan(thread('[쿠팡] 로지텍 MX 키보드 119,000원 무료배송', login), url)).toBe('clean');
  });
  it('the same heading over a card box, with or without the footer line, stays caught', () => {
    expect(scan(thread('[쿠팡] 로지텍 MX 키보드 119,000원 무료배송', card), url)).toBe('suspicious-page');
    expect(scan(thread('[쿠팡] 로지텍 MX 키보드 119,000원 무료배송', card, ''), url)).toBe('suspicious-page');
  });
  it('a coupon or a payout beside the price ("5,000원 쿠폰 무료 지급") stays caught', () => {
    expect(scan(thread('[쿠팡] 와우 회원 5,000원 쿠폰 무료 지급', login), url)).toBe('suspicious-page');
  });
  it("a box naming the brand's login under the same heading stays caught", () => {
    const brandLogin =
      '<form><input placeholder="쿠팡 아이디"><input type="password" placeholder="쿠팡 비밀번호"><button>로그인</button></form>';
    expect(scan(thread('[쿠팡] 로지텍 MX 키보드 119,000원 무료배송', brandLogin), url)).toBe(
      'suspicious-page',
    );
  });
});
