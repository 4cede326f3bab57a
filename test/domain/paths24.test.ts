import { describe, expect, it } from 'vitest';
import { classify, compileLists } from '../../lib/domain/index';
import { bundledList } from '../../lib/lists/bundled';

// The classes domain27 took from tune23's misses that carry a trace of the brand, each judged by a rule written apart
// from the corpus (other hosts, names and words), with the honest addresses beside each rule that must stay clean.
const engine = compileLists({ ...bundledList, blocked: [] });

const verdict = (u: string): string => classify(u, engine).verdict;

const cases: Record<string, { flag: string[]; clean: string[] }> = {
  // the brand's own tenant on a deep-link platform sends on to what the platform's listed parameters say, and anyone
  // may write them: a look-alike there is where the official-looking link leads (an official or honest target, and
  // any other parameter, leaves it official)
  "the brand's deep-link host sending on to a look-alike": {
    flag: [
      'https://coupang.onelink.me/Qp3x?pid=sms&af_web_dp=https%3A%2F%2Fcoupang-refund.top%2Fapply',
      'https://coupang.onelink.me/Qp3x/abc?af_r=https://cpang-login.xyz/',
      'https://coupang.onelink.me/Qp3x?af_android_url=https%3A%2F%2Fcoupang-bosang-center.com',
    ],
    clean: [
      'https://coupang.onelink.me/Qp3x?pid=sms&af_web_dp=https%3A%2F%2Fwww.coupang.com%2Fnp%2Fcampaigns%2F82',
      'https://coupang.onelink.me/Qp3x?af_web_dp=https%3A%2F%2Fwww.naver.com%2F',
      'https://coupang.onelink.me/Qp3x?pid=sms&c=coupang-refund.top',
      'https://www.coupang.com/np/search?q=https%3A%2F%2Fcoupang-refund.top',
    ],
  },
  // a deep link of the brand's own app (its scheme is the brand's Latin name) that opens a site named with lure and
  // the brand's words only inside the app; the brand's own sites, anyone's named otherwise and other apps' schemes
  // stay as they were
  "the brand's app scheme opening a lure-named site": {
    flag: [
      'coupang://webview?url=https%3A%2F%2Fwow-event-kr.net%2F',
      'coupangplay://web?link=https://play-membership-cancel.com/',
      'coupangeats://browser?url=https://rider-jeongsan.kr/login',
    ],
    clean: [
      'coupang://webview?url=https%3A%2F%2Fwww.coupang.com%2Fnp%2Fevent',
      'coupangeats://webview?url=https://www.coupangeats.com/notice',
      'coupang://webview?url=https://www.youtube.com/watch?v=abc',
      'otherapp://webview?url=https://wow-event-kr.net/',
      'coupang://product?id=123',
    ],
  },
  // 프레시백 (the reusable Fresh Bag) is the brand's word alone; 로케트 the older loanword spelling of 로켓; the Hangul
  // name typed with the Korean input off is the same name. The words apart, and a post about them, stay anyone's
  "the brand's service names in Hangul": {
    flag: ['프레시백반납.com', '프레시백-보증금.kr', 'https://로케트배송조회.com/', 'vmfptlqor-hoesu.com'],
    clean: ['프레시.kr', '로케트.com', 'https://blog.example.kr/프레시백-반납-방법', 'freshbag.co.uk'],
  },
  // a QR code platform's landing pages (`/page/<name>`): a free name, the brand with lure words counts
  'a QR landing page on qrcodechimp': {
    flag: ['https://www.qrcodechimp.com/page/coupang-hwanbul', 'https://qrcodechimp.com/page/cpng-bosang'],
    clean: [
      'https://qrcodechimp.com/page/bakery-menu',
      'https://www.qrcodechimp.com/page/coupang-store-review',
    ],
  },
  // a script's own page parameter at a site's root names the page it serves, as a page file would: the brand with a
  // word that asks for a login, money or an identity (not a shop's event or a guide), and not a search
  "a root script's page parameter naming the brand's login": {
    flag: [
      'https://busan-dental.kr/index.php?page=coupang-verify',
      'http://gimhae-tour.com/?view=coupang_refund',
      'https://hanok-stay.co.kr/main.php?menu=coupangeats_login',
    ],
    clean: [
      'https://busan-dental.kr/index.php?page=coupang_event',
      'https://busan-dental.kr/index.php?page=coupang',
      'https://busan-dental.kr/index.php?page=coupang-login-error-solutions',
      'https://busan-dental.kr/search.php?q=coupang_login',
      'https://busan-dental.kr/bbs/board.php?page=coupang_login',
    ],
  },
  // the name split in two folders of letters with a kit's page under them: read joined, as a kit's folder
  'the brand split in two folders over a lure page': {
    flag: ['https://jinju-print.com/coup/ang/verify', 'http://mapo-gym.kr/cou/pang/login.php'],
    clean: [
      'https://jinju-print.com/cou/pang/',
      'https://jinju-print.com/cou/pang/review',
      'https://jinju-print.com/my/page/login',
      'https://jinju-print.com/api/v2/refund',
    ],
  },
};

describe('domain27 classes', () => {
  for (const [name, { flag, clean }] of Object.entries(cases))
    describe(name, () => {
      it.each(flag)('%s is a look-alike', (u) => expect(verdict(u)).toBe('lookalike'));
      it.each(clean)('%s is not', (u) => expect(verdict(u)).not.toBe('lookalike'));
    });
});
