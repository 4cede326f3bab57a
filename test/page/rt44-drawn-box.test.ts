import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { drawnKinds, labelStrips, stripIn, type Box } from '../../lib/page/drawn-box';
import type { FieldKind } from '../../lib/page/lexicon';

/**
 * Red team 44 against round page57's drawn boxes (drawn-box.ts). The kits drew a bare box's label 40 px above it or
 * on its left, where the 28 px strip just above never looked; and showed a drawn box's placeholder or a bare box's
 * label while the user read it, blanking it when the pointer came over the box or the box took the focus, so the one
 * reading (at the press or the key) found nothing and was kept as nothing.
 */
const inside = (p: { x: number; y: number }, b: Box) =>
  p.x >= b.left && p.x <= b.left + b.width && p.y >= b.top && p.y <= b.top + b.height;

describe("where a bare box's drawn label is read (labelStrips, stripIn)", () => {
  const box: Box = { left: 140, top: 200, width: 300, height: 30 };
  const strips = labelStrips(box);
  const holding = (x: number, y: number) => strips.filter((s) => inside({ x, y }, s.strip));

  it('a label drawn just above, 40 px above, or on the left of the box lies in a strip', () => {
    expect(holding(150, 190)).toHaveLength(1); // 10 px above: the first strip
    expect(holding(150, 160)).toHaveLength(1); // 40 px above
    expect(holding(40, 215)).toHaveLength(1); // 100 px to its left, on its line
  });
  it('each strip is probed for its canvas inside it, the side strip next to the box (its far end may be off-screen)', () => {
    for (const s of strips) expect(inside(s, s.strip)).toBe(true);
    expect(strips[2]!.x).toBeGreaterThan(box.left - 20);
  });
  it('the box itself and what lies far above or right of it are not read', () => {
    expect(holding(300, 215)).toHaveLength(0);
    expect(holding(150, 120)).toHaveLength(0);
    expect(holding(500, 215)).toHaveLength(0);
  });
  it("a strip maps into the canvas's own pixels, clipped to the canvas", () => {
    // a canvas shown at half its bitmap's size: its pixels are twice the strip's CSS pixels
    const cr: Box = { left: 100, top: 100, width: 400, height: 300 };
    expect(stripIn({ left: 140, top: 172, width: 300, height: 28 }, cr, 800, 600)).toEqual({
      left: 80,
      top: 144,
      width: 600,
      height: 56,
    });
    // the side strip starts left of the canvas: only its part over the canvas is read
    expect(stripIn({ left: 40, top: 194, width: 160, height: 42 }, cr, 400, 300)).toEqual({
      left: 0,
      top: 94,
      width: 100,
      height: 42,
    });
    expect(stripIn({ left: 0, top: 0, width: 50, height: 50 }, cr, 400, 300)).toBeNull();
  });
});

describe('what a drawn box or a drawn label was seen to take is kept (drawnKinds)', () => {
  /** a page whose reading at each moment is scripted: what the box shows when it is read */
  const seen = (shows: (FieldKind | null)[]) => {
    let t = 0;
    const reads: number[] = [];
    const kinds = drawnKinds(
      {
        box: () => (reads.push(t), shows[Math.min(reads.length - 1, shows.length - 1)] ?? null),
        label: () => (reads.push(t), shows[Math.min(reads.length - 1, shows.length - 1)] ?? null),
      },
      () => t,
    );
    return { kinds, reads, at: (ms: number) => (t = ms) };
  };
  const el = parseHTML('<div tabindex="0"><canvas></canvas></div>').document.querySelector('div')!;

  it("a placeholder read while the user reads it is still the box's kind once the page blanked it (fb, hv)", () => {
    const { kinds, at } = seen(['password', null]);
    at(0);
    expect(kinds.box(el)).toBe('password'); // read with the page, before the pointer came
    at(2_000);
    expect(kinds.box(el)).toBe('password'); // the key: the page blanked it at the focus
  });
  it('a label blank at the first reading is read again at a later event, and kept once found (lr)', () => {
    const { kinds, at, reads } = seen([null, 'card', null]);
    at(0);
    expect(kinds.label(el, () => '')).toBeNull();
    at(100);
    expect(kinds.label(el, () => '')).toBeNull(); // too soon: not read again
    expect(reads).toHaveLength(1);
    at(400);
    expect(kinds.label(el, () => '')).toBe('card');
    at(900);
    expect(kinds.label(el, () => '')).toBe('card');
    expect(reads).toHaveLength(2);
  });
  it('an honest box that never says a secret stays without one, read at most once per quarter second', () => {
    const { kinds, at, reads } = seen([null]);
    for (let ms = 0; ms < 1_000; ms += 50) {
      at(ms);
      expect(kinds.box(el)).toBeNull();
    }
    expect(reads.length).toBeLessThanOrEqual(4);
  });
  it('a page with no canvas is not looked through at all', () => {
    const { kinds, reads } = seen(['password']);
    const { document } = parseHTML('<body><div tabindex="0">메모</div><input></body>');
    kinds.readAll(document as unknown as Document, () => '');
    expect(reads).toHaveLength(0);
  });
  it("a page's drawn boxes and bare boxes are read when the page is read", () => {
    const { kinds, reads } = seen(['password']);
    const { document } = parseHTML(
      '<body><div id="d" tabindex="0"><canvas></canvas></div><canvas tabindex="0"></canvas><input name="a1"><input type="password"></body>',
    );
    kinds.readAll(document as unknown as Document, () => '');
    expect(reads).toHaveLength(3);
    expect(kinds.box(document.getElementById('d'))).toBe('password');
  });
});
