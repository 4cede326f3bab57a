import { describe, expect, it } from 'vitest';
import { classify, compileLists } from '../../lib/domain/index';
import { bundledList } from '../../lib/lists/bundled';
import { corpus } from './corpora';

const withList = compileLists(bundledList);
const engine = compileLists({ ...bundledList, blocked: [] });
const isFlag = (v: string) => v === 'lookalike' || v === 'blocked';

describe('shared corpora', () => {
  it('every official domain and host is official', () => {
    const rows = corpus('official-domains.tsv');
    expect(rows.length).toBeGreaterThanOrEqual(16);
    const wrong = rows.filter((r) => classify(r.host, withList).verdict !== 'official').map((r) => r.host);
    expect(wrong).toEqual([]);
  });

  it('every real phishing host is flagged by the engine alone (known-bad list off)', () => {
    const rows = corpus('phishing-feeds.tsv');
    expect(rows.length).toBeGreaterThanOrEqual(46);
    const missed = rows.filter((r) => !isFlag(classify(r.host, engine).verdict)).map((r) => r.host);
    expect(missed).toEqual([]);
  });

  it('every real phishing host is blocked with the bundled list', () => {
    const missed = corpus('phishing-feeds.tsv')
      .filter((r) => classify(r.host, withList).verdict !== 'blocked')
      .map((r) => r.host);
    expect(missed).toEqual([]);
  });

  it('none of the 10,200 popular domains is flagged', () => {
    const rows = corpus('benign-popular.tsv');
    expect(rows.length).toBeGreaterThanOrEqual(10_000);
    const alarms = rows
      .map((r) => classify(r.host, withList))
      .filter((v) => isFlag(v.verdict) || v.verdict === 'official')
      .map((v) => `${v.input}: ${v.verdict} ${v.reasons.map((r) => r.code).join(',')}`);
    expect(alarms).toEqual([]);
  });
});
