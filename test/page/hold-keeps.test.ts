import { afterEach, describe, expect, it, vi } from 'vitest';
import { judgeWhenLoaded, secretFieldWatcher } from '../../entrypoints/content/at-risk';
import { installHold, WAIT_MAX_MS, WAIT_RISKY_MAX_MS } from '../../entrypoints/content/hold';

/**
 * Keys typed while the scorer loads (docs/threat-model.md, "Keys typed while the scorer loads are dropped"): the
 * hold keeps what it stops and types it into the box when the page is judged fine, in the order typed, and never
 * when it is suspicious. And a scorer that cannot load ends in a bounded fallback, the focus given back once
 * (Firefox and sandboxed frames, red team 36): the focus the hold gives back is not a new focus to check.
 */
const g = globalThis as unknown as { window?: EventTarget; document?: unknown };

afterEach(() => {
  // (a window with no listeners, not none: an armed hold's tick — a real 250 ms timer — outlives the test that armed it
  // and puts its listeners back on whatever window there is)
  g.window = new EventTarget();
  delete g.document;
});

/** A password box and a document that knows the focus (no DOM in Node: what the hold and the watcher read) */
function page(win: EventTarget) {
  const doc = { activeElement: null as unknown, body: {} as unknown };
  const log = { focus: 0, blur: 0, typed: [] as string[] };
  const pw = {
    localName: 'input',
    type: 'password',
    autocomplete: '',
    name: 'pw',
    id: '',
    placeholder: '',
    title: '',
    labels: [],
    readOnly: false,
    disabled: false,
    value: '',
    isConnected: true,
    ownerDocument: doc,
    getRootNode: () => doc,
    getAttribute: () => null,
    // the browser's focus(): the focusin comes at once, through the hold's listeners
    focus() {
      log.focus++;
      doc.activeElement = pw;
      win.dispatchEvent(trusted('focusin', pw as unknown as Element));
    },
    blur() {
      log.blur++;
      doc.activeElement = doc.body;
    },
  };
  (doc as { execCommand?: unknown }).execCommand = (cmd: string, _: boolean, text: string) => {
    if (cmd !== 'insertText' || doc.activeElement !== pw) return false;
    pw.value += text;
    log.typed.push(text);
    return true;
  };
  doc.activeElement = doc.body;
  g.document = doc;
  return { doc, pw: pw as unknown as HTMLInputElement, log };
}

/** An event as the user makes it (isTrusted), aimed at `target` */
function trusted(type: string, target: Element, init: Record<string, unknown> = {}): Event {
  const e = new Event(type, { cancelable: true });
  Object.defineProperty(e, 'isTrusted', { value: true });
  Object.defineProperty(e, 'composedPath', { value: () => [target] });
  for (const [k, v] of Object.entries(init)) Object.defineProperty(e, k, { value: v });
  return e;
}

const key = (target: Element, k: string) => trusted('keydown', target, { key: k });
const tick = async (n = 5) => {
  for (let i = 0; i < n; i++) await Promise.resolve();
};

function guard(
  load: () => Promise<boolean>,
  suspicious: () => boolean,
  risky?: () => boolean,
  late?: () => Promise<unknown> | null,
) {
  const win = new EventTarget();
  g.window = win;
  const hold = installHold(new Set(['keydown', 'focusin', 'paste']));
  hold.risky = risky ?? null;
  const p = page(win);
  const seenByPage: string[] = [];
  for (const t of ['keydown', 'input', 'paste', 'focusin'])
    win.addEventListener(t, (e) => seenByPage.push(e.type));
  let checks = 0;
  // as guard.ts: the scorer here, the check judges at once; not yet, it is loaded first
  let scorer = false;
  const atRisk = () => {
    if (!suspicious()) return false;
    hold.arm();
    return true;
  };
  const later = judgeWhenLoaded(hold, () => load().then((ok) => (scorer = ok)), atRisk, 3, late);
  hold.watchFields = secretFieldWatcher(() => (checks++, scorer ? atRisk() : later('password', p.pw)));
  return { win, hold, ...p, seenByPage, checks: () => checks };
}

/**
 * `body` on fake timers: the hold's timers are AbortSignal.timeout (a page cannot cancel them), which fake timers do
 * not drive, so setTimeout is used instead
 */
async function withTimers(body: () => Promise<void>) {
  vi.useFakeTimers();
  const timeout = vi.spyOn(AbortSignal, 'timeout').mockImplementation(() => {
    throw new Error('not here');
  });
  try {
    await body();
  } finally {
    timeout.mockRestore();
    vi.useRealTimers();
  }
}

/** The user types `text` into `pw`, a key a character */
function type(win: EventTarget, pw: Element, text: string) {
  for (const k of text) win.dispatchEvent(key(pw, k));
}

describe('keys typed while the scorer loads', () => {
  it('are kept and typed into the box, in order, when the page is judged fine; the page saw no key before', async () => {
    let loaded!: (ok: boolean) => void;
    const g1 = guard(
      () => new Promise<boolean>((r) => (loaded = r)),
      () => false,
    );
    const { win, pw, log, seenByPage } = g1;
    // the user clicks into the box: the focus is held (no scorer yet) and the box loses it
    win.dispatchEvent(trusted('focusin', pw));
    expect(log.blur).toBe(1);
    for (const k of ['h', 'u', 'n', 't', 'e', 'x', 'Backspace', 'r', 'Shift', '2'])
      win.dispatchEvent(key(pw, k));
    win.dispatchEvent(trusted('paste', pw, { clipboardData: { getData: () => '!?' } }));
    // a key the page dispatches itself is held too, and never kept
    const fake = new Event('keydown', { cancelable: true });
    Object.defineProperty(fake, 'key', { value: 'Z' });
    win.dispatchEvent(fake);
    expect(seenByPage).toEqual([]);
    expect(pw.value).toBe('');

    loaded(true);
    await tick();
    // the focus given back once, the characters typed as the user typed them (the page's input listeners see them)
    expect(log.focus).toBe(1);
    expect(pw.value).toBe('hunter2!?');
    expect(g1.checks()).toBe(1);
    // from now on keys flow as before (the first one checked with the scorer here: fine)
    win.dispatchEvent(key(pw, 'x'));
    expect(seenByPage.filter((t) => t === 'keydown')).toEqual(['keydown']);
    expect(g1.checks()).toBe(2);
  });

  it('the first key, held with the focus, is kept as well', async () => {
    let loaded!: (ok: boolean) => void;
    const { win, pw, log } = guard(
      () => new Promise<boolean>((r) => (loaded = r)),
      () => false,
    );
    // (an autofocused box: the user's first key is the first check)
    win.dispatchEvent(key(pw, 'p'));
    win.dispatchEvent(key(pw, 'w'));
    loaded(true);
    await tick();
    expect(pw.value).toBe('pw');
    expect(log.focus).toBe(1);
  });

  it('are thrown away when the page is found suspicious: not one reaches the page', async () => {
    let loaded!: (ok: boolean) => void;
    const { win, pw, log, seenByPage, hold } = guard(
      () => new Promise<boolean>((r) => (loaded = r)),
      () => true,
    );
    win.dispatchEvent(trusted('focusin', pw));
    for (const k of ['s', 'e', 'c', 'r', 'e', 't']) win.dispatchEvent(key(pw, k));
    loaded(true);
    await tick();
    expect(hold.armed).toBe(true);
    expect(pw.value).toBe('');
    expect(log.typed).toEqual([]);
    expect(log.focus).toBe(0);
    win.dispatchEvent(key(pw, 'x'));
    expect(seenByPage).toEqual([]);
  });

  it('a scorer that never loads: bounded, no loop — the focus given back once per hold, then no more holds', async () => {
    let loads = 0;
    const { win, pw, log, checks } = guard(
      () => (loads++, Promise.resolve(false)),
      () => true,
    );
    win.dispatchEvent(trusted('focusin', pw));
    win.dispatchEvent(key(pw, 'a'));
    await tick(20);
    // one check, one load, one focus given back (which is not checked again), the key typed into the box
    expect(checks()).toBe(1);
    expect(loads).toBe(1);
    expect(log.focus).toBe(1);
    expect(pw.value).toBe('a');
    // the user clicks away and back, again and again: each is checked, and after three failed loads no more holds
    for (let i = 0; i < 6; i++) {
      pw.blur();
      win.dispatchEvent(trusted('focusin', pw));
      await tick(20);
    }
    expect(loads).toBe(3);
    expect(log.focus).toBe(3);
    expect(checks()).toBe(7);
  });

  it('a scorer that never answers: each hold ends at the cap with the keys given back, and after three no more holds', () =>
    withTimers(async () => {
      const { win, pw, log, checks, seenByPage } = guard(
        () => new Promise<boolean>(() => undefined),
        () => true,
      );
      win.dispatchEvent(trusted('focusin', pw));
      win.dispatchEvent(key(pw, 'a'));
      expect(seenByPage).toEqual([]);
      await vi.advanceTimersByTimeAsync(WAIT_MAX_MS + 10);
      expect(log.focus).toBe(1);
      expect(pw.value).toBe('a');
      for (let i = 0; i < 4; i++) {
        pw.blur();
        win.dispatchEvent(trusted('focusin', pw));
        await vi.advanceTimersByTimeAsync(WAIT_MAX_MS + 10);
      }
      expect(checks()).toBe(5);
      // three holds given back, then none: the focus stays where the user put it
      expect(log.blur).toBe(3 + 4); // three holds, four clicks away
      expect(log.focus).toBe(3);
    }));
});

/**
 * Red team 37: a kit makes its own judgement slower than the cap (docs/threat-model.md, "Red team 37: the kept
 * keys"). What the hold kept is given to the page only with a verdict, or where the page does not look like the
 * brand's (`risky`, the gate in guard.ts); on a page that does, the wait goes on while the scorer is on its way (to
 * WAIT_RISKY_MAX_MS) and what was kept is dropped if no verdict comes.
 */
describe('keys kept with no verdict (red team 37)', () => {
  it("the cap on a page like the brand's: the typing is still held, and dropped when no verdict comes", () =>
    withTimers(async () => {
      const { win, pw, log, seenByPage, hold } = guard(
        () => new Promise<boolean>(() => undefined),
        () => true,
        () => true,
      );
      win.dispatchEvent(trusted('focusin', pw));
      type(win, pw, 'hunt');
      await vi.advanceTimersByTimeAsync(WAIT_MAX_MS + 10);
      // past the first cap: nothing given, and what the user types now is held and kept as well
      expect(pw.value).toBe('');
      type(win, pw, 'er2');
      expect(seenByPage).toEqual([]);
      await vi.advanceTimersByTimeAsync(WAIT_RISKY_MAX_MS - WAIT_MAX_MS);
      // no verdict at all: dropped, the box not focused again (the user's next press is a new check)
      expect(pw.value).toBe('');
      expect(log.typed).toEqual([]);
      expect(log.focus).toBe(0);
      expect(hold.armed).toBe(false);
      expect(seenByPage).toEqual([]);
    }));

  it('a verdict that comes after the first cap: clean, the typing is given in order; held, none of it', () =>
    withTimers(async () => {
      for (const bad of [false, true]) {
        let loaded!: (ok: boolean) => void;
        const { win, pw, seenByPage, hold } = guard(
          () => new Promise<boolean>((r) => (loaded = r)),
          () => bad,
          () => true,
        );
        win.dispatchEvent(trusted('focusin', pw));
        type(win, pw, 'hunt');
        await vi.advanceTimersByTimeAsync(WAIT_MAX_MS + 2_000);
        type(win, pw, 'er2');
        loaded(true);
        await vi.advanceTimersByTimeAsync(10);
        expect(hold.armed).toBe(bad);
        expect(pw.value).toBe(bad ? '' : 'hunter2');
        expect(seenByPage.filter((t) => t === 'keydown')).toEqual([]);
      }
    }));

  it("a scorer that could not load on a page like the brand's: what was kept is dropped, not given", async () => {
    const { win, pw, log, seenByPage } = guard(
      () => Promise.resolve(false),
      () => true,
      () => true,
    );
    win.dispatchEvent(trusted('focusin', pw));
    type(win, pw, 'pw');
    await tick(20);
    expect(pw.value).toBe('');
    expect(log.focus).toBe(0);
    expect(seenByPage).toEqual([]);
  });

  it("a page not like the brand's (an honest slow login): given back at the cap, as before", () =>
    withTimers(async () => {
      const { win, pw, log } = guard(
        () => new Promise<boolean>(() => undefined),
        () => true,
        () => false,
      );
      win.dispatchEvent(trusted('focusin', pw));
      type(win, pw, 'hunter2');
      await vi.advanceTimersByTimeAsync(WAIT_MAX_MS + 10);
      expect(pw.value).toBe('hunter2');
      expect(log.focus).toBe(1);
    }));

  it('a claim taken down before the cap: the page as the wait started counts', () =>
    withTimers(async () => {
      let claims = true;
      const { win, pw, log } = guard(
        () => new Promise<boolean>(() => undefined),
        () => true,
        () => claims,
      );
      win.dispatchEvent(trusted('focusin', pw));
      type(win, pw, 'hunter2');
      claims = false;
      await vi.advanceTimersByTimeAsync(WAIT_RISKY_MAX_MS + 10);
      expect(pw.value).toBe('');
      expect(log.typed).toEqual([]);
    }));

  it("a page whose gate throws is taken as like the brand's", () =>
    withTimers(async () => {
      const { win, pw } = guard(
        () => new Promise<boolean>(() => undefined),
        () => true,
        () => {
          throw new Error('hostile DOM');
        },
      );
      win.dispatchEvent(trusted('focusin', pw));
      type(win, pw, 'pw');
      await vi.advanceTimersByTimeAsync(WAIT_RISKY_MAX_MS + 10);
      expect(pw.value).toBe('');
    }));
});

describe('a scorer request unanswered in time while the injection is on its way (CI of 2026-12-07, ci49)', () => {
  /**
   * guard() on a load that goes unanswered (its request's timeout) and a scorer that comes after it (`arrives`): the
   * user types `first`, the request times out, `wait` ms pass
   */
  const timedOut = async (suspicious: boolean, risky: boolean, first: string, wait = 10) => {
    let unanswered!: (ok: boolean) => void;
    let arrives!: () => void;
    const here = new Promise<void>((r) => (arrives = r));
    const held = guard(
      () => new Promise<boolean>((r) => (unanswered = r)),
      () => suspicious,
      () => risky,
      () => here,
    );
    type(held.win, held.pw, first);
    unanswered(false);
    await vi.advanceTimersByTimeAsync(wait);
    return { ...held, arrives: () => arrives() };
  };

  it("on a page like the brand's, the typing after the timeout is held too, and the late scorer's verdict arms the hold", () =>
    withTimers(async () => {
      const { win, pw, seenByPage, hold, log, arrives } = await timedOut(true, true, 'hun');
      // the user goes on typing onto the body (the box lost its focus to the wait): the page hears none of it
      type(win, pw, 'ter2');
      expect(seenByPage).toEqual([]);
      arrives();
      await vi.advanceTimersByTimeAsync(10);
      expect(hold.armed).toBe(true);
      expect(pw.value).toBe('');
      expect(log.typed).toEqual([]);
      expect(seenByPage).toEqual([]);
    }));

  it('a late clean verdict gives nothing kept back on a page like the brand (a kit takes its claim down first), and the typing flows again', () =>
    withTimers(async () => {
      const { win, pw, seenByPage, hold, log, arrives } = await timedOut(false, true, 'h');
      type(win, pw, 'unter2');
      expect(seenByPage).toEqual([]);
      arrives();
      await vi.advanceTimersByTimeAsync(10);
      expect(hold.armed).toBe(false);
      expect(log.typed).toEqual([]);
      expect(log.focus).toBe(0);
      // judged: what comes next is the page's
      win.dispatchEvent(key(pw, 'x'));
      expect(seenByPage).toContain('keydown');
    }));

  it("a page not like the brand's: the keys kept are given back, at the late verdict or at the cap", () =>
    withTimers(async () => {
      for (const comes of [true, false]) {
        const { win, pw, arrives } = await timedOut(false, false, 'h');
        type(win, pw, 'unter2');
        if (comes) arrives();
        await vi.advanceTimersByTimeAsync(comes ? 10 : WAIT_MAX_MS + 10);
        expect(pw.value).toBe('hunter2');
      }
    }));

  it("bounded: a scorer that never comes holds a page like the brand's to the wait's cap, then drops what it kept", () =>
    withTimers(async () => {
      const { win, pw, seenByPage, hold } = await timedOut(true, true, 'h', WAIT_MAX_MS + 10);
      type(win, pw, 'unter2');
      expect(seenByPage).toEqual([]);
      await vi.advanceTimersByTimeAsync(WAIT_RISKY_MAX_MS);
      expect(hold.armed).toBe(false);
      expect(pw.value).toBe('');
      win.dispatchEvent(key(pw, 'x'));
      expect(seenByPage).toContain('keydown');
    }));

  it('a refused load (no scorer to wait for) ends the wait at once, as before', async () => {
    const { win, pw, seenByPage } = guard(
      () => Promise.resolve(false),
      () => true,
      () => true,
      () => null,
    );
    win.dispatchEvent(key(pw, 'h'));
    await tick(20);
    type(win, pw, 'u');
    expect(seenByPage).toContain('keydown');
  });
});

describe("a key let through just before a wait began (CI flakes hunted, ci50: 'hunte2' for 'hunter2')", () => {
  /**
   * Chromium hands the page a key's keydown and its character (keypress, beforeinput) in two tasks: a
   * check's timer, a judgement's end or a picture read can start a wait between them. The keydown went through; the
   * character's own events are stopped by the wait, and must be kept as a keydown is, once.
   */
  function start() {
    const win = new EventTarget();
    g.window = win;
    const hold = installHold(new Set(['keydown', 'beforeinput']));
    const p = page(win);
    p.doc.activeElement = p.pw;
    let judged!: (v: boolean) => void;
    const wait = () => hold.waitFor(new Promise<boolean>((r) => (judged = r)), p.pw);
    return { win, hold, ...p, wait, judged: (v: boolean) => judged(v) };
  }
  const char: [string, Record<string, unknown>][] = [
    ['keypress', { key: 'r' }],
    ['beforeinput', { inputType: 'insertText', data: 'r' }],
  ];
  for (const [ev, init] of char)
    it(`its ${ev}, held, is kept and given back in its place`, async () => {
      const { win, pw, wait, judged } = start();
      type(win, pw, 'hunte');
      // the keydown of 'r' reached the page; a wait began before its character came
      win.dispatchEvent(key(pw, 'r'));
      wait();
      const e = trusted(ev, pw, init);
      win.dispatchEvent(e);
      expect(e.defaultPrevented).toBe(true);
      win.dispatchEvent(key(pw, '2'));
      judged(true);
      await tick();
      // (the box, in Node, took nothing of the keys that went through: what the wait gave back is 'r2')
      expect(pw.value).toBe('r2');
    });

  it('a Backspace whose keydown went through: its deletion, held, takes back the last character kept', async () => {
    const { win, pw, wait, judged } = start();
    wait();
    type(win, pw, 'ab');
    judged(true);
    await tick();
    wait();
    type(win, pw, 'cx');
    win.dispatchEvent(key(pw, 'Backspace'));
    win.dispatchEvent(trusted('beforeinput', pw, { inputType: 'deleteContentBackward' }));
    judged(true);
    await tick();
    // (the keydown's '\b' and the deletion's: one Backspace in a browser cancels the first and never sends the second;
    // here both came, and both count)
    expect(pw.value).toBe('ab');
  });

  it('the character of a key the check held at its beforeinput (the page changed between its keydown and it) is kept', async () => {
    const { win, hold, pw } = start();
    let j!: (v: boolean) => void;
    hold.watchFields = (e) => {
      if (e.type !== 'beforeinput') return;
      hold.waitFor(new Promise<boolean>((r) => (j = r)), pw);
      e.preventDefault();
      e.stopImmediatePropagation();
    };
    win.dispatchEvent(key(pw, 'h'));
    win.dispatchEvent(trusted('beforeinput', pw, { inputType: 'insertText', data: 'h' }));
    type(win, pw, 'i');
    j(true);
    await tick();
    expect(pw.value).toBe('hi');
  });

  it('a composition, a paste and a page-made event bring nothing through these', async () => {
    const { win, pw, wait, judged } = start();
    wait();
    win.dispatchEvent(
      trusted('beforeinput', pw, { inputType: 'insertCompositionText', data: 'ㅎ', isComposing: true }),
    );
    win.dispatchEvent(trusted('beforeinput', pw, { inputType: 'insertFromPaste', data: 'x' }));
    const fake = new Event('keypress', { cancelable: true });
    Object.defineProperty(fake, 'key', { value: 'Z' });
    win.dispatchEvent(fake);
    win.dispatchEvent(trusted('keypress', pw, { key: 'v', ctrlKey: true }));
    win.dispatchEvent(key(pw, 'k'));
    judged(true);
    await tick();
    expect(pw.value).toBe('k');
  });
});
