/**
 * The benchmark's input: `count` mostly unique hosts, made deterministically from the shared corpora's popular
 * domains with random subdomains, plus a share of look-alikes of the Coupang domains (test/domain/variants.ts).
 */
import { readFileSync } from 'node:fs';
import { FUZZ_CLASSES, toAscii, variants } from '../test/domain/variants';

const DATA = new URL('../../shared/data/', import.meta.url);

function corpus(file: string): string[] {
  return readFileSync(new URL(file, DATA), 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => l.split('\t')[0]!.trim())
    .filter(Boolean);
}

/** mulberry32: small seeded PRNG, so every run judges the same hosts. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';
const COMMON = ['www', 'm', 'api', 'cdn', 'static', 'mail', 'shop', 'login', 'img', 'news'];

export interface BenchHosts {
  hosts: string[];
  lookalikes: number;
}

export function makeHosts(count: number, lookalikeShare = 0.01, seed = 20_260_101): BenchHosts {
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const label = () => {
    const n = 3 + Math.floor(rnd() * 8);
    let s = '';
    for (let i = 0; i < n; i++) s += ALPHABET[Math.floor(rnd() * ALPHABET.length)];
    return s;
  };
  const popular = [...new Set([...corpus('benign-popular.tsv'), ...corpus('benign-cloudflare-100k.tsv')])];
  // look-alikes by class: every dnstwist class equally likely (homoglyphs alone would otherwise be most of them)
  const byClass: string[][] = FUZZ_CLASSES.map(() => []);
  for (const domain of ['coupang.com', 'coupangeats.com', 'coupangplay.com']) {
    const v = variants(domain);
    FUZZ_CLASSES.forEach((c, i) => byClass[i]!.push(...v[c].map(toAscii)));
  }
  const hosts: string[] = new Array(count);
  let lookalikes = 0;
  for (let i = 0; i < count; i++) {
    const fake = rnd() < lookalikeShare;
    const base = fake ? pick(pick(byClass)) : pick(popular);
    if (fake) lookalikes++;
    const r = rnd();
    const sub =
      r < 0.2 ? '' : r < 0.35 ? pick(COMMON) + '.' : r < 0.85 ? label() + '.' : label() + '.' + label() + '.';
    hosts[i] = sub + base;
  }
  return { hosts, lookalikes };
}
