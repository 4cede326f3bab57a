import { describe, expect, it } from 'vitest';
import { classify, compileLists } from '../../lib/domain/index';
import { bundledList } from '../../lib/lists/bundled';

// The classes domain71 took from the misses of all 57 halves, counted across the halves, with invented addresses
// written apart from the corpus (each flag row unknown on main 1cee237d), and beside them their honest twins of the
// same shape that stay clean.
const engine = compileLists({ ...bundledList, blocked: [] });

const verdict = (u: string): string => classify(u, engine).verdict;

const classes: Record<string, { flag: string[]; clean: string[] }> = {
  // the brand's own abbreviation (`cpng`, `cpang`) heading the registrable name with a lure word among words of its
  // own, on a TLD kits register cheaply or a hosting platform's site: a kit's name. The abbreviation beside words of
  // its own only (an investors', a fan's, a studio's), a word for Korea only and `.com` stay (domain62's line)
  'the abbreviation with a lure word among its own words where kits register': {
    flag: [
      'cpang-parcel-garden.buzz',
      'cpng-hanbok-refund.sbs',
      'https://cpang-account-room.xyz/',
      'cpng-mart-gift.store',
      'https://cpang-verify-studio.onrender.com/',
    ],
    clean: [
      'cpang-studio.work',
      'cpng-stock.top',
      'https://cpng-hq.cfd/news/2026',
      'cpng-fan-club.xyz',
      'https://cpng-charts-kr.netlify.app/',
      'cpng-bosang-news-archive.com',
      'cpang-hanbok-notice.com',
    ],
  },
  // the ticker with a share's word and money handed out, on any TLD: a stock scam's name (a fake IPO bonus, a
  // shareholder's refund). An investors' notes, a year or a quarter beside the share's word stay
  "the ticker with a share's word and a payout": {
    flag: ['cpng-shares-payout.com', 'cpng-holder-reward.net', 'cpng-ipo-gift.co', 'cpng-investor-bonus.org'],
    clean: [
      'cpng-shares.com',
      'cpng-stock-2025.com',
      'cpng-investor-notes.com',
      'cpng-ipo-lockup.net',
      'cpang-stock-bonus.com',
    ],
  },
  // the brand's name as a page file, or as a folder under a kit's one-letter folder, on a TLD phishing all but owns or
  // kits register by the hundred. The folder alone at the root or under a section (nine earlier rounds' twins), a
  // listing's `/p/coupang/<id>` or `/tag/coupang`, a slug with words of its own and `.com` stay
  "the brand's page file or a kit's one-letter folder on a kit TLD": {
    flag: [
      'https://mulberry-lane.sbs/coupang.html',
      'https://fernpoint.cyou/v/coupang',
      'http://dawnhill.rest/k/coupang/',
      'https://reedmoss.autos/coupang.php',
      'https://sorrel-bay.top/x/%EC%BF%A0%ED%8C%A1',
    ],
    clean: [
      'https://mulberry-lane.sbs/coupang',
      'https://mulberry-lane.sbs/coupang/',
      'https://fernpoint.cyou/p/coupang/8812234',
      'https://fernpoint.cyou/p/coupang',
      'https://fernpoint.cyou/v/coupang/4412',
      'https://dawnhill.rest/blog/coupang-wow-review',
      'https://mulberry-lane.com/coupang.html',
      'https://reedmoss.kr/v/coupang',
    ],
  },
};

describe('domain71 classes (every half)', () => {
  for (const [name, c] of Object.entries(classes))
    describe(name, () => {
      for (const u of c.flag) it(`flags ${u}`, () => expect(verdict(u)).toBe('lookalike'));
      for (const u of c.clean) it(`leaves ${u} clean`, () => expect(verdict(u)).not.toBe('lookalike'));
    });
});
