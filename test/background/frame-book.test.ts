import { describe, expect, it } from 'vitest';
import { FrameBacklog, frameAsks, keepFrames, MAX_FRAMES, withFrame } from '../../lib/page/frame-book';
import { combineFrames, scanPage } from '../../lib/page/index';
import type { PageVerdict } from '../../lib/page/types';
import { parse } from '../page/helpers';

/**
 * What the background keeps of a tab's frames (lib/page/frame-book.ts, used by background page-warnings.ts).
 * Red team 31: a kit puts its claim in frames of their own and its ask in one more; the page makes as many
 * frames and as many messages as it likes. Verdicts here are the scorer's own, of pages written for this test.
 */
const doc = (title: string, body: string) =>
  `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const scan = (html: string, url = 'https://help-desk.example.test/f'): PageVerdict =>
  scanPage(parse(html), url);

/** A hidden frame claiming the brand, asking nothing. */
const BRAND_FRAME = scan(doc('쿠팡', '<h1>쿠팡 로켓배송</h1><p>쿠팡 와우 멤버십 회원 전용 혜택</p>'));
/** A frame that only asks: card number and the card's PIN digits, no name of anyone. */
const FORM_FRAME = scan(
  doc(
    '카드 확인',
    '<form action="/r" method="post"><label for="c">카드번호</label><input id="c" name="cardno" inputmode="numeric">' +
      '<label for="p">카드 비밀번호 앞 2자리</label><input id="p" name="cpw" type="password" maxlength="2"><button>확인</button></form>',
  ),
);
/** A partner-ad frame: names the brand as an affiliate (identity < 0: gives the pool no claim). */
const AD_FRAME = scan(
  doc(
    '추천 상품',
    '<p>이 포스팅은 쿠팡 파트너스 활동의 일환으로, 이에 따른 일정액의 수수료를 제공받습니다.</p><a href="https://link.coupang.com/a/x">쿠팡에서 보기</a>',
  ),
);
const TOP = scan(doc('주문 확인', '<p>결제가 두 번 승인되었습니다. 아래에서 카드를 확인해 주세요.</p>'));

const tab = (frames: Record<string, PageVerdict>) =>
  combineFrames(Object.entries(frames).map(([id, verdict]) => ({ frameId: Number(id), verdict })));

describe('the inputs are what they say', () => {
  it('claim alone, ask alone, partner ad: each clean on its own; claim + ask pooled: suspicious', () => {
    for (const v of [BRAND_FRAME, FORM_FRAME, AD_FRAME, TOP]) expect(v.verdict).toBe('clean');
    expect(BRAND_FRAME.reasons.some((r) => r.group === 'identity' && r.weight > 0)).toBe(true);
    expect(FORM_FRAME.reasons.some((r) => r.group === 'risk' && r.weight > 0)).toBe(true);
    expect(tab({ 0: TOP, 3: BRAND_FRAME, 9: FORM_FRAME }).verdict).toBe('suspicious-page');
  });
});

describe('keepFrames / withFrame: a page cannot buy the eviction of the frame that asks (r08)', () => {
  it('sixteen brand frames, then the form frame: the form frame stays and the tab is suspicious', () => {
    let frames: Record<string, PageVerdict> = { 0: TOP };
    for (let id = 1; id <= 16; id++) frames = withFrame(frames, id, BRAND_FRAME);
    frames = withFrame(frames, 40, FORM_FRAME);
    expect(Object.keys(frames)).toHaveLength(MAX_FRAMES);
    expect(frames).toHaveProperty('40');
    expect(frames).toHaveProperty('0');
    expect(tab(frames).verdict).toBe('suspicious-page');
  });

  it('the form frame first, then more brand frames than fit: it is never the one dropped', () => {
    let frames: Record<string, PageVerdict> = { 0: TOP, 2: FORM_FRAME };
    for (let id = 10; id < 60; id++) frames = withFrame(frames, id, BRAND_FRAME);
    expect(frames).toHaveProperty('2');
    expect(Object.keys(frames)).toHaveLength(MAX_FRAMES);
  });

  it('the other way round: many forms, one claim — the claim is kept', () => {
    let frames: Record<string, PageVerdict> = { 0: TOP, 5: BRAND_FRAME };
    // forms that ask more than the claim weighs: by score alone the claim would go
    const bigForm = { ...FORM_FRAME, score: BRAND_FRAME.score + 5 };
    for (let id = 20; id < 60; id++) frames = withFrame(frames, id, bigForm);
    expect(frames).toHaveProperty('5');
    expect(tab(frames).verdict).toBe('suspicious-page');
  });

  it('a frame that declares itself someone else (a partner ad) is not kept as the best claim', () => {
    const frames: Record<string, PageVerdict> = { 0: TOP };
    for (let id = 1; id <= 20; id++) frames[id] = AD_FRAME;
    frames[30] = { ...FORM_FRAME, score: 0.1 };
    const kept = keepFrames(frames, 4);
    expect(Object.keys(kept)).toEqual(['0', '1', '2', '30']);
    // sixteen partner ads and a password field: still clean (b06's shape)
    expect(tab(kept).verdict).toBe('clean');
  });

  it("a card frame that names itself (a gateway's footer) is still kept as the best ask (red team 35, class B)", () => {
    const namesItself: PageVerdict = {
      ...FORM_FRAME,
      score: 0.1,
      identity: -2,
      reasons: [{ code: 'context-other-site', weight: -2, group: 'identity' }, ...FORM_FRAME.reasons],
    };
    const frames: Record<string, PageVerdict> = { 0: TOP };
    for (let id = 1; id <= 20; id++) frames[id] = BRAND_FRAME;
    frames[30] = namesItself;
    const kept = keepFrames(frames, 4);
    expect(kept).toHaveProperty('30');
    expect(tab(kept).verdict).toBe('suspicious-page');
  });

  it('under the limit nothing changes; a sub-frame without evidence is forgotten, the top frame never', () => {
    const frames = { 0: TOP, 3: BRAND_FRAME };
    expect(keepFrames(frames)).toBe(frames);
    const clean: PageVerdict = { verdict: 'clean', score: 0, reasons: [] };
    expect(Object.keys(withFrame(frames, 3, clean))).toEqual(['0']);
    expect(Object.keys(withFrame({}, 0, clean))).toEqual(['0']);
  });

  it('evidence is cut short when kept', () => {
    const long: PageVerdict = {
      verdict: 'clean',
      score: 1,
      reasons: Array.from({ length: 50 }, () => ({ code: 'urgency', weight: 1, evidence: 'x'.repeat(500) })),
    };
    const kept = withFrame({}, 4, long)[4]!;
    expect(kept.reasons.length).toBeLessThanOrEqual(30);
    expect(kept.reasons[0]!.evidence!.length).toBeLessThanOrEqual(80);
  });
});

describe('FrameBacklog: verdicts over the rate wait, the latest per frame (r04)', () => {
  it('chattering frames cannot push out the one message of the frame that asks', () => {
    const b = new FrameBacklog<string>(MAX_FRAMES);
    const clean: PageVerdict = { verdict: 'clean', score: 0, reasons: [] };
    expect(b.park(1, 7, FORM_FRAME, 'form')).toBe(true);
    // twelve frames flipping a brand heading every 250 ms for ten seconds
    for (let t = 0; t < 40; t++)
      for (let id = 20; id < 32; id++) expect(b.park(1, id, t % 2 ? BRAND_FRAME : clean, 'x')).toBe(false);
    const waiting = b.take(1);
    expect(waiting.find((p) => p.frameId === 7)?.meta).toBe('form');
    // one entry per frame: its latest
    expect(waiting).toHaveLength(13);
    expect(waiting.find((p) => p.frameId === 20)?.verdict.score).toBe(BRAND_FRAME.score);
    expect(b.take(1)).toEqual([]);
    expect(b.park(1, 7, FORM_FRAME, 'again')).toBe(true);
  });

  it('more frames than fit: the best ask and the best claim stay; tabs are apart and forgettable', () => {
    const b = new FrameBacklog<number>(4, 2);
    b.park(1, 3, FORM_FRAME, 0);
    b.park(1, 4, BRAND_FRAME, 0);
    for (let id = 10; id < 30; id++) b.park(1, id, { ...BRAND_FRAME, score: 50 }, id);
    const ids = b.take(1).map((p) => p.frameId);
    expect(ids).toHaveLength(4);
    expect(ids).toContain(3);
    b.park(1, 1, FORM_FRAME, 0);
    b.park(2, 1, FORM_FRAME, 0);
    b.park(3, 1, FORM_FRAME, 0); // a third tab: the oldest goes (bounded)
    expect(b.has(1)).toBe(false);
    expect(b.has(3)).toBe(true);
    b.forget(3);
    expect(b.has(3)).toBe(false);
  });
});

describe('frameAsks: which sub-frame gets the top page read (r10)', () => {
  it('a frame with a secret field asks; a claim, a partner ad or lure words alone do not', () => {
    expect(frameAsks(FORM_FRAME)).toBe(true);
    expect(frameAsks(BRAND_FRAME)).toBe(false);
    expect(frameAsks(AD_FRAME)).toBe(false);
    expect(frameAsks({ verdict: 'clean', score: 1, reasons: [{ code: 'urgency', weight: 1 }] })).toBe(false);
    expect(frameAsks({ verdict: 'clean', score: 0, reasons: [{ code: 'asks-password', weight: 0 }] })).toBe(
      false,
    );
  });
});
