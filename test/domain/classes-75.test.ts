import { describe, expect, it } from 'vitest';
import { classify, compileLists } from '../../lib/domain/index';
import { bundledList } from '../../lib/lists/bundled';

// The classes domain75 took, counted across every half, with invented addresses written apart from the corpus: every
// flag row below is not a look-alike on integ 6e47c7c2; beside them, honest twins that are none before or after.
const engine = compileLists({ ...bundledList, blocked: [] });

const verdict = (u: string): string => classify(u, engine).verdict;

describe('a form or board service’s first path segment is the account that names the site', () => {
  // Jotform's `jotform.com/<user>/<form>`, Padlet's `padlet.com/<user>/<board>`, Padlet for schools, Lino's users,
  // a Trello board's name: the brand as the account claims the form or the board for it
  it.each([
    'https://www.jotform.com/coupang/survey2027',
    'https://jotform.com/coupang/shipping',
    'https://www.jotform.com/coupang-help/form-22',
    'https://padlet.com/coupang/notice',
    'https://padlet.com/coupangeats/board1',
    'https://hanbit-school.padlet.org/coupang/notice',
    'https://linoit.com/users/coupang/canvases/claim',
    'https://trello.com/b/Zx81Qw02/coupang-refund',
  ])('%s is a look-alike', (u) => {
    expect(verdict(u)).toBe('lookalike');
  });

  it.each([
    // a teacher's board about the brand, a form id, a Trello board of sellers' notes, the brand's own profile pages
    'https://padlet.com/mrkim/coupang-case-study',
    'https://www.jotform.com/241877665320',
    'https://www.jotform.com/help/coupang-integration',
    'https://trello.com/b/Zx81Qw02/coupang-sellers-notes',
    'https://github.com/coupang/notes',
    'https://www.instagram.com/coupang/',
  ])('%s is not a look-alike', (u) => {
    expect(verdict(u)).toBe('unknown');
  });
});

describe('a seller programme’s name with fillers only on a cheap or kit TLD (combosquat)', () => {
  it.each(['rocketgrowthapp.top', 'rocketgrowth-web.xyz', 'wingseller-app.shop'])(
    '%s is a look-alike',
    (u) => {
      expect(verdict(u)).toBe('lookalike');
    },
  );

  it.each([
    // a word of another kind, or an ordinary TLD
    'rocketgrowth-guide.shop',
    'rocketgrowth-calc.xyz',
    'rocketgrowthapp.com',
    'rocketgrowth-app.io',
  ])('%s is not a look-alike', (u) => {
    expect(verdict(u)).toBe('unknown');
  });
});

describe('an escaped separator inside a host the parser refuses', () => {
  it.each([
    'https://m.coupang.com%5C.member-kr.site/',
    'https://coupang.com%2F.notice-kr.click/login',
    'https://www.coupang.com%3Fref%3D.event-kr.top/',
    'https://www.coupang.com%3A8443.safe-kr.shop/',
    'https://coupang-bosang.com%2F%2E%2E%2F%2E%2E/',
    'https://쿠%20팡.shop/',
    'https://쿠%20팡%20이츠.kr/',
  ])('%s is a look-alike', (u) => {
    expect(verdict(u)).toBe('lookalike');
  });

  it.each([
    // the brand's own link over-encoded, a path and a page written out after it: no other host, never official
    'https://www.coupang.com%2F',
    'https://www.coupang.com%2Fnp%2Fsearch%3Fq%3Dtv',
    'https://www.coupang.com%2Fnp%2Fevents%2Fwinter.html',
    'https://login.coupang.com%3A443',
  ])('%s stays invalid', (u) => {
    expect(verdict(u)).toBe('invalid');
  });

  it('an honest host with an escaped slash is not a look-alike (www.naver.com%2Fshop.kr-news.com)', () => {
    expect(verdict('https://www.naver.com%2Fshop.kr-news.com/')).toBe('unknown');
  });
});

describe('an alert alone beside the brand is a notice’s word, not a project’s', () => {
  it.each([
    'coupang-alert.duckdns.org',
    'coupangeats-alert.netlify.app',
    'coupang-alerts.pages.dev',
    'rocketwow-alert.hopto.org',
    'coupang-alert.shop-notes.co.kr',
  ])('%s is a look-alike', (u) => {
    expect(verdict(u)).toBe('lookalike');
  });

  it.each([
    // what the project alerts on, or another word about the brand beside it
    'coupang-price-alert.duckdns.org',
    'coupang-review-alerts.vercel.app',
    'https://someone.github.io/coupang-price-alert/',
  ])('%s is not a look-alike', (u) => {
    expect(verdict(u)).toBe('unknown');
  });
});

describe('a product’s name others share as a bare IP address’s folder over a lure page', () => {
  it.each(['http://203.0.113.77/rocketpay/verify', 'http://198.51.100.31/rocketpay/payment.php'])(
    '%s is a look-alike',
    (u) => {
      expect(verdict(u)).toBe('lookalike');
    },
  );

  it.each([
    // no lure page under it, or a real word near the brand (Kupang, the city) over a login
    'http://203.0.113.77/rocketpay/',
    'http://203.0.113.77/rocketpay/docs',
    'http://203.0.113.77/kupang/login',
  ])('%s is not a look-alike', (u) => {
    expect(verdict(u)).toBe('unknown');
  });
});
