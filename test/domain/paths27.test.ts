import { describe, expect, it } from 'vitest';
import { classify, compileLists } from '../../lib/domain/index';
import { bundledList } from '../../lib/lists/bundled';

// The classes domain30 took from tune24's and tune25's misses, each judged by a rule written apart from the corpus
// (other hosts, names and words), with the honest addresses beside each rule that must stay clean.
const engine = compileLists({ ...bundledList, blocked: [] });

const verdict = (u: string): string => classify(u, engine).verdict;

const cases: Record<string, { flag: string[]; clean: string[] }> = {
  // 프레시백 (Fresh Bag), the brand's cold bag collected at the door, written `freshbag`: an English compound others
  // use too (list `words`), so a look-alike beside a lure word only, its own lures among them (회수 its collection,
  // 보증금 a deposit, 주소 변경 an address to change)
  "Fresh Bag's name with its lures": {
    flag: [
      'freshbag-refund.shop',
      'hoesu-freshbag.net',
      'https://freshbag-bojeunggeum.co/pay',
      'freshbag-byeongyeong.xyz',
      'https://jusobyeongyeong-freshbag.web.app/',
    ],
    clean: [
      'freshbag-design.com',
      'www.freshbag.de',
      'freshbag.shop',
      'https://freshbag-tips.oopy.io/',
      'https://blog.naver.com/freshbag_diary/223000000001',
    ],
  },
  // 체험 (a trial) romanised, `chehum` / `cheheom`: the task scam's tester panel named without its 단, a lure word
  // beside the brand's name on a messenger or a shared host as in a host
  'chehum, a trial, is a lure word': {
    flag: ['https://t.me/coupang_cheheom', 'https://line.me/ti/p/~coupangeats-chehum', 'kupang-chehum.com'],
    clean: ['https://t.me/coupang_deals', 'chehum-farm.kr', 'https://line.me/ti/p/~coupang'],
  },
  // a sign-in landing's own name (a session, a webmail, 안전 romanised `anjeon`) with the brand's official address,
  // plainly or in base64, as its return target: a kit that sends the reader on to the real page after it; an
  // ordinary name and a search stay anyone's
  "a sign-in landing's name carrying the brand's address": {
    flag: [
      'https://login-session.lol/?next=https%3A%2F%2Flogin.coupang.com%2F',
      'https://anjeon-check.xyz/?continue=https://www.coupang.com/',
      'https://webmail-secure.top/?r=Y291cGFuZw==',
    ],
    clean: [
      'https://sessionmusic.com/?next=https://www.coupang.com/',
      'https://webmail-kr.ink/?q=coupang',
      'https://anjeon-check.xyz/',
      'https://music-session.com/?ref=coupang',
    ],
  },
  // SendGrid's click tracker (its hosts and its senders' branded ones: `/ls/click?upn=`) writes its target as an
  // opaque token; one written out for the reader, its `/` as `.2F` or `-2F` and `=` as `-3D`, is judged: a host
  // there where it leads, a name there as the name it claims
  "a click tracker's target written out": {
    flag: [
      'https://u5501234.ct.sendgrid.net/ls/click?upn=coupangeats-refund.click',
      'https://links.news-kr.example/ls/click?upn=coupang-login-verify.2Fstep1-3D',
      'https://u5501234.ct.sendgrid.net/ls/click?upn=cpng-bosang.shop-2Fa',
    ],
    clean: [
      'https://u5501234.ct.sendgrid.net/ls/click?upn=u001.Xk2BddN4NkHGMh5Zp9Om-2FjmY0-2BDP9mlHQ-3D-3D',
      'https://u5501234.ct.sendgrid.net/ls/click?upn=www.coupang.com.2Fnp.2Fsearch',
      'https://u5501234.ct.sendgrid.net/ls/click?upn=kupang-tour.com',
      'https://shop.example.kr/ls/list?upn=coupang-refund.com',
    ],
  },
  // an Android intent hands the app it opens a web address in a string extra (`S.url=`, a scanner's result, a
  // webview's page): a look-alike there is where the link leads; an official or ordinary one changes nothing
  "an intent's web address extra": {
    flag: [
      'intent://scan/#Intent;scheme=zxing;S.url=https://coupang-refund.click;end',
      'intent://open#Intent;scheme=kakaotalk;S.link=https%3A%2F%2Fcpng-bosang.top%2Fa;package=com.kakao.talk;end',
    ],
    clean: [
      'intent://scan/#Intent;scheme=zxing;S.url=https://www.coupang.com/;end',
      'intent://scan/#Intent;scheme=zxing;S.url=https://news.example.com/coupang;end',
    ],
  },
  // a full-width slash inside a host shows the brand's host with a page after it while the name goes on: the URL
  // parser refuses it (IDNA maps it to a slash), so it is judged as the name it would be, never official
  'a full-width slash inside a host': {
    flag: [
      'https://coupangeats.com\uff0fevent.gift-kr.shop/',
      'https://www.coupang.com\uff0fcs.refund-center.top/',
      'http://login.coupang.com\uff0fverify.kr-auth.icu',
    ],
    clean: ['https://www.coupang.com\uff0flogin', 'https://news.example.com\uff0fcoupang/'],
  },
  // pages on platforms the data did not name: Wix's free addresses (`wix.com/<site>`), Smore's newsletters, the
  // qr.codes short links: a free alias there counts with lure words (a short link's name by itself)
  'Wix, Smore and qr.codes pages': {
    flag: [
      'https://www.wix.com/coupang-refund/apply',
      'https://wix.com/coupangeats-cs',
      'https://www.smore.com/coupang-pihae-bosang',
      'https://qr.codes/coupangeats',
    ],
    clean: [
      'https://www.wix.com/website/templates',
      'https://www.wix.com/coupang-partners-blog',
      'https://www.smore.com/ab12c-coupang-deals-newsletter',
      'https://qr.codes/Xy7k2',
    ],
  },
  // a free alias that is the brand's name written plainly with an official number's last four digits (1577-7011,
  // the customer centre) and nothing else: a channel answering as that line; a generated id in a query is no name
  "a free alias with the customer centre's digits": {
    flag: [
      'https://pf.kakao.com/_coupangeats7011',
      'https://t.me/coupang_7011',
      'https://band.us/@coupang7011',
    ],
    clean: [
      'https://www.youtube.com/watch?v=c0upAng7011',
      'https://pf.kakao.com/_coupang2024',
      'https://t.me/coupang_deals_2024',
    ],
  },
  // on a lure landing's host (a name of lure words on a cheap TLD) the brand's name in the path counts alone: with
  // its own words too (`coupang-wow`), and with an emoji glued on (`🚀coupang-rocket`), a decoration of no letter;
  // other words beside it, and any of it on an ordinary name, stay anyone's
  "a lure landing's path: the brand with its own words or an emoji": {
    flag: [
      'https://parcel-check.top/coupang-wow',
      'https://verify-kr.shop/%E2%9C%85coupangeats',
      'https://order-check.top/%F0%9F%93%A6coupang-rocket/step',
    ],
    clean: [
      'https://news.example.com/%F0%9F%9A%80coupang-rocket',
      'https://parcel-check.top/coupang-review',
      'https://www.example-blog.kr/coupang-wow',
    ],
  },
  // a folder named for the brand with its own words holding a script that asks for a login, money or an identity,
  // on an ordinary site (`/plugins/coupang-wow/cancel.php`), as the brand's name alone there already is; a WordPress
  // plugin's folder so (`wp-content/plugins/coupang/login.php`) on a lure landing's host (`safe-portal-kr`: a portal
  // is what a landing calls itself); an honest plugin's scripts on an ordinary host and a blog's sections stay clean
  "the brand's service folder with a script that asks": {
    flag: [
      'http://hanbit-studio.kr/plugins/coupang-rocket/refund.php',
      'http://hanbit-studio.kr/plugins/coupang-wow/verify.php?token=1234',
      'https://kr-refund-portal.icu/wp-content/plugins/coupang/verify.php',
    ],
    clean: [
      'http://hanbit-studio.kr/plugins/coupang-wow/review.php',
      'http://hanbit-studio.kr/blog/coupang-wow/cancel.php',
      'https://hanbit-studio.kr/wp-content/plugins/coupang/login.php',
      'https://news-portal.com/coupang/',
    ],
  },
  // the brand's name in capitals as the only folder (a kit's archive as unpacked, `/COUPANG/index.html` since
  // domain12) served by itself with one visitor's token as the whole query: the kit's page sent to one reader
  "the capitals' folder with a visitor's token": {
    flag: ['https://mapo-bakery.kr/COUPANGEATS/?token=9f3k2q', 'http://mapo-bakery.kr/COUPANG?uid=5512'],
    clean: [
      'http://mapo-bakery.kr/coupang/?uid=5512',
      'http://mapo-bakery.kr/COUPANG/?page=2',
      'http://mapo-bakery.kr/COUPANG/',
    ],
  },
  // a generated tag after an abbreviation's words (a site builder's or a kit's suffix of letters and digits mixed,
  // `-4avh`) is no word: the abbreviation with its lure words is judged as without it; a tag alone, a short one, a
  // year or a visit's words stay as they were
  "an abbreviation's lure words with a generated tag": {
    flag: ['cpang-hwanbul-7qkz.com', 'cpng-bosang-a3f9.mystrikingly.com', 'cpang-refund-x2b7.top'],
    // (domain62 flags `cpng-support-a1b2.com`: the brand's own abbreviations alone or with lure words, by
    // measuring; test/domain/classes-domain62.test.ts)
    clean: ['cp-event-2x4b.com', 'cpang-bosang-x9.com', 'cpng-stock-2025.com'],
  },
  // an abbreviation that names the brand alone glued after lure words that ask (`verifycpang`), the registrable
  // name: as `cpang-verify`, no word of any language ends so; a visit's words glued on (`help`, `support`) stay
  // anyone's, as with a hyphen
  'a brand-only abbreviation glued after a lure word that asks': {
    flag: ['refundcpng.com', 'logincoupg.net', 'www.securecpang.top'],
    clean: ['helpcpng.com', 'supportcpng.com', 'newscpng.com', 'scpng.com'],
  },
  // 팡's ㅍ with its aspiration written after 쿠's u (`ph`, McCune-Reischauer's p'): the name as it sounds; after an
  // o it is Thai's Ko Ph- (an island's name), and a longer word stays its own
  "ph for the name's p after its u": {
    flag: ['cuphang.shop', 'cuphang-bosang.com', 'https://www.cuphangeats.kr/'],
    clean: ['kophang.org', 'kophangan.com', 'cuphangan.com', 'phang.com'],
  },
};

describe('domain30 classes', () => {
  for (const [name, { flag, clean }] of Object.entries(cases))
    describe(name, () => {
      it.each(flag)('%s is a look-alike', (u) => expect(verdict(u)).toBe('lookalike'));
      it.each(clean)('%s is not', (u) => expect(verdict(u)).not.toBe('lookalike'));
    });
});
