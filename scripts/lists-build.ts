// `npm run lists:build [-- --out FILE] [--version N] [--expires-days N] [--sources DIR]`
// Builds the (unsigned) list JSON from the readable sources in lists/sources. Sign it with lists:sign.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildListFromSources } from '../lib/lists/sources';
import { flag } from './lists-args';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dir = resolve(flag('sources') ?? `${root}/lists/sources`);
const out = resolve(flag('out') ?? `${root}/lists/dist/list.json`);
const read = (f: string) => readFileSync(`${dir}/${f}`, 'utf8');
const now = new Date();
const version = Number(flag('version') ?? process.env.LIST_VERSION ?? Math.floor(now.getTime() / 1000));
const days = Number(flag('expires-days') ?? 365);
try {
  const list = buildListFromSources(
    {
      brands: read('brands.json'),
      officialDomains: read('official-domains.txt'),
      officialHosts: read('official-hosts.txt'),
      blocked: read('blocked.txt'),
      contacts: read('contacts.json'),
    },
    { version, issued: now, expiresDays: days },
  );
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(list, null, 1) + '\n');
  console.log(
    `list v${list.version}: ${list.brands.length} brands, ${list.brands.reduce((n, b) => n + b.domains.length + b.hosts.length, 0)} official domains/hosts, ${list.blocked.length} blocked entries → ${out}`,
  );
} catch (err) {
  console.error(`lists:build: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
