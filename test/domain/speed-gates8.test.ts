import { describe, expect, it } from 'vitest';
import { classify, compileLists } from '../../lib/domain/index';
import { holdsService } from '../../lib/domain/classify';
import type { CompiledLists } from '../../lib/domain/compile';
import { hangulKeys } from '../../lib/domain/match-brand';
import { hangulToKeys } from '../../lib/letters';
import { bundledList } from '../../lib/lists/bundled';
import { FUZZ_CLASSES, toAscii, variants } from './variants';

// domspeed8 (issue #12) took per-call list work out of three of judgeFurther's rules that every host sent on runs:
// keySlipped's Hangul names' keys (hangulKeys, worked out once per list instead of per name per call), a test that
// the registrable name holds a service word before serviceLureHost splits it (holdsService), and productSlipMay (the
// letters of a long name but one, as judge asks) before productSlip slices a letter out at every place. Each may
// only say "cannot" where the rule behind it finds nothing; the tests hold each to that.
const engine = compileLists({ ...bundledList, blocked: [] });
// the same lists with productSlipMay opened: a mask of no letters is every name's but none
const open: CompiledLists = { ...engine, productMasks: Int32Array.of(0) };
// and closed: no long name's letters at all (the test below must be able to fail)
const shut: CompiledLists = { ...engine, productMasks: new Int32Array(0) };

const LURES = ['refund', 'hwanbul', 'jeongsan', 'apply', 'cancel', 'login', 'kr', '24', 'event', 'bosang'];
const ROLES = ['rider', 'driver', 'partner', 'member'];
const TLDS = ['com', 'top', 'kr', 'co.kr', 'shop', 'xyz'];

/** Names of my own building around the service words: whole, with a role glued on, with lure words either side. */
function serviceNames(): string[] {
  const out = new Set<string>();
  let k = 0;
  for (const s of engine.services.keys())
    for (const role of ['', ...ROLES])
      for (const lure of LURES) {
        const word = s + role;
        const other = LURES[++k % LURES.length]!;
        out.add(`${word}-${lure}`);
        out.add(`${lure}-${word}-${other}`);
        out.add(`${word}${k % 10}-${lure}-kr`);
        out.add(`${lure}-${s}-${role || other}`);
      }
  return [...out];
}

/** Hosts of my own building: every long name and its one-letter slips, alone and with lure words. */
function productHosts(): string[] {
  const out = new Set<string>();
  let k = 0;
  for (const name of engine.productNames) {
    const forms = new Set<string>([name]);
    for (let i = 0; i <= name.length; i++) {
      forms.add(name.slice(0, i) + name.slice(i + 1));
      forms.add(name.slice(0, i) + 'e' + name.slice(i));
      if (i < name.length) forms.add(name.slice(0, i) + 'q' + name.slice(i + 1));
      if (i + 1 < name.length) forms.add(name.slice(0, i) + name[i + 1] + name[i] + name.slice(i + 2));
    }
    for (const form of forms) {
      const tld = TLDS[k++ % TLDS.length]!;
      out.add(`${form}.${tld}`);
      out.add(`${form}-${LURES[k % LURES.length]!}.${tld}`);
      out.add(`m.${form}.${tld}`);
    }
  }
  for (const b of bundledList.brands)
    for (const d of b.domains.slice(0, 3)) {
      const v = variants(d);
      for (const cls of FUZZ_CLASSES) for (const h of v[cls].slice(0, 30)) out.add(toAscii(h));
    }
  return [...out];
}

describe('judgeFurther rules behind list work done once (domspeed8)', () => {
  it("hangulKeys is every Hangul name's keys, in the list's order, and follows a new list", () => {
    const keys = hangulKeys(engine.hangul);
    expect(keys.length).toBe(engine.hangul.length);
    engine.hangul.forEach((h, i) => expect(keys[i], h.name).toBe(hangulToKeys(h.name).toLowerCase()));
    // another list (a reordered copy): its own keys, not the last list's
    const other = [...engine.hangul].reverse();
    const again = hangulKeys(other);
    other.forEach((h, i) => expect(again[i], h.name).toBe(hangulToKeys(h.name).toLowerCase()));
    expect(hangulKeys(engine.hangul)[0]).toBe(hangulToKeys(engine.hangul[0]!.name).toLowerCase());
  });

  it('a keyboard slip of the Hangul name is still found (keySlipped reads the cached keys)', () => {
    // 쿠팡 typed with the Korean input off is `znvkd`; v slipped onto its neighbour b (ㅠ after ㅜ: no syllable to read)
    for (const host of ['znbkd.com', 'znbkd.shop', 'znbkd-bosang.kr', 'www.znbkd.top']) {
      const v = classify(host, engine);
      expect(v.verdict, host).toBe('lookalike');
      expect(v.reasons[0]?.detail, host).toBe('keyboard-jamo');
    }
  });

  it('holdsService says yes for every name serviceLureHost can read, and no for names without a service word', () => {
    const names = serviceNames();
    expect(names.length).toBeGreaterThan(1000);
    for (const name of names) expect(holdsService(name, engine.services), name).toBe(true);
    for (const name of [
      'coupon-refund-kr',
      'hwanbul-center',
      'kakao-bosang',
      'apply-driver-kr',
      'seoul-event',
    ])
      expect(holdsService(name, engine.services), name).toBe(false);
    // a second map: its own words, not the last map's
    expect(holdsService('yeti-refund', new Map([['yeti', 1]]))).toBe(true);
    expect(holdsService('eats-refund', new Map([['yeti', 1]]))).toBe(false);
  });

  it('service words with lure words in Korea are still flagged (serviceLureHost behind holdsService)', () => {
    for (const host of [
      'eats-hwanbul-kr.top',
      'flex-jeongsan-kr.com',
      'wow-cancel-refund.co.kr',
      'flexdriver-apply.kr',
    ]) {
      const v = classify(host, engine);
      expect(v.verdict, host).toBe('lookalike');
      expect(
        v.reasons.some((r) => r.detail === 'service'),
        host,
      ).toBe(true);
    }
  });

  it('productSlipMay turns away no host productSlip flags: verdicts match with it opened wide', () => {
    const hosts = productHosts();
    expect(hosts.length).toBeGreaterThan(3000);
    let slips = 0;
    for (const host of hosts) {
      const a = classify(host, engine);
      const b = classify(host, open);
      expect(JSON.stringify(a), host).toBe(JSON.stringify(b));
      if (a.reasons.some((r) => r.detail === 'product-slip')) slips++;
    }
    expect(slips).toBeGreaterThan(100);
  });

  it("an ordinary host's reasons are the one shared frozen list: no caller can add to another host's", () => {
    const a = classify('shop.example-garden.com', engine);
    const b = classify('news.example-bakery.net', engine);
    expect(a.verdict).toBe('unknown');
    expect(a.reasons).toBe(b.reasons);
    expect(Object.isFrozen(a.reasons)).toBe(true);
    expect(() => (a.reasons as unknown[]).push({ code: 'typo' })).toThrow(TypeError);
    expect(b.reasons).toHaveLength(0);
  });

  it("the comparison can fail: with no long name's letters, product slips go unflagged", () => {
    let lost = 0;
    for (const host of ['rocketwwow.com', 'rockettwow.com', 'rocketfreshh.top', 'wowmembershipp.shop']) {
      const a = classify(host, engine);
      const c = classify(host, shut);
      if (a.reasons.some((r) => r.detail === 'product-slip') && c.verdict !== a.verdict) lost++;
    }
    expect(lost).toBeGreaterThan(1);
  });
});
