import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { scanPage } from '../../lib/page/index';
import { parse } from './helpers';
import { honestSet } from './saved-set';

/**
 * Round page61: honest pages nobody had seen, third round — kinds page56's and page59's sets did not hold: other
 * marketplaces' seller portals, fulfilment and courier companies' staff, driver and client logins, redelivery and
 * customs forms, coupon and cash-back payouts, papers' paywalls, report forms of public bodies (spam, police, the
 * fraud hotline, privacy, fair trade), banks' and card issuers' stop-payment, fraud, chargeback and lost-card forms,
 * security vendors' sign-ups, job boards', head-hunters' and dispatch agencies' forms, gift PIN shops, forums' editors,
 * searches and comments, delivery apps' owner pages and a POS vendor, Korean shops' pages in English, Chinese and
 * Japanese, pages a script draws from JSON, and more (a conference's registration, a keyword tool, a registrar, a
 * broker, a petition …) — written for this round in test/fixtures/pages-honest-r61/ and scored as `check --page`
 * scores them. None may be flagged. Below them, each class the set found, with a kit of the same shape that stays
 * caught.
 */
const DIR = new URL('../fixtures/pages-honest-r61/', import.meta.url);
// with the second chance counted, page67: 2 of them warned at the first key into a secret box
honestSet('page61 honest set', DIR, 70, 1);

const page = (title: string, body: string, lang = 'ko') =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const scan = (html: string, url: string) =>
  scanPage(parse(html), url, { parseHtml: (m) => parseHTML(m).document as unknown as Document }).verdict;

describe("the brand's password named as what a tool will not type in", () => {
  it('a password manager\'s sign-up saying it "does not auto-fill the brand\'s password" elsewhere stays clean', () => {
    const signup = page(
      '가입하기 | 키링',
      '<h1>쿠팡 유출 이후, 비밀번호 관리부터</h1><p>가짜 로그인 화면은 진짜와 똑같이 생겼습니다. 키링은 coupang.com이 아닌 주소에서는 쿠팡 비밀번호를 자동으로 채우지 않습니다.</p>' +
        '<form method="post" action="/join"><input type="email" placeholder="이메일"><input type="password" placeholder="마스터 비밀번호"><button>시작하기</button></form>',
    );
    expect(scan(signup, 'https://www.keyring-vault.example/join')).toBe('clean');
  });
  it('"enter the brand\'s password or the order is cancelled" over a password box stays caught', () => {
    const kit = page(
      '주문 확인',
      '<h1>주문 확인</h1><p>쿠팡 비밀번호를 입력하지 않으면 오늘 주문이 자동 취소됩니다.</p>' +
        '<form method="post" action="/ok"><input placeholder="아이디"><input type="password" placeholder="비밀번호"><button>확인</button></form>',
    );
    expect(scan(kit, 'https://order-check.example.top/')).toBe('suspicious-page');
  });
});

describe('a table of rows before a box is no label for it', () => {
  const rows =
    '<table><tr><th>검색어</th><th>조회수</th></tr><tr><td>쿠팡 계정 찾기</td><td>51,000</td></tr>' +
    '<tr><td>쿠팡 아이디 변경</td><td>22,400</td></tr><tr><td>쿠팡 탈퇴</td><td>40,100</td></tr></table>';
  it("a trends tool's table of search terms over its own sign-in gate stays clean", () => {
    const tool = page(
      '검색 트렌드: 쿠팡 | 트렌드랩',
      `<h1>검색 트렌드: 쿠팡</h1>${rows}<div class="gate"><p>더 보려면 로그인</p><input type="email" placeholder="이메일"><input type="password" placeholder="비밀번호"><button>로그인</button></div>`,
    );
    expect(scan(tool, 'https://app.trendlab.example/terms?q=쿠팡')).toBe('clean');
  });
  it("the same table on a page in the brand's name asking its login stays caught", () => {
    const kit = page(
      '쿠팡 계정 확인',
      `<h1>쿠팡 계정 확인</h1>${rows}<div class="gate"><p>쿠팡 아이디와 비밀번호를 입력하세요</p><input placeholder="쿠팡 아이디"><input type="password" placeholder="비밀번호"><button>확인</button></div>`,
    );
    expect(scan(kit, 'https://account-check.example.top/')).toBe('suspicious-page');
  });
});

describe('a company line that names a committee beside the firm', () => {
  const form =
    '<form method="post" action="/pay"><input placeholder="이름"><input type="tel" placeholder="휴대폰"><input placeholder="카드번호"><input placeholder="유효기간"><button>결제</button></form>';
  it('an expo\'s ticket page signed "○○ 운영위원회 · (주)firm", the brand among exhibitors, stays clean', () => {
    const expo = page(
      '물류 엑스포 2027 사전등록',
      `<h1>물류 엑스포 2027 사전등록</h1><p>연사: 쿠팡 로켓그로스 팀장, 물류 스타트업 대표들</p>${form}<footer>물류엑스포 운영위원회 · (주)한빛전시</footer>`,
    );
    expect(scan(expo, 'https://www.logiexpo.example/register')).toBe('clean');
  });
  it("a payout kit signed by a committee and a firm of a lure's name stays caught", () => {
    const kit = page(
      '쿠팡 피해 보상금 신청',
      `<h1>쿠팡 피해 보상금 신청</h1><p>쿠팡 개인정보 유출 피해 보상금을 카드로 돌려드립니다.</p>${form}<footer>피해구제 위원회 · (주)보상지원센터</footer>`,
    );
    expect(scan(kit, 'https://bosang-center.example.top/')).toBe('suspicious-page');
  });
});

describe("a shop's name with the market it serves after it", () => {
  const card =
    '<form method="post" action="/pay"><input placeholder="Name"><input placeholder="Card number"><input placeholder="MM/YY"><input placeholder="CVC"><button>Pay</button></form>';
  it('"結帳 | HANBITBEAUTY 台灣" over a footer "HANBITBEAUTY Taiwan" on its host, the brand in a note, stays clean', () => {
    const shop = page(
      '結帳 | HANBITBEAUTY 台灣',
      `<h1>結帳</h1>${card}<p>本店未在 Coupang 台灣 開設賣場。</p><footer>HANBITBEAUTY Taiwan</footer>`,
      'zh-TW',
    );
    expect(scan(shop, 'https://tw.hanbitbeauty.example/checkout')).toBe('clean');
  });
  it("the same checkout under the brand's copyright stays caught", () => {
    const kit = page(
      '結帳 | HANBITBEAUTY 台灣',
      `<h1>結帳</h1>${card}<p>Coupang 火箭配送，明天送達。</p><footer>© Coupang Corp. All rights reserved.</footer>`,
      'zh-TW',
    );
    expect(scan(kit, 'https://tw.hanbitbeauty.example/checkout')).toBe('suspicious-page');
  });
});

describe('a name of common words the host spells whole', () => {
  const wall =
    '<form method="post" action="/subscribe"><input type="email" placeholder="Email"><input placeholder="Card number"><input placeholder="CVC"><button>Subscribe</button></form>';
  it('"… — The Info" on theinfo.example with "The Info" in its footer stays clean', () => {
    const paper = page(
      "Inside Coupang's compensation plan — The Info",
      `<article><h1>Inside Coupang's compensation plan</h1><p>Coupang offered vouchers to every affected customer.</p></article>${wall}<footer>The Info</footer>`,
      'en',
    );
    expect(scan(paper, 'https://www.theinfo.example/2026/coupang')).toBe('clean');
  });
  it('"Coupang sign in — Account Verification" on a host of those words stays caught', () => {
    const kit = page(
      'Coupang sign in — Account Verification',
      '<h1>Coupang sign in</h1><form method="post" action="/v"><input type="email" placeholder="Coupang email"><input type="password" placeholder="Password"><button>Sign in</button></form><footer>Account Verification</footer>',
      'en',
    );
    expect(scan(kit, 'https://accountverification.example/')).toBe('suspicious-page');
  });
});
