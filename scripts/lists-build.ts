// Builds the list JSON from the readable sources in lists/sources (initial version; see lists issue).
import { readFileSync, writeFileSync } from 'node:fs';
import { listDataSchema } from '../lib/lists/schema';

const src = (f: string) => readFileSync(new URL(`../lists/sources/${f}`, import.meta.url), 'utf8');
const lines = (f: string) =>
  src(f)
    .split('\n')
    .map((l) => l.replace(/#.*/, '').trim())
    .filter(Boolean);

const brandsSrc = JSON.parse(src('brands.json')) as {
  brands: { id: string; latin: string[]; hangul: string[]; home: string }[];
};
const brands = brandsSrc.brands.map((b) => ({ ...b, domains: [] as string[], hosts: [] as string[] }));
const byId = new Map(brands.map((b) => [b.id, b]));
for (const [file, key] of [
  ['official-domains.txt', 'domains'],
  ['official-hosts.txt', 'hosts'],
] as const) {
  for (const l of lines(file)) {
    const [host, id] = l.split(/\s+/);
    const b = byId.get(id ?? '');
    if (!host || !b) throw new Error(`${file}: bad line "${l}"`);
    b[key].push(host);
  }
}
const blocked = lines('blocked.txt').map((l) => {
  const [target = '', source = 'unknown'] = l.split(';').map((s) => s.trim());
  const slash = target.indexOf('/');
  const host = slash < 0 ? target : target.slice(0, slash);
  const path = slash < 0 ? undefined : target.slice(slash);
  return { host, subdomains: true, ...(path ? { path } : {}), source };
});
const now = new Date();
const list = listDataSchema.parse({
  version: Number(process.env.LIST_VERSION ?? Math.floor(now.getTime() / 1000)),
  issued: now.toISOString(),
  expires: new Date(now.getTime() + 365 * 864e5).toISOString(),
  brands,
  blocked,
  contacts: JSON.parse(src('contacts.json')),
});
const out = process.argv[2] ?? new URL('../lib/lists/data/bundled-list.json', import.meta.url);
writeFileSync(out, JSON.stringify(list, null, 1) + '\n');
console.log(`list v${list.version}: ${brands.length} brands, ${blocked.length} blocked entries`);
