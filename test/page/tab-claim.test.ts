import { describe, expect, it } from 'vitest';
import { scanPage, tabClaim, warnAtRisk, warnAtRiskInTab, withTabClaim } from '../../lib/page/index';
import type { PageReason, PageVerdict } from '../../lib/page/types';
import { parse } from './helpers';

/** Red team 35, class A: the claim in one frame, the secret box in another; the box's frame judges with the tab. */
const TOP = 'http://member-care.example.test/p';
const FRAME = 'http://box-host.example.test/f';
const scan = (html: string, url: string): PageVerdict => scanPage(parse(html), url);
const page = (body: string) =>
  `<!doctype html><html><head><title>회원 확인</title></head><body>${body}</body></html>`;
/** one sentence in the brand's voice: below the page warning's bar, enough for the second chance */
const CLAIM = page(
  '<h1>회원 정보 확인</h1><p>쿠팡 회원님, 로켓배송 주문 확인을 위해 쿠팡 계정 비밀번호를 다시 입력해 주세요.</p>',
);
const BOX = page(
  '<form><label>비밀번호 <input type="password" name="pw"></label><button>확인</button></form>',
);
const both = page(
  '<h1>회원 정보 확인</h1><p>쿠팡 회원님, 로켓배송 주문 확인을 위해 쿠팡 계정 비밀번호를 다시 입력해 주세요.</p>' +
    '<form><label>비밀번호 <input type="password" name="pw"></label><button>확인</button></form>',
);

const id = (code: string, weight: number): PageReason => ({ code, weight, group: 'identity' }) as PageReason;
const verdict = (reasons: PageReason[], identity?: number): PageVerdict => ({
  verdict: 'clean',
  score: 0,
  reasons,
  identity: identity ?? reasons.filter((r) => r.group === 'identity').reduce((n, r) => n + r.weight, 0),
});

describe('the second chance across frames (tab-claim.ts)', () => {
  it('the control: claim and box in one document hold the box; split, neither frame holds alone', () => {
    expect(warnAtRisk(scan(both, TOP), 'password')).toBe(true);
    expect(warnAtRisk(scan(BOX, FRAME), 'password')).toBe(false);
  });

  it('the claim in the top page, the box in a sub-frame: the sub-frame holds with the tab claim', () => {
    const frames = [
      { frameId: 0, verdict: scan(CLAIM, TOP) },
      { frameId: 5, verdict: scan(BOX, FRAME) },
    ];
    const claim = tabClaim(frames, 5);
    expect(claim.some((r) => r.weight > 0)).toBe(true);
    expect(warnAtRiskInTab(frames[1]!.verdict, claim, 'password', false)).toBe(true);
    // a phone box is no secret
    expect(warnAtRiskInTab(frames[1]!.verdict, claim, 'phone', false)).toBe(false);
  });

  it('the other way round: the claim in a sub-frame, the box in the top page', () => {
    const frames = [
      { frameId: 0, verdict: scan(BOX, TOP) },
      { frameId: 3, verdict: scan(CLAIM, FRAME) },
    ];
    expect(warnAtRiskInTab(frames[0]!.verdict, tabClaim(frames, 0), 'password', true)).toBe(true);
  });

  it('a sub-frame whose own identity nets 0 or less (a partners ad beside an honest login) claims nothing', () => {
    const ad = verdict([
      id('brand-service-words', 1),
      id('brand-body-claim', 1.5),
      id('context-affiliate', -2.5),
    ]);
    const frames = [
      { frameId: 0, verdict: scan(BOX, TOP) },
      { frameId: 9, verdict: ad },
    ];
    expect(tabClaim(frames, 0)).toEqual([]);
    expect(warnAtRiskInTab(frames[0]!.verdict, [], 'password', true)).toBe(false);
  });

  it('a sub-frame that says it is someone else’s page claims nothing, even with a positive net identity', () => {
    const other = verdict([id('brand-body-claim', 3), id('context-other-site', -1)]);
    expect(tabClaim([{ frameId: 4, verdict: other }], 0)).toEqual([]);
  });

  it('the top page decides whose page it is: its context travels with its claim', () => {
    const news = verdict([id('brand-body-claim', 2), id('brand-heading', 1.5), id('context-article', -2)]);
    const frames = [
      { frameId: 0, verdict: news },
      { frameId: 2, verdict: scan(BOX, FRAME) },
    ];
    const claim = tabClaim(frames, 2);
    expect(claim.map((r) => r.code)).toContain('context-article');
    expect(warnAtRiskInTab(frames[1]!.verdict, claim, 'password', false)).toBe(false);
  });

  it('a sub-frame naming its own company does not cancel the top page’s claim (the top decides)', () => {
    const pg = { ...scan(BOX, FRAME), reasons: [...scan(BOX, FRAME).reasons, id('context-other-site', -2)] };
    const frames = [
      { frameId: 0, verdict: scan(CLAIM, TOP) },
      { frameId: 6, verdict: pg },
    ];
    expect(warnAtRiskInTab(pg, tabClaim(frames, 6), 'password', false)).toBe(true);
    // with nothing claimed elsewhere the frame is judged as it is
    expect(withTabClaim(pg, [], false)).toBe(pg);
  });

  it('a top page naming its own company keeps its word against a sub-frame’s claim', () => {
    const top = { ...scan(BOX, TOP), reasons: [...scan(BOX, TOP).reasons, id('context-other-site', -2)] };
    const frames = [
      { frameId: 0, verdict: top },
      { frameId: 3, verdict: scan(CLAIM, FRAME) },
    ];
    expect(warnAtRiskInTab(top, tabClaim(frames, 0), 'password', true)).toBe(false);
  });

  it('the asking frame’s own reasons are not counted twice as the tab’s', () => {
    const frames = [{ frameId: 0, verdict: scan(CLAIM, TOP) }];
    expect(tabClaim(frames, 0)).toEqual([]);
  });
});
