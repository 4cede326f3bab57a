import { describe, expect, it } from 'vitest';
import type { FieldKind } from '../../lib/page/lexicon';
import { drawnWatcher } from '../../lib/page/drawn-box';

/**
 * lib/page/drawn-box.ts `drawnWatcher` (red team 47, dh in Firefox under a saturated core): a box drawn on a canvas
 * is read again and again, at a pace set by the reading's own cost, until it has said it takes a secret — so a
 * placeholder shown between two of the late looks (1, 2, 4, 8 … s) and blanked at the hover is read while shown.
 */

/** A document holding `n` drawn boxes (a focusable <div> around a lone canvas): what the watcher queries */
function page(n: number) {
  const boxes = Array.from({ length: n }, (_, i) => ({ id: i, hasAttribute: () => false }));
  const canvases = boxes.map((b) => ({ hasAttribute: () => false, parentElement: b }));
  return {
    boxes,
    doc: { querySelectorAll: () => canvases } as unknown as Document,
    remove: () => canvases.splice(0),
  };
}

/** A hand-driven clock and the watcher's timers */
function clock() {
  let t = 0;
  const due: { at: number; fn: () => void }[] = [];
  return {
    now: () => t,
    after: (ms: number, fn: () => void) => void due.push({ at: t + ms, fn }),
    pending: () => due.length,
    /** moves time on, running each timer as it falls due; `cost` ms pass inside each reading */
    advance(ms: number) {
      const end = t + ms;
      for (;;) {
        due.sort((a, b) => a.at - b.at);
        const next = due[0];
        if (!next || next.at > end) break;
        due.shift();
        t = next.at;
        next.fn();
      }
      t = end;
    },
    spend(ms: number) {
      t += ms;
    },
  };
}

describe('drawn boxes watched until they say what they take (red team 47)', () => {
  it('a placeholder painted between two late looks and blanked before the next is read while it is shown', () => {
    const c = clock();
    const { doc, boxes } = page(1);
    // the kit paints its placeholder at 4.6 s and blanks it at the hover, 5.3 s (the looks: 1, 2, 4, 8 s)
    const shown = (t: number) => t >= 4600 && t < 5300;
    const found = new Map<unknown, FieldKind>();
    const seen = {
      box: (el: Element | null) => {
        if (!found.has(el) && shown(c.now())) found.set(el, 'password');
        return found.get(el) ?? null;
      },
    };
    const watch = drawnWatcher(seen, c.after, () => true, c.now);
    watch(doc); // the first reading, at the first scan
    c.advance(6000);
    expect(found.get(boxes[0])).toBe('password');
    // found: the watch stops (no timer left)
    expect(c.pending()).toBe(0);
  });

  it('the pace is the reading cost ×10, at least 250 ms: a slow machine reads less often, never stops', () => {
    const c = clock();
    const { doc } = page(1);
    const at: number[] = [];
    const seen = {
      box: () => {
        at.push(c.now());
        c.spend(60); // a reading that costs 60 ms on a loaded core
        return null;
      },
    };
    drawnWatcher(seen, c.after, () => true, c.now)(doc);
    c.advance(3000);
    const gaps = at.slice(1).map((t, i) => t - at[i]!);
    expect(gaps.length).toBeGreaterThan(2);
    // (60 ms of reading, then 600 ms of rest: the page keeps nine tenths of the thread)
    for (const g of gaps) expect(g).toBe(660);
  });

  it('a page with no drawn box (or whose boxes are gone) pays one query and no timer; a later call starts it again', () => {
    const c = clock();
    const none = page(0);
    const seen = { box: () => null };
    const watch = drawnWatcher(seen, c.after, () => true, c.now);
    watch(none.doc);
    expect(c.pending()).toBe(0);
    const one = page(1);
    watch(one.doc);
    expect(c.pending()).toBe(1);
    one.remove();
    c.advance(300);
    expect(c.pending()).toBe(0);
    // (an element that is not a box drawn on a canvas is not watched)
    drawnWatcher(seen, c.after, () => false, c.now)(page(2).doc);
    expect(c.pending()).toBe(0);
  });

  it('called again while it runs (every scan calls it): one watch, not two', () => {
    const c = clock();
    const { doc } = page(1);
    let reads = 0;
    const watch = drawnWatcher({ box: () => (reads++, null) }, c.after, () => true, c.now);
    watch(doc);
    watch(doc);
    watch(doc);
    expect(reads).toBe(1);
    expect(c.pending()).toBe(1);
  });
});
