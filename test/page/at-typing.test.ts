// page67: the second chance measured in Node as the browser meets it (lib/page/risk-time.ts `warnsAtTyping`): a
// page not flagged by itself is still warned when typing into one of its secret boxes would be held.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { judgeSavedPage } from '../../cli/page';
import { compileLists } from '../../lib/domain/index';
import { bundledList } from '../../lib/lists/bundled';
import { warnsAtTyping } from '../../lib/page/risk-time';
import type { PageVerdict } from '../../lib/page/types';
import { flaggedOrAtTyping } from './saved-set';

const lists = compileLists(bundledList);
const judge = (html: string, url = 'https://shop-helper.example/login') => {
  const { result } = judgeSavedPage(html, url, lists);
  return { result, ...flaggedOrAtTyping(html, result) };
};

describe('warnsAtTyping (the second chance, counted in Node)', () => {
  it('a page the verdict warns is warned whatever its boxes', () => {
    const v: PageVerdict = { verdict: 'suspicious-page', score: 9, reasons: [] };
    expect(warnsAtTyping(parseHTML('<p>x</p>').document as unknown as Document, v)).toBe(true);
  });

  it('a claim in the brand voice over a password box, below the page bar, is warned at typing', () => {
    const claim: PageVerdict = {
      verdict: 'clean',
      score: 4,
      reasons: [{ group: 'identity', code: 'brand-title', weight: 3, evidence: '쿠팡 로그인' }],
    };
    const doc = parseHTML('<form><label>비밀번호 <input type="password" name="pw"></label></form>').document;
    expect(warnsAtTyping(doc as unknown as Document, claim)).toBe(true);
    // the same claim over a search box only: nothing secret is typed
    const search = parseHTML('<form><input type="search" name="q" placeholder="검색"></form>').document;
    expect(warnsAtTyping(search as unknown as Document, claim)).toBe(false);
  });

  it('a box the page’s script makes (not in the saved markup) counts through the verdict’s ask', () => {
    const v: PageVerdict = {
      verdict: 'clean',
      score: 5,
      reasons: [
        { group: 'identity', code: 'brand-title', weight: 3, evidence: '쿠팡 카드 등록' },
        { group: 'risk', code: 'asks-card', weight: 4, evidence: 'card' },
      ],
    };
    expect(warnsAtTyping(parseHTML('<div id="app"></div>').document as unknown as Document, v)).toBe(true);
  });

  it('a page that never names the brand is not warned at typing', () => {
    const html =
      '<html><head><title>동네 공방 회원 로그인</title></head><body><h1>회원 로그인</h1>' +
      '<form><input name="id" placeholder="아이디"><input type="password" name="pw" placeholder="비밀번호">' +
      '<button>로그인</button></form></body></html>';
    const r = judge(html, 'https://craft-studio.example/login');
    expect(r.flagged).toBe(false);
    expect(r.typing).toBe(false);
  });
});
