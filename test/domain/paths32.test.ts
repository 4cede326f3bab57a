import { describe, expect, it } from 'vitest';
import { classify, compileLists } from '../../lib/domain/index';
import { bundledList } from '../../lib/lists/bundled';

// The classes domain35 took from tune27's leftovers, each judged by a rule written apart from the corpus (other
// hosts, names and words), with the honest addresses beside each rule that must stay clean.
const engine = compileLists({ ...bundledList, blocked: [] });

const verdict = (u: string): string => classify(u, engine).verdict;

const cases: Record<string, { flag: string[]; clean: string[] }> = {
  // an abbreviation that names the brand alone glued to Korean lure words in Hangul, in one label of an
  // internationalised name (the label rules read its Latin and its Hangul apart); Hangul of another word stays
  'the brand-only abbreviation glued to Hangul lure words': {
    flag: ['https://cpng환불.net/', 'https://coupg본인인증.shop/login', 'https://cpang피해보상.kr/'],
    clean: ['https://cpng뉴스.com/', 'https://cpang주가.com/', 'https://cp환불.com/'],
  },
  // Hangul lure words: a card to reissue (재발급, as `jaebalgeup` was), an account's protection (계정보호), a deadline
  // (마감); 보호 alone is every privacy page's word
  'Hangul lure words: 재발급, 계정보호, 마감': {
    flag: ['https://쿠방카드재발급.com/', 'https://구팡계정보호.net/', 'https://쿠방마감.net/'],
    clean: ['https://쿠빵베이커리.kr/', 'https://카드재발급.com/', 'https://쿠키보호.kr/'],
  },
  // a service's Hangul name with a silent ㅇ between vowels written ㅎ (로켓와우 as 로켓와후: between vowels ㅎ is not
  // heard); the first syllable changed stays another name
  'a silent ㅇ written ㅎ in a service name': {
    flag: ['https://로켓와후이벤트.top/', 'https://로켓와후.shop/login'],
    clean: ['https://포켓와후.com/', 'https://와후캠핑.kr/'],
  },
  // the brand's folder with a word that asks over an entry page, a Hangul name with one letter part changed among a
  // kit's steps (with a lure word only), and `change`/`reset` as a kit's steps, on a TLD kits register by the hundred
  'the brand folder on a cheap TLD: entry pages, jamo slips, change and reset': {
    flag: [
      'https://lotus77.sbs/coupang-refund/index.html',
      'https://mintbay.cfd/구팡인증/main.do',
      'https://oakpine.store/쿠빵환불/go',
      'https://reedfarm.work/coupang/bosang/change',
      'https://reedfarm.work/coupang/login/reset',
    ],
    clean: [
      'https://lotus77.sbs/coupang/index.html',
      'https://lotus77.sbs/coupang-event/index.html',
      'https://lotus77.sbs/coupang-review/index.html',
      'https://mintbay.cfd/쿠빵/index.html',
      'https://mintbay.cfd/쿠빵베이커리/go',
      'https://reedfarm.com/coupang/bosang/change',
      'https://reedfarm.work/coupang/review/change',
    ],
  },
  // a remote control (`remote`, 원격): the fake agent's "remote support" app; and `cert`, a kit's identity check
  'remote support and cert as lure words': {
    flag: [
      'https://play.google.com/store/apps/details?id=com.coupang.helpdesk.remote',
      'https://kupang-wongyeok.com/',
      'https://coupaycert7.example-host.net/',
      'https://cupang-cert.com/',
    ],
    clean: [
      'https://play.google.com/store/apps/details?id=com.coupang.mobile',
      'https://play.google.com/store/apps/details?id=com.coupang.mobile.eats',
      'https://play.google.com/store/apps/details?id=com.example.remote',
      'https://remote-jobs.example.com/',
      'https://certbot.eff.org/',
    ],
  },
  // one of the brand's own hosts with its letters percent-encoded in a query value: nothing needs it, the value hides
  // the brand's host; written plainly (an affiliate's `?ref=`) it stays anyone's
  'an official host with needless escapes in a query value': {
    flag: [
      'https://kelpstar.com/go?site=%63oupang.com',
      'https://kelpstar.net/e?x=1&h=www.co%75pang.%63om',
      'https://kelpstar.org/r?to=https%3A%2F%2Fwww.%63oupang.com%2F',
    ],
    clean: [
      'https://kelpstar.com/go?site=coupang.com',
      'https://kelpstar.com/r?ref=https%3A%2F%2Fwww.coupang.com%2F',
      'https://kelpstar.com/search?q=%63at',
    ],
  },
  // a calendar file named for the brand with lure words plants its "deadlines" in the phone's calendar
  'a calendar file named for the brand': {
    flag: ['https://ferncloud.com/dl/coupang-refund.ics', 'https://ferncloud.net/c/쿠팡환불신청.ics'],
    clean: [
      'https://ferncloud.com/dl/korea-holidays.ics',
      'https://ferncloud.com/dl/coupang-sale-calendar-2026.ics',
      'https://ferncloud.com/blog/coupang-refund',
    ],
  },
  // a web proxy's `?proxy=host`: it serves that site under its own name; an honest target stays
  "a web proxy's target": {
    flag: [
      'https://mirror7.r.appspot.com/?proxy=coupang-bosang.kr',
      'https://lens.example.dev/?proxy=coupang-login.top',
    ],
    clean: [
      'https://mirror7.r.appspot.com/?proxy=www.coupang.com',
      'https://mirror7.r.appspot.com/?proxy=news.example.com',
    ],
  },
  // a short link named for a brand's name of six letters or fewer with a uniqueness tag glued on, as the longer name
  // takes one; a word that goes on (`coupayment`) is no tag
  'a short name with a tag on a shortener': {
    flag: ['https://bit.ly/coupayqz', 'https://tinyurl.com/coupayk', 'https://t2m.io/coupang'],
    clean: ['https://bit.ly/coupayment', 'https://tinyurl.com/coupons', 'https://t2m.io/coupang-airfryer'],
  },
  // `care` as a visit's word, as support and help are
  'care as a lure word': {
    flag: ['https://bit.ly/rocketwow-care', 'https://t.me/coupang_care_center'],
    clean: ['https://bit.ly/rocketwow-deals', 'https://carefarm.com/'],
  },
  // a kit unpacked on a bare IP address (IPv4 or IPv6, any port): the brand's folder among a kit's steps, the brand's
  // own words and abbreviations among them; a section of posts or a folder with no kit's step stays
  'the brand folder among kit steps on a bare IP address': {
    flag: [
      'http://203.0.113.50:8080/wow/cp/coupang/form',
      'http://[2001:db8:1::25]:3000/cp/coupang/apply',
      'http://[2001:db8:1::25]/wow/coupang/form',
    ],
    clean: [
      'http://203.0.113.50/blog/coupang/form',
      'http://203.0.113.50/cp/index.html',
      'http://[2001:db8:1::25]/docs/coupang/api',
    ],
  },
  // a generator's name (letters and digits mixed) carrying the brand with lure words in its fragment, and such a name
  // on a kit TLD carrying the brand beside a lure word; an anchor of other words stays
  'the brand in the fragment of a drawn name': {
    flag: ['https://k7q2vx9p.tk/#coupang-bosang', 'https://qtr5mzx.hair/#coupang-sincheong'],
    clean: [
      'https://k7q2vx9p.tk/#coupang-review',
      'https://qtr5mzx.hair/',
      'https://greenhouse.hair/#coupang-bosang',
    ],
  },
};

describe("domain35: classes from tune27's leftovers", () => {
  for (const [name, { flag, clean }] of Object.entries(cases))
    describe(name, () => {
      for (const u of flag) it(`flags ${u}`, () => expect(verdict(u)).toBe('lookalike'));
      for (const u of clean) it(`keeps ${u} clean`, () => expect(verdict(u)).not.toBe('lookalike'));
    });
});
