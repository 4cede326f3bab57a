// The list the message check runs against in tests: built from lists/sources, without the known-bad entries, so
// every link verdict is the engine's own.
import { readFileSync } from 'node:fs';
import { compileLists } from '../../lib/domain/index';
import { buildListFromSources } from '../../lib/lists/sources';
import { checkMessage, type MessageVerdict } from '../../lib/message/index';

const src = (f: string) => readFileSync(new URL(`../../lists/sources/${f}`, import.meta.url), 'utf8');

export const listData = buildListFromSources(
  {
    brands: src('brands.json'),
    officialDomains: src('official-domains.txt'),
    officialHosts: src('official-hosts.txt'),
    blocked: src('blocked.txt'),
    contacts: src('contacts.json'),
    sharedHosts: src('shared-hosts.json'),
  },
  { version: 1, issued: new Date('2026-12-01T00:00:00Z'), expiresDays: 30 },
);
const lists = compileLists({ ...listData, blocked: [] });

export const check = (text: string): MessageVerdict => checkMessage(text, lists, listData);

export interface CorpusMessage {
  file: string;
  expect: 'flag' | 'clean';
  family: string;
  text: string;
}

export function corpus(dir = 'messages'): CorpusMessage[] {
  const base = new URL(`../fixtures/${dir}/`, import.meta.url);
  const manifest = JSON.parse(readFileSync(new URL('messages.json', base), 'utf8')) as {
    messages: Omit<CorpusMessage, 'text'>[];
  };
  return manifest.messages.map((m) => ({ ...m, text: readFileSync(new URL(m.file, base), 'utf8') }));
}
