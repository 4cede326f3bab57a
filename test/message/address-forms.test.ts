// Red team 33: a link written so that the message check cannot see it but a browser still opens it — read like the
// address bar reads it (full-width forms, ideographic full stops, invisible characters), spaced dots the message
// asks to join, a link past the read window, and a "search for it and take the ad" instruction with no link.
import { describe, expect, test } from 'vitest';
import { findLinks } from '../../lib/message/links';
import { check } from './helpers';

describe('links read as the browser reads an address', () => {
  test.each([
    ['주문 확인: cpang-orders｡net/a1 에서', 'cpang-orders｡net/a1', 'https://cpang-orders.net/a1'],
    ['지급 신청 → rocket-bonus。kr', 'rocket-bonus。kr', 'https://rocket-bonus.kr'],
    [
      '반품 접수 ｒｅｔｕｒｎ－ｃｐ．ｓｈｏｐ／ｋ 로',
      'ｒｅｔｕｒｎ－ｃｐ．ｓｈｏｐ／ｋ',
      'https://return-cp.shop/k',
    ],
    [
      '확인: https://wow-pass\u200b.c\u200bom/x',
      'https://wow-pass\u200b.c\u200bom/x',
      'https://wow-pass.com/x',
    ],
    ['배송지 수정 parcel-kr.in\u2060fo/z', 'parcel-kr.in\u2060fo/z', 'https://parcel-kr.info/z'],
  ])('%s', (text, written, url) => {
    expect(findLinks(text).map((l) => [l.text, l.url])).toEqual([[written, url]]);
  });

  test.each([
    '배송이 시작되었습니다。내일 도착 예정입니다.',
    '감사합니다。Happy holidays',
    '주문하신 상품：무선 이어폰 ２개',
    '할인율 １５．５％ 적용',
    '문의는 고객센터로\u200b 연락 주세요.',
  ])('no link in %s', (text) => {
    expect(findLinks(text)).toEqual([]);
  });

  test.each([
    ['[쿠팡] 보상금 지급 대상입니다. 신청: coupang-care。shop/a', 'scam'],
    ['[쿠팡] 환불 대상입니다. ｃｏｕｐａｎｇ－ｃａｒｅ．ｓｈｏｐ 에서 신청', 'scam'],
    ['[쿠팡] 환불 대상입니다. https://coupang-care.s\u200bhop 에서 신청', 'scam'],
  ])('a look-alike written so is caught: %s', (text, verdict) => {
    expect(check(text).verdict).toBe(verdict);
  });

  test('a full-width official address stays official, a CJK full stop ends a sentence', () => {
    const v = check('[쿠팡] 이번 주 특가。자세한 내용은 ｗｗｗ．ｃｏｕｐａｎｇ．ｃｏｍ 에서 확인하세요。');
    expect(v.verdict).toBe('clean');
    expect(v.links.map((l) => [l.text, l.verdict])).toEqual([['ｗｗｗ．ｃｏｕｐａｎｇ．ｃｏｍ', 'official']]);
  });
});

describe('a host written apart', () => {
  test.each([
    [
      '[쿠팡] 환불 접수: parcel-return . net/a (주소창에 공백 없이 입력하세요)',
      'https://parcel-return.net/a',
      'unofficial-link',
    ],
    ['쿠팡 고객님 보상 신청 gift-center 점 kr 붙여서 입력', 'https://gift-center.kr', 'unofficial-link'],
    ['[쿠팡] 보상금 지급. coupang-event . shop 에서 신청', 'https://coupang-event.shop', 'bad-link'],
    ['[쿠팡] 보상금 지급. coupang-event(.)shop 에서 신청', 'https://coupang-event.shop', 'bad-link'],
  ])('%s', (text, url, code) => {
    const v = check(text);
    expect(v.links.map((l) => l.url)).toEqual([url]);
    expect(v.reasons.map((r) => r.code)).toContain(code);
    expect(v.verdict).not.toBe('clean');
  });

  test.each([
    '[쿠팡] 주문하신 상품의 보상 . 감사합니다',
    '쿠팡 고객님, 리뷰 감사합니다 . 다음에도 이용해 주세요',
    'Visit our shop . com friends are welcome',
    '[쿠팡] 새 주소는 coupang . com 입니다',
  ])('stays a sentence: %s', (text) => {
    const v = check(text);
    expect(v.links.filter((l) => l.verdict !== 'official')).toEqual([]);
    expect(v.verdict).toBe('clean');
  });
});

describe('a long message is read at its start and its end', () => {
  const pad = (n: number) => '이번 주 인기 상품을 소개합니다. '.repeat(n);

  test('a link after the padding is found, and the result says how much of the middle was not read', () => {
    const text = `[쿠팡] 고객님 환불 안내입니다. ${pad(3_000)}\n환불 신청: https://cpang-refunds.top/k`;
    const v = check(text);
    expect(v.verdict).toBe('scam');
    expect(v.links.map((l) => l.url)).toEqual(['https://cpang-refunds.top/k']);
    expect(v.skipped).toBe(text.length - 20_000);
  });

  test('an honest long newsletter with its official link at the end stays clean', () => {
    const v = check(
      `쿠팡 이번 달 소식입니다. ${pad(3_000)}\n전체 보기: https://www.coupang.com/np/campaigns/7`,
    );
    expect(v.verdict).toBe('clean');
    expect(v.links.map((l) => l.verdict)).toEqual(['official']);
    expect(v.skipped).toBeGreaterThan(0);
  });

  test('a message within the window is read whole and says nothing about a cut', () => {
    expect(check(`쿠팡 소식 ${pad(100)}`).skipped).toBeUndefined();
  });
});

describe('"search for it and take the ad"', () => {
  test.each([
    '[쿠팡] 개인정보 유출 보상금 지급 대상입니다. 구글에서 "쿠팡 피해보상" 검색 후 맨 위 사이트에서 신청하세요.',
    '쿠팡 고객님, 미지급 환불금 수령 대상입니다. 검색창에 쿠팡환불센터를 치고 파워링크로 접속해 주세요.',
    '[Coupang] You are eligible for a refund. Search "coupang refund center" on Google and click the first ad.',
  ])('%s', (text) => {
    const v = check(text);
    expect(v.verdict).toBe('suspicious');
    expect(v.reasons.map((r) => r.code)).toContain('search-ad');
  });

  test.each([
    '[쿠팡] 와우 회원 전용 쿠폰 안내. 쿠팡 앱에서 "와우 쿠폰"을 검색해 받으세요.',
    '[쿠팡] 개인정보 유출 피해 보상금 지급 대상입니다. 쿠팡 앱에서 "보상금"을 검색해 첫 번째 배너에서 신청하세요.',
    '[쿠팡] 환불금 수령 대상입니다. 쿠팡 앱 검색창에 "환불"을 입력해 상단 안내에서 신청하세요.',
    '네이버에서 쿠팡 보상금을 검색하면 나오는 광고 사이트는 사기입니다. 절대 누르지 마세요.',
    '오늘 네이버에서 쿠팡 검색해서 첫번째 광고로 들어가 샀는데 싸네요',
  ])('stays clean: %s', (text) => {
    expect(check(text).verdict).toBe('clean');
  });
});
