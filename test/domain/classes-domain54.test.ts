import { describe, expect, it } from 'vitest';
import { classify, compileLists } from '../../lib/domain/index';
import { bundledList } from '../../lib/lists/bundled';

// The classes domain54 took from tune41 (author 42), each judged by a rule written apart from the corpus (other
// hosts, words and TLDs), with the honest addresses beside each that must stay clean.
const engine = compileLists({ ...bundledList, blocked: [] });

const verdict = (u: string): string => classify(u, engine).verdict;

const cases: Record<string, { flag: string[]; clean: string[] }> = {
  // a `javascript:` link whose script opens an address it decodes from a base64 string literal: read as the address
  // it spells (never run), judged as any carried address; an official or honest address, a literal that spells no
  // address, garbage and a script that does more stay as other scripts do (not a look-alike)
  'a navigating script that decodes its address from base64 (atob)': {
    flag: [
      // https://coupang-eventgift.cyou
      'javascript:window.open(atob("aHR0cHM6Ly9jb3VwYW5nLWV2ZW50Z2lmdC5jeW91"))',
      // https://rocketwow-pay.top/login
      "javascript:location.href=atob('aHR0cHM6Ly9yb2NrZXR3b3ctcGF5LnRvcC9sb2dpbg==')",
      // //coupang-bosang.link/step1
      'javascript:void(location.replace(window.atob("Ly9jb3VwYW5nLWJvc2FuZy5saW5rL3N0ZXAx")))',
    ],
    clean: [
      // https://www.coupang.com/np/search
      'javascript:window.open(atob("aHR0cHM6Ly93d3cuY291cGFuZy5jb20vbnAvc2VhcmNo"))',
      // https://login.coupang.com/login/login.pang
      'javascript:location.href=atob("aHR0cHM6Ly9sb2dpbi5jb3VwYW5nLmNvbS9sb2dpbi9sb2dpbi5wYW5n")',
      // https://www.example.com/, https://coupon-city.com/
      'javascript:window.open(atob("aHR0cHM6Ly93d3cuZXhhbXBsZS5jb20v"))',
      'javascript:window.open(atob("aHR0cHM6Ly9jb3Vwb24tY2l0eS5jb20v"))',
      // hello world; garbage; a literal too short; bytes that are no text
      'javascript:window.open(atob("aGVsbG8gd29ybGQ="))',
      'javascript:window.open(atob("!!!!coupang!!!!"))',
      'javascript:window.open(atob("abcde"))',
      'javascript:window.open(atob("////////////////"))',
      'javascript:window.open(atob("' + 'A'.repeat(5000) + '"))',
      // a script that does more than navigate, the brand's name in plain text
      'javascript:alert(atob("aHR0cHM6Ly9jb3VwYW5nLWV2ZW50Z2lmdC5jeW91"))',
      'javascript:window.open(atob(x))',
    ],
  },
  // a campaign's channel tag beside the brand in a carried value (`?src=brand_sms`, `utm_source=brand-lms`) on a
  // host whose name is a lure's landing: read as the brand alone there is; the same tag on an honest shop's, a deals
  // site's or a newsletter's address stays, and `sms` beside another word is still another's word
  "a text message's channel tag beside the brand in a lure landing's query": {
    flag: [
      'https://parcel-notice.top/?src=coupang_sms',
      'https://delivery-check.cfd/?from=coupang-lms',
      'https://order-status.xyz/?ch=sms_coupang',
    ],
    clean: [
      'https://allprice.kr/item?src=coupang_sms&id=1234567',
      'https://www.example-shop.co.kr/event?utm_source=coupang_sms',
      'https://parcel-notice.top/?src=coupang_sms_gateway_docs',
      'https://coupon-digest.com/board/hotdeal/1?src=coupang_sms',
      'https://smsplatform.example.com/docs?vendor=coupang_sms',
    ],
  },
  // a wildcard DNS service's name that is nothing but an IP address (`1-2-3-4.sslip.io`, `1.2.3.4.nip.io`): the
  // path read as that bare address's; a name with other labels, an intranet wiki's page, the service alone stay
  'a wildcard DNS name that is only an IP address, read as the address': {
    flag: [
      'https://203-0-113-77.sslip.io/login/index.php?brand=coupang',
      'http://198.51.100.23.nip.io/index.php?brand=coupang',
    ],
    clean: [
      'https://10-0-0-5.sslip.io/wiki/coupang',
      'https://203-0-113-77.sslip.io/',
      'https://dev.203-0-113-77.sslip.io/index.php?page=2',
      'http://198.51.100.23.nip.io/blog/?q=coupang',
      'https://sslip.io/',
    ],
  },
  // an Android app file named for the brand with a build's or a download's tag of letters and digits, on a file
  // host: the brand's app off its store, as `brand_app.apk` is; a tool's word, another name, another file type and a
  // slip of the name stay
  "an app file named for the brand with a build's tag": {
    flag: [
      'https://www.dropbox.com/s/k2j8x/coupang-x7k2.apk?dl=1',
      'https://drive.google.com/uc?id=1x/coupang_b3.apk',
      'https://files.example-cdn.top/coupang-v9q1.apk',
    ],
    clean: [
      'https://www.dropbox.com/s/k2j8x/coupang-crawler.apk?dl=1',
      'https://github.com/u/r/releases/download/v1/coupang-sdk.apk',
      'https://www.dropbox.com/s/k2j8x/coupon-x7k2.apk?dl=1',
      'https://www.dropbox.com/s/k2j8x/coupang-x7k2.zip?dl=1',
      'https://www.dropbox.com/s/k2j8x/kupang-x7k2.apk?dl=1',
    ],
  },
  // an order lookup's shorts in a landing's own name (`ord-check`, `dlv-track`, `trk-info`) with the brand's name as
  // a value, as `order-check` already was; the landing with nothing carried, a search's terms and `ord` beside
  // another word stay
  "an order lookup's shorts in a landing's name": {
    flag: ['https://ord-status.top/?title=쿠팡', 'https://trk-info.cfd/?brand=coupang'],
    clean: [
      'https://ord-status.top/',
      'https://ord-check.xyz/?q=coupang',
      'https://ord-nordic.com/?title=coupang',
      'https://ord.example.com/?src=coupang',
    ],
  },
};

describe('domain54 classes (tune41)', () => {
  for (const [name, { flag, clean }] of Object.entries(cases)) {
    describe(name, () => {
      for (const u of flag) it(`flags ${u}`, () => expect(verdict(u)).toBe('lookalike'));
      for (const u of clean) it(`leaves ${u} clean`, () => expect(verdict(u)).not.toBe('lookalike'));
    });
  }
});
