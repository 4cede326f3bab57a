import { describe, expect, it } from 'vitest';
import { classify, compileLists } from '../../lib/domain/index';
import { bundledList } from '../../lib/lists/bundled';

// The classes domain47 took from tune36's misses (author 37), each judged by a rule written apart from the corpus
// (other lure words, TLDs, hosts and parameters), with the honest addresses beside each rule that must stay clean.
const engine = compileLists({ ...bundledList, blocked: [] });

const verdict = (u: string): string => classify(u, engine).verdict;

const cases: Record<string, { flag: string[]; clean: string[] }> = {
  // an abbreviation that names the brand alone (`cpang`, `coupg`, the ticker) with lure words on a TLD of throwaway
  // names (`.work`, `.pw`, `.cc`) reads as on a lure TLD; alone there, or beside a word of its own, it stays
  // anyone's (C. Pang's)
  'the brand abbreviation with a lure word on a throwaway TLD': {
    flag: ['cpang-notice.work', 'support-coupg.pw', 'https://coupg-member.cc/m/'],
    // (domain62 flags `cpang7.com`: the brand's own abbreviations alone or with lure words, by measuring;
    // test/domain/classes-domain62.test.ts)
    clean: ['cpang-photos.cc', 'cpang-studio.work', 'cpang-photo.pw'],
  },
  // the abbreviation with the brand's own service word glued on (`cpangpay`, `cpngwow`) and lure words, glued or
  // apart, before or after: the service's name cut short. Another word glued (`player`, `paylab`) stays anyone's
  "the brand abbreviation with a service's word glued on": {
    flag: ['cpangwowbosang.net', 'coupgpaycheck.org', 'notice-coupgwow.top', 'verify-cpangpay.com'],
    clean: ['cpangplayer.net', 'cpangpaylab.org', 'notice-cpangfoto.top', 'cpang-player.com'],
  },
  // ㅈ written `z` (as pinyin and romaji readers spell it) in a Korean lure word beside the abbreviation: `zeopsu`
  // 접수, `bonin-inzeung` 본인인증. An English word with a `z` (`zone`, `zoom`, `pizza`) stays anyone's
  'a Korean lure word with z for ㅈ': {
    flag: ['cpangzeopsu.kr', 'cpang-bonininzeung.com', 'coupg-zeopsu.co.kr'],
    clean: ['cpang-zone.kr', 'cpangzoom.com', 'cpang-pizza.co.kr'],
  },
  // a short abbreviation (`cp`, `cpg`: a control panel's, Consumer Packaged Goods', many firms' initials) with the
  // brand's own service words only: two of them, one the brand's alone (`wow`), on a Korean suffix or a lure TLD; one
  // on a Korean suffix under a page that asks or hands out an app. Lure words only (`paycenter`), one service word
  // alone, `.com`, and another firm's page stay anyone's
  'a short abbreviation with the service words': {
    flag: [
      'cpwowpay.co.kr',
      'cp-wowpay.click',
      'https://cpg-wow.kr/install',
      'https://cpg-pay.or.kr/login.php',
    ],
    clean: [
      'cp-paycenter.kr',
      'cp-pay.kr',
      'cpg-pay.co.kr',
      'cp-wowpay.com',
      'https://cpg-pay.com/app/download',
      'https://cpg-foods.co.kr/app/download',
    ],
  },
  // the official host or the brand as a query value beside a step that asks in the query or fragment itself, on a
  // name of words off `.com`, `.net`, `.org`, `.kr` and two-level suffixes, under no page of its own. A referrer
  // alone, a firm's own login page with a referrer, a tracker's tag, `.com` and a search stay anyone's
  'the brand in a query that asks on a name of words': {
    flag: [
      'https://sora-maeul.click/?from=www.coupang.com&act=verify',
      'https://mint-garden.services/r?site=coupang&next=signin',
      'https://haneul-bada.xyz/#target=coupang.com&stage=payment',
      'https://tidal-pool.icu/#https://www.coupang.com/login/verify',
    ],
    clean: [
      'https://sora-maeul.click/?from=www.coupang.com',
      'https://mint-garden.site/members/login?ref=coupang.com',
      'https://mint-garden.site/?utm_source=coupang.com&stage=login',
      'https://sora-maeul.com/?from=www.coupang.com&act=verify',
      'https://mint-garden.site/?q=coupang+login',
      'https://pine-hollow.store/#coupang-bosang',
      'https://pine-hollow.store/?u=https://www.coupang.com/np/search',
    ],
  },
  // a bare query in base64 reading as the brand and a separator (`coupang|<number>`), on a name of words or an
  // invented one: the kit's target hidden. The brand alone encoded, or under a parameter's name, stays anyone's
  'the brand hidden in a bare base64 query': {
    flag: [
      `https://river-stone.info/?${btoa('coupang|55120093')}`,
      `https://lomaviro.store/?${btoa('coupang:user-77')}`,
    ],
    clean: [
      `https://river-stone.info/?${btoa('coupang')}`,
      `https://river-stone.info/?d=${btoa('coupang|55120093')}`,
      `https://river-stone.info/?${btoa('gmarket|55120093')}`,
    ],
  },
  // an app's install (설치, `seolchi`) and an inquiry (조사, `josa`) as lure words beside a slip of the name, in
  // Hangul or romanised; the words beside another name, or alone, stay anyone's
  "an app's install or an inquiry beside a slip of the name": {
    flag: ['쿠파앙설치.kr', 'https://쿠펑앱설치.com/', 'cuopang-josa.kr', 'kupangjosa.net'],
    clean: ['네이버앱설치.kr', 'seolchi-guide.com', 'josa.co.kr', 'cupcake-josa.com'],
  },
  // a folder dropped into a CMS's system code (gnuboard's editors' `plugin/editor/`, WordPress's `wp-includes`) named
  // with any of the abbreviations, with a page under it that asks: the editors' own folders, a script, a server's
  // `cgi-bin` (a control panel's) and a site's own media folder stay anyone's
  "an abbreviation's folder in a CMS's system code": {
    flag: [
      'https://maru-studio.kr/plugin/editor/cp/verify.php',
      'https://www.namu-books.com/plugin/editor/cpg/login.php?u=1',
      'https://www.namu-books.com/wp-includes/cp/refund.php',
    ],
    clean: [
      'https://maru-studio.kr/plugin/editor/cp/cp.js',
      'https://maru-studio.kr/plugin/editor/smarteditor2/sign_in.php',
      'https://maru-studio.kr/cgi-bin/cp/login.cgi',
      'https://maru-studio.kr/wp-admin/cp/refund.php',
      'https://maru-studio.kr/images/cp/refund.php',
      'https://maru-studio.kr/plugin/editor/cp/upload.php',
    ],
  },
};

describe('domain47 classes (tune36)', () => {
  for (const [name, { flag, clean }] of Object.entries(cases)) {
    describe(name, () => {
      for (const u of flag) it(`flags ${u}`, () => expect(verdict(u)).toBe('lookalike'));
      for (const u of clean) it(`leaves ${u} clean`, () => expect(verdict(u)).not.toBe('lookalike'));
    });
  }
});
