import { describe, expect, it } from 'vitest';
import { classify, compileLists } from '../../lib/domain/index';
import { bundledList } from '../../lib/lists/bundled';

// The classes domain65 took from the misses that recur across the tuning halves (tune48's and tune49's round), each
// judged by a rule written apart from the corpus (other hosts, names and words), with the honest addresses beside
// each rule that must stay clean.
const engine = compileLists({ ...bundledList, blocked: [] });

const verdict = (u: string): string => classify(u, engine).verdict;

const cases: Record<string, { flag: string[]; clean: string[] }> = {
  // the brand less its `ng` (`coupa`, as the Partners' short host coupa.ng spells it) is Coupa Software's name too,
  // so it is a short of the list as `cpay` is: with a lure word on a Korean suffix or beside `kr` it is a kit's
  // name; Coupa's own names (its products, its community, its customers' instances, a café) and `.com` or `.net`
  // with English lure words alone stay anyone's
  'the brand less its ng with a lure word in Korea': {
    flag: [
      'coupa-hwanbul.net',
      'coupa-login.kr',
      'coupa-kr-verify.net',
      'https://coupa-refund.co.kr/m/apply',
    ],
    clean: [
      'coupa-refund.net',
      'coupa-pay.com',
      'coupa-verify.com',
      'coupa-supplier-portal.kr',
      'coupa-cafe-busan.kr',
      'coupa-summit-korea.com',
      'coupa-procurement.co.kr',
      'acme.coupahost.com',
      'https://compass.coupa.com/ko-kr',
      'https://erp-notes.kr/coupa/login',
      'https://bit.ly/coupa-refund',
    ],
  },
  // a rider's or a driver's role beside the service whose workers the list names (Eats, Flex), with a worker's pay
  // asked for (pay, 정산, a bonus) in Korea's context: the riders' own lure written without the
  // brand. The role alone or with words of its own, the pay on `.com` without Korea, and a service without workers
  // (Play, WOW) stay
  "a worker's pay asked for beside the service's role in Korea": {
    flag: ['flexdriver-pay-kr.com', 'eats-driver-pay.co.kr', 'flex-rider-bonus.co.kr', 'eatsdriver-bonus.kr'],
    clean: [
      'flexdriver-pay.com',
      'eats-rider-bonus.com',
      'play-rider-pay.kr',
      'wow-driver-bonus.kr',
      'flexrider-gear.kr',
      'eats-riders-union.kr',
      'flexdriver-paytips.com',
    ],
  },
  // the core name with two slips of a hand (the list's `slipped`) as the registrable name alone on `.com` or `.net`,
  // under a page that asks for a login, money or an identity, a lure page or an app's download: the page says what the
  // name wants. The same name with no page or another one, and real words two slips away, stay
  'two slips of a hand under a page that asks': {
    flag: [
      'https://cpupanng.com/verify/account',
      'https://c9upanv.com/hwanbul',
      'https://coypanng.com/bosang',
      'https://c9upnag.net/login',
      'https://vouppang.com/app/download',
    ],
    clean: [
      'https://cpupanng.com/',
      'https://cpupanng.com/blog/2026',
      // (a digit-row slip, `c9upanv.com/about`, is a look-alike alone since domain69's round: classes-69)
      'https://coypanng.com/about',
      'https://compang.com/login',
      'https://toupang.fr/login',
    ],
  },
  // a form builder's generated form id (a Naver Form's response id, an Airtable base's or share's, a Formspree
  // form's) forged to hold the brand with
  // a lure word (`…_Coupang-Hwanbul`): read as Google Forms' ids are; the brand alone or beside other words in an id
  // (someone's price log) and a random id stay
  "a form's generated id forged with the brand and a lure word": {
    flag: [
      'https://form.naver.com/response/Zq81kT_Coupang-Hwanbul',
      'https://form.naver.com/form/Pw3nX0_coupang_login',
      'https://formspree.io/f/coupanghwanbul',
      'https://formspree.io/f/mqx7-coupang-refund',
      'https://airtable.com/shrQx7CoupangHwanbul',
      'https://airtable.com/appR2d9k/shrCoupangLogin/form',
    ],
    clean: [
      'https://form.naver.com/response/Zq81kTpW0aHy3',
      'https://form.naver.com/response/Zq81kT_CoupangPriceLog',
      'https://formspree.io/f/xqkzwbpl',
      'https://formspree.io/f/coupang',
      'https://formspree.io/f/CoupangDealAlerts',
      'https://airtable.com/shrQx7CoupangPriceLog',
      'https://airtable.com/appR2d9kWq/shrT5mZp8',
    ],
  },
};

describe('domain65 classes (recurring misses of the tuning halves)', () => {
  for (const [name, { flag, clean }] of Object.entries(cases))
    describe(name, () => {
      for (const u of flag) it(`flags ${u}`, () => expect(verdict(u)).toBe('lookalike'));
      for (const u of clean) it(`leaves ${u} clean`, () => expect(verdict(u)).not.toBe('lookalike'));
    });
});
