import { reportSchema } from '../policy/report';

/**
 * Public feed formats, read one line at a time (the caller streams the file), so a million-line feed never
 * sits in memory. Every parser returns null for lines that are not entries (comments, headers, blanks,
 * garbage): a feed is hostile input like any other.
 *
 * - `urlhaus`: abuse.ch URLhaus CSV dump (CC0). `#` comment header, the last comment naming the columns
 *   (`# id,dateadded,url,url_status,last_online,threat,tags,urlhaus_link,reporter`; older dumps have no
 *   `last_online`), then one quoted CSV row per URL.
 * - `kisa`: 한국인터넷진흥원 피싱사이트 URL, public data portal dataset 15143094: CSV with a header row naming
 *   a date column (`날짜`, `탐지날짜`) and a URL column (`홈페이지주소`, `피싱사이트 URL`); UTF-8 or CP949.
 * - `phishing-database`: Phishing.Database domain or link lists (MIT): one domain or URL per line.
 * - `plain`: one host or URL per line; `#`/`!` comments; hosts-file (`0.0.0.0 host`) and `||host^` lines.
 * - `reports`: the JSON lines an organisation's `reportUrl` receives (lib/policy/report.ts).
 */
export const FEED_FORMATS = ['urlhaus', 'kisa', 'phishing-database', 'plain', 'reports'] as const;
export type FeedFormat = (typeof FEED_FORMATS)[number];

export interface FeedItem {
  /** a URL or a host, as the feed wrote it */
  target: string;
  /** YYYY-MM-DD the feed first listed it, when it says */
  firstSeen?: string;
  /** YYYY-MM-DD the feed last saw it live, when it says; absent = listed as live now */
  lastSeen?: string;
  /** free text from the feed that may name a brand (URLhaus tags) */
  info?: string;
  /** a report whose page scan found a page presenting itself as a brand */
  pageClaim?: boolean;
}

/** Splits one CSV line (RFC 4180 quoting, no line breaks inside fields). */
export function csvFields(line: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i <= line.length) {
    if (line[i] === '"') {
      let v = '';
      i++;
      for (;;) {
        const q = line.indexOf('"', i);
        if (q < 0) {
          v += line.slice(i);
          i = line.length;
          break;
        }
        v += line.slice(i, q);
        if (line[q + 1] === '"') {
          v += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      out.push(v);
      const comma = line.indexOf(',', i);
      i = comma < 0 ? line.length + 1 : comma + 1;
    } else {
      const comma = line.indexOf(',', i);
      out.push((comma < 0 ? line.slice(i) : line.slice(i, comma)).trim());
      i = comma < 0 ? line.length + 1 : comma + 1;
    }
  }
  return out;
}

/** "2024-01-02", "2024.01.02", "2024/1/2", "20240102", "2024-01-02 10:33:06" → "2024-01-02"; else undefined. */
export function isoDate(text: string | undefined): string | undefined {
  const m = /^\s*(\d{4})[-./]?(\d{1,2})[-./]?(\d{1,2})(?:\D|$)/.exec(text ?? '');
  if (!m) return undefined;
  const [mo, d] = [Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
  return `${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Guesses a feed's format from its first lines (comments included) and its file name. */
export function detectFormat(firstLines: readonly string[], name = ''): FeedFormat {
  const text = firstLines.join('\n');
  if (/^#\s*id,dateadded,url/m.test(text) || /urlhaus/i.test(text.slice(0, 2000))) return 'urlhaus';
  if (/날짜|홈페이지주소|피싱사이트/.test(text)) return 'kisa';
  const first = firstLines.find((l) => l.trim() && !/^\s*[#!]/.test(l)) ?? '';
  if (first.trim().startsWith('{')) return 'reports';
  if (/phishing[-_.]?(database|domains|links)/i.test(name)) return 'phishing-database';
  return 'plain';
}

/** A stateful line parser for one feed (CSV feeds learn their columns from the header). */
export function lineParser(format: FeedFormat): (line: string) => FeedItem | null {
  switch (format) {
    case 'urlhaus':
      return urlhausParser();
    case 'kisa':
      return kisaParser();
    case 'reports':
      return reportLine;
    default:
      return plainLine;
  }
}

function urlhausParser(): (line: string) => FeedItem | null {
  let cols = [
    'id',
    'dateadded',
    'url',
    'url_status',
    'last_online',
    'threat',
    'tags',
    'urlhaus_link',
    'reporter',
  ];
  return (line) => {
    const t = line.trim();
    if (!t) return null;
    if (t.startsWith('#')) {
      const m = /^#\s*(id,dateadded,url\b.*)$/.exec(t);
      if (m) cols = m[1]!.split(',').map((c) => c.trim());
      return null;
    }
    const f = csvFields(t);
    const get = (name: string) => f[cols.indexOf(name)];
    const url = get('url');
    if (!url || !/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) return null;
    const added = isoDate(get('dateadded'));
    const online = get('url_status') === 'online';
    const lastOnline = isoDate(get('last_online'));
    const item: FeedItem = { target: url };
    if (added) item.firstSeen = added;
    if (!online) {
      const last = lastOnline ?? added;
      if (last) item.lastSeen = last;
    }
    const info = [get('threat'), get('tags')].filter(Boolean).join(' ');
    if (info) item.info = info;
    return item;
  };
}

function kisaParser(): (line: string) => FeedItem | null {
  let dateCol = -1;
  let urlCol = -1;
  return (line) => {
    const t = line.replace(/^\ufeff/, '').trim();
    if (!t) return null;
    const f = csvFields(t);
    if (urlCol < 0) {
      // the header row: find the columns by their names
      dateCol = f.findIndex((c) => c.includes('날짜') || /date/i.test(c));
      urlCol = f.findIndex((c) => c.includes('주소') || /url/i.test(c));
      return null;
    }
    const target = f[urlCol]?.trim();
    if (!target) return null;
    const date = isoDate(f[dateCol]);
    return date ? { target, firstSeen: date, lastSeen: date } : { target };
  };
}

function plainLine(line: string): FeedItem | null {
  let t = line.trim();
  if (!t || t.startsWith('#') || t.startsWith('!')) return null;
  t = t.replace(/\s+#.*$/, '');
  const hosts = /^(?:0\.0\.0\.0|127\.0\.0\.1|::1?)\s+(\S+)$/.exec(t);
  if (hosts) t = hosts[1]!;
  const abp = /^\|\|([^/^$]+)\^?(?:\$.*)?$/.exec(t);
  if (abp) t = abp[1]!;
  if (/\s/.test(t) || t === 'localhost') return null;
  return { target: t };
}

function reportLine(line: string): FeedItem | null {
  const t = line.trim();
  if (!t.startsWith('{')) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(t);
  } catch {
    return null;
  }
  const r = reportSchema.safeParse(raw);
  if (!r.success) return null;
  const date = isoDate(r.data.time);
  return {
    target: r.data.url,
    ...(date ? { firstSeen: date, lastSeen: date } : {}),
    ...(r.data.verdict === 'suspicious-page' ? { pageClaim: true } : {}),
  };
}
