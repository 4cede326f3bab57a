import type { DiffEntry, IngestDiff } from './state';

export interface FeedStats {
  feed: string;
  format: string;
  source: string;
  lines: number;
  entries: number;
  candidates: number;
  official: number;
  ignored: number;
}

const target = (e: DiffEntry) => `${e.subdomains ? '' : '='}${e.host}${e.path ?? ''}`;
/** Markdown table cell: no pipes or line breaks from feed data, code-formatted host. */
const cell = (s: string) => s.replace(/[|\r\n`]/g, ' ');

/** diff.md: what an ingest run would change, for a reviewer. */
export function diffMarkdown(
  diff: IngestDiff,
  stats: readonly FeedStats[],
  meta: { today: string; expireDays: number },
): string {
  const out = [
    `# List ingest ${meta.today}`,
    '',
    `${diff.added.length} added, ${diff.removed.length} removed (entries expire ${meta.expireDays} days after a feed last listed them).`,
    '',
    '| feed | format | lines | entries | candidates | official (never added) | ignored |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: |',
    ...stats.map(
      (s) =>
        `| ${cell(s.feed)} | ${s.format} | ${s.lines} | ${s.entries} | ${s.candidates} | ${s.official} | ${s.ignored} |`,
    ),
    '',
    '## Added',
    '',
  ];
  if (!diff.added.length) out.push('Nothing new.');
  else {
    out.push('| entry | reasons | sources | first seen | last seen |', '| --- | --- | --- | --- | --- |');
    for (const e of diff.added)
      out.push(
        `| \`${cell(target(e))}\` | ${cell(e.reasons.join(', '))} | ${cell(e.sources.join(', '))} | ${e.firstSeen ?? ''} | ${e.lastSeen ?? ''} |`,
      );
  }
  out.push('', '## Removed', '');
  if (!diff.removed.length) out.push('Nothing removed.');
  else {
    out.push('| entry | why | sources | last seen |', '| --- | --- | --- | --- |');
    for (const e of diff.removed)
      out.push(`| \`${cell(target(e))}\` | ${e.why} | ${cell(e.sources.join(', '))} | ${e.lastSeen ?? ''} |`);
  }
  return `${out.join('\n')}\n`;
}
