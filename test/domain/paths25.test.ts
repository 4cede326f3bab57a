import { describe, expect, it } from 'vitest';
import { classify, compileLists } from '../../lib/domain/index';
import { bundledList } from '../../lib/lists/bundled';

// The classes domain28 took from tune24's misses and its false alarm, each judged by a rule written apart from the
// corpus (other hosts, names and words), with the honest addresses beside each rule that must stay clean.
const engine = compileLists({ ...bundledList, blocked: [] });

const verdict = (u: string): string => classify(u, engine).verdict;

const cases: Record<string, { flag: string[]; clean: string[] }> = {
  // a Google document's id is generated, not chosen: the brand's letters in it count beside a lure word only (a
  // forged id), never beside other words or alone (a spreadsheet, a shared folder someone keeps)
  'a document id spelling the brand counts only with a lure word': {
    flag: [
      'https://docs.google.com/forms/d/e/1FAIpQLSc-coupang-hwanbul/viewform',
      'https://docs.google.com/document/d/1qCoupangRefundApply9/edit',
      'https://drive.google.com/file/d/1zCoupangLoginGuide/view',
    ],
    clean: [
      'https://docs.google.com/spreadsheets/d/1AbCoupangOrdersBudget2026/edit',
      'https://docs.google.com/document/d/1QcoupangInterviewNotes/edit',
      'https://drive.google.com/drive/folders/1CoupangPhotos2026',
      'https://docs.google.com/presentation/d/1coupangQ3Review/edit',
    ],
  },
  // an intent whose own web address is no public name (one label: nothing answers there) opens its fallback
  // address, which is judged; an intent to a real host stays that host's
  'an intent to a one-label host opens its fallback': {
    flag: [
      'intent://verify#Intent;scheme=https;S.browser_fallback_url=https%3A%2F%2Fcoupang-hwanbul.shop%2F;end',
      'intent://go#Intent;scheme=http;S.browser_fallback_url=https://cpang-login.xyz/;end',
    ],
    clean: [
      'intent://start#Intent;scheme=https;S.browser_fallback_url=https%3A%2F%2Fwww.daum.net%2F;end',
      'intent://m.place.naver.com/x#Intent;scheme=https;S.browser_fallback_url=https://www.naver.com/;end',
      'intent://refund#Intent;scheme=https;end',
    ],
  },
  // an official host written as the user info with a path after it, its slash percent-encoded: a reader sees the
  // brand's short link, the browser goes to the host after `@`
  'an official host with an encoded path as the user info': {
    flag: ['https://coupa.ng%2Fx7Lm@event-kr.shop/', 'http://www.coupang.com%2Fnp%2Fevent@gift-kr.top/a'],
    clean: ['https://mail%2Fbox@webmail.example.com/', 'https://deploy%2Fbot@git.example.org/repo'],
  },
  // a host written with HTML's numeric character references (a link copied out of a page's or a mail's source):
  // the characters they name are the host a browser goes to
  "a host written with HTML's character references": {
    flag: [
      'https://coupang&#46;com.hwanbul-kr.top/',
      'http://www&#x2e;coupang&#x2e;com.secure-pay.click/login',
    ],
    clean: [
      'https://www&#46;daum&#46;net/',
      'https://bakery.example/?a=1&#46;b',
      'https://blog.example.org/post?title=coupang&#38;more',
    ],
  },
};

describe('domain28 classes', () => {
  for (const [name, { flag, clean }] of Object.entries(cases))
    describe(name, () => {
      it.each(flag)('%s is a look-alike', (u) => expect(verdict(u)).toBe('lookalike'));
      it.each(clean)('%s is not', (u) => expect(verdict(u)).not.toBe('lookalike'));
    });
});
