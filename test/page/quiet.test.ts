import { parseHTML } from 'linkedom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { quietWatch } from '../../entrypoints/content/quiet';

/**
 * The late looks' skip (entrypoints/content/quiet.ts): a look is skipped only when nothing it reads can have
 * changed since the last one. linkedom stands in for the page; the window's figures and listeners are stubbed.
 */
const tick = () => new Promise((r) => setTimeout(r, 0));

function page() {
  const { document, MutationObserver } = parseHTML(
    '<!doctype html><html><head><style>.a{color:red}</style></head><body><div id="box" data-n="">x</div><p>text</p></body></html>',
  );
  const closed = new Map<Element, ShadowRoot>();
  const asked = new Set<Element>();
  const reader = {
    probed: () => asked as ReadonlySet<Element>,
    forget: () => asked.clear(),
    plain: () => null,
    api: (el: Element) => closed.get(el) ?? null,
  };
  vi.stubGlobal('MutationObserver', MutationObserver);
  return { document, closed, asked, reader };
}

describe('quietWatch', () => {
  const listeners = new Map<string, () => void>();
  beforeEach(() => {
    vi.stubGlobal('scrollX', 0);
    vi.stubGlobal('scrollY', 0);
    vi.stubGlobal('innerWidth', 1000);
    vi.stubGlobal('innerHeight', 800);
    vi.stubGlobal('addEventListener', (type: string, fn: () => void) => listeners.set(type, fn));
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    listeners.clear();
  });

  it('runs the first look, skips a look after which nothing changed', async () => {
    const { document, reader } = page();
    const q = quietWatch(document, new Set(), reader);
    expect(q.unchanged()).toBe(false);
    await tick();
    expect(q.unchanged()).toBe(true);
    expect(q.unchanged()).toBe(true);
  });

  it('runs after any mutation, a data-* attribute included, and skips again after that look', async () => {
    const { document, reader } = page();
    const q = quietWatch(document, new Set(), reader);
    q.unchanged();
    await tick();
    document.getElementById('box')!.setAttribute('data-n', '쿠팡');
    await tick();
    expect(q.unchanged()).toBe(false);
    await tick();
    expect(q.unchanged()).toBe(true);
  });

  it('runs after text written into the page', async () => {
    const { document, reader } = page();
    const q = quietWatch(document, new Set(), reader);
    q.unchanged();
    document.querySelector('p')!.firstChild!.nodeValue = '쿠팡 고객센터';
    expect(q.unchanged()).toBe(false);
  });

  it('runs when an element the API was asked about carries a root the looks have not seen', async () => {
    const { document, closed, asked, reader } = page();
    const roots = new Set<ShadowRoot>();
    const q = quietWatch(document, roots, reader);
    q.unchanged();
    const box = document.getElementById('box')!;
    asked.add(box); // the scan after the first look asked about it
    await tick();
    expect(q.unchanged()).toBe(true);
    const root = document.createDocumentFragment() as unknown as ShadowRoot;
    closed.set(box, root); // attached since: no mutation
    expect(q.unchanged()).toBe(false);
    // (a look that runs forgets what was asked: the scan it starts asks again, and finds the root)
    expect(asked.size).toBe(0);
    asked.add(box);
    roots.add(root);
    await tick();
    expect(q.unchanged()).toBe(true);
  });

  it('runs after the reader scrolled or the window was resized, or an event stirred the page', async () => {
    const { document, reader } = page();
    const q = quietWatch(document, new Set(), reader);
    q.unchanged();
    await tick();
    expect(q.unchanged()).toBe(true);
    vi.stubGlobal('scrollY', 400);
    expect(q.unchanged()).toBe(false);
    await tick();
    expect(q.unchanged()).toBe(true);
    vi.stubGlobal('innerWidth', 600);
    expect(q.unchanged()).toBe(false);
    await tick();
    expect(q.unchanged()).toBe(true);
    listeners.get('pointerover')!();
    expect(q.unchanged()).toBe(false);
  });

  it('never skips once the API was asked about more elements than it keeps', async () => {
    const { document } = page();
    const reader = { probed: () => null, forget: () => undefined, plain: () => null, api: () => null };
    const q = quietWatch(document, new Set(), reader);
    q.unchanged();
    await tick();
    expect(q.unchanged()).toBe(false);
  });
});
