// The committed bundled list: signed with a pinned key, built from lists/sources, and any changed byte fails.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { bundledList } from '../../lib/lists/bundled';
import { verifySignedList } from '../../lib/lists/envelope';
import { PINNED_PUBLIC_KEYS, trustedKeys } from '../../lib/lists/keys';
import { buildListFromSources } from '../../lib/lists/sources';

const root = new URL('../../', import.meta.url);
const file = new URL('lib/lists/data/bundled-list.signed.json', root);
const text = readFileSync(file, 'utf8');
const src = (f: string) => readFileSync(new URL(`lists/sources/${f}`, root), 'utf8');

function verifyCli(path: string): { code: number; out: string } {
  try {
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/lists-verify.ts', path], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return { code: 0, out };
  } catch (err) {
    const e = err as { status: number; stderr: string; stdout: string };
    return { code: e.status, out: e.stdout + e.stderr };
  }
}

describe('bundled list', () => {
  test('verifies with a pinned key and is what bundled.ts exports', async () => {
    const { keys } = await trustedKeys();
    expect(keys).toHaveLength(PINNED_PUBLIC_KEYS.length);
    const r = await verifySignedList(text, { keys, now: Date.now() });
    expect(r.ok, JSON.stringify(r)).toBe(true);
    if (r.ok) expect(r.list).toEqual(bundledList);
  });

  test('matches a fresh build of lists/sources (rebuild and re-sign after editing them)', () => {
    const fresh = buildListFromSources(
      {
        brands: src('brands.json'),
        officialDomains: src('official-domains.txt'),
        officialHosts: src('official-hosts.txt'),
        blocked: src('blocked.txt'),
        contacts: src('contacts.json'),
      },
      { version: bundledList.version, issued: new Date(bundledList.issued), expiresDays: 1 },
    );
    expect({ ...fresh, expires: bundledList.expires }).toEqual(bundledList);
  });

  test('holds every official domain and known-bad host from ../shared/data', () => {
    const tsv = (f: string) =>
      readFileSync(new URL(`../shared/data/${f}`, root), 'utf8')
        .split('\n')
        .filter((l) => l && !l.startsWith('#'))
        .map((l) => l.split('\t'));
    const official = new Set(bundledList.brands.flatMap((b) => [...b.domains, ...b.hosts]));
    for (const [host, expect_] of tsv('official-domains.tsv'))
      if (expect_ === 'official') expect(official).toContain(host);
    const blocked = new Set(bundledList.blocked.map((b) => b.host));
    const feeds = tsv('phishing-feeds.tsv').map(
      ([h]) => new URL(/:\/\//.test(h!) ? h! : `http://${h}`).hostname,
    );
    expect(feeds.length).toBeGreaterThan(40);
    for (const h of feeds) expect(blocked).toContain(h);
  });

  test('every copy with one changed byte fails verification', async () => {
    const { keys } = await trustedKeys();
    const bytes = new TextEncoder().encode(text);
    const dec = new TextDecoder('utf-8', { fatal: false });
    const accepted: number[] = [];
    for (let i = 0; i < bytes.length; i++) {
      const copy = bytes.slice();
      copy[i] = copy[i]! ^ (i % 2 ? 0x01 : 0x20);
      const r = await verifySignedList(dec.decode(copy), { keys, now: Date.now() });
      if (r.ok) accepted.push(i);
    }
    expect(accepted).toEqual([]);
  });

  test('lists:verify exits 0 on the bundled list and non-zero with the reason on a changed copy', () => {
    const good = verifyCli(file.pathname);
    expect(good.code, good.out).toBe(0);
    expect(good.out).toMatch(/^OK /m);
    const dir = mkdtempSync(join(tmpdir(), 'lists-'));
    const bad = join(dir, 'changed.json');
    // change one byte inside the first blocked host
    const at = text.indexOf('"host":"') + 8;
    writeFileSync(bad, text.slice(0, at) + (text[at] === 'x' ? 'y' : 'x') + text.slice(at + 1));
    const r = verifyCli(bad);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/FAIL .*bad-signature/);
  });
});
