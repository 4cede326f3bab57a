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
 * (a kit signs it for free), and what is left is the shape of a lure with no owner shown.
 */
const DIR = new URL('../fixtures/pages-honest-r65/', import.meta.url);
honestSet('page65 honest set', DIR, 120, {
  'h143.html':
    'a deal forum\'s thread headed "[쿠팡] <item> <price> 무료배송" over a comment login, the forum named only in the footer line: the brand\'s offer as the heading, no owner shown',
  'h167.html':
    'a legal-advice site\'s "쿠팡 환불 분쟁 무료 상담" with its phone number and a code box, named only in the footer line: a refund lure\'s callback and code, no owner shown',
  'h176.html':
    'an English CPNG quote whose news says "compensation" over a login with a password and an OTP, its name only in an English footer line: the brand\'s payout beside a login, no owner shown',
});
