import { describe, expect, it } from 'vitest';
import { classify, compileLists } from '../../lib/domain/index';
import { bundledList } from '../../lib/lists/bundled';

// The classes domain33 took from tune27, each judged by a rule written apart from the corpus (other hosts, names
// and words), with the honest addresses beside each rule that must stay clean.
const engine = compileLists({ ...bundledList, blocked: [] });

const verdict = (u: string): string => classify(u, engine).verdict;

const cases: Record<string, { flag: string[]; clean: string[] }> = {
  // a weaker name others share (`rocketpay`, a name that holds a brand word) before the brand's name spelled out
  // with a word glued on: the name a reader sees is there, and the rest alone is a look-alike
  'the spelled-out name behind a weaker one': {
    flag: ['rocketpay-coupangshop.net', 'rocketpay-coupangkr.xyz', 'rocketpay-coupangmall.org'],
    clean: ['rocketpay.io', 'rocketpay-shop.com', 'rocketpay-games.io', 'kupang-travel.com'],
  },
  // a short link's or a handle's name made unique with a tag of a few letters or digits, or with the brand's short
  // name beside its name: the same name claimed; a handle still needs its lure word, other words stay anyone's
  'names made unique with a tag': {
    flag: [
      'https://bit.ly/Coupangzpx',
      'https://tinyurl.com/coupang-hwanbul-q4',
      'https://han.gl/cp-hwanbul-coupang',
      'https://t.me/coupang_refund_kqz',
      'https://discord.gg/coupangbosangxr',
      'tg://resolve?domain=coupangeats_chwiso_7a',
    ],
    clean: [
      'https://t.me/coupangzpx',
      'https://t.me/coupang_kr',
      'https://t.me/coupangfans',
      'https://discord.gg/coupang-sellers-club',
      'https://github.com/coupangzpx',
      'https://bit.ly/3xQz9Lp',
    ],
  },
  // the breach and its relief in English beside the name, as `yuchul` and `bosang` are in Korean; an article's slug
  // with other words stays the article's
  'breach and relief as lure words': {
    flag: [
      'https://bit.ly/coupang-relief',
      'https://t.me/coupang_breach',
      'https://discord.gg/coupangrelief',
    ],
    clean: [
      'https://news.example.com/2026/12/coupang-breach-what-we-know',
      'https://news.example.kr/m/coupang-breach-compensation/',
      'relief-fund.org',
    ],
  },
  // the brand's own address layout copied: a page under its roots in a folder named for it, an account page that
  // names the brand or sits on a TLD kits register, a product page whose query names the brand there; a tracker's
  // folder of its own, a product path on an ordinary host and a shop's own /np/ folders stay
  "the brand's own address layout on another host": {
    flag: [
      'https://mint-garden.org/np/coupangeats/refund',
      'https://parcel-helper.com/np/mycoupangpay/verify?step=2',
      'https://orders-help.net/ssr/desktop/order/detail?ref=coupang-kakao',
      'https://r7x2.homes/ssr/desktop/order/list',
      'https://tiny-bazaar.club/vp/products/7712345678?vendor=coupang',
    ],
    clean: [
      'https://pricehistory-kr.com/coupang/vp/products/7712345678',
      'https://tiny-bazaar.com/vp/products/7712345678?vendor=coupang',
      'https://tiny-bazaar.club/vp/products/7712345678',
      'https://mint-garden.org/np/coupangeats',
      'https://mint-garden.org/np/garden/refund',
      'https://orders-help.net/ssr/desktop/order/detail?ref=kakao',
    ],
  },
  // a single-page app's route (`#/…`, `#!/…`, `#name/page`) on a host whose own path is only the app's shell, on a
  // TLD kits register cheaply, is that host's path: judged as it would be there; the same route on an ordinary TLD
  // (a firm's, a news site's), a parcel tracker's carrier code, a heading's anchor and a route under an article stay
  "a single-page app's route as its path": {
    flag: [
      'https://qmart-lab.site/#/coupangeats/verify',
      'https://cdn-orbit7.info/app/#!/rocketwow/cancel',
      'https://pixel-nest.skin/index.html#coupang.com/login',
      'https://sky-hub.club/s/Ab12x#/coupangpay/refund',
    ],
    clean: [
      'https://qmart-lab.net/#/coupangeats/verify',
      'https://tracker.delivery/#/kr.coupangls/412345678901',
      'https://news.example.com/2026/12/coupang-breach#/coupang/cancel',
      'https://wiki.example.org/#coupang',
      'https://qmart-lab.site/#/coupang/products',
      'https://qmart-lab.site/#coupang-history',
    ],
  },
  // ONE store, Korea's app store, is a shared host: an app page there titled for the brand with lure words is a
  // fake app's, as a free name is; the store's own pages and the brand's app by its name stay
  "ONE store's app pages": {
    flag: [
      'https://m.onestore.co.kr/ko-kr/apps/appsDetail.omp?prodId=0001234&title=coupangeats-bosang',
      'https://onestore.co.kr/ko-kr/apps/appsDetail.omp?prodId=0009876&title=%EC%BF%A0%ED%8C%A1%EC%9D%B8%EC%A6%9D',
    ],
    clean: [
      'https://m.onestore.co.kr/ko-kr/apps/appsDetail.omp?prodId=0001234',
      'https://m.onestore.co.kr/ko-kr/apps/appsDetail.omp?prodId=0001234&title=coupang',
    ],
  },
  // a Hangul name typed with the Korean keyboard off (쿠팡이츠 → znvkddlcm) is that name, not the shorter one it holds
  // (znvkd, 쿠팡) with nonsense after it: a folder so named reads as the service's, as `/coupangeats/kr` does
  'a keyboard form holding a shorter one': {
    flag: ['https://garden-shop.biz/znvkddlcm/kr', 'https://garden-shop.biz/znvkddlcm/login.html'],
    clean: ['https://garden-shop.biz/znvkddlcm/', 'https://garden-shop.biz/dlcm/kr'],
  },
  // the brand's short host with its dot moved as a folder (`/coup.ang/<code>` for coupa.ng): a reader takes it for the
  // brand's own short link; the short host itself was already read so, other dotted folders stay
  "the brand's short host with its dot moved": {
    flag: ['https://linkbox.example.net/coup.ang/Xk29q', 'https://qr-go.example.site/coup.ang/Zt7'],
    clean: [
      'https://linkbox.example.net/v1.2/Xk29q',
      'https://linkbox.example.net/coupon.ng/Xk29q',
      'https://docs.example.org/coupang/1.0/',
    ],
  },
  // a sign-in page on another host that sends its buyer back to one of the brand's own addresses once signed in asks
  // for the brand's login; a site's own return address, an identity provider's `continue` and the brand's own
  // sign-in stay
  "a sign-in page returning to the brand's address": {
    flag: [
      'https://member-desk.example.org/account/login?returnUrl=https%3A%2F%2Fwww.coupang.com%2Fnp%2Forder',
      'https://qv7.example.site/sso?rtnUrl=https://my.coupang.com/',
      'https://help-point.example.net/signin.php?redirect_url=https%3A%2F%2Fwww.coupangeats.com%2F',
    ],
    clean: [
      'https://login.coupang.com/login/login.pang?rtnUrl=https%3A%2F%2Fwww.coupang.com%2F',
      'https://member-desk.example.org/account/login?returnUrl=%2Fmypage',
      'https://member-desk.example.org/account/login?returnUrl=https%3A%2F%2Fmember-desk.example.org%2F',
      'https://accounts.example-id.com/login?continue=https%3A%2F%2Fwww.coupang.com%2F',
      'https://blog.example.com/review?returnUrl=https%3A%2F%2Fwww.coupang.com%2F',
    ],
  },
};

describe('domain33: classes from tune27', () => {
  for (const [name, { flag, clean }] of Object.entries(cases))
    describe(name, () => {
      for (const u of flag) it(`flags ${u}`, () => expect(verdict(u)).toBe('lookalike'));
      for (const u of clean) it(`keeps ${u} clean`, () => expect(verdict(u)).not.toBe('lookalike'));
    });
});
