import { beforeEach, describe, expect, test, vi } from 'vitest';
import { scanPage } from '../../lib/page/index';
import type { PageVerdict } from '../../lib/page/types';
import { parse } from '../page/helpers';

/**
 * entrypoints/background/page-warnings.ts, the second chance across a tab's frames (red team 35, class A): the
 * answer to a frame's cs:at-risk must not depend on which frame's report reaches the background first. A sub-frame's
 * ask waits (bounded) for the top page's verdict; a frame told "no" is judged again when the claim comes later.
 */
const sent: unknown[] = [];
/** the tab's frames as webNavigation lists them (the silent frames read at a sub-frame's ask, red team 46) */
const frames: { frameId: number; url: string }[] = [];
vi.mock('wxt/browser', () => ({
  browser: {
    webNavigation: { getAllFrames: () => Promise.resolve(frames) },
    tabs: {
      sendMessage: vi.fn((_tab: number, m: unknown) => {
        sent.push(m);
        return Promise.resolve();
      }),
    },
  },
}));
const handlers = new Map<string, (raw: unknown, sender: unknown) => Promise<unknown>>();
vi.mock('../../entrypoints/background/router', () => ({
  onContentMessage: (type: string, h: (raw: unknown, sender: unknown) => Promise<unknown>) =>
    handlers.set(type, h),
}));
const states = new Map<number, Record<string, unknown>>();
const empty = () => ({ url: null, page: null, pageUrl: null, frames: {}, pageWarning: null, commits: [] });
vi.mock('../../entrypoints/background/tab-state', () => ({
  getTabState: (id: number) => Promise.resolve(states.get(id) ?? empty()),
  updateTabState: (id: number, fn: (s: unknown) => Record<string, unknown>) => {
    const next = fn(states.get(id) ?? empty());
    states.set(id, next);
    return Promise.resolve(next);
  },
}));
const warned: string[] = [];
vi.mock('../../entrypoints/background/warnings', () => ({
  ensureWarning: vi.fn(),
  flights: { mark: () => 0 },
  isWarningPage: (u?: string) => !!u && u.includes('warning.html'),
  issueWarning: vi.fn((_tab: number, _frame: number, url: string) => {
    warned.push(url);
    return Promise.resolve();
  }),
}));
const injected: number[] = [];
vi.mock('../../entrypoints/background/scanner', () => ({
  injectScanner: vi.fn((_tab: number, frame: number) => {
    injected.push(frame);
    return Promise.resolve();
  }),
  // (a frame with no scorer yet: it is brought one, and its first verdict settles it)
  readPicturesIn: vi.fn(() => Promise.resolve(null)),
}));
vi.mock('../../entrypoints/background/settings', () => ({
  getSettings: () => Promise.resolve({ pageGuard: true, pageGuardExceptions: [], allowContinue: true }),
}));
vi.mock('../../entrypoints/background/allowances', () => ({
  allowPage: vi.fn(),
  pageAllowedUntil: () => Promise.resolve(null),
  verdictAllowedUntil: () => Promise.resolve(null),
}));
vi.mock('../../entrypoints/background/verdicts', () => ({
  isFlagged: () => false,
  isPageUrl: (u?: string) => typeof u === 'string' && /^https?:/.test(u),
  isWebUrl: (u?: string) => typeof u === 'string' && /^https?:/.test(u),
  judgeUrl: (u: string) => Promise.resolve({ verdict: u.includes('coupang.com') ? 'official' : 'unknown' }),
}));
vi.mock('../../entrypoints/background/lists', () => ({
  getJudgingLists: () => Promise.resolve({ sharedHosts: new Map(), sharedHostSuffixes: new Set() }),
}));
vi.mock('../../entrypoints/background/badge', () => ({ applyBadge: vi.fn(() => Promise.resolve()) }));
vi.mock('../../entrypoints/background/navigation', () => ({ warnStoppedPage: vi.fn() }));
vi.mock('../../entrypoints/background/reports', () => ({ reportDetection: vi.fn() }));

const TOP = 'http://member-care.example.test/p';
const FRAME = 'http://box-host.example.test/f';
const page = (body: string) =>
  `<!doctype html><html><head><title>회원 확인</title></head><body>${body}</body></html>`;
const claimPage = scanPage(
  parse(
    page(
      '<h1>회원 정보 확인</h1><p>쿠팡 회원님, 로켓배송 주문 확인을 위해 쿠팡 계정 비밀번호를 다시 입력해 주세요.</p>',
    ),
  ),
  TOP,
);
const quietTop = scanPage(parse(page('<p>잠시만 기다려 주세요.</p>')), TOP);
const box = scanPage(
  parse(page('<form><label>비밀번호 <input type="password" name="pw"></label></form>')),
  FRAME,
);

let tabId = 100;
const sender = (frameId: number, url: string) => ({
  tab: { id: tabId, url: TOP },
  frameId,
  url,
});
const say = (frameId: number, url: string, verdict: PageVerdict) =>
  handlers.get('cs:page-verdict')!({ type: 'cs:page-verdict', url, verdict }, sender(frameId, url));
const ask = (frameId: number, url: string, verdict: PageVerdict) =>
  handlers.get('cs:at-risk')!(
    { type: 'cs:at-risk', url, verdict, kind: 'password' },
    sender(frameId, url),
  ) as Promise<{ warn: boolean; claim: unknown[] }>;

/** On fake timers: the frame's ask is still open 100 ms before `boundMs` and answered "no claim" 100 ms after it. */
async function answeredNoAt(boundMs: number): Promise<void> {
  let done = false;
  const answer = ask(5, FRAME, box).finally(() => (done = true));
  await vi.advanceTimersByTimeAsync(boundMs - 100);
  expect(done).toBe(false);
  await vi.advanceTimersByTimeAsync(200);
  expect(done).toBe(true);
  expect(await answer).toEqual({ warn: false, claim: [] });
}

describe('cs:at-risk, the tab claim in the background', async () => {
  const { setupPageWarnings } = await import('../../entrypoints/background/page-warnings');
  setupPageWarnings();
  beforeEach(() => {
    tabId++;
    warned.length = 0;
    sent.length = 0;
    injected.length = 0;
    frames.length = 0;
  });

  test('the control: the top page pooled first, the frame asks: warned', async () => {
    await say(0, TOP, claimPage);
    await say(5, FRAME, box);
    expect(warned).toEqual([]);
    const r = await ask(5, FRAME, box);
    expect(r.warn).toBe(true);
    // the background warns the tab itself (no second round trip through the frame)
    expect(warned).toEqual([TOP]);
  });

  test('the frame asks before the top page is pooled: the ask waits for it (bounded), then warns', async () => {
    const answer = ask(5, FRAME, box);
    await new Promise((r) => setTimeout(r, 50));
    // the top page that had not spoken is asked to be read
    expect(injected).toEqual([0]);
    await say(0, TOP, claimPage);
    expect((await answer).warn).toBe(true);
    expect(warned).toEqual([TOP]);
  });

  test('the top page never speaks: the ask is answered no within its bound', async () => {
    // the bound on the background's own clock (fake timers): a wall-clock assertion failed under CI's load
    vi.useFakeTimers();
    try {
      await answeredNoAt(1_500);
    } finally {
      vi.useRealTimers();
    }
    expect(warned).toEqual([]);
  });

  test('told no, then the claim comes: the frame is judged again with what it asked, and the tab warned', async () => {
    await say(0, TOP, quietTop);
    expect((await ask(5, FRAME, box)).warn).toBe(false);
    expect(warned).toEqual([]);
    // the top page puts its claim up after the box was touched
    await say(0, TOP, claimPage);
    await new Promise((r) => setTimeout(r, 0));
    expect(warned).toEqual([TOP]);
    expect(states.get(tabId)?.page).toMatchObject({ verdict: 'suspicious-page' });
  });

  test('an honest box: told no, and a later frame with no claim changes nothing (no warning, no message)', async () => {
    await say(0, TOP, quietTop);
    expect((await ask(5, FRAME, box)).warn).toBe(false);
    await say(7, 'http://ads.example.test/x', quietTop);
    expect(warned).toEqual([]);
    expect(sent).toEqual([]);
  });

  // red team 47: a saturated core made the picture frame's reading outlast the ask's 1.5 s budget (sp, sq in Firefox):
  // the box's frame was answered "no claim" and the keys went to the kit
  const PIC = 'http://picture-host.example.test/c';
  const picClaim = scanPage(parse(page('<h1>쿠팡</h1><p>쿠팡 로그인</p>')), PIC);

  test('a silent frame whose reading outlasts the old budget (a loaded machine): the ask waits for its verdict, and warns', async () => {
    vi.useFakeTimers();
    try {
      await say(0, TOP, quietTop);
      frames.push({ frameId: 0, url: TOP }, { frameId: 3, url: PIC }, { frameId: 5, url: FRAME });
      let done = false;
      const answer = ask(5, FRAME, box).finally(() => (done = true));
      await vi.advanceTimersByTimeAsync(4_000);
      // (the frame was brought the scorer; its verdict has not come: no answer yet, the box's typing held)
      expect(injected).toEqual([3]);
      expect(done).toBe(false);
      await say(3, PIC, picClaim);
      await vi.advanceTimersByTimeAsync(0);
      expect((await answer).warn).toBe(true);
      expect(warned).toEqual([TOP]);
    } finally {
      vi.useRealTimers();
    }
  });

  test("a silent frame that never reports is waited for only to the backstop; the brand's own frame not at all", async () => {
    vi.useFakeTimers();
    try {
      await say(0, TOP, quietTop);
      frames.push(
        { frameId: 0, url: TOP },
        { frameId: 4, url: 'https://ads-partners.coupang.com/widget' },
        { frameId: 5, url: FRAME },
      );
      // the brand's own frame (the guard is off there: it never reports) is neither read nor waited for
      expect(await ask(5, FRAME, box)).toEqual({ warn: false, claim: [] });
      expect(injected).toEqual([]);
      frames.push({ frameId: 3, url: PIC });
      tabId++;
      await say(0, TOP, quietTop);
      await answeredNoAt(8_000);
    } finally {
      vi.useRealTimers();
    }
  });
});
