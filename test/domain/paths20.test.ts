import { describe, expect, it } from 'vitest';
import { classify, compileLists } from '../../lib/domain/index';
import { bundledList } from '../../lib/lists/bundled';

// The classes the twenty-second blind author wrote and the guard missed (tune21's misses), each judged by a rule
// written apart from the corpus (other hosts, folders and words), with the honest addresses each rule must leave
// alone.
const engine = compileLists({ ...bundledList, blocked: [] });

const verdict = (u: string): string => classify(u, engine).verdict;

const cases: Record<string, { flag: string[]; clean: string[] }> = {
  // one of the brand's own hosts below its domain (its login host, its help centre's) as a folder of its own on any
  // host: no honest site names a folder so, while a kit's address reads as that host at a glance
  "the brand's sub-host as a folder": {
    flag: [
      'https://mbr91.net/login.coupang.com/',
      'http://kimsbakery.co.kr/login.coupang.com/',
      'wonju-florist.com/login.coupang.com/',
      'https://shop-ready.org/login.coupang.com/',
      'https://hanbit-law.kr/wing.coupang.com/',
    ],
    clean: [
      // status checkers and site reports name the brand's domain or its www host as their page, without a folder
      'https://downforeveryoneorjustme.com/coupang.com',
      'https://builtwith.example/www.coupang.com',
      'https://isitdown.example/www.coupang.com/',
      'https://sitereport.example/login.coupang.com',
      // another site's sub-host as a folder
      'https://mirror.example/login.acme-shop.com/',
      'https://webcheck.example/m.coupang.com/',
    ],
  },
  // an address written out for a reader to type, past a messenger's link filter: the dot said in Korean (쩜), a dot
  // set apart by spaces, every character spaced out; judged as the address it spells (as a defanged dot), and the
  // brand's own written so is never official
  'an address spelt out to be typed': {
    flag: [
      'coupang-hwanbul쩜net',
      'cpng-refund 쩜 shop',
      'coupang-event . kr',
      'c o u p a n g - b o s a n g . s h o p',
    ],
    clean: [
      // others' addresses written so, sentences and the brand's own
      'acme-shop쩜com',
      'acme-shop . co . kr',
      'n a v e r . c o m',
      'coupang refund news . com',
      'w w w . c o u p a n g . c o m',
      'www.coupang 쩜 com',
    ],
  },
  // open-source clients of the brand's Open API named for it with developers' words (api, sdk, crawler, py …) on
  // code and docs platforms (list `codeHosts`): a developer's project, its pages left to the page guard; a lure word
  // beside the words, a page named for the brand and a lure word, or a platform that is not for code still count
  "a developer's project about the brand on a code or docs platform": {
    flag: [
      'coupang-api-login.github.io',
      'https://hanul.github.io/coupang-sdk/coupang-login.html',
      'coupang-sdk.netlify.app',
      'coupang-refund.readthedocs.io',
      'https://coupang-api-bosang.gitlab.io/',
      'https://coupang-kit-login.github.io/',
      'coupang-toolkit.netlify.app',
    ],
    clean: [
      'https://hanul.github.io/coupang-openapi-go/auth/',
      'https://coupang-sdk-py.readthedocs.io/en/stable/login.html',
      'coupang-crawler.gitlab.io',
      'https://coupang-client.readthedocs-hosted.com/',
      'https://minji.github.io/coupang_scraper/login/',
      // (a kit, a toolkit, a library or a plugin is a project's name too: author U's community SDK docs)
      'https://coupang-toolkit.github.io/docs/',
      'coupang-plugin.gitlab.io',
      'https://seoyun.github.io/coupang-library/',
    ],
  },
  // 위로금 (a consolation payment, `wirogeum`) and 체험단 (a tester's panel, `chehumdan`, `cheheomdan`) romanised:
  // lure words beside the brand's names, in a host, a handle, a short link's name or under a kit's folder
  'romanised lure words of a consolation payment and a tester panel': {
    flag: [
      'kupang-wirogeum.com',
      'coupnag-cheheomdan.com',
      'https://line.me/R/ti/p/@coupang-wirogeum',
      'tinyurl.com/coupangchehumdan',
      'https://www.tiktok.com/@coupang.chehumdan',
      'cpng-chehumdan.net',
    ],
    clean: [
      // the words without the brand, another brand's panel, an article about the scam
      'chehumdan-review.com',
      'wirogeum-news.kr',
      'https://line.me/R/ti/p/@beauty-chehumdan',
      'https://news.example.co.kr/2026/12/coupang-wirogeum-scam',
    ],
  },
  // 환불 (refund) with its 불 spelt as English writes the sound (`hwanbool`), beside the brand's names and the city's
  'the refund romanised as it sounds': {
    flag: ['kupang-hwanbool.com', 'cpng-hwanbool.net', 'coupnag-hwanbool.shop', 'hwanbool-kupang.kr'],
    clean: ['hwanbool-center.com', 'kupang-travel.com', 'acme-hwanbool.net'],
  },
};

describe("tune21's classes", () => {
  for (const [name, { flag, clean }] of Object.entries(cases))
    describe(name, () => {
      it.each(flag)('%s is a look-alike', (u) => expect(verdict(u)).toBe('lookalike'));
      it.each(clean)('%s is not', (u) => expect(verdict(u)).not.toBe('lookalike'));
    });
});

describe('an address spelt out is never official', () => {
  it.each(['w w w . c o u p a n g . c o m', 'www.coupang 쩜 com', 'coupang . com'])('%s', (u) =>
    expect(verdict(u)).not.toBe('official'),
  );
});
