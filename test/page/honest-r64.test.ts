import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { scanPage } from '../../lib/page/index';
import { parse } from './helpers';
import { honestSet } from './saved-set';

/**
 * Round page64: honest pages nobody had seen, fifth round — kinds page56's, page59's, page61's and page63's sets did
 * not hold: third parties whose own service touches the brand and asks for honest data — job boards and recruiters
 * (the brand's postings, fulfilment and hub day jobs, Flex driver agencies with their own sign-up), card issuers' and
 * insurers' co-branded promos, stock quotes and portfolios on CPNG, payment gateways' and identity providers' windows
 * for many merchants, tax services for the brand's sellers, fulfilment firms' client logins, ad agencies and
 * affiliate networks, class-action sites with participant logins, coupon, cash-back and point exchanges, used-goods
 * listings of the brand's items, apartment apps' entrance pages that mention delivery riders, universities' and
 * firms' intranet notices on the leak behind their sign-in — in Korean, English, Chinese and Japanese, written for
 * this round in test/fixtures/pages-honest-r64/ and scored as `check --page` scores them. None may be flagged.
 * Below them, each class the set found, with kits of the same shape that stay caught.
 */
const DIR = new URL('../fixtures/pages-honest-r64/', import.meta.url);
// with the second chance counted, page67: 8 of them warned at the first key into a secret box
honestSet('page64 honest set', DIR, 100, 4);

const page = (title: string, body: string, lang = 'ko') =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const scan = (html: string, url: string) =>
  scanPage(parse(html), url, { parseHtml: (m) => parseHTML(m).document as unknown as Document }).verdict;

describe("a verifier's window naming the brand as the merchant, or its leak as one that does not touch the check", () => {
  const window = (line: string, extra = '', boxes = '') =>
    page(
      '휴대폰 본인확인',
      `<div class="pop"><h1>휴대폰 본인확인</h1><p>${line}</p>${extra}<select><option>SKT</option><option>KT</option><option>LG U+</option></select>` +
        `<input placeholder="이름"><input placeholder="생년월일 6자리"><input placeholder="휴대폰 번호"><button>인증번호 요청</button><input placeholder="인증번호"><button>확인</button>${boxes}</div>`,
    );
  const url = 'https://auth.mobilecert.example/hp/req?mid=m8812';
  it('"가맹점: 쿠팡이츠" as "요청하신 곳" is, stays clean', () => {
    expect(scan(window('모바일서트 | 가맹점: 쿠팡이츠'), url)).toBe('clean');
  });
  it('"요청한 곳: 쿠팡 파트너스" then "모바일서트는 쿠팡 개인정보 유출과 무관합니다" stays clean', () => {
    expect(
      scan(window('요청한 곳: 쿠팡 파트너스', '<p>모바일서트는 쿠팡 개인정보 유출과 무관합니다.</p>'), url),
    ).toBe('clean');
  });
  it('the same window taking a card stays caught', () => {
    const card = '<input placeholder="카드번호"><input placeholder="유효기간"><input placeholder="CVC">';
    expect(scan(window('모바일서트 | 가맹점: 쿠팡이츠', '', card), url)).toBe('suspicious-page');
    expect(
      scan(
        window('요청한 곳: 쿠팡 파트너스', '<p>모바일서트는 쿠팡 개인정보 유출과 무관합니다.</p>', card),
        url,
      ),
    ).toBe('suspicious-page');
  });
  it('the brand in the errand after the requester\'s own name ("이용기관: 플렉스로지스 (쿠팡플렉스 기사 등록)") stays clean', () => {
    expect(scan(window('이용기관: 플렉스로지스 (쿠팡플렉스 대리점 기사 등록)'), url)).toBe('clean');
  });
  it('the same errand on a window taking a card stays caught', () => {
    const card = '<input placeholder="카드번호"><input placeholder="유효기간"><input placeholder="CVC">';
    expect(scan(window('이용기관: 플렉스로지스 (쿠팡플렉스 대리점 기사 등록)', '', card), url)).toBe(
      'suspicious-page',
    );
  });
  it('the leak as an alarm on the account ("쿠팡 개인정보 유출로 계정이 정지되었습니다") stays caught', () => {
    expect(
      scan(
        window(
          '요청한 곳: 쿠팡 파트너스',
          '<p>쿠팡 개인정보 유출로 계정이 정지되었습니다. 본인확인 후 해제됩니다.</p>',
        ),
        url,
      ),
    ).toBe('suspicious-page');
  });
});

describe("a school's or an employer's sign-in by its own people's number under a title of its own", () => {
  const notice = (title: string, box: string, caption = '') =>
    page(
      title,
      `<main><h1>쿠팡 정보유출 관련 안내</h1><p>포털 계정과 쿠팡 계정에 같은 비밀번호를 쓴다면 지금 바꾸세요.</p>` +
        `<form method="post" action="/sso/login">${caption}<input placeholder="${box}"><input type="password" placeholder="비밀번호"><button>로그인</button></form></main>`,
    );
  const url = 'https://portal.hanbit.example/notice/security/12';
  it('"학번/사번" under "… - 한빛대 포털" stays clean', () => {
    expect(scan(notice('쿠팡 정보유출 관련 안내 - 한빛대 포털', '학번/사번'), url)).toBe('clean');
  });
  it('"사원번호" under "… | 누리상사 그룹웨어" stays clean', () => {
    expect(scan(notice('쿠팡 정보유출 관련 안내 | 누리상사 그룹웨어', '사원번호'), url)).toBe('clean');
  });
  it('the brand\'s staff login ("쿠팡 임직원 로그인" over "사번") stays caught', () => {
    expect(
      scan(notice('쿠팡 정보유출 관련 안내 - 한빛대 포털', '사번', '<p>쿠팡 임직원 로그인</p>'), url),
    ).toBe('suspicious-page');
  });
  it('a title whose site is the brand ("… - 쿠팡 임직원 포털") stays caught', () => {
    expect(scan(notice('정보유출 관련 안내 - 쿠팡 임직원 포털', '사번'), url)).toBe('suspicious-page');
  });
  it('a bare "아이디" under the same title stays caught', () => {
    expect(scan(notice('쿠팡 정보유출 관련 안내 - 한빛대 포털', '아이디'), url)).toBe('suspicious-page');
  });
});

describe("a box that names itself under a line about the brand's API key", () => {
  const tool = (box: string, line: string) =>
    page(
      '주문모아 로그인',
      `<main><p>${line}</p><form method="post" action="/login"><input placeholder="${box}"><input placeholder="아이디"><input type="password" placeholder="비밀번호"><button>로그인</button></form></main>`,
    );
  const url = 'https://oms.jumunmoa.example/login';
  it('"도메인" under "쿠팡 Wing API 키 등록은 로그인 후 설정에서 하세요" stays clean', () => {
    expect(scan(tool('도메인', '쿠팡 Wing API 키 등록은 로그인 후 설정에서 하세요.'), url)).toBe('clean');
  });
  it('a tenant\'s "회사코드" under "쿠팡 OPEN API Access Key와 Secret Key는 로그인 후 등록합니다" stays clean', () => {
    expect(scan(tool('회사코드', '쿠팡 OPEN API Access Key와 Secret Key는 로그인 후 등록합니다.'), url)).toBe(
      'clean',
    );
  });
  it('a box of no words of its own under "쿠팡 Wing Secret Key" stays caught', () => {
    expect(scan(tool('', '쿠팡 Wing Secret Key'), url)).toBe('suspicious-page');
  });
  it('a box saying "입력" or "코드" under the same line stays caught', () => {
    expect(scan(tool('입력', '쿠팡 Wing Secret Key'), url)).toBe('suspicious-page');
    expect(scan(tool('코드', '쿠팡 Wing Secret Key'), url)).toBe('suspicious-page');
    expect(scan(tool('업체코드', '쿠팡 Wing Secret Key'), url)).toBe('suspicious-page');
  });
});
