import { describe, expect, it } from 'vitest';
import { JudgingFrames } from '../../lib/page/judging-frames';

/** A clock and timers the test moves by hand */
function clock() {
  let t = 0;
  const due: { at: number; fn: () => void }[] = [];
  return {
    now: () => t,
    later: (fn: () => void, ms: number) => due.push({ at: t + ms, fn }),
    advance(ms: number) {
      t += ms;
      for (const d of due.splice(0).sort((a, b) => a.at - b.at))
        if (d.at <= t) d.fn();
        else due.push(d);
    },
  };
}
const tick = () => new Promise((r) => setTimeout(r, 0));

describe('red team 45, sf: an ask waits for the frames of its tab still being judged', () => {
  it('waits for a sibling frame whose scorer was asked for until its verdict is pooled', async () => {
    const c = clock();
    const j = new JudgingFrames(1500, c.now, c.later);
    j.mark(7, 3); // the claim's frame, put up after the first key
    let answered = false;
    void j.settled(7, 2).then(() => (answered = true)); // the box's frame asks at its next key
    await tick();
    expect(answered).toBe(false);
    j.settle(7, 3);
    await tick();
    expect(answered).toBe(true);
  });

  it('does not wait for itself, for another tab, or for a frame already judged', async () => {
    const c = clock();
    const j = new JudgingFrames(1500, c.now, c.later);
    j.mark(7, 2);
    j.mark(8, 3);
    j.mark(7, 4);
    j.settle(7, 4);
    expect(j.judging(7, 2)).toEqual([]);
    await expect(j.settled(7, 2)).resolves.toBeUndefined();
  });

  it('waits at most the cap after the mark: a frame that never reports holds no one longer', async () => {
    const c = clock();
    const j = new JudgingFrames(1500, c.now, c.later);
    j.mark(7, 3);
    let answered = false;
    void j.settled(7, 2).then(() => (answered = true));
    c.advance(1499);
    await tick();
    expect(answered).toBe(false);
    c.advance(1);
    await tick();
    expect(answered).toBe(true);
  });

  it("a frame read at another frame's ask is waited for to its own, longer cap; a frame that asked for its scorer to the instance's (red team 47)", async () => {
    const c = clock();
    const j = new JudgingFrames(1500, c.now, c.later);
    j.mark(7, 3, 8000); // the silent picture frame, read at the box frame's ask
    j.mark(7, 4); // a frame whose own gate opened
    let answered = false;
    void j.settled(7, 2).then(() => (answered = true));
    c.advance(4000);
    await tick();
    expect(j.judging(7, 2)).toEqual([3]);
    expect(answered).toBe(false);
    c.advance(4000);
    await tick();
    expect(answered).toBe(true);
  });

  it('a frame marked again (a new document in it) is waited for from its new mark', async () => {
    const c = clock();
    const j = new JudgingFrames(1500, c.now, c.later);
    j.mark(7, 3);
    c.advance(1000);
    j.mark(7, 3);
    let answered = false;
    void j.settled(7, 2).then(() => (answered = true));
    c.advance(600); // the first mark's cap passes: the second one stands
    await tick();
    expect(answered).toBe(false);
    c.advance(900);
    await tick();
    expect(answered).toBe(true);
  });

  it('a tab forgotten (a new top document) lets its asks go', async () => {
    const c = clock();
    const j = new JudgingFrames(1500, c.now, c.later);
    j.mark(7, 3);
    let answered = false;
    void j.settled(7, 2).then(() => (answered = true));
    j.forget(7);
    await tick();
    expect(answered).toBe(true);
  });
});
