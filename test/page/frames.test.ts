import { describe, expect, it } from 'vitest';
import { combineFrames, scanPage } from '../../lib/page/index';
import type { PageVerdict } from '../../lib/page/types';
import { fixtureHtml, fixturePages, parse } from './helpers';

/** A kit split over frames (issue #10, attack 5): the background judges the frames of a tab together. */
const F01 = fixtureHtml('fake/f01-login-clone-ko.html');
const URL_TOP = 'http://event-check.example.test/login';
const URL_FRAME = 'http://form-host.example.test/form';

const scan = (html: string, url = URL_TOP): PageVerdict => scanPage(parse(html), url);
/** f01 without its form: the brand claim alone. */
const CLAIM_ONLY = F01.replace(/<form[\s\S]*<\/form>/i, '');
/** A bare password form: the ask alone. */
const BARE_FORM =
  '<!doctype html><html><body><form action="/p"><input type="password" name="password" placeholder="비밀번호"></form></body></html>';

describe('combineFrames', () => {
  it('the claim in the top page and the password box in a frame: suspicious together, clean apart', () => {
    const top = scan(CLAIM_ONLY);
    const frame = scan(BARE_FORM, URL_FRAME);
    expect(top.verdict).toBe('clean');
    expect(frame.verdict).toBe('clean');
    const tab = combineFrames([
      { frameId: 0, verdict: top },
      { frameId: 7, verdict: frame },
    ]);
    expect(tab.verdict).toBe('suspicious-page');
    expect(tab.reasons.map((r) => r.code)).toContain('asks-password');
    expect(tab.brand).toBe('coupang');
  });

  it('the other way round: a password box in the top page, the claim in a frame', () => {
    const tab = combineFrames([
      { frameId: 0, verdict: scan(BARE_FORM) },
      { frameId: 3, verdict: scan(CLAIM_ONLY, URL_FRAME) },
    ]);
    expect(tab.verdict).toBe('suspicious-page');
  });

  it('a frame suspicious on its own makes the tab suspicious, whatever the top page declares', () => {
    const news = scan(fixtureHtml('benign/b01-news-breach-ko.html'), 'https://news.example.test/a/1');
    expect(news.verdict).toBe('clean');
    const tab = combineFrames([
      { frameId: 0, verdict: news },
      { frameId: 5, verdict: scan(F01, URL_FRAME) },
    ]);
    expect(tab.verdict).toBe('suspicious-page');
  });

  it('every benign fixture page stays clean with a password box in a frame beside it', () => {
    for (const page of fixturePages().filter((p) => p.expect === 'clean')) {
      const tab = combineFrames([
        { frameId: 0, verdict: scan(fixtureHtml(page.file), page.url) },
        { frameId: 2, verdict: scan(BARE_FORM, URL_FRAME) },
      ]);
      // the top page's own identity and context decide, as they do for a login box on the page itself
      expect(tab.verdict, page.file).toBe('clean');
    }
  });

  it('a sub-frame that names itself as another site brings no claim, and sub-frame context is ignored', () => {
    const top = scan(BARE_FORM);
    const affiliate: PageVerdict = {
      verdict: 'clean',
      score: 1,
      identity: -1,
      reasons: [
        { code: 'brand-logo', weight: 3, group: 'identity' },
        { code: 'context-affiliate', weight: -4, group: 'identity' },
      ],
    };
    expect(
      combineFrames([
        { frameId: 0, verdict: top },
        { frameId: 4, verdict: affiliate },
      ]).verdict,
    ).toBe('clean');
    const diluting: PageVerdict = {
      verdict: 'clean',
      score: 0,
      identity: 0,
      reasons: [{ code: 'context-article', weight: -2, group: 'identity' }],
    };
    const tab = combineFrames([
      { frameId: 0, verdict: scan(CLAIM_ONLY) },
      { frameId: 1, verdict: scan(BARE_FORM, URL_FRAME) },
      { frameId: 2, verdict: diluting },
    ]);
    expect(tab.verdict).toBe('suspicious-page');
  });

  describe('red team 35, class B: a frame that names itself keeps its asks in the pool, not its claims', () => {
    const doc = (title: string, body: string) =>
      `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
    const PG_URL = 'http://pay-window.example.test/card';
    const payFrame = () =>
      scan(
        doc(
          '카드 결제',
          `<form action="/auth" method="post"><label for="n">카드번호</label><input id="n" name="cardNo" ` +
            'autocomplete="cc-number" inputmode="numeric"><label for="e">유효기간</label><input id="e" name="exp" ' +
            'autocomplete="cc-exp"><button>결제하기</button></form><footer>© Hanbit Payments Co., Ltd. All rights reserved.</footer>',
        ),
        PG_URL,
      );
    /** A Coupang checkout on an unknown host: title, logo, copyright; the card form is in the frame. */
    const CHECKOUT = scan(
      doc(
        '쿠팡! 주문/결제',
        '<header><img src="https://image7.coupangcdn.com/image/coupang/common/logo_coupang_w350.png" alt="쿠팡"></header>' +
          `<h1>주문/결제</h1><p>받는 사람 홍길동 · 로켓배송 내일 도착</p><iframe src="${PG_URL}"></iframe>` +
          '<footer>©Coupang Corp. All rights reserved.</footer>',
      ),
      'http://order-pay.example.test/checkout',
    );
    /** An honest shop's checkout: it says its own name, claims nobody else's; the same gateway frame. */
    const SHOP = scan(
      doc(
        '꽃담 플라워 - 주문하기',
        `<header><strong>꽃담 플라워</strong></header><h1>주문하기</h1><p>장미 꽃다발 1개 · 내일 도착</p><iframe src="${PG_URL}"></iframe>` +
          '<footer>© 꽃담 플라워. 사업자등록번호 123-45-67890</footer>',
      ),
      'http://kkotdam.example.test/order',
    );

    it('the gateway frame names itself (identity < 0) and asks for the card; the checkout alone asks nothing', () => {
      const pg = payFrame();
      expect(pg.verdict).toBe('clean');
      expect(pg.identity).toBeLessThan(0);
      expect(pg.reasons.map((r) => r.code)).toContain('asks-card');
      expect(CHECKOUT.verdict).toBe('clean');
      expect(CHECKOUT.reasons.some((r) => r.code.startsWith('asks-'))).toBe(false);
    });

    it("a Coupang checkout with the gateway's card form in a frame is suspicious; its ask is in the pool", () => {
      const tab = combineFrames([
        { frameId: 0, verdict: CHECKOUT },
        { frameId: 4, verdict: payFrame() },
      ]);
      expect(tab.verdict).toBe('suspicious-page');
      expect(tab.reasons.map((r) => r.code)).toContain('asks-card');
      // the frame's own word on whose it is does not dilute the top page's claim
      expect(tab.reasons.map((r) => r.code)).not.toContain('context-other-site');
    });

    it("an honest shop's checkout with the very same frame stays clean", () => {
      expect(SHOP.verdict).toBe('clean');
      const tab = combineFrames([
        { frameId: 0, verdict: SHOP },
        { frameId: 4, verdict: payFrame() },
      ]);
      expect(tab.verdict).toBe('clean');
    });

    it("a frame that names itself brings none of its claims: a brand word in it does not make the shop's tab suspicious", () => {
      // (as a frame that mentions the brand once and names itself: identity 1 − 2)
      const plain = payFrame();
      const pg: PageVerdict = {
        ...plain,
        identity: -1,
        reasons: [{ code: 'brand-body-claim', weight: 1, group: 'identity' }, ...plain.reasons],
      };
      const tab = combineFrames([
        { frameId: 0, verdict: SHOP },
        { frameId: 4, verdict: pg },
      ]);
      expect(tab.verdict).toBe('clean');
      expect(tab.reasons.every((r) => !r.code.startsWith('brand-'))).toBe(true);
    });
  });

  it('no frames, or frames without evidence: clean', () => {
    expect(combineFrames([]).verdict).toBe('clean');
    expect(
      combineFrames([{ frameId: 3, verdict: { verdict: 'clean', score: 0, reasons: [] } }]).verdict,
    ).toBe('clean');
  });
});

describe('shadow roots', () => {
  /** A document with an empty host element and, beside it, the markup its shadow root would render. */
  const hosted = (inner: string) => {
    const doc = parse(
      `<!doctype html><html><head><title>쿠팡</title></head><body><div id="app"></div>` +
        `<template id="inner">${inner}</template></body></html>`,
    );
    const tpl = doc.getElementById('inner') as HTMLTemplateElement;
    const root = tpl.content ?? tpl;
    tpl.remove();
    const host = doc.getElementById('app')!;
    return { doc, shadowRootOf: (el: Element) => (el === host ? (root as unknown as ShadowRoot) : null) };
  };

  it('a fake login inside a (closed) shadow root is read through the accessor', () => {
    const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(F01)![1]!;
    const { doc, shadowRootOf } = hosted(body);
    expect(scanPage(doc, URL_TOP).verdict).toBe('clean');
    const v = scanPage(doc, URL_TOP, { shadowRootOf });
    expect(v.verdict).toBe('suspicious-page');
    expect(v.reasons.map((r) => r.code)).toContain('asks-password');
  });

  it('an accessor that throws or returns junk does not break the scan', () => {
    const doc = parse(F01);
    expect(
      scanPage(doc, URL_TOP, {
        shadowRootOf: () => {
          throw new Error('hostile');
        },
      }).verdict,
    ).toBe('clean'); // the scan fails closed to "clean" on a throwing accessor, as on any unreadable page
    expect(scanPage(doc, URL_TOP, { shadowRootOf: () => null }).verdict).toBe('suspicious-page');
  });
});

describe('large text nodes', () => {
  it('a 5 MB text node is read in bounded time and the page is still judged', () => {
    const doc = parse(F01);
    doc.body.insertBefore(doc.createTextNode(' '.repeat(5_000_000) + 'x'), doc.body.firstChild);
    const t0 = performance.now();
    const v = scanPage(doc, URL_TOP);
    expect(v.verdict).toBe('suspicious-page');
    expect(performance.now() - t0).toBeLessThan(2_000);
  });
});
