import { describe, expect, it } from 'vitest';
import { classify, compileLists } from '../../lib/domain/index';
import { bundledList } from '../../lib/lists/bundled';
import { corpus } from './corpora';

describe('Cloudflare Radar top 100K', () => {
  it('none of the ~100,000 domains is flagged (IDNs of other languages included)', () => {
    const lists = compileLists(bundledList);
    const rows = corpus('benign-cloudflare-100k.tsv');
    expect(rows.length).toBeGreaterThanOrEqual(99_000);
    const alarms: string[] = [];
    for (const r of rows) {
      const v = classify(r.host, lists);
      if (v.verdict !== 'unknown' && v.verdict !== 'invalid')
        alarms.push(`${r.host}: ${v.verdict} ${v.reasons.map((x) => x.code).join(',')}`);
    }
    expect(alarms).toEqual([]);
  });
});
