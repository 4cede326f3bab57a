import { blockedKey, type BlockedLine } from '../lists/sources';

/**
 * The ingest state is lists/sources/blocked.txt itself: each fed entry carries its sources and the first
 * and last day a feed listed it (`host ; urlhaus, kisa ; 2026-11-30 ; 2026-12-02`). Entries typed by hand
 * (no dates) are never touched. A fed entry that no feed has listed for `expireDays` is dropped, so the list
 * does not grow forever. Everything here is pure: the caller streams the feeds and writes the files.
 */
export interface Sighting {
  host: string;
  subdomains: boolean;
  path?: string;
  reasons: Set<string>;
  sources: Set<string>;
  firstSeen: string;
  lastSeen: string;
}

export interface DiffEntry {
  host: string;
  subdomains: boolean;
  path?: string;
  reasons: string[];
  sources: string[];
  firstSeen?: string;
  lastSeen?: string;
}

export interface IngestDiff {
  added: DiffEntry[];
  removed: (DiffEntry & { why: 'expired' | 'official' })[];
}

/** Collects what the feeds say, one candidate at a time (only candidates are kept: memory stays small). */
export class Sightings {
  readonly byKey = new Map<string, Sighting>();

  add(
    c: { host: string; subdomains: boolean; path?: string; reasons: readonly string[] },
    source: string,
    firstSeen: string,
    lastSeen: string,
  ): void {
    const key = blockedKey(c);
    const s = this.byKey.get(key);
    if (!s) {
      this.byKey.set(key, {
        host: c.host,
        subdomains: c.subdomains,
        ...(c.path ? { path: c.path } : {}),
        reasons: new Set(c.reasons),
        sources: new Set([source]),
        firstSeen: firstSeen < lastSeen ? firstSeen : lastSeen,
        lastSeen,
      });
      return;
    }
    for (const r of c.reasons) s.reasons.add(r);
    s.sources.add(source);
    if (firstSeen < s.firstSeen) s.firstSeen = firstSeen;
    if (lastSeen > s.lastSeen) s.lastSeen = lastSeen;
  }
}

/** YYYY-MM-DD `days` before `today`. */
export function daysBefore(today: string, days: number): string {
  return new Date(Date.parse(`${today}T00:00:00Z`) - days * 864e5).toISOString().slice(0, 10);
}

/**
 * The blocked entries after an ingest run: existing lines refreshed by what the feeds saw, new candidates
 * appended (sorted), expired fed entries and official hosts dropped. An entry covered by an existing
 * domain entry (with its subdomains) refreshes that entry instead of being added.
 */
export function mergeSightings(
  existing: readonly BlockedLine[],
  seen: Sightings,
  opts: {
    today: string;
    expireDays: number;
    isOfficial: (host: string) => boolean;
    excluded?: ReadonlySet<string>;
  },
): { lines: BlockedLine[]; diff: IngestDiff; refreshed: number } {
  const cutoff = daysBefore(opts.today, opts.expireDays);
  const lines = existing.map((l) => ({ ...l, sources: [...l.sources] }));
  const byKey = new Map(lines.map((l) => [blockedKey(l), l]));
  const domains = new Map(lines.filter((l) => l.subdomains && !l.path).map((l) => [l.host, l]));
  const coveringDomain = (host: string): BlockedLine | undefined => {
    for (let i = host.indexOf('.'); i >= 0; i = host.indexOf('.', i + 1)) {
      const d = domains.get(host.slice(i + 1));
      if (d) return d;
    }
    return undefined;
  };
  const added: DiffEntry[] = [];
  let refreshed = 0;
  for (const [key, s] of seen.byKey) {
    if (opts.excluded?.has(s.host) || opts.isOfficial(s.host)) continue;
    const line = byKey.get(key) ?? (s.path ? undefined : coveringDomain(s.host));
    if (line) {
      // a hand-kept entry stays as it was typed; a fed one learns the new sighting
      if (!line.lastSeen) continue;
      for (const src of s.sources) if (!line.sources.includes(src)) line.sources.push(src);
      if (s.firstSeen < line.firstSeen!) line.firstSeen = s.firstSeen;
      if (s.lastSeen > line.lastSeen) line.lastSeen = s.lastSeen;
      refreshed++;
      continue;
    }
    if (s.lastSeen < cutoff) continue; // listed, but not live for too long: not worth adding
    added.push({
      host: s.host,
      subdomains: s.subdomains,
      ...(s.path ? { path: s.path } : {}),
      reasons: [...s.reasons].sort(),
      sources: [...s.sources].sort(),
      firstSeen: s.firstSeen,
      lastSeen: s.lastSeen,
    });
  }
  added.sort((a, b) => blockedKey(a).localeCompare(blockedKey(b)));

  const removed: IngestDiff['removed'] = [];
  const kept = lines.filter((l) => {
    const entry = {
      host: l.host,
      subdomains: l.subdomains,
      ...(l.path ? { path: l.path } : {}),
      reasons: [],
      sources: l.sources,
      ...(l.firstSeen ? { firstSeen: l.firstSeen, lastSeen: l.lastSeen } : {}),
    };
    if (opts.isOfficial(l.host)) {
      removed.push({ ...entry, why: 'official' });
      return false;
    }
    if (l.lastSeen && l.lastSeen < cutoff) {
      removed.push({ ...entry, why: 'expired' });
      return false;
    }
    return true;
  });
  const next = [
    ...kept,
    ...added.map((a) => ({
      host: a.host,
      subdomains: a.subdomains,
      ...(a.path ? { path: a.path } : {}),
      sources: a.sources,
      firstSeen: a.firstSeen,
      lastSeen: a.lastSeen,
    })),
  ];
  return { lines: next, diff: { added, removed }, refreshed };
}
