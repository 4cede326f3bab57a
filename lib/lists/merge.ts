import type { BlockedEntry, Brand, ListData } from './schema';

const entryKey = (e: BlockedEntry) => `${e.subdomains ? '' : '='}${e.host}${e.path ?? ''}`;

function union(a: readonly string[], b: readonly string[]): string[] {
  const out = [...a];
  for (const x of b) if (!out.includes(x)) out.push(x);
  return out;
}

/**
 * Never fail open: the list in force is the accepted remote list with every bundled blocked entry and every
 * bundled brand / official domain / official host merged in. A remote list can add entries and update
 * contacts, brand homes and aliases; it can never remove what the extension ships with. Version, times and
 * contacts are the remote list's.
 */
export function mergeWithBundled(remote: ListData, bundled: ListData): ListData {
  if (remote === bundled) return bundled;
  const brands: Brand[] = remote.brands.map((b) => ({ ...b }));
  for (const b of bundled.brands) {
    const r = brands.find((x) => x.id === b.id);
    if (!r) {
      brands.push({ ...b });
      continue;
    }
    r.latin = union(r.latin, b.latin);
    r.hangul = union(r.hangul, b.hangul);
    r.domains = union(r.domains, b.domains);
    r.hosts = union(r.hosts, b.hosts);
    if (b.words) r.words = union(r.words ?? [], b.words);
    if (b.aliases) {
      // a remote alias of the same text keeps the bundled domain token and spellings too
      const mine = new Map((r.aliases ?? []).map((a) => [a.text, a]));
      r.aliases = (r.aliases ?? []).map((a) => {
        const own = b.aliases!.find((x) => x.text === a.text);
        if (!own || (!own.token && !own.spellings)) return a;
        const spellings = union(a.spellings ?? [], own.spellings ?? []);
        return { ...a, token: a.token ?? own.token, ...(spellings.length ? { spellings } : {}) };
      });
      r.aliases.push(...b.aliases.filter((a) => !mine.has(a.text)));
    }
  }
  const seen = new Set(remote.blocked.map(entryKey));
  const blocked = [...remote.blocked];
  for (const e of bundled.blocked) {
    if (!seen.has(entryKey(e))) {
      seen.add(entryKey(e));
      blocked.push(e);
    }
  }
  // shared hosts and redirectors only ever add judging: the bundled ones stay (compileLists joins a host's entries)
  const sharedHosts = unionJson(remote.sharedHosts, bundled.sharedHosts);
  const redirectors = unionJson(remote.redirectors, bundled.redirectors);
  // code platforms and developers' words only ever clear: a remote list's replace the bundled ones
  const codeHosts = remote.codeHosts ?? bundled.codeHosts;
  return {
    ...remote,
    brands,
    blocked,
    ...(sharedHosts ? { sharedHosts } : {}),
    ...(redirectors ? { redirectors } : {}),
    ...(codeHosts ? { codeHosts } : {}),
  };
}

function unionJson<T>(a: readonly T[] | undefined, b: readonly T[] | undefined): T[] | undefined {
  if (!a || !b) return a || b ? [...(a ?? b ?? [])] : undefined;
  const seen = new Set(a.map((x) => JSON.stringify(x)));
  return [...a, ...b.filter((x) => !seen.has(JSON.stringify(x)))];
}
