/** Rows of the shared corpora (../shared/data/*.tsv), read at test time: host, expect (official | flag | clean). */
import { readFileSync } from 'node:fs';

export interface CorpusRow {
  host: string;
  expect: string;
}

export function corpus(file: string): CorpusRow[] {
  const text = readFileSync(new URL(`../../../shared/data/${file}`, import.meta.url), 'utf8');
  return text
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => {
      const [host = '', expect = ''] = l.split('\t');
      return { host: host.trim(), expect: expect.trim() };
    });
}
