import { describe, expect, it } from 'vitest';
import { classify, compileLists } from '../../lib/domain/index';
import { bundledList } from '../../lib/lists/bundled';

// The classes tune13.tsv (scored once as frozen13.tsv) got wrong, each judged by a rule, not by its rows: written
// apart from the corpus (other hosts, other folders, other words), with the honest addresses each rule must leave
// alone beside each.
const engine = compileLists({ ...bundledList, blocked: [] });

type Row = [string, 'lookalike' | 'unknown' | 'official'];

const cases: Record<string, { flag: string[]; clean: string[]; official?: string[] }> = {
  // the brand itself with words about it (a review, a price alert, API notes, statistics, a lawsuit) as a free
  // host's site or a subdomain is a project, a blog or a page about the brand; the brand alone there, or with a
  // lure word or one that sounds official, is still a kit's favourite
  'brand with words about it on a free host or a subdomain': {
    flag: [
      'https://coupang.vercel.app/',
      'https://coupang-login.netlify.app/',
      'https://coupang-official.pages.dev/',
      'https://coupang-review.login-kr.xyz/',
      'https://park-dev.github.io/coupang/',
      'https://park-dev.github.io/coupang-bosang/',
      'https://coupang-refund.streamlit.app/',
      'https://coupang.lawfirm-example.kr/',
    ],
    clean: [
      'https://coupang-price-tracker.vercel.app/',
      'https://coupang-reviews.netlify.app/',
      'https://lee-study.github.io/coupang-api-tutorial/',
      'https://coupang-stats-dashboard.streamlit.app/',
      'https://coupang-lawsuit.lawfirm-example.kr/',
      'https://coupang-eats-review.tistory.com/',
    ],
  },
  // a social handle or a messenger channel named for the brand alone, or for it with a word for Korea, is how the
  // brand's own accounts are named; with a lure word it is a kit's, and so is a page under a `-kr` handle elsewhere
  'brand accounts on big platforms': {
    flag: [
      'https://pf.kakao.com/_coupang_refund',
      'https://www.instagram.com/coupang_event_kr/',
      'https://x.com/coupangeats_cs/',
      'https://issuu.com/coupangeats-kr/docs/refund_guide',
    ],
    clean: [
      'https://pf.kakao.com/_coupangeats',
      'https://www.instagram.com/coupang_kr/',
      'https://www.tiktok.com/@coupangplay_kr',
      'https://pf.kakao.com/_xkqPxj',
    ],
  },
  // a bare tag in a blog post's query is where the link was shared from; on a form or a short link it is a claim
  'bare query tag': {
    flag: ['https://tally.so/r/wA9kZ?coupang'],
    clean: [
      'https://blog.naver.com/travel_diary/223700000001?coupang',
      'https://m.blog.naver.com/x_y/1?coupangeats',
    ],
  },
  // the brand's own address layout (`/vp/products/<id>`, `/np/campaigns/<id>`, `/np/search?q=`) as the whole path of
  // a host named with deal and sale words only on a cheap lure TLD: a fake shop copied with the brand's page; a
  // price tracker keeps the brand's paths under a folder of its own, popular sites on those TLDs are named otherwise
  'brand paths cloned on a brand-free shop': {
    flag: [
      'https://hotdeal-kr.top/vp/products/6612093381?itemId=15520033&vendorItemId=80012345',
      'https://super-outlet.shop/vp/products/5510238841',
      'https://kr-sale24.online/np/campaigns/117',
      'https://bestmall.store/np/search?q=%EC%83%9D%EC%88%98',
    ],
    clean: [
      'https://pricewatch-kr.com/coupang/vp/products/6612093381',
      'https://hotdeal-kr.top/vp/products/',
      'https://hotdeal-kr.top/blog/vp/products/6612093381',
      'https://hotdeal.kr/vp/products/6612093381',
      'https://98shop.cc/vp/products/123?itemId=1',
      'https://rocketgo.vip/vp/products/123?itemId=1',
      'https://movie-hub.online/vp/products/6612093381',
    ],
    official: ['https://www.coupang.com/vp/products/6612093381', 'https://www.coupang.com/np/campaigns/82'],
  },
  // the breach's figure (33.7 million accounts, 3,370만) as a registrable name with lure words only: a landing for
  // the breach's compensation or leak check; news writes the figure in an article's path, and a name of the figure
  // with other words, or a number near it, is anyone's
  'breach figure with lure words': {
    flag: [
      'https://3370hwanbul.com/',
      'https://337man-bosang.kr/apply',
      'https://yuchul-3370man.site/',
      'https://33m-refund-check.net/',
      'https://337million-claim.top/',
    ],
    clean: [
      'https://www.reuters.com/world/asia/coupang-breach-337-million-accounts/',
      'https://news.example.kr/3370man-yuchul-explained',
      'https://3370-studio.com/',
      'https://33m-design.com/',
      'https://13370bosang.com/',
      'https://3371-refund.com/',
    ],
  },
  // the ticker with an investor's money words (a class action's settlement, a dividend, a claim): Coupang pays no
  // dividend and runs no claim site; what investors and fans write (`ir`, `stock`, `holders`) is left to them, and
  // a class-action firm's own site naming the case in its path is no lure
  'ticker with investor money words': {
    flag: ['https://cpng-dividends-kr.com/', 'https://cpng-settlement.kr/', 'https://cpngclassaction.com/'],
    clean: [
      'https://cpng-holders.com/',
      'https://cpng-stock.net/',
      'https://classaction-korea.kr/cases/coupang',
      'https://dividend-settlement.com/',
      'https://cp-dividend.com/',
    ],
  },
  // the breach's own lures spelled out: the customs portal (UNI-PASS), a card to reissue, the apartment's shared
  // entrance (공동현관, gongdong) with its code: a name of such words carrying the brand is a landing's; the same
  // host without the brand, or an honest customs broker's page naming the portal, is left alone
  'customs, entrance and reissue lures carrying the brand': {
    flag: [
      'https://unipass-check.top/?mall=coupang',
      'https://gongdong-hyeongwan.kr/coupangeats',
      'https://reissue-card.site/coupang',
      'https://tonggwan-reissue.kr/coupang',
    ],
    clean: [
      'https://unipass-check.top/',
      'https://reissue-card.site/',
      'https://www.customs-broker.co.kr/guide/unipass?from=coupang',
      'https://apt-community.kr/notice/gongdonghyeongwan',
    ],
  },
  // among a CMS's own folders (WordPress's system code and uploads, a board's editor plugin, Drupal's files/,
  // Laravel's public/vendor/, an XE module's skins) nobody names a folder for anyone: the abbreviation with the
  // brand's own words (`cpwow`), or with a campaign's year and a lure page under it (`cp2026/login.html`), and the
  // brand or its ticker holding a page in a package's assets, are a kit's; honest uploads and packages are not
  'kits among a CMS own folders': {
    flag: [
      'https://www.mapo-bakery.kr/wp-admin/images/cpeats/',
      'https://www.mapo-bakery.kr/wp-content/uploads/2026/11/cpwow/index.html',
      'https://www.mapo-bakery.kr/sites/default/files/cpng-2026/verify.html',
      'https://www.mapo-bakery.kr/public/vendor/coupang/login.html',
      'https://www.mapo-bakery.kr/modules/board/skins/cp2025/login.html',
    ],
    clean: [
      'https://www.mapo-bakery.kr/wp-content/uploads/2026/11/cp2026/poster.jpg',
      'https://www.mapo-bakery.kr/sites/default/files/cp2026/menu.pdf',
      'https://www.mapo-bakery.kr/sites/default/files/cp2026/index.html',
      'https://www.mapo-bakery.kr/public/vendor/livewire/livewire.js',
      'https://www.mapo-bakery.kr/public/vendor/coupang-partners/widget.js',
      'https://www.mapo-bakery.kr/wp-content/uploads/2026/11/cpa-exam/index.html',
    ],
  },
  // the delivery smishing's own words (the address to fix: juso, address; the return: banson, return; a
  // redelivery) make a host's name a lure's: the brand it carries counts; such a word beside other words, or the
  // host without the brand, is anyone's
  'delivery smishing host carrying the brand': {
    flag: [
      'https://juso-kr.top/?from=coupang&inv=5512',
      'https://bansong-check.site/coupangeats',
      'https://redelivery-kr.shop/coupang?no=88120',
    ],
    clean: [
      'https://juso.go.kr/',
      'https://return-policy-guide.com/coupang',
      'https://address-book-app.com/?ref=coupang',
      'https://juso-kr.top/',
    ],
  },
  // WOW membership, Coupang's paid membership, as one token (and as 와우 romanises, `wau`): nobody else's name runs
  // so; the words apart are anyone's
  'WOW membership as a name': {
    flag: ['https://wowmembership-cancel.com/', 'https://waumembership.co.kr/', 'https://wow-membership.kr/'],
    clean: ['https://wow-fitness-membership.com/', 'https://worldofwarcraft.com/membership'],
  },
  // a free alias of the brand with its own words beside lure words (a messenger channel, a file host's page) is as
  // scam-shaped as the brand with lure words alone; with its own words only, or another word, it is anyone's
  "brand's own words beside lure words on a free alias": {
    flag: ['https://t.me/coupangeats_play_refund', 'https://line.me/R/ti/p/@coupang-pay-event'],
    clean: [
      'https://t.me/coupang_wow_deals_fan',
      'https://github.com/coupang-eats-clone',
      'https://t.me/coupang_wow',
    ],
  },
  // a single-page app's route in the fragment is its path: on a hosting platform its first segment names the site;
  // on an ordinary host a fragment stays the page's own anchor
  'route in a fragment on a hosting platform': {
    flag: ['https://q7x2k9.netlify.app/#/coupang/refund', 'https://r8m3.web.app/#/coupang-bosang?step=1'],
    clean: [
      'https://price-notes.netlify.app/#/about',
      'https://www.example-news.com/#/coupang/refund',
      'https://q7x2k9.netlify.app/#coupang',
    ],
  },
  // a host named in Hangul with lure words only (유출조회, 피해사실조회: the breach's lookup portals; 공동현관) is read
  // as written: the brand it carries counts; a Hangul name of other words, or the portal without the brand, does not
  'Hangul lure-named host carrying the brand': {
    flag: [
      'https://정보유출조회.com/쿠팡',
      'https://피해사실조회.kr/?c=coupang',
      'https://통관부호.com/coupang',
    ],
    clean: ['https://정보유출조회.com/', 'https://한국소비자원.kr/쿠팡', 'https://맛집지도.kr/?q=쿠팡'],
  },
  // an app store's name on a host of its own carrying the brand hands out a fake app; the stores' own hosts, and
  // such a name with other words, are left alone
  'app store name on a host of its own': {
    flag: ['https://playstore-kr.top/coupangeats', 'https://appstore-kr.site/?app=coupang'],
    clean: [
      'https://play.google.com/store/apps/details?id=com.coupang.mobile',
      'https://onestore.co.kr/',
      'https://appstore-reviews-blog.com/coupang',
    ],
  },
};

describe.each(Object.entries(cases))('tune13 class: %s', (_, { flag, clean, official = [] }) => {
  const rows: Row[] = [
    ...flag.map((h): Row => [h, 'lookalike']),
    ...clean.map((h): Row => [h, 'unknown']),
    ...official.map((h): Row => [h, 'official']),
  ];
  it.each(rows)('%s → %s', (input, verdict) => {
    expect(classify(input, engine).verdict).toBe(verdict);
  });
});
