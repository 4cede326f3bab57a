import { describe, expect, it } from 'vitest';
import { classify, compileLists, type ReasonCode } from '../../lib/domain/index';
import { bundledList } from '../../lib/lists/bundled';

// Engine only: the known-bad list must not be what finds them.
const engine = compileLists({ ...bundledList, blocked: [] });

/** [input, expected verdict, a reason code that must be there] */
type Row = [string, 'lookalike' | 'unknown' | 'official', ReasonCode?];

const FLAGGED: Row[] = [
  // Hangul with one letter part (jamo) changed, or a hyphen inside
  ['쿠빵.com', 'lookalike', 'hangul-brand'],
  ['구팡.com', 'lookalike', 'hangul-brand'],
  ['쿠팽.kr', 'lookalike', 'hangul-brand'],
  ['쿠판.shop', 'lookalike', 'hangul-brand'],
  ['쿠팟.kr', 'lookalike', 'hangul-brand'],
  ['쿠-팡.com', 'lookalike', 'hangul-brand'],
  ['쿠팽이벤트.kr', 'lookalike', 'hangul-brand'],
  ['xn--oy3bn23a.com', 'lookalike', 'hangul-brand'], // 쿠빵
  // the Korean keyboard layout left off (derived from the list's Hangul names)
  ['znvkd.com', 'lookalike', 'tld-swap'],
  ['znvkd-event.com', 'lookalike', 'combosquat'],
  ['znvkdghksqnf.xyz', 'lookalike', 'combosquat'], // 쿠팡환불
  ['fhzptdhkdn.com', 'lookalike'], // 로켓와우
  // romanisations of 쿠팡 as whole tokens
  ['koopang.com', 'lookalike'],
  ['kupaang.com', 'lookalike', 'typo'],
  ['k-upang.com', 'lookalike'],
  ['kupang-refund.com', 'lookalike', 'combosquat'],
  // aliases from the list
  ['coupay.kr', 'lookalike'],
  ['rocket-wow.com', 'lookalike'],
  ['로켓와우.com', 'lookalike', 'hangul-brand'],
  ['쿠페이.com', 'lookalike', 'hangul-brand'],
  ['酷澎.shop', 'lookalike', 'hangul-brand'],
  // split over any number of labels, and into the suffix
  ['c.o.u.p.a.n.g.xyz', 'lookalike', 'typo'],
  ['xn--coua-i6d.ng', 'lookalike', 'typo'], // couрa.ng, Cyrillic р
  ['coupa.ng.top', 'lookalike'],
  // the site named in the path
  ['https://sites.google.com/view/coupang-bosang2025', 'lookalike', 'brand-in-path'],
  ['https://storage.googleapis.com/coupang-cs-kr/index.html', 'lookalike', 'brand-in-path'],
  ['https://blog.naver.com/coupang_cs', 'lookalike', 'brand-in-path'],
  ['https://evil.top/www.coupang.com/login', 'lookalike', 'brand-in-path'],
  ['https://bosang-help.github.io/coupang/', 'lookalike', 'brand-in-path'],
  ['https://docs.google.com/forms/d/e/1FAIpQLSd-coupang-bosang/viewform', 'lookalike', 'brand-in-path'],
  ['http://203.0.113.45/www.coupang.com/login.php', 'lookalike', 'brand-in-path'],
  ['http://0xCB007126/coupang-refund/', 'lookalike', 'brand-in-path'],
  // a real word near the brand with a lure word next to it
  ['coupant-login.com', 'lookalike'],
  ['kupang.refund-center.com', 'lookalike'],
];

const CLEAN: Row[] = [
  // Kupang, the Indonesian city, and real words one slip from the brand
  ['kupangkota.go.id', 'unknown'],
  ['poltekkes-kupang.ac.id', 'unknown'],
  ['kupang.tribunnews.com', 'unknown'],
  ['rsud-kupang.example.go.id', 'unknown'],
  ['coupant.fr', 'unknown'],
  ['compang.id', 'unknown'],
  ['kupong.no', 'unknown'],
  ['kuping.id', 'unknown'],
  ['coupons.com', 'unknown'],
  ['coupa.com', 'unknown'],
  ['groupon.com', 'unknown'],
  ['cuckoo.co.kr', 'unknown'],
  ['pangyo.kr', 'unknown'],
  ['쿠쿠.com', 'unknown'],
  ['쿠첸.com', 'unknown'],
  ['쿠폰.kr', 'unknown'],
  ['팡팡.com', 'unknown'],
  ['쿠키런.com', 'unknown'],
  ['판교맛집.com', 'unknown'],
  // honest paths
  ['https://sites.google.com/view/kupang-diving-trip', 'unknown'],
  ['https://blog.naver.com/kupang_travel', 'unknown'],
  ['https://velog.io/@dev/coupang-open-api-python', 'unknown'],
  ['https://www.albamon.com/jobs/detail/coupangflex-2026', 'unknown'],
  ['https://news.example.co.kr/article/2025/12/coupang-breach-compensation', 'unknown'],
  ['https://downforeveryoneorjustme.com/coupang.com', 'unknown'],
  ['https://www.google.com/search?q=coupang+login', 'unknown'],
];

const OFFICIAL: Row[] = [
  ['coupangfinancial.com', 'official'],
  ['www.coupangfs.com', 'official'],
  ['coupang.kr', 'official'],
  ['api.devcoupangstreaming.com', 'official'],
  ['https://coupangplay.app.link/FIXVtzkdflb', 'official', 'official-host'],
  // a shared link service: one host is official, never the platform or its other hosts
  ['coupangplay-event.app.link', 'lookalike'],
  ['app.link', 'unknown'],
];

describe.each([
  ['flagged', FLAGGED],
  ['clean', CLEAN],
  ['official', OFFICIAL],
])('Korean scam spellings: %s', (_, rows) => {
  it.each(rows.map((r) => [r[0], r] as const))('%s', (_input, [input, kind, code]) => {
    const v = classify(input, engine);
    expect(v.verdict, JSON.stringify(v.reasons)).toBe(kind);
    if (code) expect(v.reasons.map((r) => r.code)).toContain(code);
  });
});

describe('brand words come from the list', () => {
  it('derives keyboard forms, romanisations and alias names from list data, not from code', () => {
    const list = {
      ...bundledList,
      blocked: [],
      brands: [{ ...bundledList.brands[0]!, hangul: ['쿠팡'], aliases: [], words: [] }],
    };
    const lists = compileLists(list);
    expect(classify('znvkd.com', lists).verdict).toBe('lookalike');
    // no alias in this list (on `.com`: on a Korean suffix `coupay` is two slips of the name, domain55's round)
    expect(classify('coupay.com', lists).verdict).toBe('unknown');
    const noHangul = compileLists({ ...list, brands: [{ ...list.brands[0]!, hangul: [] }] });
    expect(classify('znvkd.com', noHangul).verdict).toBe('unknown');
    expect(classify('쿠빵.com', noHangul).verdict).toBe('unknown');
  });
});
