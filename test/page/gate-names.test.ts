import { describe, expect, it } from 'vitest';
import { pageMayConcernBrand } from '../../lib/page/index';
import { parse } from './helpers';

/**
 * The hold's `risky` (guard.ts) reads the gate for the brand's names only: the gate itself opens on any field, so an
 * honest slow login whose scorer never comes would lose what was typed during the wait on every page with a box.
 */
describe('the gate, names only (red team 37)', () => {
  const login = (words: string) =>
    parse(`<html><head><title>회원 로그인</title></head><body><h1>${words}</h1>
<form><input type="password" name="pw"></form><p>비밀번호를 입력해 주세요.</p></body></html>`);
  it('a login with no name of the brand: the gate opens, the names-only reading does not', () => {
    const doc = login('동네 빵집');
    expect(pageMayConcernBrand(doc, 'https://bakery.example/login')).toBe(true);
    expect(
      pageMayConcernBrand(doc, 'https://bakery.example/login', undefined, undefined, undefined, true),
    ).toBe(false);
  });
  it('a login that names the brand (in its words, or its address): both open', () => {
    expect(
      pageMayConcernBrand(
        login('쿠팡 회원 확인'),
        'https://x.example/',
        undefined,
        undefined,
        undefined,
        true,
      ),
    ).toBe(true);
    expect(
      pageMayConcernBrand(
        login('회원 확인'),
        'https://coupang-member.example/',
        undefined,
        undefined,
        undefined,
        true,
      ),
    ).toBe(true);
  });
});
