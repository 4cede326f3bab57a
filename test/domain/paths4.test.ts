import { describe, expect, it } from 'vitest';
import { classify, compileLists, type ReasonCode } from '../../lib/domain/index';
import { bundledList } from '../../lib/lists/bundled';

// The classes frozen4.tsv (now tune4.tsv) missed, each judged by a rule, not by its rows: written apart from the
// corpus (other hosts, other platforms, other words), with the honest addresses each rule must leave alone.
const engine = compileLists({ ...bundledList, blocked: [] });

type Row = [string, 'lookalike' | 'unknown' | 'invalid', ReasonCode?];

const b64 = (s: string): string => btoa(s).replace(/=+$/, '');

const FLAGGED: Row[] = [
  // typos as they sound and are typed: k/q/c one letter, runs of o and u one vowel, doubled letters, a vowel
  // added or two letters swapped
  ['kuopang-help.net', 'lookalike', 'typo'],
  ['qoupnag.shop', 'lookalike', 'typo'],
  ['couppanng.kr', 'lookalike', 'typo'],
  ['kooupagn.com', 'lookalike', 'typo'],
  ['coupaeng.store', 'lookalike', 'typo'],
  ['cuopa.ng', 'lookalike', 'typo'],
  // an alias with w or m written as two letters
  ['rocketwovv-event.com', 'lookalike'],
  ['rocketwovv.shop', 'lookalike'],
  // an official number as a host
  ['1670-9827-eats.com', 'lookalike', 'combosquat'],
  ['help16603733.kr', 'lookalike', 'combosquat'],
  // platforms by category: portals' cafés and forms, office forms, document hosts, content-addressed storage,
  // object storage as hosting, Korean and QR shorteners, app distribution
  ['https://m.cafe.daum.net/coupang-pihae-bosang', 'lookalike', 'brand-in-path'],
  ['https://sway.office.com/coupang-hwanbul-annae', 'lookalike', 'brand-in-path'],
  ['https://www.slideshare.net/coupang_bosang_center', 'lookalike', 'brand-in-path'],
  ['https://ar-io.net/Zz0123456789abcdefABCDEF0123456789abcdefXYZ/coupang-login.html', 'lookalike'],
  ['https://cs-notice.obs.ap-southeast-1.myhuaweicloud.com/coupang/login.html', 'lookalike', 'brand-in-path'],
  ['https://kr-event.bj.bcebos.com/coupang.html', 'lookalike', 'brand-in-path'],
  // object storage the data does not name, by the shape of its endpoint (a bucket before `s3`, `oss-…`, `cos` …)
  ['https://cs-kr.s3.eu-central-2.storage-example.net/coupang/login.html', 'lookalike', 'brand-in-path'],
  ['https://bosang.oss-ap-northeast-2.cloud-example.com/coupang-hwanbul.html', 'lookalike', 'brand-in-path'],
  ['https://zrr.kr/coupang', 'lookalike', 'brand-in-path'],
  ['https://l.ead.me/coupang-event', 'lookalike', 'brand-in-path'],
  ['https://www.pgyer.com/coupangpay-update', 'lookalike', 'brand-in-path'],
  ['https://install.appcenter.ms/orgs/kr-team/apps/coupang-eats-beta', 'lookalike', 'brand-in-path'],
  // query values on shared hosts: a free name, counted with lure words
  ['https://forms.office.com/Pages/ResponsePage.aspx?id=Ab12&subject=coupang_hwanbul', 'lookalike'],
  // addresses carried in wrappers
  ['https://www.google.co.kr/amp/s/coupang-hwanbul.shop/notice', 'lookalike', 'redirect'],
  ['https://urldefense.proofpoint.com/v2/url?u=https-3A__x.example&d=1', 'unknown'],
  ['https://urldefense.com/v3/__http://kupang-bosang.kr/__;!!AbC!xyz$', 'lookalike', 'redirect'],
  ['https://archive.example.org/web/20261203000000*/https://coupang-pihae.site/', 'lookalike', 'redirect'],
  ['https://r.search.yahoo.com/RU=https%3A%2F%2Fcoupnag-login.com%2F/RK=2/RS=a', 'lookalike', 'redirect'],
  ['https://mail.example.com/track?id=9&upn=' + b64('https://coupang-refund.shop/') + '-3D-3D', 'lookalike'],
  ['https://t.example.net/c/' + b64('https://coupang-hwanbul.top/'), 'lookalike', 'redirect'],
  ['https://x.example/out?to=https%253A%252F%252Fcoupang-login.help%252F', 'lookalike', 'redirect'],
  ['https://evil-notice.xyz/http://www.coupang.com/login', 'lookalike', 'brand-in-path'],
  ['https://evil-notice.xyz/?m.coupang.com/vm/login', 'lookalike', 'brand-in-path'],
  ['intent://coupang-hwanbul.shop/#Intent;scheme=http;end', 'lookalike'],
  // a kit's folder still counts with its lure page as the last segment or a page file above more
  ['https://q7.top/coupang/hwanbul', 'lookalike', 'brand-in-path'],
  ['https://q7.top/coupang/login.php/step2', 'lookalike', 'brand-in-path'],
  // Hangul typed with the Korean input on; loose letter parts in a path
  ['채ㅕㅔ뭏-ㄷㅍㄷㅜㅅ.com', 'lookalike'],
  [
    'https://notice.pages.dev/%E3%85%8B%E3%85%9C%E3%85%8D%E3%85%8F%E3%85%87/login',
    'lookalike',
    'brand-in-path',
  ],
];

const CLEAN: Row[] = [
  // government, military and school hosts: nobody registers a look-alike there
  ['coupang-scam.police.go.kr', 'unknown'],
  ['kupang.mil.id', 'unknown'],
  ['cupang-es.es.kr', 'unknown'],
  ['coupnag.edu', 'unknown'],
  // real words near the sound of the brand
  ['cupping.com', 'unknown'],
  ['kompang.my', 'unknown'],
  ['compang.com', 'unknown'],
  ['coupons.com', 'unknown'],
  ['kupang.com', 'unknown'],
  ['kaupanger.no', 'unknown'],
  ['cuppa.ng', 'unknown'],
  // numbers that are not official
  ['15881234.kr', 'unknown'],
  ['1577-1234.com', 'unknown'],
  // an honest query on a shared host; an honest page on content-addressed storage
  ['https://forms.office.com/r/Ab12?lang=ko-KR', 'unknown'],
  [
    'https://ipfs.io/ipfs/bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi/logos/coupang/logo.png',
    'unknown',
  ],
  // a storage endpoint's shape without a bucket before it, or an image in a bucket
  ['https://www.s3.example.com/coupang/index.html', 'unknown'],
  ['https://cdn.example.com/coupang/index.html', 'unknown'],
  ['https://assets.cos.ap-seoul.myqcloud.com/logos/coupang/logo.png', 'unknown'],
  // a folder named for the brand on an honest site: a section with more under it, a class action's sign-up page
  ['https://board.example.net/coupang/login/55012', 'unknown'],
  ['https://lawsuit.example.kr/coupang/가입', 'unknown'],
  ['https://group-action.example.com/coupang/members', 'unknown'],
  // wrappers carrying honest or official addresses
  ['https://www.google.com/amp/s/www.coupang.com/np/search', 'unknown'],
  ['https://web.archive.org/web/2024/https://www.coupang.com/', 'unknown'],
  ['https://news.example.com/2026/12/https-explained', 'unknown'],
  ['https://example.com/?page/2', 'unknown'],
  ['intent://scan/#Intent;scheme=zxing;package=com.google.zxing.client.android;end', 'invalid'],
  // Korean words typed normally
  ['https://notice.pages.dev/%EC%BF%A0%ED%8F%B0/login', 'unknown'],
  ['보상안내.com', 'unknown'],
];

describe('tune4 classes: flagged', () => {
  it.each(FLAGGED)('%s', (input, verdict, code) => {
    const v = classify(input, engine);
    expect(v.verdict, JSON.stringify(v.reasons)).toBe(verdict);
    if (code) expect(v.reasons.map((r) => r.code)).toContain(code);
  });
});

describe('tune4 classes: clean', () => {
  it.each(CLEAN)('%s', (input, verdict) => {
    const v = classify(input, engine);
    expect(v.verdict, JSON.stringify(v.reasons)).toBe(verdict);
  });
});
