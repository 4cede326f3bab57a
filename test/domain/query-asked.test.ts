import { describe, expect, it } from 'vitest';
import { classify, compileLists } from '../../lib/domain/index';
import { bundledList } from '../../lib/lists/bundled';

// The brand only after the host, in the query or the fragment, of a host whose name is one invented word on a cheap
// top-level domain (findAsked in lib/domain/classify.ts). Three blind authors wrote this class (tune13's
// brand-in-fragment-spa, tune14's brand-in-query-fragment, tune15's brand-in-query, brand-in-fragment and
// base64-param); the hosts, parameters and words below are others than theirs.
const engine = compileLists({ ...bundledList, blocked: [] });

const b64 = (s: string): string => Buffer.from(s, 'utf8').toString('base64').replace(/=+$/, '');

const verdict = (u: string): string => classify(u, engine).verdict;

describe('the brand in the query or fragment of an invented name on a cheap TLD', () => {
  it('counts beside a word that asks for something anywhere in the address', () => {
    for (const u of [
      'https://varunelo.store/?from=coupang&next=login',
      'https://tibrasko.fun/p?merchant=coupang&state=hwanbul',
      'https://olvemira.life/index.php?svc=coupangeats&act=verify',
      'https://pekorav.info/claim?brand=rocketwow',
      'https://nesturo.icu/#/coupang/refund',
      'https://kalmive.xyz/#!/쿠팡/피해보상',
      'https://morenti.top/app#coupang-login',
      'https://delvaro.cc/r?c=%EC%BF%A0%ED%8C%A1&m=injeung',
      `https://sirovan.site/go?d=${b64('brand=coupang&step=card')}`,
      `https://yarelik.bond/x?p=${b64('cpng|delivery|77')}`,
      `https://hulmeva.life/r?d=${b64('쿠팡 피해보상 신청')}`,
      `https://qontavi.lol/l?d=${b64('https://coupang-refund.example/apply')}`,
      'https://bexaro.monster/?utm_source=coupang&utm_campaign=bosang-apply',
    ])
      expect(verdict(u), u).toBe('lookalike');
  });

  it('leaves an invitation, a search, a tracker, a deals link and an ordinary TLD alone', () => {
    for (const u of [
      // an invitation or a referral, no ask
      'https://varunelo.store/?ref=coupang',
      'https://tibrasko.fun/?from=coupang&type=event',
      'https://olvemira.life/#/coupang/products/123',
      // a search box's terms (a portal's, a board's, a shop's)
      'https://kalmive.xyz/?q=coupang+refund',
      'https://kalmive.xyz/bbs/board.php?bo_table=qna&sfl=wr_subject&stx=쿠팡+환불',
      'https://kalmive.xyz/shop/list?searchWord=coupang&mode=login',
      'https://kalmive.xyz/?search_keyword=coupang%20login&mid=board',
      // a board's own category and a blog's tag: the site's own filing
      'https://kalmive.xyz/bbs/board.php?bo_table=qna&sca=쿠팡환불',
      'https://kalmive.xyz/blog/?tag=coupang-refund',
      // a price tracker's own words (`track` is its, not only a parcel's)
      'https://lowrate.today/track?pid=1234&src=coupang',
      // a newsletter's tags beside no ask
      'https://bexaro.monster/?utm_source=coupang&utm_medium=email',
      // a deals site's link to the brand's own product page, base64'd
      `https://hotdealz.xyz/go?u=${b64('https://www.coupang.com/vp/products/123')}`,
      // the same words on a .com, .kr or .net name: a firm's site
      'https://varunelo.com/?from=coupang&next=login',
      'https://tibrasko.co.kr/#/coupang/refund',
      'https://olvemira.net/index.php?svc=coupang&act=verify',
      // a hyphenated or dotted name is findCarried's and findBrand's
      'https://my-blog.store/?tag=coupang',
    ])
      expect(verdict(u), u).not.toBe('lookalike');
  });

  it('reads a long query only as far as its bound, without throwing', () => {
    const long = `https://varunelo.store/?${Array.from({ length: 400 }, (_, i) => `k${i}=v${i}`).join('&')}&brand=coupang&x=login`;
    expect(() => classify(long, engine)).not.toThrow();
    expect(verdict('https://varunelo.store/?%E0%A4%A=coupang&next=login')).toBe('lookalike');
  });
});
