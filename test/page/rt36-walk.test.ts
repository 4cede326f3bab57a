import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { scanPage } from '../../lib/page/index';
import { collect, DEFAULT_LIMITS } from '../../lib/page/collect';

/**
 * rt36ab (red team 36, classes A and B): the walk read nothing past 400 levels, and spent its 50,000-element budget
 * in document order, so a clone under 420 wrappers, or after 50,000 empty elements, was not read at all. Written
 * apart from the red team's kits (the clone is our own fixture f01); each class has an honest twin that stays clean.
 */
const clone = (() => {
  const html = readFileSync(
    new URL('../fixtures/pages/fake/f01-login-clone-ko.html', import.meta.url),
    'utf8',
  );
  return /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)![1]!;
})();
const page = (title: string, body: string) =>
  `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const doc = (body: string, title = '로그인') => parseHTML(page(title, body)).document as unknown as Document;
/** n wrappers that draw no box around the markup */
const deep = (n: number, inner: string) =>
  '<div style="display:contents">'.repeat(n) + inner + '</div>'.repeat(n);
const URL_KIT = 'http://member-login.example.test/p';

const bookstoreLogin =
  '<header><h1>책마루 서점</h1></header><main><h2>회원 로그인</h2><form action="/login" method="post">' +
  '<label>아이디 <input name="id"></label><label>비밀번호 <input type="password" name="pw"></label>' +
  '<button>로그인</button></form><p>책마루 회원이시면 포인트 적립과 주문 조회를 하실 수 있습니다.</p></main>' +
  '<footer>© 책마루서점 · 사업자등록번호 220-81-55555 · 서울 마포구</footer>';

describe('a page deeper than the walk recurses is read all the same (class A)', () => {
  it('reads a login clone under 420 wrappers as it reads it at the top', () => {
    const flat = scanPage(doc(clone), URL_KIT);
    expect(flat.verdict).toBe('suspicious-page');
    const kit = scanPage(doc(deep(420, clone)), URL_KIT);
    expect(kit.verdict).toBe('suspicious-page');
    expect(kit.score).toBe(flat.score);
    // (and past twice the depth: the queued subtree queues its own deep part)
    expect(scanPage(doc(deep(900, clone)), URL_KIT).verdict).toBe('suspicious-page');
  });
  it('reads a call-only lure 420 levels deep', () => {
    const lure =
      '<h1>쿠팡</h1><h2>해외 결제 승인 안내</h2><p>고객님 명의로 1,290,000원 해외 결제가 승인되었습니다. ' +
      '본인이 결제하지 않으셨다면 지금 바로 고객센터로 전화해 취소해 주세요.</p>' +
      '<a href="tel:07012345678">070-1234-5678 결제 취소 문의</a><footer>© Coupang Corp. All rights reserved.</footer>';
    const flat = scanPage(doc(lure, '결제 승인 안내'), URL_KIT);
    const kit = scanPage(doc(deep(420, lure), '결제 승인 안내'), URL_KIT);
    expect(kit.score).toBe(flat.score);
    expect(kit.reasons.map((r) => r.code)).toEqual(flat.reasons.map((r) => r.code));
  });
  it('keeps an honest bookstore login in a 420-deep component tree clean', () => {
    const v = scanPage(doc(deep(420, bookstoreLogin), '책마루 로그인'), 'http://books.example.test/login');
    expect(v.verdict).toBe('clean');
    const f = collect(doc(deep(420, bookstoreLogin)));
    expect(f.fields.length).toBe(2);
  });
});

describe('elements a page puts first do not spend the budget on what it shows (class B)', () => {
  const filler = `<div style="position:absolute;width:0;height:0;overflow:hidden">${'<i></i>'.repeat(50_000)}</div>`;
  it('reads the clone after 50,000 empty elements', () => {
    const kit = scanPage(doc(filler + clone), URL_KIT);
    expect(kit.verdict).toBe('suspicious-page');
    const f = collect(doc(filler + clone));
    expect(f.fields.some((x) => x.type === 'password')).toBe(true);
    // (bounded: the regions read after the stop cost at most 10,000 more)
    expect(f.elements).toBeLessThanOrEqual(60_000);
  });
  it('keeps an honest catalogue of 50,000 elements with its login at the bottom clean', () => {
    const rows = Array.from(
      { length: 18_000 },
      (_, i) => `<li><a href="/book/${i}">소장자료 ${i}</a><span>청구기호 ${800 + (i % 100)}</span></li>`,
    ).join('');
    const body =
      '<header><h1>한솔시립도서관</h1></header><main><h2>소장자료 목록</h2><ul>' +
      rows +
      '</ul></main>' +
      bookstoreLogin.replace(/책마루 ?서점|책마루/g, '한솔시립도서관');
    const d = doc(body, '한솔시립도서관 소장자료');
    const f = collect(d);
    // (the walk stopped at its budget in the list, and the login after it was read)
    expect(f.elements).toBeGreaterThan(50_000);
    expect(f.fields.some((x) => x.type === 'password')).toBe(true);
    expect(scanPage(d, 'http://library.example.test/books').verdict).toBe('clean');
  });
  it('reads nothing more on a page the walk read whole', () => {
    const d = doc(clone);
    expect(collect(d).elements).toBe(collect(doc(clone)).elements);
    expect(collect(d, { ...DEFAULT_LIMITS, maxElements: 100_000 }).elements).toBe(collect(d).elements);
  });
});
