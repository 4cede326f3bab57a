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
