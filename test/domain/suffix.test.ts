/**
 * lib/domain/suffix.ts must give tldts's answer for every host, and for every plain host split into labels as
 * classify.ts asks: on every rule of tldts's trie (each rule, exception and wildcard as a host, under one and two
 * more labels, and with its first label changed), on the popular lists and on the benchmark's generated hosts. If
 * tldts changes its data or how it stores it, this fails.
 */
import { getPublicSuffix } from 'tldts';
import {
  edgeChild,
  edgeLength,
  edgeStart,
  exceptionsRoot,
  labelText,
  rulesRoot,
} from 'tldts/dist/es6/src/data/trie.js';
import { describe, expect, it } from 'vitest';
import { makeHosts } from '../../bench/domain-hosts';
import {
  CODE_MASK,
  publicSuffix,
  publicSuffixStart,
  scannedSuffixStart,
  suffixEnd,
} from '../../lib/domain/suffix';
import { corpus } from './corpora';

const WITH_PRIVATE = {
  allowPrivateDomains: true,
  extractHostname: false,
  validateHostname: false,
  detectIp: false,
  mixedInputs: false,
} as const;
const ICANN_ONLY = { ...WITH_PRIVATE, allowPrivateDomains: false } as const;

const PLAIN = /^[a-z0-9-]+(?:\.[a-z0-9-]+)*$/;

/** The suffix as classify.ts asks for it: the host split into labels, each with its code, as its scan does. */
function scanned(host: string): string {
  const starts = new Int32Array(host.length + 2);
  const codes = new Int32Array(host.length + 2);
  let n = 0;
  let code = 0;
  for (let i = 0; i <= host.length; i++) {
    if (i === host.length || host[i] === '.') {
      codes[n++] = code;
      starts[n] = i + 1;
      code = 0;
    } else code = ((code << 7) | host.charCodeAt(i)) & CODE_MASK;
  }
  return host.slice(scannedSuffixStart(host, n, starts, codes));
}

/** Hosts on which ours and tldts's suffixes differ, with both answers (empty when they agree). */
function differences(hosts: Iterable<string>): string[] {
  const out: string[] = [];
  for (const h of hosts) {
    const mine = [publicSuffix(h, true), publicSuffix(h, false)];
    const theirs = [getPublicSuffix(h, WITH_PRIVATE), getPublicSuffix(h, ICANN_ONLY)];
    if (PLAIN.test(h)) {
      mine.push(scanned(h));
      theirs.push(theirs[0]!);
    }
    if (mine.some((m, i) => m !== theirs[i]))
      out.push(`${JSON.stringify(h)}: ${mine.join(' / ')} against tldts ${theirs.join(' / ')}`);
    if (out.length >= 20) break;
  }
  return out;
}

/** Every path of tldts's trie from `root`, as a host name (labels joined, the root's label last). */
function rules(root: number): string[] {
  const out: string[] = [];
  const offsets: number[] = [];
  for (let e = 0, o = 0; e < edgeLength.length; e++) {
    offsets.push(o);
    o += edgeLength[e]!;
  }
  const walk = (node: number, suffix: string) => {
    for (let e = edgeStart[node]!; e < edgeStart[node + 1]!; e++) {
      const label = labelText.slice(offsets[e]!, offsets[e]! + edgeLength[e]!);
      const host = suffix === '' ? label : `${label}.${suffix}`;
      out.push(host);
      walk(edgeChild[e]!, host);
    }
  };
  walk(root, '');
  return out;
}

describe('public suffix (suffix.ts) against tldts', () => {
  it('agrees on every rule, exception and wildcard of the trie, with and without more labels', () => {
    const all = [...rules(rulesRoot), ...rules(exceptionsRoot)];
    expect(all.length).toBeGreaterThan(9_000);
    const hosts = new Set<string>();
    for (const r of all) {
      const concrete = r.replace(/\*/g, 'wild');
      for (const h of [r, concrete]) {
        hosts.add(h);
        hosts.add(`x.${h}`);
        hosts.add(`www.x-1.${h}`);
        // the first label changed: a sibling of the rule that is not one
        hosts.add(`q${h}`);
        hosts.add(`a.q${h}`);
      }
    }
    expect(differences(hosts)).toEqual([]);
  });

  it('agrees on the popular lists, as written and with a subdomain, a trailing dot or upper case', () => {
    const rows = [...corpus('benign-popular.tsv'), ...corpus('benign-cloudflare-100k.tsv')];
    expect(rows.length).toBeGreaterThan(100_000);
    const hosts = rows.flatMap((r) => [r.host, `a.${r.host}`, `${r.host}.`, r.host.toUpperCase()]);
    expect(differences(hosts)).toEqual([]);
  });

  it("agrees on the benchmark's generated hosts, look-alikes included", () => {
    expect(differences(makeHosts(200_000, 0.2).hosts)).toEqual([]);
  });

  it('agrees on odd strings', () => {
    const odd = [
      '',
      '.',
      '..',
      'a.',
      'a..',
      '.com',
      'com',
      'a..com',
      '*.ck',
      'x.*.com',
      'ㅋ.한국',
      'a.рф',
      '1.2.3.4',
    ];
    expect(differences(odd)).toEqual([]);
    expect(publicSuffix('www.ck', true)).toBe('ck');
    expect(publicSuffix('bk-coupang-live.netlify.app', true)).toBe('netlify.app');
    expect(publicSuffix('bk-coupang-live.netlify.app', false)).toBe('app');
    expect(publicSuffixStart('shop.coupang.co.kr', true)).toBe('shop.coupang.'.length);
    expect(suffixEnd('coupang.com..')).toBe('coupang.com'.length);
  });
});
