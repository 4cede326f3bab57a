import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { secretFieldWatcher } from '../../entrypoints/content/at-risk';
import { scanPage } from '../../lib/page/index';
import { URGENCY } from '../../lib/page/lexicon';
import { parse } from './helpers';

/**
 * Round page39 (tune-ak's false alarms), taken by class with pages written apart from the corpus: a firm's page for
 * its own staff that cites the brand's impersonation, a shop's note that the same item is sold on the brand's
 * market, a form laid out as a table (the second chance reads the row's header cell), and "판매자정보" read as
 * midnight. Next to each, the kit of the same shape that stays caught.
 */
const page = (title: string, body: string) =>
  `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const scan = (html: string, url: string) =>
  scanPage(parse(html), url, { parseHtml: (m) => parseHTML(m).document as unknown as Document });
const verdict = (html: string) => scan(html, 'https://intra.example/enroll').verdict;

describe("a firm's page for its own staff, citing the brand's impersonation", () => {
  const staff = (top: string, title: string, idBox: string) =>
    page(
      title,
      `<div>${top}</div><h2>직원 휴대폰 보안 앱 설치 안내</h2><p>요즘 쿠팡 사칭 문자가 직원 휴대폰에도 오고 있어 모든 직원에게 ` +
        `보안 앱 설치를 요청합니다. 앱은 회사 서버에서만 내려받으세요.</p>${idBox}` +
        '<input type="password" placeholder="그룹웨어 비밀번호"><a href="/dl/guard-2.1.apk">보안 앱 내려받기</a>',
    );

  it('leaves it clean when it asks the employee number under the name its title opens with', () => {
    for (const [top, title, box] of [
      ['대성물산 정보보호팀', '대성물산 직원 보안앱 등록', '<input placeholder="사원번호">'],
      ['누리테크 IT지원', '누리테크 모바일 보안 등록', '<input placeholder="사번 (8자리)">'],
      ['Hanbit Motors 보안실', 'Hanbit Motors 사내 앱 배포', '<label>Employee ID <input></label>'],
    ])
      expect(verdict(staff(top, title, box)), top).toBe('clean');
  });

  it("flags the same page when it asks the customer's phone instead of an employee number", () => {
    expect(
      verdict(staff('대성물산 정보보호팀', '대성물산 보안앱 등록', '<input placeholder="휴대폰 번호">')),
    ).toBe('suspicious-page');
  });

  it('flags it when the name atop is the brand, a desk or unlike the title', () => {
    for (const [top, title] of [
      ['쿠팡 정보보호팀', '쿠팡 임직원 보안앱 등록'],
      ['보안지원센터', '보안지원센터 보안앱 등록'],
      ['대성물산 정보보호팀', '모바일 보안앱 등록'],
    ])
      expect(verdict(staff(top, title, '<input placeholder="사번">')), top).toBe('suspicious-page');
  });

  it("flags it when the sentence offers the brand's payout", () => {
    const html = page(
      '대성물산 보상 안내',
      '<div>대성물산 정보보호팀</div><p>쿠팡 사칭 피해 보상금을 받으시려면 앱을 설치하세요.</p>' +
        '<input placeholder="사번"><input type="password" placeholder="비밀번호"><a href="/a.apk">설치</a>',
    );
    expect(verdict(html)).toBe('suspicious-page');
  });
});

describe("a shop's checkout noting the same item on the brand's market", () => {
  const checkout = (line: string) =>
    page(
      '이지페이 결제',
      `<h3>이지페이 결제창</h3><p>${line}</p><input placeholder="카드번호"><input placeholder="유효기간">` +
        '<input type="password" placeholder="카드 비밀번호 앞 2자리"><button>결제</button>',
    );

  it('leaves it clean', () => {
    for (const line of [
      '가맹점: 소담주방 · 상품: 무쇠 프라이팬 (쿠팡 동일상품) · 45,000원',
      '가맹점: 소담주방 · 무쇠 프라이팬, 쿠팡과 동일 제품 · 45,000원',
    ])
      expect(verdict(checkout(line)), line).toBe('clean');
  });

  it('flags the checkout that names the brand as the merchant', () => {
    for (const line of [
      '가맹점: 쿠팡 · 상품: 무쇠 프라이팬 · 45,000원',
      '쿠팡 주문 결제 · 무쇠 프라이팬 (쿠팡 동일상품) · 45,000원',
    ])
      expect(verdict(checkout(line)), line).toBe('suspicious-page');
  });
});

describe('the second chance reads a table row’s header cell as the box’s label', () => {
  const key = (target: Element): Event =>
    ({
      type: 'keydown',
      isTrusted: true,
      target,
      composedPath: () => [target],
      preventDefault() {},
      stopImmediatePropagation() {},
    }) as unknown as Event;
  const kindAt = (row: string) => {
    const d = parseHTML(page('t', `<table><tr>${row}</tr></table>`)).document as unknown as Document;
    const box = d.querySelector('input')!;
    // (a browser's box has its labels, empty here; linkedom's has none, read as a box drawn as a field)
    Object.defineProperty(box, 'labels', { value: [] });
    const kinds: string[] = [];
    secretFieldWatcher((kind) => (kinds.push(kind), false))(key(box));
    return kinds;
  };

  it("takes an API's secret key for what it is, not a person's password", () => {
    expect(kindAt('<th>Secret Key</th><td><input type="password"></td>')).toEqual([]);
    expect(kindAt('<td><input type="password"></td>')).toEqual(['password']);
  });

  it('still checks a password, or a card number, named so in the row', () => {
    expect(kindAt('<th>Wing 비밀번호</th><td><input type="password"></td>')).toEqual(['password']);
    expect(kindAt('<td>비밀번호</td><td><input type="password"></td>')).toEqual(['password']);
    expect(kindAt('<th>카드번호</th><td><input></td>')).toEqual(['card']);
  });

  it('keeps a box that names itself as it names itself', () => {
    expect(kindAt('<th>Secret Key</th><td><input type="password" placeholder="비밀번호"></td>')).toEqual([
      'password',
    ]);
  });
});

describe('"판매자정보" is no midnight', () => {
  it('reads a word ending in 자 before 정보, 정산, 정책 as that word', () => {
    for (const t of ['판매자정보', '사업자정산내역', '이용자정책']) expect(URGENCY.test(t), t).toBe(false);
  });
  it('still reads midnight', () => {
    for (const t of ['오늘자정까지', '자정이후', '자정보다먼저', '자정에만료'])
      expect(URGENCY.test(t), t).toBe(true);
  });
});
