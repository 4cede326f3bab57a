import { afterEach, describe, expect, it, vi } from 'vitest';
import { installHold, WAIT_MAX_MS } from '../../entrypoints/content/hold';

/**
 * The typing hold's listeners (entrypoints/content/hold.ts) also carry the second chance at the moment of risk
 * (at-risk.ts) while the hold is not armed: one capture listener per event type on `window` (issue #16),
 * registered before any the page adds, so both run before the page's own.
 */
const g = globalThis as unknown as { window?: EventTarget; document?: unknown };

function fakeWindow(): { win: EventTarget; registrations: string[] } {
  const win = new EventTarget();
  const registrations: string[] = [];
  const add = win.addEventListener.bind(win);
  win.addEventListener = (type: string, fn: EventListenerOrEventListenerObject | null, opts?: unknown) => {
    registrations.push(type);
    add(type, fn, opts as AddEventListenerOptions);
  };
  return { win, registrations };
}

afterEach(() => {
  delete g.window;
});

describe('typing hold', () => {
  it('registers one capture listener per event type, and hands the watched events to the field watcher', () => {
    const { win, registrations } = fakeWindow();
    g.window = win;
    const hold = installHold(new Set(['keydown', 'focusin']));
    expect(registrations.length).toBe(new Set(registrations).size);
    expect(registrations).toEqual(expect.arrayContaining(['keydown', 'focusin', 'click', 'beforeunload']));

    const watched: string[] = [];
    hold.watchFields = (e) => watched.push(e.type);
    const page: string[] = [];
    for (const type of ['keydown', 'focusin', 'click'])
      win.addEventListener(type, () => page.push(type), true);

    for (const type of ['keydown', 'focusin', 'click'])
      win.dispatchEvent(new Event(type, { cancelable: true }));
    // not armed: the watcher sees the watched kinds first, and the page sees everything
    expect(watched).toEqual(['keydown', 'focusin']);
    expect(page).toEqual(['keydown', 'focusin', 'click']);
  });

  it('the watcher stops a key before the page sees it; once armed, nothing reaches the page or the watcher', () => {
    const { win } = fakeWindow();
    g.window = win;
    const hold = installHold(new Set(['keydown']));
    const page: string[] = [];
    win.addEventListener('keydown', () => page.push('keydown'), true);
    win.addEventListener('click', () => page.push('click'), true);
    hold.watchFields = (e) => e.stopImmediatePropagation();
    win.dispatchEvent(new Event('keydown', { cancelable: true }));
    expect(page).toEqual([]);

    const watched: string[] = [];
    hold.watchFields = (e) => watched.push(e.type);
    hold.arm(); // no document here: locking fields fails quietly, the listeners hold all the same
    const key = new Event('keydown', { cancelable: true });
    win.dispatchEvent(key);
    win.dispatchEvent(new Event('click', { cancelable: true }));
    expect(key.defaultPrevented).toBe(true);
    expect(page).toEqual([]);
    expect(watched).toEqual([]);
  });

  it('while a judgement is under way, the keys the user types reach neither the page nor the watcher, wherever aimed; then they flow again', async () => {
    const { win } = fakeWindow();
    g.window = win;
    const hold = installHold(new Set(['keydown', 'focusin']));
    const page: string[] = [];
    for (const type of ['keydown', 'keyup', 'paste', 'focusin', 'click'])
      win.addEventListener(type, () => page.push(type), true);
    const watched: string[] = [];
    hold.watchFields = (e) => watched.push(e.type);

    let judge!: () => void;
    hold.waitFor(new Promise<void>((r) => (judge = r)));
    const key = new Event('keydown', { cancelable: true });
    for (const e of [key, new Event('keyup'), new Event('paste'), new Event('focusin'), new Event('click')])
      win.dispatchEvent(e);
    // typing is held (the page's keylogger on window sees nothing); focus and clicks are the page's as before
    expect(key.defaultPrevented).toBe(true);
    expect(page).toEqual(['focusin', 'click']);
    expect(watched).toEqual(['focusin']);

    judge();
    await Promise.resolve();
    await Promise.resolve();
    win.dispatchEvent(new Event('keydown', { cancelable: true }));
    expect(page).toEqual(['focusin', 'click', 'keydown']);
    expect(watched).toEqual(['focusin', 'keydown']);
  });

  it('a judgement that never ends holds typing for WAIT_MAX_MS at most', async () => {
    vi.useFakeTimers();
    // the hold's timers are AbortSignal.timeout (a page cannot cancel them), which fake timers do not drive
    const timeout = vi.spyOn(AbortSignal, 'timeout').mockImplementation(() => {
      throw new Error('not here');
    });
    try {
      const { win } = fakeWindow();
      g.window = win;
      const hold = installHold(new Set(['keydown']));
      const page: string[] = [];
      win.addEventListener('keydown', () => page.push('keydown'), true);
      hold.waitFor(new Promise<void>(() => undefined));
      win.dispatchEvent(new Event('keydown'));
      expect(page).toEqual([]);
      await vi.advanceTimersByTimeAsync(WAIT_MAX_MS + 10);
      win.dispatchEvent(new Event('keydown'));
      expect(page).toEqual(['keydown']);
    } finally {
      timeout.mockRestore();
      vi.useRealTimers();
    }
  });
});
