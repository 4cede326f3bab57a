// Brand aliases (names, products and services as pages write them) travel from lists/sources into the list.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { mergeWithBundled } from '../../lib/lists/merge';
import { brandSchema, type ListData } from '../../lib/lists/schema';
import { buildListFromSources } from '../../lib/lists/sources';

const root = new URL('../../', import.meta.url);
const src = (f: string) => readFileSync(new URL(`lists/sources/${f}`, root), 'utf8');
const build = (brands = src('brands.json')): ListData =>
  buildListFromSources(
    {
      brands,
      officialDomains: src('official-domains.txt'),
      officialHosts: src('official-hosts.txt'),
      blocked: src('blocked.txt'),
      contacts: src('contacts.json'),
    },
    { version: 1, issued: new Date('2026-12-01T00:00:00Z'), expiresDays: 30 },
  );

describe('brand aliases', () => {
  test('lists/sources/brands.json carries them into the built list', () => {
    const list = build();
    const texts = list.brands.flatMap((b) => (b.aliases ?? []).map((a) => a.text));
    for (const t of [
      '쿠팡',
      'Coupang',
      '酷澎',
      'クーパン',
      '쿠페이',
      '로켓와우',
      'Rocket WOW',
      '쿠팡플렉스',
      'Coupang Wing',
    ])
      expect(texts).toContain(t);
    const coupay = list.brands.find((b) => b.id === 'coupangpay')?.aliases?.find((a) => a.text === '쿠페이');
    expect(coupay).toMatchObject({ token: 'coupay', lang: 'ko' });
    expect(coupay?.lends).toContain('payment');
    // every alias is reachable by the brand it belongs to, and every brand has some
    for (const b of list.brands) expect(b.aliases?.length).toBeGreaterThan(0);
  });

  test('stay optional: a list without them is still a list', () => {
    const bare = JSON.parse(src('brands.json')) as { brands: Record<string, unknown>[] };
    for (const b of bare.brands) delete b.aliases;
    const list = build(JSON.stringify(bare));
    expect(list.brands.every((b) => b.aliases === undefined)).toBe(true);
  });

  test('hostile aliases are refused with the field named', () => {
    const base = { id: 'x', latin: ['xx'], hangul: [], domains: [], hosts: [], home: 'https://x.example/' };
    const bad = [
      { text: '', lang: 'ko', lends: [] },
      { text: 'ok', lang: 'fr', lends: [] },
      { text: 'ok', token: 'Coupay!', lang: 'en', lends: [] },
      { text: 'ok', lang: 'en', lends: ['<script>'] },
      { text: 'x'.repeat(61), lang: 'en', lends: [] },
    ];
    for (const a of bad)
      expect(brandSchema.safeParse({ ...base, aliases: [a] }).success, JSON.stringify(a)).toBe(false);
    expect(
      brandSchema.safeParse({
        ...base,
        aliases: [{ text: '쿠페이', token: 'coupay', lang: 'ko', lends: ['payment'] }],
      }).success,
    ).toBe(true);
  });

  test('a remote list can add aliases but never drop the bundled ones', () => {
    const bundled = build();
    const remote: ListData = {
      ...bundled,
      version: bundled.version + 1,
      brands: bundled.brands.map((b) =>
        b.id === 'coupang'
          ? { ...b, aliases: [{ text: '쿠팡 신상', lang: 'ko', lends: ['shopping'] }] }
          : { ...b, aliases: undefined },
      ),
    };
    const merged = mergeWithBundled(remote, bundled);
    const coupang = merged.brands.find((b) => b.id === 'coupang')!;
    expect(coupang.aliases?.map((a) => a.text)).toEqual(
      expect.arrayContaining([
        '쿠팡 신상',
        ...bundled.brands.find((b) => b.id === 'coupang')!.aliases!.map((a) => a.text),
      ]),
    );
    expect(merged.brands.find((b) => b.id === 'coupangpay')?.aliases?.length).toBe(
      bundled.brands.find((b) => b.id === 'coupangpay')?.aliases?.length,
    );
  });
});
