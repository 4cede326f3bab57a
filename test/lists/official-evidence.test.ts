import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Every official domain and host carries its confidence and public evidence on its own line (issue #12).
describe.each(['official-domains.txt', 'official-hosts.txt'])('lists/sources/%s', (file) => {
  const lines = readFileSync(new URL(`../../lists/sources/${file}`, import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.trim().startsWith('#'));

  it('gives every entry a confidence and its evidence', () => {
    expect(lines.length).toBeGreaterThan(0);
    const bare = lines.filter((l) => !/#\s*(high|medium):\s*\S.{10,}/.test(l));
    expect(bare).toEqual([]);
  });
});
