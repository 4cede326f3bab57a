import { describe, expect, it } from 'vitest';
import { classify, compileLists } from '../../lib/domain/index';
import { bundledList } from '../../lib/lists/bundled';

// The classes the sixteenth blind author wrote and the guard missed (tune15's misses), each judged by a rule written
// apart from the corpus (other hosts, folders and words), with the honest addresses each rule must leave alone.
const engine = compileLists({ ...bundledList, blocked: [] });

type Row = [string, 'lookalike' | 'unknown' | 'official' | 'invalid'];

const pad = (c: string, n: number): string => c.repeat(n);

const cases: Record<string, { flag: string[]; clean: string[]; official?: string[] }> = {
  // an official host written right after a delimiter that ends the host for the browser, or after an `@`: a reader
  // sees the brand's address, the browser opens the host before it. A whole address as a parameter's value is a
  // share or redirect link, judged where it leads; a handle after `/@` on a platform of handles is an account's name
  'an official host after a delimiter or an @': {
    flag: [
      'https://qorvani.site/;www.coupang.com/np/login',
      'https://tesmiro.cyou?login.coupang.com',
      'https://valdenix.buzz#@www.coupang.com/member',
      'https://pirozu.online/s?go=@www.coupang.com',
      'https://tamrelo.xyz#.coupang.com/',
      'https://elvaso.click?@coupang.com/np/cart',
      'https://bomirax.rest/@www.coupang.com:443/login',
      'https://kelvaro.top/@coupa.ng/Zx81',
    ],
    clean: [
      'https://l.facebook.com/l.php?u=https%3A%2F%2Fwww.coupang.com%2Fnp%2Fsearch',
      'https://www.google.com/search?q=www.coupang.com',
      'https://share.example.org/?url=https://www.coupang.com/vp/products/1',
      'https://www.threads.net/@coupang.kr',
      'https://www.youtube.com/@coupang.kr',
      'https://tesmiro.cyou?q=coupang.comparison',
      'https://notes.example.com/#coupang-com-review',
      'https://kelvaro.top/@coupang',
      // a dereferrer's link: the host's own page, its query the address it leads to
      'https://href.li/?www.coupang.com',
      'https://deref.example.net/?coupang.com',
    ],
    official: ['https://www.coupang.com/?ref=@m.coupang.com', 'https://login.coupang.com/;jsessionid=ab12'],
  },
  // a folder of padding (a long run of dashes, underscores or dots) pushes the rest out of the address bar: the path
  // is read as if it were not there, so a kit's folder after it counts as it would first
  'padding before the brand': {
    flag: [
      `https://morvex.click/${pad('-', 48)}/coupang/login`,
      `https://tavilo.online/${pad('_', 30)}/www.coupang.com/np/login`,
      `https://plenzo.top/${pad('.', 20)}/${pad('-', 20)}/coupang/verify`,
    ],
    clean: [
      `https://blog.example.com/${pad('-', 40)}/`,
      `https://tavilo.online/${pad('_', 30)}/about`,
      `https://news.example.kr/${pad('-', 20)}/coupang-earnings-2026`,
      `https://morvex.click/${pad('-', 14)}x/coupang/login-help-article`,
    ],
  },
  // the ticker with what a kit offers or asks (a voucher, a roulette, a re-authentication, a consultation, a side
  // job), with a word for Korea only (as `cpng-kr` already was), or after its lure words (`claim-cpng`): the same
  // names in the other order. Its other words, an investor's or a fan's, stay anyone's
  'the ticker as a host name': {
    flag: [
      'cpng-voucher-kr.click',
      'cpang-roulette.site',
      'cpng-reauth.online',
      'cpng-sangdam.xyz',
      'cpang-alba.top',
      'cpng-korea.net',
      'cpangkorea.shop',
      'refund-cpng.co.kr',
      'login-verify-cpng.net',
      'wow-bonus-cpang.click',
    ],
    clean: [
      // (domain62 flags `cpng.com`, `cpng-support.com`: the brand's own abbreviations alone or with lure words, by
      // measuring; test/domain/classes-domain62.test.ts)
      'cpng-shop.top',
      'cpngkorean.com',
      'nyse-cpng.com',
      'stock-cpng.com',
      'my-cpng.com',
      'fan-cpng.top',
      'https://ir-cpng.com/login',
      'https://alba.co.kr/',
      'https://scotland-alba.com/',
      'https://www.voucher-market.com/coupang',
    ],
  },
  // a search's terms on a shared host (a social network's, a video site's search) are what someone looked for, as
  // on any host: never a page's title; a form's or a paste's own title parameter still is
  'a search on a shared host': {
    flag: ['https://form.jotform.com/251234?title=coupang-refund-form'],
    clean: [
      'https://x.com/search?q=coupang%20voucher',
      'https://twitter.com/search?q=%EC%BF%A0%ED%8C%A1%20%ED%99%98%EB%B6%88',
      'https://www.youtube.com/results?search_query=coupang+refund+scam',
      'https://www.threads.net/search?q=coupang%20login%20help',
    ],
  },
  // the brand's name in other scripts as a host (list data: 库澎, the same sound as 酷澎 with the simpler 库; คูปัง in
  // Thai letters); Thai coupon (คูปอง), the city Kupang's own names and an article about the brand stay anyone's
  'the brand in other scripts as a host': {
    flag: ['https://库澎.net/', 'https://库澎客服.top/', 'https://คูปัง.net/', 'https://คูปัง-ไทย.shop/'],
    clean: [
      'https://คูปอง.com/',
      'https://ไทย.com/',
      'https://купанг.рф/',
      'https://クパン.jp/',
      'https://th.wikipedia.org/wiki/คูปัง',
      'https://zh.wikipedia.org/wiki/库澎',
    ],
  },
  // a note or a paste published under an account (`hackmd.io/@<user>/<note>`, `write.as/<blog>/<post>`) or alone
  // (`justpaste.it/<name>`): its name is a free alias, so only the brand with lure words counts (list data)
  'notes and pastes under an account': {
    flag: [
      'https://hackmd.io/@kr-help/coupang-refund-sinchung',
      'https://write.as/notice-kr/coupang-login',
      'https://justpaste.it/coupang-bosang-sinchung',
    ],
    clean: [
      'https://hackmd.io/@devteam/coupang-api-notes',
      'https://write.as/minji/my-coupang-haul',
      'https://justpaste.it/coupang_review',
      'https://hackmd.io/@coupang',
      'https://justpaste.it/shopping-list',
    ],
  },
  // the ticker as a first folder with a page under it that asks for something, on any host, as the brand's name
  // counts there (`/coupang/login`); a stock site's pages on the ticker (quotes, earnings, dividends) stay clean
  'the ticker as a kit folder': {
    flag: [
      'https://belnora.click/cpng/login',
      'https://tirmavo.online/cpng/verify.html',
      'https://quezal.shop/%63%70%6e%67/payment',
    ],
    clean: [
      'https://stocks.example.com/cpng/earnings',
      'https://www.example-invest.com/cpng/dividend',
      'https://finance.example.com/cpng/quote',
      'https://stockanalysis.com/stocks/cpng/',
      'https://belnora.click/cpng/',
    ],
  },
};

// An HTML page carried in a data: URL is nobody's site: one naming the brand (any script, full-width letters) or
// refreshing to a look-alike is an impersonation; any other data: URL stays `invalid`, as other schemes do.
const b64 = (html: string): string => Buffer.from(html, 'utf8').toString('base64');
const DATA_URLS: Row[] = [
  [`data:text/html;base64,${b64('<title>쿠팡 본인확인</title><form><input name=pw></form>')}`, 'lookalike'],
  [`data:text/html;charset=utf-8,${encodeURIComponent('<h2>COUPANG 주문 취소</h2>')}`, 'lookalike'],
  [`data:text/html;base64,${b64('<title>ｃｏｕｐａｎｇ pay</title>')}`, 'lookalike'],
  [`data:text/html;base64,${b64('<p>로켓와우 해지</p>')}`, 'lookalike'],
  [
    `data:text/html,${encodeURIComponent('<meta http-equiv="refresh" content="0;url=https://coupang-cs-kr.top/a">')}`,
    'lookalike',
  ],
  [`data:text/html,${encodeURIComponent('<h1>Coupon wallet</h1>')}`, 'invalid'],
  [`data:text/html,${encodeURIComponent('<a href="https://www.coupang.com/">shop</a>')}`, 'invalid'],
  [
    `data:text/html,${encodeURIComponent('<meta http-equiv=refresh content="0;url=https://news.example.kr/">')}`,
    'invalid',
  ],
  ['data:text/plain,coupang', 'invalid'],
  ['data:image/png;base64,iVBORw0KGgoAAAANSUhEUg==', 'invalid'],
];

describe('tune15 class: data: URLs', () => {
  it.each(DATA_URLS)('%s → %s', (input, verdict) => {
    expect(classify(input, engine).verdict).toBe(verdict);
  });
});

describe.each(Object.entries(cases))('tune15 class: %s', (_, { flag, clean, official = [] }) => {
  const rows: Row[] = [
    ...flag.map((h): Row => [h, 'lookalike']),
    ...clean.map((h): Row => [h, 'unknown']),
    ...official.map((h): Row => [h, 'official']),
  ];
  it.each(rows)('%s → %s', (input, verdict) => {
    expect(classify(input, engine).verdict).toBe(verdict);
  });
});

describe('an Android intent that names an app package (domain18)', () => {
  it("is judged as the package's store page is, whatever its own address or scheme", () => {
    for (const u of [
      'intent://verify#Intent;scheme=shopsafe;package=kr.coupang.security.guard;end',
      'intent://open#Intent;scheme=https;package=com.coupang.refund.support;end',
      'market://details?id=com.coupangeats.rider.bonus',
    ])
      expect(classify(u, engine).verdict, u).toBe('lookalike');
  });

  it("leaves the brand's own app and an intent for the browser alone", () => {
    expect(
      classify('intent://x#Intent;scheme=coupang;package=com.coupang.mobile;end', engine).verdict,
    ).not.toBe('lookalike');
    expect(
      classify(
        'intent://www.coupang.com/np/search#Intent;scheme=https;package=com.android.chrome;end',
        engine,
      ).verdict,
    ).toBe('official');
    expect(classify('market://details?id=com.example.rider.tracker', engine).verdict).not.toBe('lookalike');
  });
});
