import { canonicalJson } from './canonical';
import { describeIssue, listDataSchema, type BlockedEntry, type BrandAlias, type ListData } from './schema';

export type { ListData };

/** The readable source files (lists/sources) as text. */
export interface ListSources {
  /** brands.json: { brands: [{ id, name?, latin, hangul, home, aliases? }] } */
  brands: string;
  /** official-domains.txt: "<domain> <brand-id>" per line */
  officialDomains: string;
  /** official-hosts.txt: "<host> <brand-id>" per line */
  officialHosts: string;
  /**
   * blocked.txt: "<host>[/path-prefix] [; sources [; firstSeen ; lastSeen]]" per line (the older
   * "<host> ; source ; added" form is still read). A leading "=" blocks only that exact host; a line
   * "!host" keeps a host out (lists:ingest never adds it).
   */
  blocked: string;
  /** contacts.json */
  contacts: string;
  /**
   * shared-hosts.json: { sharedHosts: [{ host, site, alias?, shortener?, claim?, chat?, invites?, pages?, subdomains?, hosting?, query? }],
   * redirectors: [{ host, subdomains?, path, params }], codeHosts?: { hosts, words } }
   * (hosts where anyone can publish, and link redirectors; without it the list has none)
   */
  sharedHosts?: string;
}

/** The file names of the sources, in a lists/sources directory. */
export const SOURCE_FILES: Record<keyof ListSources, string> = {
  brands: 'brands.json',
  officialDomains: 'official-domains.txt',
  officialHosts: 'official-hosts.txt',
  blocked: 'blocked.txt',
  contacts: 'contacts.json',
  sharedHosts: 'shared-hosts.json',
};

/**
 * The bundled list's version is the newest date in its sources (00:00 UTC, in seconds), never before this
 * floor: the date the bundled list stopped being signed. Same sources → same version, byte for byte.
 */
export const BUNDLED_FLOOR_DATE = '2026-12-02';
/** How long the bundled list's `expires` lies after its `issued` (it never expires inside the extension). */
export const BUNDLED_EXPIRES_DAYS = 730;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Lines without comments (# to end of line) and blanks, with their 1-based line numbers. */
export function sourceLines(text: string): { n: number; text: string }[] {
  return text
    .split(/\r?\n/)
    .map((l, i) => ({ n: i + 1, text: l.replace(/#.*/, '').trim() }))
    .filter((l) => l.text !== '');
}

/** One parsed blocked.txt line. */
export interface BlockedLine {
  host: string;
  subdomains: boolean;
  path?: string;
  /** where it came from: feed names, "manual", a report queue … */
  sources: string[];
  /** YYYY-MM-DD: first and last time a feed listed it (absent on entries kept by hand: they never expire) */
  firstSeen?: string;
  lastSeen?: string;
  /** YYYY-MM-DD from the older three-field form */
  added?: string;
}

/** The key that makes two entries the same: "=" for exact hosts, the host, the path prefix. */
export const blockedKey = (e: { host: string; subdomains: boolean; path?: string }): string =>
  `${e.subdomains ? '' : '='}${e.host}${e.path ?? ''}`;

/** Reads one blocked.txt line (comments already removed). Throws a message without the file name. */
export function parseBlockedLine(text: string): BlockedLine {
  const fields = text.split(';').map((s) => s.trim());
  if (fields.length > 4) throw new Error('too many fields');
  const [rawTarget = '', rawSources = '', third, fourth] = fields;
  const exact = rawTarget.startsWith('=');
  const target = (exact ? rawTarget.slice(1) : rawTarget).replace(/^[a-z]+:\/\//i, '');
  const slash = target.indexOf('/');
  const host = (slash < 0 ? target : target.slice(0, slash)).toLowerCase().replace(/\.$/, '');
  const path = slash < 0 ? undefined : target.slice(slash);
  if (!host || /\s/.test(host)) throw new Error(`bad host "${rawTarget}"`);
  const sources = rawSources
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const line: BlockedLine = { host, subdomains: !exact, ...(path ? { path } : {}), sources };
  for (const d of [third, fourth]) if (d && !DATE.test(d)) throw new Error(`"${d}" is not a YYYY-MM-DD date`);
  if (fourth !== undefined) {
    if (!third || !fourth) throw new Error('firstSeen and lastSeen go together');
    if (fourth < third) throw new Error('lastSeen is before firstSeen');
    line.firstSeen = third;
    line.lastSeen = fourth;
  } else if (third) line.added = third;
  return line;
}

/** The hosts that "!host" lines in blocked.txt keep out of the list (false positives seen in feeds). */
export function excludedHosts(blocked: string): Set<string> {
  const out = new Set<string>();
  for (const l of sourceLines(blocked))
    if (l.text.startsWith('!')) out.add(l.text.slice(1).trim().toLowerCase().replace(/\.$/, ''));
  return out;
}

/** Writes a blocked.txt line (the inverse of parseBlockedLine). */
export function formatBlockedLine(e: BlockedLine): string {
  const fields = [`${e.subdomains ? '' : '='}${e.host}${e.path ?? ''}`, e.sources.join(', ') || 'unknown'];
  if (e.firstSeen && e.lastSeen) fields.push(e.firstSeen, e.lastSeen);
  else if (e.added) fields.push(e.added);
  return fields.join(' ; ');
}

/** Builds and validates a list from its sources. Throws an Error naming the file and line on bad input. */
export function buildListFromSources(
  src: ListSources,
  opts: { version: number; issued: Date; expiresDays: number },
): ListData {
  const brandsSrc = JSON.parse(src.brands) as {
    brands: {
      id: string;
      name?: string;
      latin: string[];
      hangul: string[];
      home: string;
      aliases?: BrandAlias[];
      words?: string[];
    }[];
  };
  // Every field the source gives is kept (so a new optional brand field needs no change here).
  const brands = brandsSrc.brands.map((b) => ({
    ...b,
    domains: [] as string[],
    hosts: [] as string[],
  }));
  const byId = new Map(brands.map((b) => [b.id, b]));
  for (const [file, text, key] of [
    ['official-domains.txt', src.officialDomains, 'domains'],
    ['official-hosts.txt', src.officialHosts, 'hosts'],
  ] as const) {
    for (const l of sourceLines(text)) {
      const [host, id, ...rest] = l.text.split(/\s+/);
      const b = byId.get(id ?? '');
      if (!host || !b || rest.length) throw new Error(`${file}:${l.n}: expected "<domain> <brand-id>"`);
      if (!b[key].includes(host.toLowerCase())) b[key].push(host.toLowerCase());
    }
  }
  const seen = new Set<string>();
  const blocked: BlockedEntry[] = [];
  for (const l of sourceLines(src.blocked)) {
    if (l.text.startsWith('!')) continue; // "!host": never to be added by lists:ingest (a false positive)
    let e: BlockedLine;
    try {
      e = parseBlockedLine(l.text);
    } catch (err) {
      throw new Error(`blocked.txt:${l.n}: ${err instanceof Error ? err.message : String(err)}`);
    }
    const key = blockedKey(e);
    if (seen.has(key)) continue;
    seen.add(key);
    blocked.push({
      host: e.host,
      subdomains: e.subdomains,
      ...(e.path ? { path: e.path } : {}),
      source: (e.sources.join(', ') || 'unknown').slice(0, 200),
      ...(e.added ? { added: e.added } : {}),
      ...(e.firstSeen ? { firstSeen: e.firstSeen, lastSeen: e.lastSeen } : {}),
    });
  }
  const web = JSON.parse(src.sharedHosts ?? '{}') as {
    sharedHosts?: unknown;
    redirectors?: unknown;
    codeHosts?: unknown;
  };
  const data = {
    version: opts.version,
    issued: opts.issued.toISOString(),
    expires: new Date(opts.issued.getTime() + opts.expiresDays * 864e5).toISOString(),
    brands,
    blocked,
    contacts: JSON.parse(src.contacts) as unknown,
    sharedHosts: web.sharedHosts,
    redirectors: web.redirectors,
    ...(web.codeHosts ? { codeHosts: web.codeHosts } : {}),
  };
  const r = listDataSchema.safeParse(data);
  if (!r.success) {
    throw new Error(`list does not fit the schema: ${describeIssue(r.error.issues)}`);
  }
  return r.data;
}

/** The newest YYYY-MM-DD date in blocked.txt, or the floor. */
export function newestSourceDate(src: Pick<ListSources, 'blocked'>): string {
  let newest = BUNDLED_FLOOR_DATE;
  for (const l of sourceLines(src.blocked))
    for (const m of l.text.matchAll(/;\s*(\d{4}-\d{2}-\d{2})\b/g)) if (m[1]! > newest) newest = m[1]!;
  return newest;
}

/**
 * The bundled list: a pure function of the sources. Its date and version come from the newest date in
 * them, so the same sources give the same list, and a remote list published later (version = publish
 * time in seconds) is newer.
 */
export function bundledListFromSources(src: ListSources): ListData {
  const issued = new Date(`${newestSourceDate(src)}T00:00:00Z`);
  return buildListFromSources(src, {
    version: issued.getTime() / 1000,
    issued,
    expiresDays: BUNDLED_EXPIRES_DAYS,
  });
}

/**
 * The committed file lib/lists/data/bundled-list.json: canonical JSON with one top-level field, brand and
 * blocked entry per line, so a change to the sources shows as a readable diff and unrelated changes merge.
 */
export function formatBundledList(list: ListData): string {
  const fields = Object.keys(list)
    .sort()
    .map((k) => {
      const v = (list as unknown as Record<string, unknown>)[k];
      const body = Array.isArray(v)
        ? v.length
          ? `[\n${v.map((x) => `  ${canonicalJson(x)}`).join(',\n')}\n ]`
          : '[]'
        : canonicalJson(v);
      return ` ${JSON.stringify(k)}: ${body}`;
    });
  return `{\n${fields.join(',\n')}\n}\n`;
}
