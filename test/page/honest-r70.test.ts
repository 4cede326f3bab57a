import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { scanPage } from '../../lib/page/index';
import { parse } from './helpers';
import { honestSet } from './saved-set';

/**
 * Round page70: honest pages nobody had seen, seventh round — kinds none of page56's, page59's, page61's, page63's,
 * page64's and page65's sets held, neighbours of the last blind halves' false-alarm kinds: BNPL sign-ups with their
 * own identity check, telcos' phone-billing limits and card issuers' approval alerts listing the brand's charges,
 * fines, taxes and benefits paid or claimed on public portals warning of the brand's smishing, tax-refund apps for
 * the brand's gig drivers, couriers' return pickups, hobby forums' group buys and deal sites' keyword alerts behind
 * their logins, delivery surveys, ticketing and crypto-exchange logins with notices about the brand's fake texts,
 * threat research showing a kit's fields as code, overseas orders' receipts, other sites' password resets after the
 * leak, payment sandboxes with test cards and the brand's pay as a method, banks' limit-lowering after a click,
 * security courses' results with a mock text, wallets' card registration, apartment-fee and tuition payments with
 * the brand's pay among the methods, telcos' chats where the reader quotes the lure — in Korean, English, Japanese
 * and Chinese, written for this round in test/fixtures/pages-honest-r70/ and scored as `check --page` scores them.
 *
 * The pages still flagged are lures' shapes with no owner shown but a footer line (a kit signs it for free) or with
 * the brand's own name in the site's logo. Below them, the class the set found and the scorer now clears, with kits
 * of the same shape that stay caught.
 */
const DIR = new URL('../fixtures/pages-honest-r70/', import.meta.url);
const chat =
  "a telco's chat where the reader quotes the brand's payout text and the agent asks a birth date and a code (or a PIN and SSN digits), the telco named only in the footer and an image alt \"로고\": the lure's words over its asks, no owner shown";
// (h155, a Japanese gateway's bank-transfer note for a shop whose item is "クーパンでも販売中" over a refund account box,
// named only in the footer, is warned at the first key into that box: the second chance, at-risk.ts, is page69's)
honestSet('page70 honest set', DIR, 120, 1, {
  'h043.html':
    'a survey site whose logo itself reads "쿠팡이츠 …": the brand\'s name as the site\'s own, a gift and a code box — what a kit shows',
  'h132.html':
    'an English wallet\'s "Add a card – pay on Coupang, Grab and more" over a card box and a PIN, named only in the footer: the brand in the heading over a card, no owner shown',
  'h139.html': chat,
  'h140.html': chat,
  'h141.html': chat,
  'h142.html': chat,
  'h143.html': chat,
  'h144.html': chat,
  'h152.html':
    'a gateway\'s virtual-account note for a shop whose item is "쿠팡 최저가 보장", over a refund account box and a deadline, the gateway named only in the prose and footer: the brand beside a refund account, no owner shown',
  'h150.html':
    'a tuition window listing "カード · クーパンペイ · コンビニ" over a card box, named only in the footer: the brand\'s pay beside no other firm\'s wallet, no owner shown',
});

const page = (title: string, body: string, lang = 'ja') =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const scan = (html: string, url: string) =>
  scanPage(parse(html), url, { parseHtml: (m) => parseHTML(m).document as unknown as Document }).verdict;

describe("the brand's pay in Japanese or Chinese among other firms' wallets in a payment window", () => {
  const window = (methods: string[], form: string, lang = 'ja') =>
    page(
      lang === 'ja' ? '管理費のお支払い' : '物业费缴纳',
      `<header><a href="/"><img src="/img/logo.png" alt="logo"></a></header><main><h1>${
        lang === 'ja' ? '12月分 管理費のお支払い' : '12月物业费缴纳'
      }</h1><ul class="methods">${methods.map((m) => `<li>${m}</li>`).join('')}</ul>${form}</main>` +
        `<footer><p>${lang === 'ja' ? 'さくら管理サービス株式会社' : '樱花物业服务有限公司'}</p></footer>`,
      lang,
    );
  const card =
    '<form><label>カード番号<input autocomplete="cc-number"></label><label>有効期限<input></label><label>セキュリティコード<input type="password" maxlength="4"></label><button>支払う</button></form>';
  const cardZh =
    '<form><label>银行卡号<input autocomplete="cc-number"></label><label>有效期<input></label><label>CVV<input type="password" maxlength="4"></label><button>支付</button></form>';
  const url = 'https://pay.sakura-kanri.example/fee/12';
  it('"クーパンペイ · PayPay · 楽天ペイ" over a card box stays clean', () => {
    expect(scan(window(['クレジットカード', 'クーパンペイ', 'PayPay', '楽天ペイ'], card), url)).toBe('clean');
  });
  it('"酷澎支付 · 支付宝 · 微信支付" over a card box stays clean', () => {
    expect(scan(window(['银行卡', '酷澎支付', '支付宝', '微信支付'], cardZh, 'zh'), url)).toBe('clean');
  });
  it("the brand's pay beside only card and konbini (no other firm's wallet) stays caught", () => {
    expect(scan(window(['クレジットカード', 'クーパンペイ', 'コンビニ払い'], card), url)).toBe(
      'suspicious-page',
    );
  });
  it("a box naming the brand's login beside the same wallets stays caught", () => {
    const brandLogin =
      '<form><label>クーパンID<input></label><label>クーパンのパスワード<input type="password"></label><label>カード番号<input autocomplete="cc-number"></label><button>ログイン</button></form>';
    expect(scan(window(['クレジットカード', 'クーパンペイ', 'PayPay', '楽天ペイ'], brandLogin), url)).toBe(
      'suspicious-page',
    );
  });
  it("the brand's payout beside the same wallets stays caught", () => {
    const payout = page(
      'クーパン補償金のお受け取り',
      '<header><a href="/"><img src="/img/logo.png" alt="logo"></a></header><main><h1>クーパン 情報流出 補償金 30,000円 お受け取り</h1><ul><li>クーパンペイ</li><li>PayPay</li><li>楽天ペイ</li></ul>' +
        card +
        '</main>',
    );
    expect(scan(payout, url)).toBe('suspicious-page');
  });
});
