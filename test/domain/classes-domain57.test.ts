import { describe, expect, it } from 'vitest';
import { classify, compileLists } from '../../lib/domain/index';
import { bundledList } from '../../lib/lists/bundled';

// The class of honest addresses domain57 cleared (tune-am's false alarm, taken by class), with invented addresses
// written apart from the corpus: an offer portal's merchant directory that must stay clean (each was flagged before
// the round), and beside them the addresses of the same shape that keep their verdict (a lure word anywhere in the
// address, a TLD kits register by the hundred, a name that is no portal's, the brand outside a directory's folder).
const engine = compileLists({ ...bundledList, blocked: [] });

const verdict = (u: string): string => classify(u, engine).verdict;

const cases: Record<string, { flag: string[]; clean: string[] }> = {
  // a cashback, points or gift portal's page of one shop, under a folder of shops or a shop's key: the portal's own
  // name is a lure word beside the brand (`cashback`, `reward`, `point`, `gift`, `event`) and a portal's name alone
  "an offer portal's merchant directory": {
    flag: [
      // a lure word in the address
      'https://reward-kr.com/stores/coupang-refund',
      'https://cashback-hub.com/stores/coupang/login',
      'https://reward-kr.com/?store=coupang-bosang',
      'https://point-hub.kr/brand/coupang?next=https://www.coupang.com/',
      // a TLD kits register by the hundred
      'https://cashback-hub.top/stores/coupang',
      'https://reward-kr.shop/brand/coupang',
      // a lure landing's name that is no portal's (a desk, a check)
      'https://cs-center.kr/store/coupang',
      'https://leak-check.kr/store/coupang',
      // the brand as the site's own folder, or behind a kit's step
      'https://cashback-kr.com/coupang',
      'https://reward-hub.kr/go/coupang',
    ],
    clean: [
      'https://cashback-kr.com/store/coupang',
      'https://reward-hub.kr/stores/coupang',
      'https://gift-hub.kr/brand/coupang',
      'https://point-portal.co.kr/merchant/coupang',
      'https://event-hub.kr/tags/%EC%BF%A0%ED%8C%A1',
      'https://reward-kr.com/mall/coupang/12345',
      'https://cashback-korea.com/ko/stores/coupang',
      'https://reward-kr.com/?shop=coupang&sort=new',
      'https://cashback-hub.net/coupons/coupang',
    ],
  },
};

// a redirector — a search engine's, a video site's, a mail tracker's or the brand's own — carrying a public IP
// address with one of the brand's abbreviations as its only folder: the kit's server hidden behind a redirect. The
// same address typed as it is, a private network's, another folder, a page under the folder and a return address on
// a page of the brand's that is no redirector keep their verdict
const ipFolders = {
  flag: [
    'https://www.google.com/url?sa=t&url=http%3A%2F%2F198.51.100.20%2Fcp%2F',
    'https://www.youtube.com/redirect?q=http%3A%2F%2F198.51.100.21%2Fcpng&event=video_description',
    'https://tracker.newsletter.example/click?redirect=http%3A%2F%2F203.0.113.30%2Fcp%2F',
    'https://news.coupang.com/redirect?to=http://203.0.113.31/cp/',
  ],
  unknown: [
    'http://198.51.100.20/cp/',
    'https://www.google.com/url?sa=t&url=http%3A%2F%2F192.168.0.1%2Fcp%2F',
    'https://www.google.com/url?sa=t&url=http%3A%2F%2F198.51.100.20%2Fadmin%2F',
    'https://www.google.com/url?sa=t&url=http%3A%2F%2F198.51.100.20%2Fcp%2Fstats',
  ],
  official: ['https://www.coupang.com/np/logout?returnUrl=http%3A%2F%2F203.0.113.31%2Fcp%2F'],
};

describe("domain57: a redirector carrying an IP address with the brand's abbreviation as its folder", () => {
  for (const u of ipFolders.flag)
    it(`flags ${u}`, () => {
      const v = classify(u, engine);
      expect(v.verdict).toBe('lookalike');
      expect(v.reasons.map((r) => r.code)).toEqual(['redirect']);
    });
  for (const u of ipFolders.unknown) it(`leaves ${u} unknown`, () => expect(verdict(u)).toBe('unknown'));
  for (const u of ipFolders.official) it(`keeps ${u} official`, () => expect(verdict(u)).toBe('official'));
});

describe('domain57 classes (honest addresses naming the brand)', () => {
  for (const [name, { flag, clean }] of Object.entries(cases)) {
    describe(name, () => {
      for (const u of flag) it(`flags ${u}`, () => expect(verdict(u)).toBe('lookalike'));
      for (const u of clean) it(`leaves ${u} clean`, () => expect(verdict(u)).not.toBe('lookalike'));
    });
  }
});
