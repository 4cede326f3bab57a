// `npm run lists:ingest -- [--out DIR] [--sources DIR] [--expire-days N] [--today YYYY-MM-DD] [FORMAT:]FEED...`
// Reads public feeds (URLhaus CSV, the KISA phishing-site CSV, Phishing.Database lists, plain host/URL lists,
// an organisation's report queue as JSON lines), streaming each file line by line, and triages every entry
// with the engine (lib/ingest). Writes DIR/sources/ (the list sources with the new blocked.txt), DIR/diff.json
// and DIR/diff.md. FORMAT (urlhaus, kisa, phishing-database, plain, reports) is detected when not given.
import { createReadStream, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { createGunzip } from 'node:zlib';
import { classify, compileLists } from '../lib/domain';
import {
  createTriager,
  detectFormat,
  diffMarkdown,
  FEED_FORMATS,
  lineParser,
  mergeSightings,
  rewriteBlockedText,
  Sightings,
  type FeedFormat,
  type FeedStats,
} from '../lib/ingest';
import {
  buildListFromSources,
  excludedHosts,
  parseBlockedLine,
  SOURCE_FILES,
  sourceLines,
  type BlockedLine,
} from '../lib/lists/sources';
import { flag, positional } from './lists-args';
import { readSources, ROOT, SOURCES_DIR } from './lists-sources';

const started = performance.now();
const out = resolve(flag('out') ?? `${ROOT}/lists/dist/ingest`);
const sourcesDir = resolve(flag('sources') ?? SOURCES_DIR);
const expireDays = Number(flag('expire-days') ?? 60);
const today = flag('today') ?? new Date().toISOString().slice(0, 10);
const feeds = positional(['out', 'sources', 'expire-days', 'today']);
if (!feeds.length || !/^\d{4}-\d{2}-\d{2}$/.test(today) || !(expireDays > 0)) {
  console.error(
    'usage: npm run lists:ingest -- [--out DIR] [--sources DIR] [--expire-days N] [--today YYYY-MM-DD] [FORMAT:]FEED...\n' +
      `       FORMAT: ${FEED_FORMATS.join(', ')} (detected when not given)`,
  );
  process.exit(2);
}

/** Decoder for a feed: UTF-8, or CP949 (EUC-KR) when the start is not valid UTF-8 (Korean public data). */
function decoderFor(head: Uint8Array): TextDecoder {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head.subarray(0, 1 << 16), { stream: true });
    return new TextDecoder('utf-8');
  } catch {
    return new TextDecoder('euc-kr');
  }
}

/** Streams a file's lines (gzip when the name ends in .gz); `start` sees the first lines once. */
async function eachLine(
  path: string,
  start: (firstLines: string[]) => void,
  onLine: (line: string) => void,
): Promise<number> {
  const raw = createReadStream(path, { highWaterMark: 1 << 20 });
  const input = path.endsWith('.gz') ? raw.pipe(createGunzip()) : raw;
  let decoder: TextDecoder | null = null;
  let rest = '';
  let count = 0;
  for await (const chunk of input as AsyncIterable<Buffer>) {
    if (!decoder) decoder = decoderFor(chunk);
    const text = rest + decoder.decode(chunk, { stream: true });
    const parts = text.split('\n');
    rest = parts.pop() ?? '';
    if (count === 0) start(parts.slice(0, 50));
    for (const p of parts) onLine(p.endsWith('\r') ? p.slice(0, -1) : p);
    count += parts.length;
  }
  rest += decoder?.decode() ?? '';
  if (count === 0) start([rest]);
  if (rest) {
    onLine(rest);
    count++;
  }
  return count;
}

const src = readSources(sourcesDir);
const list = buildListFromSources(src, { version: 1, issued: new Date(0), expiresDays: 1 });
const triage = createTriager(list);
const engine = compileLists({ ...list, blocked: [] });
const isOfficial = (host: string) => classify(host, engine).verdict === 'official';
const seen = new Sightings();
const stats: FeedStats[] = [];
let totalLines = 0;

for (const spec of feeds) {
  const m = /^([a-z-]+):(.+)$/.exec(spec);
  const given = m && (FEED_FORMATS as readonly string[]).includes(m[1]!) ? (m[1] as FeedFormat) : null;
  const path = given ? m![2]! : spec;
  let format: FeedFormat = given ?? 'plain';
  let parse = lineParser(format);
  const name = basename(path).replace(/\.(gz|csv|txt|jsonl?)$/gi, '');
  const s: FeedStats = {
    feed: basename(path),
    format,
    source: name,
    lines: 0,
    entries: 0,
    candidates: 0,
    official: 0,
    ignored: 0,
  };
  try {
    s.lines = await eachLine(
      path,
      (first) => {
        if (!given) format = detectFormat(first, basename(path));
        parse = lineParser(format);
        s.format = format;
        s.source =
          format === 'plain' || format === 'reports'
            ? `${format === 'reports' ? 'reports:' : ''}${name}`
            : format;
      },
      (line) => {
        const item = parse(line);
        if (!item) return;
        s.entries++;
        const t = triage(item);
        if (t.kind === 'official') s.official++;
        else if (t.kind === 'ignore') s.ignored++;
        else {
          s.candidates++;
          let last = item.lastSeen ?? today;
          if (last > today) last = today;
          const first = item.firstSeen && item.firstSeen < last ? item.firstSeen : last;
          seen.add(t, s.source, first, last);
        }
      },
    );
  } catch (err) {
    console.error(`lists:ingest: ${path}: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  }
  totalLines += s.lines;
  stats.push(s);
}

const existing: BlockedLine[] = [];
for (const l of sourceLines(src.blocked)) {
  if (l.text.startsWith('!')) continue;
  try {
    existing.push(parseBlockedLine(l.text));
  } catch (err) {
    console.error(`lists:ingest: blocked.txt:${l.n}: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  }
}
const merged = mergeSightings(existing, seen, {
  today,
  expireDays,
  isOfficial,
  excluded: excludedHosts(src.blocked),
});
const blockedText = rewriteBlockedText(src.blocked, merged.lines);
// the result must still build: a bad line stops here, not in the extension's build
buildListFromSources({ ...src, blocked: blockedText }, { version: 1, issued: new Date(0), expiresDays: 1 });

mkdirSync(`${out}/sources`, { recursive: true });
for (const f of Object.values(SOURCE_FILES))
  writeFileSync(
    `${out}/sources/${f}`,
    f === SOURCE_FILES.blocked ? blockedText : readFileSync(`${sourcesDir}/${f}`),
  );
writeFileSync(`${out}/diff.json`, `${JSON.stringify(merged.diff, null, 1)}\n`);
writeFileSync(`${out}/diff.md`, diffMarkdown(merged.diff, stats, { today, expireDays }));
// the process's true peak resident memory (kB on Linux)
const peakRss = process.resourceUsage().maxRSS * 1024;

const secs = (performance.now() - started) / 1000;
for (const s of stats)
  console.log(
    `${s.feed} (${s.format}): ${s.lines} lines, ${s.entries} entries, ${s.candidates} candidates, ${s.official} official, ${s.ignored} ignored`,
  );
console.log(
  `+${merged.diff.added.length} −${merged.diff.removed.length} (${merged.refreshed} seen again) → ${out}/{sources/,diff.md,diff.json}`,
);
console.log(
  `${totalLines} lines in ${secs.toFixed(2)} s (${Math.round(totalLines / secs).toLocaleString('en')} lines/s), peak RSS ${Math.round(peakRss / 2 ** 20)} MiB`,
);
