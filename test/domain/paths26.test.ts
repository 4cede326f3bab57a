import { describe, expect, it } from 'vitest';
import { classify, compileLists } from '../../lib/domain/index';
import { bundledList } from '../../lib/lists/bundled';

// The classes domain29 took from tune25's misses and its two false alarms, each judged by a rule written apart from
// the corpus (other hosts, names and words), with the honest addresses beside each rule that must stay clean.
const engine = compileLists({ ...bundledList, blocked: [] });

const verdict = (u: string): string => classify(u, engine).verdict;

const cases: Record<string, { flag: string[]; clean: string[] }> = {
  // a price tracker's host (its name says price) keeps a page per shop on what it tracks: the brand's folder with a
  // tracking or history page there is the tracker's own page, not a parcel check's lure; a login page is still not
  "a price tracker's tracking page on the brand": {
    flag: [
      'https://www.bestprice-watch.kr/coupang/login',
      'https://parcel-info.click/coupang/tracking',
      'https://jeju-honey.co.kr/coupang/track',
    ],
    clean: [
      'https://lowprice-radar.kr/coupang/tracking',
      'https://www.price-history.co.kr/coupang/history',
      'https://pricechart.example/coupang/track',
    ],
  },
  // a vowel glued after a service's name is a word of another language (a Polish adjective's ending); a doubled
  // letter, a plural or a letter after the brand's own name is still a squat, and so is the name with a lure word
  'a vowel glued after a service name': {
    flag: ['rocketwows.kr', 'rocketwowa-login.com', 'coupangg.click', 'rocketwow.pl'],
    clean: ['www.rocketwowe.pl', 'rocketwowo.cz'],
  },
  // 해지 (ending a membership), romanised `haeji`, is a lure word: the WOW membership's fake cancellation
  'haeji, ending a membership, is a lure word': {
    flag: ['https://hanok-stay.co.kr/rocketwow/haeji/hwagin', 'coupang-haeji.com'],
    clean: ['https://hanok-stay.co.kr/rocketwow/', 'https://blog.example.org/2026/rocketwow-haeji-후기'],
  },
  // the brand's folder one or two deep (under a language's or a shop's folder) with a kit's steps under it that
  // speak Korean lure words: an article's slug says more and sits under a blog's sections
  "the brand's folder with Korean lure steps under a site's folder": {
    flag: [
      'https://orchard-inn.com/en/coupang/bosang/form.php',
      'https://violin-lessons.kr/mall/coupang/hwangeup-sincheong',
      'https://violin-lessons.kr/m/kr/coupang/pihae/check.html',
    ],
    clean: [
      'https://newsroom.example.kr/news/coupang-refund-policy-changes',
      'https://diary.example.kr/blog/2025/coupang-hwanbul-review',
      'https://diary.example.kr/blog/coupang/hwanbul',
      'https://violin-lessons.kr/kr/coupang/notice',
      'https://seller-guide.example.kr/help/coupang/returns-policy',
      'https://violin-lessons.kr/mall/coupang/item/123456',
    ],
  },
  // a folder named for the brand in a server's own folders: an old server's script under it (`.cgi`), gnuboard's
  // session folder, a root temporary folder holding a page, a board's install folder holding the brand with a lure
  // word, and XpressEngine's numbered attachments holding a folder served by itself
  "the brand's folder among a server's and a board's own folders": {
    flag: [
      'https://pottery-studio.kr/cgi-bin/coupang/login.cgi',
      'https://pottery-studio.kr/data/session/coupang/a8c2kq/',
      'https://pottery-studio.kr/tmp/x/coupang/next.php',
      'https://pottery-studio.kr/g5/coupang-bosang/',
      'https://pottery-studio.kr/rhymix/files/attach/coupang/',
    ],
    clean: [
      'https://pottery-studio.kr/cgi-bin/coupang/search.pl',
      'https://pottery-studio.kr/tmp/coupang/prices.csv',
      'https://pottery-studio.kr/tmp/coupang/index.html',
      'https://pottery-studio.kr/gnuboard/coupang/',
      'https://pottery-studio.kr/g5/bbs/board.php?bo_table=coupang',
      'https://pottery-studio.kr/xe/files/attach/images/164/coupang.png',
      'https://pottery-studio.kr/data/coupang/prices.csv',
    ],
  },
  // an abbreviation that names the brand alone with lure words as the registrable name, and a subdomain of lure
  // words only below it: a landing's pages; the name alone or under `www`, `forum` or `m` stays anyone's
  'the brand-only abbreviation with lure words under a lure subdomain': {
    flag: ['https://bonus.cpang-help.com/', 'gift.cpng-center.net', 'https://refund.cpang-support.org/a'],
    // (domain62 flags `cpang-help.com`, `www.cpng-cs.com`, `forum.cpng-support.com`, `m.cpang-help.com`: the
    // brand's own abbreviations alone or with lure words, by measuring; test/domain/classes-domain62.test.ts; a
    // word of its own beside the ticker stays an investors' name)
    clean: ['cpng-robotics.com'],
  },
  // a segment whose letters were percent-encoded without need (once or twice): it hides the name it claims, as a
  // short link's name claims it; letters that need encoding (Hangul) and encoded slashes are no such segment
  'letters percent-encoded without need': {
    flag: [
      'https://parcel-now.click/c%6Fup%61ng/',
      'https://wave-lab.online/%2563oup%2561ng-eats/',
      'https://wave-lab.online/%63oupang-refund/step',
    ],
    clean: [
      'https://shop.example.kr/search/%EC%BF%A0%ED%8C%A1',
      'https://blog.example.org/news/c%6Fupang-earnings-review',
      'https://files.example.org/a%2Fcoupang',
      'https://shop.example.kr/c%6Fffee/',
    ],
  },
};

describe('domain29 classes', () => {
  for (const [name, { flag, clean }] of Object.entries(cases))
    describe(name, () => {
      it.each(flag)('%s is a look-alike', (u) => expect(verdict(u)).toBe('lookalike'));
      it.each(clean)('%s is not', (u) => expect(verdict(u)).not.toBe('lookalike'));
    });
});
