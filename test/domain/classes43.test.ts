import { describe, expect, it } from 'vitest';
import { classify, compileLists } from '../../lib/domain/index';
import { bundledList } from '../../lib/lists/bundled';

// The classes domain43 took from tune34's misses (author 35's half), each judged by a rule written apart from the
// corpus (other numbers, hosts, TLDs, gateways and words), with the honest addresses beside each rule that must stay
// clean: banks' and firms' own numbers, a platform's own redirects to shops, developers' IPFS pages, couriers named
// CLS.
const engine = compileLists({ ...bundledList, blocked: [] });

const verdict = (u: string): string => classify(u, engine).verdict;

const CID = 'bafybeihx3kq7m2ghwzt5vyrcdlo4pnf6ujqs2aei7bmkwrxz3tcy5ugdqa';

const cases: Record<string, { flag: string[]; clean: string[] }> = {
  // the customer centre's number one slip away (another business prefix for the same line, or one digit of the line
  // changed) alone or with a centre's words on a TLD kits register by the hundred, and the number itself written with
  // a dot for its hyphen. Other firms' numbers, other words beside a near number and `.com`/`.kr` stay anyone's.
  'a customer centre number one slip from the brand\u2019s in the host': {
    flag: [
      '1566-7011.top',
      '1600-7011-help.xyz',
      '1577-7010.cfd',
      '15777013-call.icu',
      '1644-7011kr.sbs',
      '1577.7011.top',
      '1577.7011-help.cfd',
    ],
    clean: [
      '1588-1234.top',
      '1544-9999-cs.xyz',
      '1566-7011.co.kr',
      '1577-7010.com',
      '1566-7011-hanabank.top',
      '1577-7019-cafe.shop',
      '1577-7099.top',
      '1588.1234.kr',
      '02-7011-1577.top',
    ],
  },
  // a big platform's redirector whose own parameters name the brand alone beside an address of a throwaway host on
  // a cheap TLD with one folder of the brand or lure words only. The platform's own values, a shop's page on `.com`,
  // another path and the brand's own site stay as they are.
  'a big platform\u2019s redirector written by hand to say the brand': {
    flag: [
      'https://www.google.com/url?q=https%3A%2F%2F5d31f.life%2Fcoupang&sa=D&source=coupang',
      'https://link.naver.com/bridge?url=https%3A%2F%2Fzz81.cfd%2Fhwanbul&dst=%EC%BF%A0%ED%8C%A1',
      'https://www.youtube.com/redirect?q=https%3A%2F%2Fmx4k.icu%2Frefund%2F&v=coupang',
    ],
    clean: [
      'https://www.google.com/url?q=https%3A%2F%2Fmelodia.shop%2Fcoupang&sa=D&source=editors',
      'https://www.google.com/url?q=https%3A%2F%2Fmelodia.com%2Fcoupang&sa=D&source=coupang',
      'https://link.naver.com/bridge?url=https%3A%2F%2Fnarae.shop%2Fcoupang-review&dst=coupang',
      'https://link.naver.com/bridge?url=https%3A%2F%2Fnarae.shop%2Fabout%2Fstore&dst=coupang',
      'https://www.youtube.com/redirect?q=https%3A%2F%2Fwww.coupang.com%2F&v=coupang',
      'https://www.youtube.com/redirect?q=https%3A%2F%2Fgaeul.top%2Fcoupang&event=video_description&v=dQw4w9WgXcQ',
    ],
  },
  // a page pinned under a content identifier on an IPFS gateway named for one of the brand's abbreviations with a
  // word that asks (static content has no control panel). A developer's pages, an abbreviation with other words and
  // a folder stay anyone's.
  'an abbreviation with a word that asks on an IPFS page': {
    flag: [
      `https://dweb.link/ipfs/${CID}/cp-verify.html`,
      `https://ipfs.io/ipfs/${CID}/cpay_login.html`,
      `https://w3s.link/ipfs/${CID}/cpng-refund.html`,
    ],
    clean: [
      `https://dweb.link/ipfs/${CID}/index.html`,
      `https://ipfs.io/ipfs/${CID}/cp-guide.html`,
      `https://ipfs.io/ipfs/${CID}/cpu-login-demo.html`,
      `https://w3s.link/ipfs/${CID}/docs/cp/`,
      `https://dweb.link/ipfs/${CID}/cp-event.html`,
    ],
  },
  // the logistics arm's initials (CLS) with its gig program's name, the Korean word for delivery or a courier's
  // word with a Korean tag, on a TLD kits register by the hundred. Couriers and firms named CLS, the initials with
  // other words and `.com`/`.kr` stay anyone's.
  'the logistics arm\u2019s initials with its own words': {
    flag: ['cls-flex.cfd', 'clsflex-jobs.top', 'cls-baesong.icu', 'cls-helper-kr.xyz', 'clsdelivery-kr7.sbs'],
    clean: [
      'cls-delivery.shop',
      'cls-group.top',
      'clsflex.com',
      'cls-flex.kr',
      'cls-kr.top',
      'cls-bank-kr.top',
      'classic-kr.top',
      'clsflexo.shop',
      'cls-job.top',
    ],
  },
  // lure words, then an abbreviation that names the brand alone, then a kit's drawn tag, as the registrable label on
  // a TLD kits register by the hundred: read as the lure words and the abbreviation turned round (`cpang-refund`).
  // The same on `.com`/`.co.kr`, words that are no lure's and a word for a tag stay anyone's.
  'lure words and an abbreviation with a drawn tag after it': {
    flag: ['refund-cpang-q7z.top', 'verify-cpng-xkq.cfd', 'hwanbul-cpang-8d2.sbs', 'login-cpang-zz9.xyz'],
    clean: [
      'refund-cpang-q7z.com',
      'refund-cpang-q7z.co.kr',
      'news-cpng-x9.top',
      'fan-cpng-sns.top',
      'refund-cpang-team.top',
    ],
  },
};

describe('domain43 classes (tune34)', () => {
  for (const [name, { flag, clean }] of Object.entries(cases)) {
    describe(name, () => {
      for (const u of flag) it(`flags ${u}`, () => expect(verdict(u)).toBe('lookalike'));
      for (const u of clean) it(`leaves ${u} clean`, () => expect(verdict(u)).not.toBe('lookalike'));
    });
  }
});
