// `npm run lists:build`: lists/sources → lib/lists/data/bundled-list.json, the list inside the extension
// (no key needed; the same sources give the same bytes; commit the file with the sources).
// `npm run lists:build -- --out FILE [--version N] [--expires-days N] [--sources DIR]`: an unsigned list
// for publishing (version = now in seconds unless given); sign it with lists:sign.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { buildListFromSources, type ListData } from '../lib/lists/sources';
import { flag } from './lists-args';
import { BUNDLED_FILE, readSources, writeBundledList } from './lists-sources';

const describe = (list: ListData, to: string) =>
  `list v${list.version}: ${list.brands.length} brands, ${list.brands.reduce((n, b) => n + b.domains.length + b.hosts.length, 0)} official domains/hosts, ${list.blocked.length} blocked entries → ${to}`;

try {
  const out = flag('out');
  if (!out) {
    const { changed, text } = writeBundledList();
    console.log(`${describe(JSON.parse(text) as ListData, BUNDLED_FILE)}${changed ? '' : ' (unchanged)'}`);
  } else {
    const now = new Date();
    const version = Number(flag('version') ?? process.env.LIST_VERSION ?? Math.floor(now.getTime() / 1000));
    const days = Number(flag('expires-days') ?? 30);
    const sources = flag('sources');
    const list = buildListFromSources(readSources(sources ? resolve(sources) : undefined), {
      version,
      issued: now,
      expiresDays: days,
    });
    mkdirSync(dirname(resolve(out)), { recursive: true });
    writeFileSync(resolve(out), JSON.stringify(list, null, 1) + '\n');
    console.log(describe(list, resolve(out)));
  }
} catch (err) {
  console.error(`lists:build: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
