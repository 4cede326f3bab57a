// Reading lists/sources and writing the bundled list, shared by lists-build and the WXT build hook.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  bundledListFromSources,
  formatBundledList,
  SOURCE_FILES,
  type ListSources,
} from '../lib/lists/sources';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const SOURCES_DIR = `${ROOT}/lists/sources`;
export const BUNDLED_FILE = `${ROOT}/lib/lists/data/bundled-list.json`;

export function readSources(dir = SOURCES_DIR): ListSources {
  const out = {} as ListSources;
  for (const [k, f] of Object.entries(SOURCE_FILES) as [keyof ListSources, string][])
    out[k] = readFileSync(`${dir}/${f}`, 'utf8');
  return out;
}

/** Regenerates lib/lists/data/bundled-list.json from lists/sources; writes only when it changed. */
export function writeBundledList(): { changed: boolean; text: string } {
  const text = formatBundledList(bundledListFromSources(readSources()));
  const old = existsSync(BUNDLED_FILE) ? readFileSync(BUNDLED_FILE, 'utf8') : '';
  if (old !== text) {
    mkdirSync(dirname(BUNDLED_FILE), { recursive: true });
    writeFileSync(BUNDLED_FILE, text);
  }
  return { changed: old !== text, text };
}
