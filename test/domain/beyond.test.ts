import { toASCII } from 'punycode/punycode.js';
import { describe, expect, it } from 'vitest';
import { classify, compileLists, type ReasonCode } from '../../lib/domain/index';
import { bundledList } from '../../lib/lists/bundled';

const engine = compileLists({ ...bundledList, blocked: [] });
const codes = (host: string) => classify(host, engine).reasons.map((r) => r.code);

/** [host, brand, reason codes that must be there] */
type Row = [string, string, ReasonCode[]];

const BRAND_AS_LABEL: Row[] = [
  ['coupang.com.secure-verify.xyz', 'coupang', ['brand-in-subdomain']],
  ['coupang.com-order.info', 'coupang', ['brand-in-subdomain']],
  ['shop.coupang.akamai.my', 'coupang', ['brand-in-subdomain']],
  ['coupang.serivce-now.com', 'coupang', ['brand-in-subdomain']],
  ['www.coupang.co.kr.login-check.top', 'coupang', ['brand-in-subdomain']],
  ['coupangeats.verify-account.net', 'coupangeats', ['brand-in-subdomain']],
  ['coupang-login.example.org', 'coupang', ['brand-in-subdomain']],
  ['com-coupang-mobile.en.aptoide.com', 'coupang', ['brand-in-subdomain']],
];

const COMBOSQUATS: Row[] = [
  ['coupang-refund.com', 'coupang', ['combosquat']],
  ['login-coupang.net', 'coupang', ['combosquat']],
  ['coupangmall.shop', 'coupang', ['combosquat']],
  ['rocketwow-coupang.com', 'coupang', ['combosquat']],
  ['coupang-event2025.kr', 'coupang', ['combosquat']],
  ['my-coupangeats.com', 'coupangeats', ['combosquat']],
  ['coupangplay-free.tv', 'coupangplay', ['combosquat']],
  ['rocketnow-coupon.jp', 'rocketnow', ['combosquat']],
  // typo'd brand inside a combination
  ['coupagn-event.com', 'coupang', ['typo', 'combosquat']],
  ['cou-pang2.shop', 'coupang', ['typo', 'combosquat']],
  ['event-coupnag.net', 'coupang', ['typo', 'combosquat']],
  ['c0upang-login.com', 'coupang', ['homoglyph', 'combosquat']],
];

const HOSTING: Row[] = [
  ['bk-coupang-live.netlify.app', 'coupang', ['combosquat', 'hosting-platform']],
  ['coupangx.azureedge.net', 'coupang', ['combosquat', 'hosting-platform']],
  ['coupang.github.io', 'coupang', ['hosting-platform']],
  ['low-coupang.kro.kr', 'coupang', ['brand-in-subdomain']],
  ['coupang-x18.hnxczww.workers.dev', 'coupang', ['brand-in-subdomain', 'hosting-platform']],
  ['coupang-dot-skype-meeting.uc.r.appspot.com', 'coupang', ['combosquat', 'hosting-platform']],
  ['coupang.vercel.app', 'coupang', ['hosting-platform']],
  ['coupang-kr.pages.dev', 'coupang', ['combosquat', 'hosting-platform']],
  ['coupang-event.blogspot.com', 'coupang', ['combosquat', 'hosting-platform']],
  ['coupangeats.web.app', 'coupangeats', ['hosting-platform']],
  ['coupnag.firebaseapp.com', 'coupang', ['typo', 'hosting-platform']],
];

const HANGUL: Row[] = [
  ['쿠팡.com', 'coupang', ['hangul-brand']],
  ['쿠팡이벤트.kr', 'coupang', ['hangul-brand', 'combosquat']],
  ['쿠팡.한국', 'coupang', ['hangul-brand']],
  ['www.쿠팡.net', 'coupang', ['hangul-brand']],
  ['쿠팡.secure-login.net', 'coupang', ['hangul-brand', 'brand-in-subdomain']],
  ['쿠팡이츠-할인.com', 'coupangeats', ['hangul-brand', 'combosquat']],
  ['쿠팡플레이.kr', 'coupangplay', ['hangul-brand']],
  ['로켓나우.jp', 'rocketnow', ['hangul-brand']],
];

describe.each([
  ['brand as a label of another domain', BRAND_AS_LABEL],
  ['combosquats', COMBOSQUATS],
  ['hosting platforms', HOSTING],
  ['Hangul brand names', HANGUL],
] as const)('%s', (_name, rows) => {
  it.each(rows.map((r) => [r[0], r] as const))('%s', (_host, [host, brand, must]) => {
    for (const form of new Set([host, toASCII(host)])) {
      const v = classify(form, engine);
      expect(v.verdict, form).toBe('lookalike');
      expect(v.brand?.id, form).toBe(brand);
      for (const code of must) expect(codes(form), form).toContain(code);
    }
  });
});

describe('tld swaps and the official domains', () => {
  it.each([
    'coupang.world',
    'coupang.co.kr',
    'coupang.shop',
    'coupangeats.net',
    'rocketnow.com',
    'rocketnow.jp',
  ])('%s is a tld-swap', (host) => {
    expect(classify(host, engine).verdict).toBe('lookalike');
    expect(codes(host)).toContain('tld-swap');
  });

  it.each(bundledList.brands.flatMap((b) => [...b.domains.map((d) => `www.${d}`), ...b.domains, ...b.hosts]))(
    '%s is official',
    (host) => {
      expect(classify(host, engine).verdict).toBe('official');
      expect(classify(`https://${host.toUpperCase()}./path?q=1`, engine).verdict).toBe('official');
    },
  );

  it('onelink.me is official for coupang.onelink.me only', () => {
    expect(classify('coupang.onelink.me', engine).verdict).toBe('official');
    expect(classify('onelink.me', engine).verdict).toBe('unknown');
    expect(classify('evil.onelink.me', engine).verdict).toBe('unknown');
    expect(classify('x.coupang.onelink.me', engine).verdict).toBe('lookalike');
  });
});
