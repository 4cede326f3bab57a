import { toASCII } from 'punycode/punycode.js';
import { describe, expect, it } from 'vitest';
import { classify } from '../../lib/domain/index';

/**
 * Hard negatives: real or plausible sites that share letters, words or shapes with the brands. Edit distance
 * alone flags many of them (eth-phishing-detect flags coupon.com, coupa.com ...); none may be flagged.
 */
const NEGATIVES = [
  // coupon / coupa / couple / coupe: a letter or two away from "coupang"
  'coupon.com',
  'coupons.com',
  'www.coupons.com',
  'groupon.com',
  'groupon.co.kr',
  'coupa.com',
  'coupa.io',
  'coupadev.com',
  'coupahost.com',
  'coupert.com',
  'coupertsh.com',
  'coupling.io',
  'coupling.com',
  'company.site',
  'coupage.fr',
  'coupage.com',
  'coupagemasoned.qpon',
  'redecoupage-redistribution-2022.ca',
  'couponfollow.com',
  'couponbirds.com',
  'coupontic.com',
  'couponupto.com',
  'fatcoupon.com',
  'scoopcoupons.com',
  'thekrazycouponlady.com',
  'couple2.com',
  'couplejoyapp.com',
  'coupe.fr',
  'coupes.com',
  'mb-coupes.ru',
  'coup.com',
  'bucoup.com',
  'loupan.com',
  'kupangkota.go.id',
  'upang.edu.ph',
  'pang.com',
  'campaign.com',
  'campaign-archive.com',
  'compass.com',
  // rocket*: the words in Rocket Now
  'pocketnow.com',
  'rocketnews24.com',
  'rocketnews.site',
  'rocketnetwork.ru',
  'retailrocket.ru',
  'logrocket.com',
  'rocket-cdn.com',
  'rocketmortgage.com',
  'rocket.chat',
  'rocketreach.co',
  'shiprocket.in',
  'wp-rocket.me',
  // Korean shops and services
  'naver.com',
  'gmarket.co.kr',
  '11st.co.kr',
  'ssg.com',
  'tmon.co.kr',
  'baemin.com',
  'kurly.com',
  // Hangul that is not a brand name
  '쿠폰.com',
  '쿠키.kr',
  '팡팡.com',
  // other scripts and accents
  'пример.рф',
  'müller.de',
  'straße.de',
  'café.fr',
  'ελλάδα.gr',
  // hosting platforms without a brand
  'my-shop.netlify.app',
  'someone.github.io',
  'api.workers.dev',
];

describe('hard negatives stay unknown', () => {
  it.each(NEGATIVES.map((h) => [h]))('%s', (host) => {
    const v = classify(host);
    expect(v.verdict, JSON.stringify(v.reasons)).toBe('unknown');
    expect(v.brand).toBeUndefined();
  });

  it.each(NEGATIVES.filter((h) => /[^\p{ASCII}]/u.test(h)).map((h) => [toASCII(h)]))(
    '%s (punycode)',
    (host) => {
      expect(classify(host).verdict).toBe('unknown');
    },
  );

  it('coupa.ng is official, yet coupa.* elsewhere is nobody', () => {
    expect(classify('coupa.ng').verdict).toBe('official');
    expect(classify('link.coupa.ng').verdict).toBe('official');
    for (const h of ['coupa.com', 'coupa.net', 'coupa.kr', 'coupa.co', 'ng.com'])
      expect(classify(h).verdict, h).toBe('unknown');
  });
});
