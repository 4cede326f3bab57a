import { listDataSchema, type BrandAlias, type ListData } from './schema';

/** The readable source files (lists/sources) as text. */
export interface ListSources {
  /** brands.json: { brands: [{ id, name?, latin, hangul, home, aliases? }] } */
  brands: string;
  /** official-domains.txt: "<domain> <brand-id>" per line */
  officialDomains: string;
  /** official-hosts.txt: "<host> <brand-id>" per line */
  officialHosts: string;
  /**
   * blocked.txt: "<host>[/path-prefix] [; source [; added]]" per line. A leading "=" blocks only that exact
   * host (not its subdomains).
   */
  blocked: string;
  /** contacts.json */
  contacts: string;
}

/** Lines without comments (# to end of line) and blanks, with their 1-based line numbers. */
export function sourceLines(text: string): { n: number; text: string }[] {
  return text
    .split(/\r?\n/)
    .map((l, i) => ({ n: i + 1, text: l.replace(/#.*/, '').trim() }))
    .filter((l) => l.text !== '');
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
  const brands = brandsSrc.brands.map((b) => ({
    id: b.id,
    ...(b.name ? { name: b.name } : {}),
    latin: b.latin,
    hangul: b.hangul,
    domains: [] as string[],
    hosts: [] as string[],
    home: b.home,
    ...(b.aliases ? { aliases: b.aliases } : {}),
    ...(b.words ? { words: b.words } : {}),
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
  const blocked = [];
  for (const l of sourceLines(src.blocked)) {
    const [rawTarget = '', source = 'unknown', added, ...rest] = l.text.split(';').map((s) => s.trim());
    if (rest.length) throw new Error(`blocked.txt:${l.n}: too many fields`);
    const exact = rawTarget.startsWith('=');
    const target = (exact ? rawTarget.slice(1) : rawTarget).replace(/^[a-z]+:\/\//i, '');
    const slash = target.indexOf('/');
    const host = (slash < 0 ? target : target.slice(0, slash)).toLowerCase();
    const path = slash < 0 ? undefined : target.slice(slash);
    if (!host || /\s/.test(host)) throw new Error(`blocked.txt:${l.n}: bad host "${rawTarget}"`);
    const key = `${exact ? '=' : ''}${host}${path ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    blocked.push({
      host,
      subdomains: !exact,
      ...(path ? { path } : {}),
      source: source || 'unknown',
      ...(added ? { added } : {}),
    });
  }
  const data = {
    version: opts.version,
    issued: opts.issued.toISOString(),
    expires: new Date(opts.issued.getTime() + opts.expiresDays * 864e5).toISOString(),
    brands,
    blocked,
    contacts: JSON.parse(src.contacts) as unknown,
  };
  const r = listDataSchema.safeParse(data);
  if (!r.success) {
    const i = r.error.issues[0];
    throw new Error(`list does not fit the schema: ${i ? `${i.path.join('.')}: ${i.message}` : 'invalid'}`);
  }
  return r.data;
}
