import { describe, expect, it } from 'vitest';
import { sampledTimeUnder, type CpuProfile } from '../../bench/lib/profile';

const EXT = 'chrome-extension://abc/';
// (root) ─┬─ page.js:f ── (native getter)
//         └─ content.js:scan ─┬─ (native getter)
//                             └─ (regex)
const profile: CpuProfile = {
  nodes: [
    { id: 1, callFrame: { url: '' }, children: [2, 4] },
    { id: 2, callFrame: { url: 'http://page.test/page.js' }, children: [3] },
    { id: 3, callFrame: { url: '' } },
    { id: 4, callFrame: { url: `${EXT}content-scripts/content.js` }, children: [5, 6] },
    { id: 5, callFrame: { url: '' } },
    { id: 6, callFrame: { url: '' } },
  ],
  samples: [1, 3, 4, 5, 6, 2, 5],
  timeDeltas: [100, 200, 300, 400, 500, 600, 700],
};

describe('sampled time under a script', () => {
  it('counts samples whose stack holds a frame of the script, callees included', () => {
    // samples on 4, 5, 6, 5: 300 + 400 + 500 + 700 µs
    expect(sampledTimeUnder(profile, EXT)).toBeCloseTo(1.9, 10);
  });

  it('does not count other scripts, their callees or idle time', () => {
    expect(sampledTimeUnder(profile, 'http://page.test/')).toBeCloseTo(0.8, 10); // 2 and 3: 600 + 200
    expect(sampledTimeUnder(profile, 'moz-extension://')).toBe(0);
  });

  it('reads an empty or partial profile as no time', () => {
    expect(sampledTimeUnder({ nodes: [] }, EXT)).toBe(0);
    expect(sampledTimeUnder({ nodes: profile.nodes, samples: [4] }, EXT)).toBe(0);
  });
});
