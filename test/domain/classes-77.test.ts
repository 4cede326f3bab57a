import { describe, expect, it } from 'vitest';
import { classify, compileLists } from '../../lib/domain/index';
import { bundledList } from '../../lib/lists/bundled';

// The classes domain77 took, counted across every half, the page halves' urls and the benign names, with invented
// addresses written apart from the corpus: every flag row below is not a look-alike on integ 0b360f4e; beside them,
// honest twins that are none before or after.
const engine = compileLists({ ...bundledList, blocked: [] });

const verdict = (u: string): string => classify(u, engine).verdict;

describe('쿠팡 typed with the Korean input off, one key struck for any other or two swapped (five keys)', () => {
  it.each([
    // the first key for another (ㄱ, ㅏ for ㅋ), a key far from its place (ㅣ for ㅍ), two keys swapped, with lure words
    'gnvkd.com',
    'knvkd-login.top',
    'znlkd.shop',
    'zvnkd-bosang.com',
  ])('%s is a look-alike', (u) => {
    expect(verdict(u)).toBe('lookalike');
  });

  it.each([
    // a word of its own beside it, a key fewer (the benign corpus's `ncls1`, 쿠친's keys less the first), the keys'
    // letters in another order, short names and words sharing the letters
    'knvkd-studio.com',
    'ncls1.com',
    'nvkd.kr',
    'dvnk.com',
    'vndk.kr',
    'kvnd.com',
    'zndk.com',
    'zinc-kids.com',
  ])('%s is not a look-alike', (u) => {
    expect(verdict(u)).toBe('unknown');
  });
});

describe('the brand named on a short-link, QR-link, note or blog service the shared-host data lacked', () => {
  it.each([
    // TinyURL's other domain and a free shortener (the brand alone claims a link), Naver QR's short links (their ids
    // are drawn: one spelling the brand is written by the sender), an Evernote shard's folder, WordPress.com's root
    'https://tiny.one/coupang',
    'https://bitly.ws/coupang-cs',
    'https://m.site.naver.com/coupang-pihae',
    'https://wordpress.com/coupang-refund-center',
    'https://evernote.com/shard/s3/coupang-bosang',
  ])('%s is a look-alike', (u) => {
    expect(verdict(u)).toBe('lookalike');
  });

  it.each([
    // the services' own link forms (a chosen alias, a drawn QR id, a shared note, the reader), a blog about the brand
    'https://tiny.one/gardenparty',
    'https://bitly.ws/summer-sale-2026',
    'https://m.site.naver.com/1aBcD',
    'https://www.evernote.com/shard/s7/sh/1f2e3d4c/bbbb',
    'https://wordpress.com/read/feeds/123',
    'https://wordpress.com/coupang-price-notes',
  ])('%s is not a look-alike', (u) => {
    expect(verdict(u)).toBe('unknown');
  });
});

describe('the brand’s name with every letter written twice', () => {
  it.each(['ccoouuppaanngg.net', 'ccoouuppaanngg.shop', 'https://ccoouuppaanngg.kr/login'])(
    '%s is a look-alike',
    (u) => {
      expect(verdict(u)).toBe('lookalike');
    },
  );

  it.each([
    // letters each written twice that halve to no name of the brand's, a slip in one pair, a word beside it
    'nnppffccddggdd.com',
    'kkxxtt.com',
    'ppsspp.org',
    'ddoouuppaanngg.com',
  ])('%s is not a look-alike', (u) => {
    expect(verdict(u)).toBe('unknown');
  });
});

describe('a product’s Hangul name typed with the Korean input off, less its last syllable', () => {
  it.each([
    // 로켓배(송), 로켓나(우) + 환불, 로켓배(송) + 환불 beside it
    'fhzptqo.com',
    'fhzptskghksqnf.kr',
    'fhzptqo-ghksqnf.com',
  ])('%s is a look-alike', (u) => {
    expect(verdict(u)).toBe('lookalike');
  });

  it.each([
    // keys after the cut form that type no syllable, a word of its own beside it
    'fhzptdhkqq.com',
    'fhzptqot.com',
    'fhzptdhk-studio.com',
  ])('%s is not a look-alike', (u) => {
    expect(verdict(u)).toBe('unknown');
  });
});

describe('the brand’s folder over a Windows installer on a TLD kits register by the hundred', () => {
  it.each([
    'https://files-kr.xyz/coupang/setup.msi',
    'https://pc-guide.icu/coupang/teamviewer_qs.exe',
    'https://mirror-kr.top/coupang/installer.exe',
  ])('%s is a look-alike', (u) => {
    expect(verdict(u)).toBe('lookalike');
  });

  it.each([
    // the same on `.com`, an installer in a folder of its own, another file under the brand's folder
    'https://rc-support.com/coupang/anydesk.exe',
    'https://files-kr.xyz/tools/anydesk.exe',
    'https://melodia.shop/coupang/readme.txt',
  ])('%s is not a look-alike', (u) => {
    expect(verdict(u)).toBe('unknown');
  });
});
