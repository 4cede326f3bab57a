import { describe, expect, it } from 'vitest';
import { compileLists } from '../../lib/domain/compile';
import { popcount } from '../../lib/domain/prefilter';
import { bundledList } from '../../lib/lists/bundled';

// The packed gate counts (compile.ts gateCounts) decide in twelve reads what the gate table decides gate by gate:
// whether a label's letter mask holds enough of some gate's letters. They must agree on every mask.
describe('packed gate counts', () => {
  const lists = compileLists(bundledList);
  const gates = lists.gateTable;
  const counts = lists.gateCounts;
  const open = (mask: number): boolean => {
    let carried = 0;
    for (let w = 0, o = 0; w < lists.gateBias.length; w++, o += 512)
      carried |=
        (counts![o + (mask & 127)]! +
          counts![o + 128 + ((mask >>> 7) & 127)]! +
          counts![o + 256 + ((mask >>> 14) & 127)]! +
          counts![o + 384 + ((mask >>> 21) & 127)]! +
          lists.gateBias[w]!) &
        lists.gateHigh[w]!;
    return carried !== 0;
  };
  const byTable = (mask: number): boolean => {
    for (let g = 0; g < gates.length; g += 5) if (popcount(mask & gates[g]!) >= gates[g + 1]!) return true;
    return false;
  };

  it('are built for the bundled list', () => {
    expect(counts).not.toBeNull();
  });

  it('agree with the gate table on 300,000 letter masks, sparse and dense, and on each gate exactly', () => {
    let seed = 12345;
    const rnd = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32) * 2 ** 27;
    const masks: number[] = [];
    for (let i = 0; i < 300_000; i++) masks.push(i % 2 ? rnd() & rnd() & rnd() : rnd() & rnd());
    for (let g = 0; g < gates.length; g += 5) {
      const m = gates[g]!;
      masks.push(m, m | (1 << 26));
      // each letter of the gate taken away in turn: a count one below the threshold, or still enough
      for (let b = 0; b < 26; b++) if (m & (1 << b)) masks.push(m & ~(1 << b));
    }
    const wrong = masks.filter((m) => open(m | 0) !== byTable(m | 0));
    expect(wrong).toEqual([]);
  });
});
