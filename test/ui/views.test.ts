import { describe, expect, it, vi } from 'vitest';
import { parseHTML } from 'linkedom';
import { readFileSync } from 'node:fs';
import type { DomainVerdict } from '../../lib/domain/types';
import type { TabStateReply, VerifiedWarningReply } from '../../lib/messages/ui';
import { translatorFor } from '../../lib/ui/i18n';
import type { ViewContext } from '../../lib/ui/view-context';
import { popupView } from '../../lib/ui/view-popup';
import { warningView, type WarningActions } from '../../lib/ui/view-warning';
import { bundledList } from '../../lib/lists/bundled';

const messages = (lang: string) =>
  JSON.parse(readFileSync(new URL(`../../public/_locales/${lang}/messages.json`, import.meta.url), 'utf8'));

function context(lang: 'ko' | 'en'): ViewContext {
  const { document } = parseHTML('<!doctype html><html><body><div id="app"></div></body></html>');
  return {
    doc: document as unknown as Document,
    t: translatorFor(messages(lang)),
    locale: lang,
    now: () => 1_800_000_000_000,
  };
}

const HOSTILE = '<img src=x onerror=alert(1)>';
const brand = {
  id: 'coupang',
  latin: 'Coupang',
  hangul: '쿠팡',
  home: 'https://www.coupang.com/',
  officialDomain: 'coupang.com',
};

const homoglyph: DomainVerdict = {
  input: 'https://xn--coupng-3ve.com/login',
  verdict: 'lookalike',
  hostname: 'xn--coupng-3ve.com',
  unicodeHostname: 'coupаng.com', // Cyrillic а at index 4
  registrableDomain: 'xn--coupng-3ve.com',
  brand: { id: 'coupang', name: 'Coupang', home: 'https://www.coupang.com/', officialDomain: 'coupang.com' },
  reasons: [
    {
      code: 'homoglyph',
      brand: 'coupang',
      match: 'coupаng',
      swaps: [{ index: 4, found: 'а', imitates: 'a', codePoint: 'U+0430' }],
    },
  ],
};

function warningReply(over: Partial<VerifiedWarningReply> = {}): VerifiedWarningReply {
  return {
    ticket: 'AAAAAAAAAAAAAAAAAAAAAA',
    url: homoglyph.input,
    kind: 'lookalike',
    domain: homoglyph,
    page: null,
    brand,
    allowContinue: true,
    allowanceMinutes: 60,
    allowedUntil: null,
    contacts: bundledList.contacts,
    reportConfigured: false,
    backSteps: 1,
    ...over,
  };
}

function actions(): WarningActions & Record<string, ReturnType<typeof vi.fn>> {
  return {
    goBack: vi.fn(),
    goOfficial: vi.fn(),
    open: vi.fn(),
    report: vi.fn(async () => ({
      report: { url: HOSTILE, verdict: 'lookalike' },
      sent: 'not-configured' as const,
    })),
    continueAnyway: vi.fn(async () => ({ ok: false as const, refused: 'policy' as const })),
    copy: vi.fn(async () => true),
  };
}

describe('warning view', () => {
  it('names the imitated brand, shows Unicode and punycode, marks the look-alike letter', () => {
    const ctx = context('ko');
    const { root, focus } = warningView(ctx, warningReply(), actions());
    const text = root.textContent ?? '';
    expect(root.querySelector('h1')?.textContent).toBe('쿠팡 공식 사이트가 아닙니다');
    expect(text).toContain('찾으시는 곳이 coupang.com인가요?');
    expect(text).toContain('xn--coupng-3ve.com');
    const marks = [...root.querySelectorAll('mark.lookalike')];
    expect(marks.map((m) => m.textContent)).toEqual(['а']);
    expect(text).toContain('U+0430');
    // the real owner is never shown in its look-alike Unicode form
    expect(root.querySelector('.owner')?.textContent).toBe('xn--coupng-3ve.com');
    expect(root.querySelector('[role="alert"] h1')).not.toBeNull();
    expect(focus.getAttribute('data-action')).toBe('back');
    expect(root.querySelector('[data-action]')?.getAttribute('data-action')).toBe('back');
    expect(root.querySelector('.reasons li')?.textContent).toContain('쿠팡');
  });

  it('blocked sites get the blocked tone, without "did you mean"', () => {
    const ctx = context('en');
    const v: DomainVerdict = { ...homoglyph, verdict: 'blocked', reasons: [{ code: 'blocklist' }] };
    const { root } = warningView(ctx, warningReply({ kind: 'blocked', domain: v }), actions());
    expect(root.querySelector('h1')?.textContent).toBe('This site has been reported as a scam');
    expect(root.textContent).not.toContain('Did you mean');
    expect(root.querySelector('[data-action="official"]')?.textContent).toBe('Go to the real Coupang');
  });

  it('a fake page found by the page guard: its own title, the page reasons, evidence only as text', () => {
    const ctx = context('ko');
    const unknown: DomainVerdict = {
      input: 'http://cpg-member.xyz/login',
      verdict: 'unknown',
      hostname: 'cpg-member.xyz',
      unicodeHostname: 'cpg-member.xyz',
      registrableDomain: 'cpg-member.xyz',
      reasons: [],
    } as unknown as DomainVerdict;
    const page = {
      verdict: 'suspicious-page' as const,
      score: 9,
      brand: 'coupang',
      reasons: [
        { code: 'brand-logo' as const, weight: 3, group: 'identity' as const, evidence: HOSTILE },
        { code: 'asks-password' as const, weight: 3, group: 'risk' as const },
        { code: 'context-article' as const, weight: -2, group: 'identity' as const },
      ],
    };
    const { root, focus } = warningView(
      ctx,
      warningReply({ kind: 'suspicious-page', domain: unknown, page, url: unknown.input }),
      actions(),
    );
    expect(root.getAttribute('data-kind')).toBe('suspicious-page');
    expect(root.querySelector('h1')?.textContent).toBe('쿠팡 사칭이 의심되는 페이지입니다');
    const codes = [...root.querySelectorAll('.reasons li')].map((li) => li.getAttribute('data-code'));
    expect(codes).toEqual(['brand-logo', 'asks-password']);
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('[data-action="continue"]')).not.toBeNull();
    expect(focus.getAttribute('data-action')).toBe('back');
  });

  it('continue anyway sits in a closed disclosure, and is replaced by a note when policy forbids it', () => {
    const open = warningView(context('en'), warningReply(), actions()).root;
    const details = open.querySelector('details.more');
    expect(details?.hasAttribute('open')).toBe(false);
    expect(details?.querySelector('[data-action="continue"]')).not.toBeNull();
    const closed = warningView(context('en'), warningReply({ allowContinue: false }), actions()).root;
    expect(closed.querySelector('[data-action="continue"]')).toBeNull();
    expect(closed.querySelector('[data-continue="forbidden"]')?.textContent).toContain('policy');
  });

  it('renders hostile hostnames and report text as text, never as markup', async () => {
    const ctx = context('en');
    const v: DomainVerdict = {
      ...homoglyph,
      unicodeHostname: HOSTILE,
      hostname: HOSTILE,
      registrableDomain: HOSTILE,
    };
    const a = actions();
    const { root } = warningView(ctx, warningReply({ domain: v }), a);
    expect(root.querySelector('img')).toBeNull();
    expect(root.textContent).toContain(HOSTILE);
    (root.querySelector('[data-action="report"]') as HTMLElement).dispatchEvent(
      new (ctx.doc.defaultView as unknown as typeof globalThis).Event('click'),
    );
    await vi.waitFor(() => expect(root.querySelector('textarea')).not.toBeNull());
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('textarea')?.textContent).toContain(HOSTILE);
    expect(root.querySelector('.report-sent')?.getAttribute('data-sent')).toBe('not-configured');
  });

  it('buttons call their actions', () => {
    const ctx = context('en');
    const a = actions();
    const { root } = warningView(ctx, warningReply(), a);
    const click = (sel: string) =>
      (root.querySelector(sel) as HTMLElement).dispatchEvent(
        new (ctx.doc.defaultView as unknown as typeof globalThis).Event('click'),
      );
    click('[data-action="back"]');
    click('[data-action="official"]');
    click('[data-action="continue"]');
    expect(a.goBack).toHaveBeenCalledOnce();
    expect(a.goOfficial).toHaveBeenCalledWith('https://www.coupang.com/');
    expect(a.continueAnyway).toHaveBeenCalledOnce();
  });

  it('shows the advice with the numbers from the list data', () => {
    const { root } = warningView(context('ko'), warningReply(), actions());
    const advice = root.querySelector('.advice')?.textContent ?? '';
    expect(advice).toContain(bundledList.contacts.customerCentre);
    for (const r of bundledList.contacts.report) expect(advice).toContain(r.number);
    expect(advice).toContain('공동현관');
  });
});

describe('popup view', () => {
  const base: TabStateReply = {
    tabId: 7,
    url: 'http://fake.example/',
    kind: 'suspicious-page',
    domain: {
      input: 'http://fake.example/',
      verdict: 'unknown',
      hostname: 'fake.example',
      unicodeHostname: 'fake.example',
      registrableDomain: 'fake.example',
      reasons: [],
    },
    page: {
      verdict: 'suspicious-page',
      score: 9,
      brand: 'coupang',
      reasons: [
        { code: 'brand-title', weight: 3, evidence: HOSTILE },
        { code: 'asks-password', weight: 4 },
        { code: 'context-article', weight: -2 },
      ],
    },
    brand,
    allowedUntil: null,
    contacts: bundledList.contacts,
  };
  const popupActions = {
    report: vi.fn(async () => null),
    openOptions: vi.fn(),
    copy: vi.fn(async () => true),
  };

  it('says what the page pretends to be, with reasons strongest first and context left out', () => {
    const root = popupView(context('en'), base, null, popupActions);
    expect(root.querySelector('.verdict')?.textContent).toBe('This page pretends to be Coupang.');
    const codes = [...root.querySelectorAll('.reasons li')].map((li) => li.getAttribute('data-code'));
    expect(codes).toEqual(['asks-password', 'brand-title']);
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('[data-action="report"]')).not.toBeNull();
  });

  it('is calm on official sites and quiet on unknown ones', () => {
    const official = popupView(context('ko'), { ...base, kind: 'official', page: null }, null, popupActions);
    expect(official.querySelector('.verdict')?.textContent).toBe('쿠팡 공식 사이트입니다.');
    expect(official.querySelector('.verdict')?.getAttribute('role')).toBeNull();
    expect(official.querySelector('[data-action="report"]')).toBeNull();
    const unknown = popupView(
      context('ko'),
      { ...base, kind: 'unknown', page: null, brand: null },
      null,
      popupActions,
    );
    expect(unknown.querySelector('.verdict')?.textContent).toBe(
      '쿠팡 사이트가 아닙니다. 발견된 문제는 없습니다.',
    );
  });

  it('shows the list status', () => {
    const root = popupView(
      context('en'),
      base,
      {
        version: 42,
        issued: new Date(1_800_000_000_000 - 3 * 3_600_000).toISOString(),
        expires: new Date(1_900_000_000_000).toISOString(),
        source: 'bundled',
        blockedCount: 46,
        url: '',
        lastCheck: 1_800_000_000_000 - 5 * 60_000,
        lastSuccess: null,
        nextCheck: null,
      },
      popupActions,
    );
    const text = root.querySelector('.list-status')?.textContent ?? '';
    expect(text).toContain('Version 42');
    expect(text).toContain('Issued 3 hours ago');
    expect(text).toContain('Last checked 5 minutes ago');
  });
});
