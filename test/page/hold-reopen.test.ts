import { afterEach, describe, expect, it } from 'vitest';
import { installHold } from '../../entrypoints/content/hold';

/**
 * Red team 37, class B (docs/threat-model.md): `document.open()` erases every listener of the window, ours included,
 * and a listener the page registers in the same task runs before ours once we put ours back. Where the page's typing
 * matters (a wait under way, the hold armed, a secret box pressed on a page that names the brand) the
 * hold takes the window back: its own `document.open()` erases the page's listeners of that task too, its own are
 * registered first, and the page's nodes are put back. No DOM in Node: a window whose listeners `open()` erases, in
 * the order they were added, and a document of plain nodes.
 */
const g = globalThis as unknown as { window?: unknown; document?: unknown };

afterEach(() => {
  // (an armed hold's tick outlives its test and puts its listeners back on whatever window there is)
  g.window = new EventTarget();
  delete g.document;
});

type Listener = (e: Event) => void;

/** A window as the browser keeps it: listeners in the order added, all of them erased by document.open() */
function page() {
  let listeners: [string, Listener][] = [];
  const win = {
    addEventListener(type: string, fn: Listener) {
      if (!listeners.some(([t, f]) => t === type && f === fn)) listeners.push([type, fn]);
    },
    removeEventListener() {},
  };
  const node = (name: string) => ({ name }) as unknown as Node;
  const doc = {
    childNodes: [node('doctype'), node('html')] as Node[],
    activeElement: null as unknown,
    body: {},
    opens: 0,
    openThrows: false,
    removeChild(n: Node) {
      doc.childNodes = doc.childNodes.filter((c) => c !== n);
      return n;
    },
    appendChild(n: Node) {
      doc.childNodes.push(n);
      return n;
    },
    // the page's (or the hold's) document.open(): every listener erased, every node removed; what it writes after
    open(write?: () => void) {
      if (doc.openThrows) throw new DOMException('no entry document', 'SecurityError');
      doc.opens++;
      listeners = [];
      const removed = doc.childNodes;
      doc.childNodes = [];
      write?.();
      return removed;
    },
    close() {
      if (!doc.childNodes.length) doc.childNodes = [node('blank-html')];
    },
    querySelectorAll: () => [],
  };
  g.window = win;
  g.document = doc;
  /** a key as the user types it, through the window's listeners in order; what the page's saw */
  const type = (k: string) => {
    const e = new Event('keydown', { cancelable: true });
    Object.defineProperty(e, 'isTrusted', { value: true });
    Object.defineProperty(e, 'key', { value: k });
    Object.defineProperty(e, 'composedPath', { value: () => [doc.body] });
    let stopped = false;
    e.stopImmediatePropagation = () => void (stopped = true);
    for (const [t, fn] of [...listeners]) {
      if (stopped) break;
      if (t === 'keydown') fn(e);
    }
  };
  const stolen: string[] = [];
  const logger: Listener = (e) => stolen.push((e as KeyboardEvent).key);
  /** the kit: document.open(), and the written document's script registers its keylogger in the same task */
  const kitOpens = (extra?: () => void) =>
    doc.open(() => {
      doc.childNodes = [node('kit-doctype'), node('kit-html')];
      win.addEventListener('keydown', logger);
      extra?.();
    });
  return { win, doc, type, stolen, logger, kitOpens };
}

const never = new Promise<boolean>(() => undefined);
const tick = async (n = 5) => {
  for (let i = 0; i < n; i++) await Promise.resolve();
};

describe('a document.open() where the typing matters', () => {
  it('during a wait: the window is taken back, the page keylogger of that task erased, its nodes kept', () => {
    const p = page();
    const hold = installHold(new Set(['keydown', 'focusin']));
    hold.waitFor(never);
    const removed = p.kitOpens();
    const written = [...p.doc.childNodes];
    // (the observer's microtask after the page's task: before any key)
    hold.emptied(removed);
    expect(p.doc.opens).toBe(2);
    expect(p.doc.childNodes).toEqual(written);
    for (const k of 'hunter2') p.type(k);
    expect(p.stolen).toEqual([]);
  });

  it('a keylogger registered again after it sits behind the hold: held while the wait lasts and once armed', async () => {
    const p = page();
    const hold = installHold(new Set(['keydown', 'focusin']));
    hold.waitFor(never);
    const removed = p.kitOpens();
    hold.emptied(removed);
    p.win.addEventListener('keydown', (e) => p.stolen.push(`again:${(e as KeyboardEvent).key}`));
    p.type('h');
    hold.arm();
    await tick();
    p.type('u');
    expect(p.stolen).toEqual([]);
  });

  it('the hold armed: the same', () => {
    const p = page();
    const hold = installHold(new Set(['keydown', 'focusin']));
    hold.arm();
    hold.emptied(p.kitOpens());
    p.type('h');
    expect(p.stolen).toEqual([]);
  });

  it('what the hold removed itself is not the page opening again (no loop)', () => {
    const p = page();
    const hold = installHold(new Set(['keydown', 'focusin']));
    hold.waitFor(never);
    hold.emptied(p.kitOpens());
    expect(p.doc.opens).toBe(2);
    // the records of the hold's own removals (the page's nodes it took out, the blank document it wrote)
    hold.emptied([...p.doc.childNodes, {} as Node]);
    expect(p.doc.opens).toBe(2);
    // … but the page opening again (a script its nodes run as they come back) is the page's
    hold.emptied(p.kitOpens());
    expect(p.doc.opens).toBe(4);
    p.type('h');
    expect(p.stolen).toEqual([]);
  });

  it('after a press, on a page that names the brand: taken back and judged at once', () => {
    const p = page();
    const hold = installHold(new Set(['keydown', 'focusin']));
    let judged = 0;
    hold.touched = true;
    hold.risky = () => true;
    hold.rejudge = () => {
      judged++;
      hold.waitFor(never);
    };
    hold.emptied(p.kitOpens());
    expect(judged).toBe(1);
    p.type('h');
    expect(p.stolen).toEqual([]);
  });

  it('a page that cannot be opened (the browser refuses) keeps its nodes; the hold listens again', () => {
    const p = page();
    const hold = installHold(new Set(['keydown', 'focusin']));
    hold.waitFor(never);
    const removed = p.kitOpens();
    const written = [...p.doc.childNodes];
    p.doc.openThrows = true;
    hold.emptied(removed);
    expect(p.doc.childNodes).toEqual(written);
    // (behind the page's listener, as before: the page reads the key; the hold still stops what comes after)
    const seenAfter: string[] = [];
    p.win.addEventListener('keydown', (e) => seenAfter.push((e as KeyboardEvent).key));
    p.type('h');
    expect(seenAfter).toEqual([]);
  });
});

describe('an honest document.open()', () => {
  it('at load, before any press: the page keeps the listeners it wrote; the hold does not open', () => {
    const p = page();
    const hold = installHold(new Set(['keydown', 'focusin']));
    hold.risky = () => true;
    hold.emptied(p.kitOpens());
    expect(p.doc.opens).toBe(1);
    p.type('h');
    expect(p.stolen).toEqual(['h']);
  });

  it('after a press, into a document with no word of the brand (a field or not): untouched', () => {
    const p = page();
    const hold = installHold(new Set(['keydown', 'focusin']));
    hold.touched = true;
    hold.risky = () => false;
    let judged = 0;
    hold.rejudge = () => void judged++;
    hold.emptied(p.kitOpens());
    expect(p.doc.opens).toBe(1);
    expect(judged).toBe(0);
    p.type('h');
    expect(p.stolen).toEqual(['h']);
  });

  it('opened before, then the page is held: the window is taken back when the hold arms', async () => {
    const p = page();
    const hold = installHold(new Set(['keydown', 'focusin']));
    hold.emptied(p.kitOpens());
    p.type('h');
    hold.arm();
    await tick();
    p.type('u');
    expect(p.stolen).toEqual(['h']);
    expect(p.doc.opens).toBe(2);
  });

  it('opened before, then a wait: taken back only where the page names the brand', async () => {
    const honest = page();
    let hold = installHold(new Set(['keydown', 'focusin']));
    hold.risky = () => false;
    hold.emptied(honest.kitOpens());
    hold.waitFor(never);
    await tick();
    expect(honest.doc.opens).toBe(1);

    const kit = page();
    hold = installHold(new Set(['keydown', 'focusin']));
    hold.risky = () => true;
    hold.emptied(kit.kitOpens());
    hold.waitFor(never);
    await tick();
    expect(kit.doc.opens).toBe(2);
    kit.type('h');
    expect(kit.stolen).toEqual([]);
  });
});
