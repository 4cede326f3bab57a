import { describe, expect, it } from 'vitest';
import { compileLists, GATE_WORDS_MAX, GATES_PER_WORD, type CompiledLists } from '../../lib/domain/compile';
import type { ListData } from '../../lib/lists';
import { popcount } from '../../lib/domain/prefilter';
import { bundledList } from '../../lib/lists/bundled';

// The packed gate counts (compile.ts gateCounts) decide in four reads per six gates what the gate table decides gate
// by gate: whether a label's letter mask holds enough of some gate's letters. They must agree on every mask.
const agree = (name: string, lists: CompiledLists) =>
  describe(name, () => {
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

    it('are built', () => {
      expect(counts).not.toBeNull();
      expect(lists.gateBias.length).toBe(Math.ceil(gates.length / 5 / GATES_PER_WORD));
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

agree('packed gate counts', compileLists(bundledList));

// A list with more gates than the bundled one (a brand's aliases added, seven random letters each): the counts are
// packed up to GATE_WORDS_MAX words (30 gates, a bit each in mayImitate's gate bits) and turned off past them.
function withTokens(n: number): CompiledLists {
  let seed = 7;
  const rnd = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const tokens = Array.from({ length: n }, () =>
    Array.from({ length: 7 }, () => String.fromCharCode(97 + Math.floor(rnd() * 26))).join(''),
  );
  const [first, ...rest] = bundledList.brands;
  const aliases = [
    ...(first!.aliases ?? []),
    ...tokens.map((token) => ({ text: token, token, lang: 'en', lends: [] })),
  ];
  return compileLists({ ...bundledList, brands: [{ ...first!, aliases }, ...rest] } as ListData);
}
const gateCount = (lists: CompiledLists) => lists.gateTable.length / 5;
const wide = withTokens(12);
agree('packed gate counts of a list with five words of gates', wide);

it('the packed counts hold as many gates as GATE_WORDS_MAX words do, and no more', () => {
  expect(gateCount(wide)).toBeGreaterThan(4 * GATES_PER_WORD);
  expect(gateCount(wide)).toBeLessThanOrEqual(GATE_WORDS_MAX * GATES_PER_WORD);
  const over = withTokens(16);
  expect(gateCount(over)).toBeGreaterThan(GATE_WORDS_MAX * GATES_PER_WORD);
  expect(over.gateCounts).toBeNull();
});
