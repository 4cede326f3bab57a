import { blockedKey, formatBlockedLine, parseBlockedLine, type BlockedLine } from '../lists/sources';

/**
 * blocked.txt after an ingest run, written so that a review diff shows only what changed: comments, blank
 * lines and untouched entries keep their exact text; refreshed entries are rewritten; dropped ones go;
 * new ones are appended at the end.
 */
export function rewriteBlockedText(original: string, next: readonly BlockedLine[]): string {
  const byKey = new Map(next.map((l) => [blockedKey(l), l]));
  const done = new Set<string>();
  const out: string[] = [];
  for (const raw of original.split(/\r?\n/)) {
    const body = raw.replace(/#.*/, '').trim();
    if (!body || body.startsWith('!')) {
      out.push(raw);
      continue;
    }
    let parsed: BlockedLine;
    try {
      parsed = parseBlockedLine(body);
    } catch {
      out.push(raw); // lists:build names the bad line; ingest does not hide it
      continue;
    }
    const key = blockedKey(parsed);
    const now = byKey.get(key);
    if (!now || done.has(key)) continue;
    done.add(key);
    const text = formatBlockedLine(now);
    out.push(text === formatBlockedLine(parsed) ? raw : text);
  }
  while (out.length && out[out.length - 1] === '') out.pop();
  for (const l of next) if (!done.has(blockedKey(l))) out.push(formatBlockedLine(l));
  return `${out.join('\n')}\n`;
}
