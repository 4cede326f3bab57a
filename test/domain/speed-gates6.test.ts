import { describe, expect, it } from 'vitest';
import { classify, compileLists } from '../../lib/domain/index';
import { turnedLastOf } from '../../lib/domain/classify';
import { struckName, type CompiledLists } from '../../lib/domain/compile';
import { hostLabelMask } from '../../lib/domain/prefilter';
import { bundledList } from '../../lib/lists/bundled';
import { FUZZ_CLASSES, toAscii, variants } from './variants';

// domspeed6 (issue #12) put three tests compiled once per lists before work the common path did on ordinary hosts:
// slipMasks (the letter masks a slipped or struck name can have, before slipOrServiceMay slices the label's first
// word), productFirsts (the product names' first letters, before productEnds reads two 26³ tables) and turnedLastOf
// (the last letters of what turnedAt finds at a label's end, before it walks three lists). Each may only ever say
// "cannot" where the rule behind it finds nothing. The property tests below hold each to that: on the compiled
// tables themselves, and end to end, hosts built from the brand data's names and every trick class judged with the
// gates as compiled and with the gates opened wide must get the same verdict, word for word.
const engine = compileLists({ ...bundledList, blocked: [] });
// the same lists with the two CompiledLists gates opened: every first letter a product name's, every mask a slip's
const open: CompiledLists = {
  ...engine,
  productFirsts: (1 << 26) - 1,
  slipMasks: { has: () => true } as unknown as ReadonlySet<number>,
};

const LURES = ['refund', 'event', 'login', 'bosang', 'check', 'pihaejohoe', 'hwanbul', 'kr', '24', 'app'];
const TLDS = ['com', 'top', 'shop', 'kr', 'co.kr', 'xyz'];

/** Hosts of my own building: every brand name and abbreviation, with lure words on either side and a hyphen or not. */
function hosts(): string[] {
  const out = new Set<string>();
  const names = new Set<string>([
    ...engine.slipped,
    ...engine.productNames,
    ...engine.productSlips.keys(),
    ...engine.ownShort,
    ...engine.ownShortSounds,
    ...engine.shortNames.keys(),
    ...engine.said,
    ...engine.squeezed,
    ...engine.coreNames,
  ]);
  // (a sample of the struck names: a `once` form with each letter put in at its start, middle and end)
  let i = 0;
  for (const form of engine.struck.once) {
    if (i++ % 7 !== 0) continue;
    for (const c of 'aeikqz7')
      for (const at of [0, form.length >> 1, form.length]) names.add(form.slice(0, at) + c + form.slice(at));
  }
  const words = [...engine.brandWords].filter((w) => /^[a-z]{3,4}$/.test(w));
  let k = 0;
  for (const name of names) {
    const tld = TLDS[k++ % TLDS.length]!;
    const lure = LURES[k % LURES.length]!;
    out.add(`${name}.${tld}`);
    out.add(`${name}-${lure}.${tld}`);
    out.add(`${lure}-${name}.${tld}`);
    out.add(`www.${lure}-${name}.${tld}`);
    if (name.length <= 6) for (const w of words) out.add(`${lure}-${name}${w}.${tld}`);
  }
  // dnstwist's classes on the brands' own domains
  for (const b of bundledList.brands)
    for (const d of b.domains.slice(0, 3)) {
      const v = variants(d);
      for (const cls of FUZZ_CLASSES) for (const h of v[cls].slice(0, 40)) out.add(toAscii(h));
    }
  return [...out];
}

describe('the compiled gates never turn away what their rule reads (domspeed6)', () => {
  it('every slipped name, and every name struckName answers for, has its letter mask in slipMasks', () => {
    for (const name of engine.slipped) expect(engine.slipMasks.has(hostLabelMask(name)), name).toBe(true);
    let struck = 0;
    for (const form of engine.struck.once)
      for (let at = 0; at <= form.length; at++)
        for (let c = 97; c <= 122; c++) {
          const name = form.slice(0, at) + String.fromCharCode(c) + form.slice(at);
          if (!struckName(name, engine)) continue;
          struck++;
          expect(engine.slipMasks.has(hostLabelMask(name)), name).toBe(true);
        }
    expect(struck).toBeGreaterThan(100);
  });

  it('every entry of the product tables names a first letter productFirsts holds', () => {
    // (productEnds read only these tables before; a slip that drops a name's first letter, `ocketwow`, was never
    // read past them, and is not now)
    for (const name of engine.productNames)
      expect(engine.productFirsts & (1 << (name.charCodeAt(0) - 97)), name).not.toBe(0);
    for (let key = 0; key < 26 * 26 * 26; key++) {
      if (engine.productHeads[key] === 1)
        expect(engine.productFirsts & (1 << Math.floor(key / 676))).not.toBe(0);
      expect(engine.productTails[key]! & ~engine.productFirsts).toBe(0);
    }
  });

  it('turnedLastOf holds the last letter of every abbreviation, short name and short service word', () => {
    const bits = turnedLastOf(engine);
    const ends = [
      ...engine.ownShort,
      ...engine.shortNames.keys(),
      ...[...engine.brandWords].filter((w) => /^[a-z]{3,4}$/.test(w)),
    ];
    for (const w of ends) expect(bits & (1 << (w.charCodeAt(w.length - 1) - 97)), w).not.toBe(0);
  });

  it('hosts built from the brand data and every trick class get the same verdict with the gates opened wide', () => {
    const all = hosts();
    expect(all.length).toBeGreaterThan(3000);
    let flagged = 0;
    for (const h of all) {
      const gated = classify(h, engine);
      expect(JSON.stringify(gated), h).toBe(JSON.stringify(classify(h, open)));
      if (gated.verdict === 'lookalike') flagged++;
    }
    // (the hosts reach the rules behind the gates: most are look-alikes)
    expect(flagged).toBeGreaterThan(all.length / 2);
  });

  it('the rules behind the gates still flag their own shapes', () => {
    for (const u of [
      'refund-cpng.top',
      'check-cpangpay.top',
      'bosang-cpngwow.shop',
      'rockettwow.com',
      'co7pag.top',
    ])
      expect(classify(u, engine).verdict, u).toBe('lookalike');
  });

  it('ordinary hosts the gates turn away stay clean', () => {
    for (const u of ['my-blog.com', 'rice-cooker-reviews.net', 'bookstore-online.org', 'copyrights.com'])
      expect(classify(u, engine).verdict, u).toBe('unknown');
  });
});
