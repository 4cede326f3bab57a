// What the message check finds in a text: links, numbers, whom it speaks for, and the advice it carries.
import { describe, expect, test } from 'vitest';
import { findLinks } from '../../lib/message/links';
import { findNumbers } from '../../lib/message/phones';
import { check } from './helpers';

describe('links', () => {
  test.each([
    ['확인: https://coupa.ng/bZx12 입니다', ['https://coupa.ng/bZx12']],
    ['▶ cpang-care.top/claim', ['cpang-care.top/claim']],
    ['쿠팡환불센터.com 에서 신청', ['쿠팡환불센터.com']],
    ['확인coupang-pay-error.com에서재결제바랍니다', ['coupang-pay-error.com']],
    ['Wing(https://wing.coupang.com)에서 확인', ['https://wing.coupang.com']],
    ['https://couрa.ng/xz81 (주소 확인)', ['https://couрa.ng/xz81']],
    ['Claim at https://coupang-claims.help/kr.', ['https://coupang-claims.help/kr']],
    ['hxxps://coupang-event.top/x 로', ['hxxps://coupang-event.top/x']],
  ])('%s', (text, links) => {
    expect(findLinks(text).map((l) => l.text)).toEqual(links);
  });

  test.each(['no_reply@coupang.com 으로 보냈습니다', '1.5배 할인', '설명서.pdf 참고', '23.800원', '12.5kg'])(
    'no link in %s',
    (text) => {
      expect(findLinks(text)).toEqual([]);
    },
  );

  test('a link without a scheme is judged as https, and a shortener is named, not opened', () => {
    const v = check('[쿠팡] 환불 신청 bit.ly/3xCp9Qz');
    expect(v.links).toMatchObject([
      { text: 'bit.ly/3xCp9Qz', url: 'https://bit.ly/3xCp9Qz', verdict: 'shortener' },
    ]);
    expect(v.reasons.map((r) => r.code)).toContain('shortened-link');
  });
});

describe('numbers', () => {
  test.each([
    ['1577-7011로 연락', ['1577-7011']],
    ['문의 1588 4192', ['1588-4192']],
    ['15447011', ['1544-7011']],
    ['02-3480-2913 으로', ['02-3480-2913']],
    ['+82 2-6951-3301 immediately', ['02-6951-3301']],
    ['+82-10-1234-5678', ['010-1234-5678']],
    ['01055218830', ['010-5521-8830']],
    ['0507-1243-3390', ['0507-1243-3390']],
    ['1566-0112 로 전화', ['1566-0112']],
    ['피해 시 112 신고', ['112']],
  ])('%s', (text, numbers) => {
    expect(findNumbers(text).map((n) => n.number)).toEqual(numbers);
  });

  test.each(['2025-12-07 14:22', '주문번호 31000123456789', '결제 1,290,000원', '12/08 14:22'])(
    'no number in %s',
    (text) => {
      expect(findNumbers(text)).toEqual([]);
    },
  );

  test("Coupang's own lines, report lines, opt-out and relay numbers are told apart", () => {
    const v = check(
      '쿠팡 1577-7011, 쿠팡이츠 1670-9827, 신고 118, 무료수신거부 080-555-8888, 안심번호 0507-1243-3390, 1544-0000',
    );
    expect(v.numbers.map((n) => [n.number, n.verdict])).toEqual([
      ['1577-7011', 'official'],
      ['1670-9827', 'official'],
      ['118', 'report'],
      ['080-555-8888', 'opt-out'],
      ['0507-1243-3390', 'relay'],
      ['1544-0000', 'other'],
    ]);
    expect(v.numbers[1]).toMatchObject({ line: 'eats' });
  });
});

describe('verdicts', () => {
  test("a text in Coupang's name with a number that is not Coupang's: call the real centre instead", () => {
    const v = check('[쿠팡] 해외결제 승인 459,000원. 본인이 아닐 경우 1544-9921 로 문의바랍니다');
    expect(v.verdict).toBe('scam');
    expect(v.speaksAsBrand).toBe(true);
    expect(v.brand).toBe('coupang');
    expect(v.callInstead).toBe('1577-7011');
    expect(v.reasons.map((r) => r.code)).toEqual(
      expect.arrayContaining(['unofficial-number', 'speaks-as-brand', 'lure-payment']),
    );
  });

  test('a callback text with no link and no brand is still the classic scam', () => {
    expect(
      check(
        '고객님 명의로 신청하신 카드가 발송되었습니다. 본인이 신청하지 않았다면 1544-0987로 연락 바랍니다.',
      ).verdict,
    ).toBe('scam');
  });

  test('Coupang never asks for an app install, even from its own number', () => {
    const v = check('[쿠팡] 보안 강화를 위해 쿠팡 보안앱을 설치해 주세요. 문의 1577-7011');
    expect(v.verdict).toBe('scam');
    expect(v.reasons.map((r) => r.code)).toContain('never-from-brand');
  });

  test("Coupang's own notice that it never asks for app installs stays calm", () => {
    expect(
      check('[쿠팡] 쿠팡은 문자나 전화로 앱 설치를 요구하지 않습니다. 고객센터(1577-7011)로 확인하세요.')
        .verdict,
    ).toBe('clean');
  });

  test('the brand spaced out or in full-width letters is still the brand', () => {
    expect(check('쿠 팡 고 객 님, 피해액 환급 신청 han.gl/kWpQz').brand).toBe('coupang');
    expect(check('ＣＯＵＰＡＮＧ 고객님 환불 신청 refund-help.top').brand).toBe('coupang');
  });

  test('a look-alike link alone makes a scam', () => {
    const v = check('주문 확인: https://www.cоupang.com/order/8812');
    expect(v.verdict).toBe('scam');
    expect(v.links[0]).toMatchObject({ verdict: 'lookalike' });
  });
});

describe('hostile input', () => {
  test('empty, huge and odd input is judged without throwing', () => {
    expect(check('').verdict).toBe('clean');
    expect(check(undefined as unknown as string).verdict).toBe('clean');
    const huge = '쿠팡 '.repeat(50_000) + 'coupang-refund.com';
    const started = performance.now();
    const v = check(huge);
    expect(performance.now() - started).toBeLessThan(5_000);
    // the end of a long text is read too (red team 33 m06): the link after the padding is found, the middle cut
    expect(v.links.map((l) => l.verdict)).toEqual(['lookalike']);
    expect(v.skipped).toBeGreaterThan(0);
    expect(check('\u202e\u200b[쿠팡]\u0000 https://\u0000x').verdict).toBeDefined();
    expect(check('a.'.repeat(5_000) + 'com').links.length).toBeLessThanOrEqual(1);
  });
});

// Classes of the second author's corpus (test/fixtures/messages-b), each with the counter-case that decides it.
describe('second-round classes', () => {
  test('a number spaced out around its hyphen is still a number', () => {
    expect(findNumbers('보상 대상 확인 ☎ 1544 - 0937').map((n) => n.number)).toEqual(['1544-0937']);
    expect(findNumbers('계좌 123 - 45').map((n) => n.number)).toEqual([]);
  });

  test('"if it was not your application, call the centre" with an unknown number is a callback scam', () => {
    expect(
      check('[Web발신]\n○○카드(1*3*) 발급 완료 배송예정\n본인 신청이 아닐시 고객센터 02-6111-2222').verdict,
    ).toBe('scam');
    // the same topic without a number to call asks nothing
    expect(check('○○카드 발급이 완료되었습니다. 앱에서 확인하세요.').verdict).toBe('clean');
  });

  test("a text in Coupang's name that gives another number to 'check' is at least suspicious", () => {
    expect(check('쿠팡 고객님 결제 관련 확인 필요 1661-0000').verdict).not.toBe('clean');
    expect(check('쿠팡 고객님 결제 관련 확인은 1577-7011').verdict).toBe('clean');
  });

  test('a messenger ID to add moves the conversation off the record', () => {
    const v = check('쿠팡 리뷰어 알바 모집중입니다. 참여 희망하시면 카톡 ID cpjob99 추가 바랍니다');
    expect(v.verdict).toBe('scam');
    expect(v.reasons).toContainEqual({ code: 'messenger-link', match: '카톡 ID cpjob99' });
    expect(check('쿠팡 로켓배송으로 주문한 책 받았어! 라인 친구한테도 알려줄게').verdict).toBe('clean');
  });

  test('a family member on a "new phone" asking for a code is a scam without any link or number', () => {
    expect(check('엄마 나 폰 액정 깨져서 수리 맡겼어\n쿠팡 결제하게 인증번호 오면 알려줘').verdict).toBe(
      'scam',
    );
    expect(check('엄마 나 폰 액정 깨져서 수리 맡겼어. 저녁에 집 전화로 할게').verdict).toBe('clean');
  });

  test('a forwarded warning that quotes a scam is suspicious, not called a scam; a known-bad link stays a scam', () => {
    expect(
      check('조심하세요 이런 문자 왔어요 "쿠팡 피해보상 신청하세요 bit.ly/abc" 절대 누르지 마세요').verdict,
    ).toBe('suspicious');
    expect(check('스미싱 주의! [쿠팡] 피해보상 신청: coupang-bosang.top').verdict).toBe('scam');
  });
});
