import { describe, expect, it, vi } from 'vitest';
import { parseHTML } from 'linkedom';
import { readFileSync } from 'node:fs';
import type { DomainVerdict } from '../../lib/domain/types';
import { localFileVerdict } from '../../lib/domain/local-file';
import type { TabStateReply, VerifiedWarningReply } from '../../lib/messages/ui';
import { translatorFor } from '../../lib/ui/i18n';
import type { ViewContext } from '../../lib/ui/view-context';
import { popupView } from '../../lib/ui/view-popup';
import { allowancesView } from '../../lib/ui/view-allowances';
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
    markOfficial: vi.fn(async () => ({
      outcome: 'added' as const,
      domain: 'coupang-new.com',
      report: { url: HOSTILE, verdict: 'lookalike', kind: 'false-alarm' },
      sent: 'not-configured' as const,
    })),
    copy: vi.fn(async () => true),
  };
}

const click = (ctx: ViewContext, el: Element | null) =>
  (el as HTMLElement).dispatchEvent(new (ctx.doc.defaultView as unknown as typeof globalThis).Event('click'));

describe('warning view', () => {
  it('leads with our name and a red header, names the brand, explains the look-alike letter in words', () => {
    const ctx = context('ko');
    const { root, focus } = warningView(ctx, warningReply(), actions());
    const header = root.querySelector('header.alarm');
    expect(header?.getAttribute('role')).toBe('alert');
    expect(header?.classList.contains('sev-lookalike')).toBe(true);
    expect(header?.querySelector('.brandmark')?.textContent).toBe('쿠팡 가드');
    expect(root.querySelector('h1')?.textContent).toBe('가짜 쿠팡 주소입니다');
    expect(root.querySelector('.did-you-mean')?.textContent).toBe('진짜 쿠팡 주소는 coupang.com입니다.');
    const marks = [...root.querySelectorAll('mark.lookalike')];
    expect(marks.map((m) => m.textContent)).toEqual(['а']);
    expect(root.querySelector('.swaps')?.textContent).toBe(
      '여기 있는 ‘а’ 글자는 영어 ‘a’ 글자가 아니라 모양만 같은 러시아 문자입니다.',
    );
    expect(focus.getAttribute('data-action')).toBe('back');
    expect(focus.textContent).toBe('안전한 페이지로 돌아가기');
    expect(root.querySelector('[data-action]')?.getAttribute('data-action')).toBe('back');
    expect(root.querySelector('.reasons li')?.textContent).toContain('쿠팡');
  });

  it('keeps punycode and code points out of the main content, under a closed "Details"', () => {
    const ctx = context('ko');
    const { root } = warningView(ctx, warningReply(), actions());
    const details = root.querySelector('details.tech');
    expect(details?.hasAttribute('open')).toBe(false);
    expect(details?.textContent).toContain('xn--coupng-3ve.com');
    expect(details?.textContent).toContain('U+0430');
    // the host and the registered domain are the same here: one row, not two with the same value
    expect(details?.textContent?.split('xn--coupng-3ve.com').length).toBe(3); // full URL + punycode row
    const main = root.cloneNode(true) as HTMLElement;
    main.querySelectorAll('details.tech, details.it-details').forEach((e) => e.remove());
    expect(main.textContent).not.toMatch(/xn--|U\+[0-9A-F]{4}|퓨니코드/);
  });

  it('a known scam site looks more severe than a look-alike', () => {
    const ctx = context('en');
    const v: DomainVerdict = { ...homoglyph, verdict: 'blocked', reasons: [{ code: 'blocklist' }] };
    const { root } = warningView(ctx, warningReply({ kind: 'blocked', domain: v }), actions());
    expect(root.querySelector('header.alarm')?.classList.contains('sev-blocked')).toBe(true);
    expect(root.querySelector('h1')?.textContent).toBe('This is a known scam site');
    expect(root.textContent).not.toContain('The real Coupang address');
    expect(root.querySelector('[data-action="official"]')?.textContent).toBe(
      'Go to the official Coupang site',
    );
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
    expect(root.querySelector('main.warning')?.getAttribute('data-kind')).toBe('suspicious-page');
    expect(root.querySelector('h1')?.textContent).toBe('쿠팡 사칭이 의심되는 페이지입니다');
    const codes = [...root.querySelectorAll('.reasons li')].map((li) => li.getAttribute('data-code'));
    expect(codes).toEqual(['brand-logo', 'asks-password']);
    expect(root.querySelector('header.alarm')?.classList.contains('sev-page')).toBe(true);
    // the page's own text stays out of the warning: no markup, no tokens
    expect(root.querySelectorAll('img').length).toBe(1); // our own mark only
    expect(root.textContent).not.toContain(HOSTILE);
    expect(root.querySelector('[data-action="continue"]')).not.toBeNull();
    expect(focus.getAttribute('data-action')).toBe('back');
  });

  it("a fake page's lead says what it wanted: details, or an action (a call, a chat, an installer, a command)", () => {
    const lead = (codes: string[]) => {
      const page = {
        verdict: 'suspicious-page' as const,
        score: 8,
        brand: 'coupang',
        reasons: [
          { code: 'brand-logo' as const, weight: 3, group: 'identity' as const },
          ...codes.map((code) => ({ code, weight: 4, group: 'risk' as const })),
        ],
      } as unknown as NonNullable<VerifiedWarningReply['page']>;
      const { root } = warningView(
        context('en'),
        warningReply({ kind: 'suspicious-page', page, url: 'http://x.example/' }),
        actions(),
      );
      return root.querySelector('header.alarm')?.textContent ?? '';
    };
    expect(lead(['asks-password'])).toContain('asked for personal or payment details');
    for (const codes of [['asks-run-command'], ['callback-lure'], ['sends-to-messenger'], ['app-download']]) {
      expect(lead(codes), codes[0]).not.toContain('asked for personal or payment details');
      expect(lead(codes), codes[0]).toContain('something risky');
    }
  });

  it('continue anyway sits in a closed disclosure, and is replaced by a note when policy forbids it', () => {
    const open = warningView(context('en'), warningReply(), actions()).root;
    const details = open.querySelector('details.continue');
    expect(details?.hasAttribute('open')).toBe(false);
    expect(details?.querySelector('[data-action="continue"]')).not.toBeNull();
    const closed = warningView(context('en'), warningReply({ allowContinue: false }), actions()).root;
    expect(closed.querySelector('[data-action="continue"]')).toBeNull();
    expect(closed.querySelector('[data-continue="forbidden"]')?.textContent).toContain('policy');
  });

  it('report: 118 and 112 with the address to copy; nothing claims "sent" without a report address', async () => {
    const ctx = context('ko');
    const a = actions();
    const { root } = warningView(ctx, warningReply(), a);
    const panel = root.querySelector('[data-testid="report"]');
    expect(panel?.textContent).toContain('118');
    expect(panel?.textContent).toContain('한국인터넷진흥원');
    expect(panel?.textContent).toContain('112');
    expect((panel?.querySelector('input.address-box') as HTMLInputElement | null)?.value).toBe(
      homoglyph.input,
    );
    expect(panel?.querySelector('[data-action="report-org"]')).toBeNull();
    expect(panel?.querySelector('[data-sent="not-configured"]')?.textContent).toContain('보내지 않으며');
    expect(panel?.textContent).not.toContain('보냈습니다');
    click(ctx, panel?.querySelector('[data-action="copy-address"]') ?? null);
    await vi.waitFor(() => expect(a.copy).toHaveBeenCalledWith(homoglyph.input));
  });

  it('report to the organisation says "sent" only when the endpoint accepted it', async () => {
    for (const [sent, says] of [
      ['sent', '소속 조직에 신고를 보냈습니다.'],
      ['queued', '아직 보내지 못했습니다. 연결되면 자동으로 다시 보냅니다.'],
    ] as const) {
      const ctx = context('ko');
      const a = { ...actions(), report: vi.fn(async () => ({ report: { url: 'x' }, sent })) };
      const { root } = warningView(ctx, warningReply({ reportConfigured: true }), a);
      click(ctx, root.querySelector('[data-action="report-org"]'));
      await vi.waitFor(() =>
        expect(root.querySelector('.report-sent')?.getAttribute('data-sent')).toBe(sent),
      );
      expect(root.querySelector('.report-sent')?.textContent).toBe(says);
      expect(a.report).toHaveBeenCalledWith(false);
    }
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
    expect(root.querySelectorAll('img').length).toBe(1); // our own mark only
    expect(root.textContent).toContain(HOSTILE);
    const it = root.querySelector('details.it-details') as HTMLDetailsElement;
    it.setAttribute('open', '');
    it.dispatchEvent(new (ctx.doc.defaultView as unknown as typeof globalThis).Event('toggle'));
    await vi.waitFor(() =>
      expect(root.querySelector('.it-details textarea')?.textContent).toContain(HOSTILE),
    );
    expect(a.report).toHaveBeenCalledWith(true); // a draft: nothing is sent by looking at it
    expect(root.querySelectorAll('img').length).toBe(1);
  });

  it('buttons call their actions', () => {
    const ctx = context('en');
    const a = actions();
    const { root } = warningView(ctx, warningReply(), a);
    click(ctx, root.querySelector('[data-action="back"]'));
    click(ctx, root.querySelector('[data-action="official"]'));
    click(ctx, root.querySelector('[data-action="continue"]'));
    expect(a.goBack).toHaveBeenCalledOnce();
    expect(a.goOfficial).toHaveBeenCalledWith('https://www.coupang.com/');
    expect(a.continueAnyway).toHaveBeenCalledOnce();
  });

  it('"This is a real Coupang site" sits in a closed disclosure and says what was really done', async () => {
    const ctx = context('en');
    const a = actions();
    const { root } = warningView(ctx, warningReply(), a);
    const details = root.querySelector('details.false-alarm');
    expect(details?.hasAttribute('open')).toBe(false);
    expect((root.querySelector('.false-alarm .report') as HTMLElement | null)?.hidden).toBe(true);
    (root.querySelector('[data-action="mark-official"]') as HTMLElement).dispatchEvent(
      new (ctx.doc.defaultView as unknown as typeof globalThis).Event('click'),
    );
    await vi.waitFor(() => expect(root.querySelector('.false-alarm-status')?.textContent).not.toBe(''));
    expect(a.markOfficial).toHaveBeenCalledOnce();
    const status = root.querySelector('.false-alarm-status');
    expect(status?.getAttribute('data-outcome')).toBe('added');
    expect(status?.textContent).toContain('coupang-new.com');
    // no report address: the page must not claim the report was sent
    expect(root.querySelector('.false-alarm .report-sent')?.getAttribute('data-sent')).toBe('not-configured');
    expect(root.querySelector('.false-alarm')?.textContent).not.toContain('was sent to');
    // the report itself, for IT staff, only after the click (hidden before)
    const box = root.querySelector('.false-alarm .report textarea') as HTMLTextAreaElement | null;
    expect(box?.value).toContain('false-alarm');
    expect(box?.closest('details')?.hidden).toBe(false);
    // known-bad sites get no such button
    const v: DomainVerdict = { ...homoglyph, verdict: 'blocked', reasons: [{ code: 'blocklist' }] };
    const blocked = warningView(ctx, warningReply({ kind: 'blocked', domain: v }), actions()).root;
    expect(blocked.querySelector('[data-action="mark-official"]')).toBeNull();
  });

  it('shows the advice with the numbers from the list data', () => {
    const { root } = warningView(context('ko'), warningReply(), actions());
    const advice = root.querySelector('.advice')?.textContent ?? '';
    expect(advice).toContain(bundledList.contacts.customerCentre);
    for (const r of bundledList.contacts.report) expect(advice).toContain(r.number);
    expect(advice).toContain('공동현관 비밀번호');
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
        { code: 'brand-favicon', weight: 2, evidence: 'favicon.ico' },
        { code: 'brand-title', weight: 3, evidence: HOSTILE },
        { code: 'asks-password', weight: 4, evidence: 'loginemailinput' },
        { code: 'context-article', weight: -2 },
      ],
    },
    brand,
    allowedUntil: null,
    contacts: bundledList.contacts,
    reportConfigured: false,
  };
  const popupActions = {
    report: vi.fn(async () => null),
    openOptions: vi.fn(),
    copy: vi.fn(async () => true),
  };

  it('says what the page pretends to be: strongest reasons in words, no page tokens, our mark on top', () => {
    const root = popupView(context('en'), base, null, popupActions);
    expect(root.querySelector('.brandmark')?.textContent).toBe('Coupang Guard');
    expect(root.querySelector('.verdict')?.textContent).toBe('This page seems to pose as Coupang');
    const codes = [...root.querySelectorAll('.reasons li')].map((li) => li.getAttribute('data-code'));
    expect(codes).toEqual(['asks-password', 'brand-title']);
    expect(root.textContent).not.toMatch(/favicon\.ico|loginemailinput|<img/);
    expect(root.querySelectorAll('img').length).toBe(1); // our own mark only
    expect(root.querySelector('[data-testid="report"]')).not.toBeNull();
  });

  it('is sure of itself when the page asks for a resident number and sends it abroad', () => {
    const strong: TabStateReply = {
      ...base,
      page: {
        ...base.page!,
        reasons: [
          { code: 'brand-logo', weight: 3 },
          { code: 'asks-resident-id', weight: 4 },
          { code: 'form-posts-elsewhere', weight: 3, evidence: 'collector.example.ru' },
        ],
      },
    };
    expect(popupView(context('ko'), strong, null, popupActions).querySelector('.verdict')?.textContent).toBe(
      '쿠팡 사칭 가짜 페이지입니다',
    );
    expect(popupView(context('ko'), base, null, popupActions).querySelector('.verdict')?.textContent).toBe(
      '쿠팡 사칭이 의심되는 페이지입니다',
    );
  });

  it('is calm on official sites and quiet on unknown ones', () => {
    const official = popupView(context('ko'), { ...base, kind: 'official', page: null }, null, popupActions);
    expect(official.querySelector('.verdict')?.textContent).toBe('쿠팡 공식 사이트입니다');
    expect(official.querySelector('[role="alert"]')).toBeNull();
    expect(official.querySelector('[data-testid="report"]')).toBeNull();
    const unknown = popupView(
      context('ko'),
      { ...base, kind: 'unknown', page: null, brand: null },
      null,
      popupActions,
    );
    expect(unknown.querySelector('.verdict')?.textContent).toBe('쿠팡 사이트가 아닙니다');
  });

  it('an address the user allowed as a real site: "allowed by you", never the official check (red team 33, r04)', () => {
    for (const lang of ['ko', 'en'] as const) {
      const ctx = context(lang);
      const allowed = popupView(
        ctx,
        { ...base, kind: 'allowed', page: null, domain: { ...homoglyph, allowedByUser: true } },
        null,
        popupActions,
      );
      expect(allowed.querySelector('.verdict')?.textContent).toBe(ctx.t('popup_kind_allowed'));
      expect(allowed.querySelector('.verdict')?.textContent).not.toBe(ctx.t('popup_kind_official'));
      expect(allowed.querySelector('.verdict-card')?.classList.contains('ok')).toBe(false);
      expect(allowed.querySelector('[role="alert"]')).toBeNull();
    }
  });

  it('options: a real-site allowance says it lasts until removed, and "Warn me again" revokes it', async () => {
    const ctx = context('en');
    const revoke = vi.fn(async () => undefined);
    const root = allowancesView(
      ctx,
      [
        { host: 'coupang-event.test', until: null },
        { host: 'gateway.ipfs.io/ipfs/bafykit/', until: 1_800_000_600_000 },
      ],
      revoke,
    );
    const items = [...root.querySelectorAll('.allowance-list li')];
    expect(items.map((li) => li.querySelector('.host')?.textContent)).toEqual([
      'coupang-event.test',
      'gateway.ipfs.io/ipfs/bafykit/',
    ]);
    expect(items[0]?.textContent).toContain(ctx.t('options_ui_allowance_real_site'));
    expect(items[1]?.textContent).not.toContain(ctx.t('options_ui_allowance_real_site'));
    (items[0]?.querySelector('button') as HTMLElement).dispatchEvent(
      new (ctx.doc.defaultView as unknown as typeof globalThis).Event('click'),
    );
    expect(revoke).toHaveBeenCalledWith('coupang-event.test');
  });

  it('leaves the list status to the options page, and speaks up only about a list problem', () => {
    const status = {
      version: 42,
      issued: new Date(1_800_000_000_000 - 3 * 3_600_000).toISOString(),
      expires: new Date(1_900_000_000_000).toISOString(),
      source: 'bundled' as const,
      blockedCount: 46,
      url: '',
      lastCheck: 1_800_000_000_000 - 5 * 60_000,
      lastSuccess: null,
      nextCheck: null,
    };
    const fine = popupView(context('en'), base, status, popupActions);
    expect(fine.textContent).not.toContain('42');
    expect(fine.querySelector('.list-problem')).toBeNull();
    const broken = popupView(
      context('en'),
      base,
      {
        ...status,
        lastError: { time: 1_800_000_000_000 - 60_000, reason: 'network', detail: 'Failed to fetch' },
      },
      popupActions,
    );
    expect(broken.querySelector('.list-problem')?.getAttribute('data-problem')).toBe('error');
    expect(broken.textContent).not.toContain('Failed to fetch');
  });
});

describe('a page opened from disk (red team 33, r01)', () => {
  const url =
    'file:///C:/Users/kim/Downloads/%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E%EC%BF%A0%ED%8C%A1.html';
  const file: DomainVerdict = localFileVerdict(url);
  const page = {
    verdict: 'suspicious-page' as const,
    score: 12,
    brand: 'coupang',
    reasons: [
      { code: 'brand-title' as const, weight: 3, evidence: HOSTILE },
      { code: 'asks-resident-id' as const, weight: 4, evidence: 'jumin' },
    ],
  };

  it('the warning names the file, decoded, as text, and offers no report', () => {
    const ctx = context('ko');
    const { root } = warningView(
      ctx,
      warningReply({ url, kind: 'suspicious-page', domain: file, page }),
      actions(),
    );
    const host = root.querySelector('.identity .host');
    expect(root.querySelector('.identity .field-label')?.textContent).toBe('이 컴퓨터에서 연 파일');
    expect(host?.textContent).toBe('<img src=x onerror=alert(1)>쿠팡.html');
    expect(host?.children.length).toBe(0);
    expect(root.querySelector('img[onerror]')).toBeNull();
    expect(root.querySelector('[data-testid="report"]')).toBeNull();
  });

  it('the popup says what it says for an unknown host, with the file name', () => {
    const state: TabStateReply = {
      tabId: 3,
      url,
      kind: 'unknown',
      domain: file,
      page: null,
      brand: null,
      allowedUntil: null,
      contacts: bundledList.contacts,
      reportConfigured: true,
    };
    const acts = { report: vi.fn(async () => null), openOptions: vi.fn(), copy: vi.fn(async () => true) };
    const root = popupView(context('en'), state, null, acts);
    expect(root.querySelector('.verdict')?.textContent).toBe(
      popupView(
        context('en'),
        { ...state, url: 'https://x.example/', domain: { ...file, hostname: 'x.example' } },
        null,
        acts,
      ).querySelector('.verdict')?.textContent,
    );
    expect(root.querySelector('.address')?.textContent).toBe(
      'File on this computer <img src=x onerror=alert(1)>쿠팡.html',
    );
    const warned = popupView(context('en'), { ...state, kind: 'suspicious-page', page }, null, acts);
    expect(warned.querySelector('[data-testid="report"]')).toBeNull();
  });
});
