// lists:publish: the key only from LIST_SIGNING_KEY, a list that verifies, a status page that escapes feed data.
import { appendFileSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { bundledList } from '../../lib/lists/bundled';
import { generateKeyPair, importPublicKey } from '../../lib/lists/crypto';
import { signList, verifySignedList } from '../../lib/lists/envelope';
import { LIST_FILE, publishStatus, statusPage } from '../../lib/lists/publish';
import { SOURCE_FILES } from '../../lib/lists/sources';
import { listWith, runScript, throwawayKey } from './helpers';

describe('npm run lists:publish', () => {
  test('writes the signed list, status page, status.json, diff and headers; the list verifies and is newer than the bundled one', async () => {
    const pair = await generateKeyPair();
    const out = mkdtempSync(join(tmpdir(), 'publish-'));
    const diff = join(out, 'in-diff.json');
    writeFileSync(
      diff,
      JSON.stringify({
        added: [
          {
            host: 'coupang-new.top',
            subdomains: true,
            reasons: ['combosquat'],
            sources: ['kisa'],
            firstSeen: '2026-12-01',
            lastSeen: '2026-12-02',
          },
        ],
        removed: [],
      }),
    );
    const r = runScript('lists-publish.ts', ['--out', join(out, 'site'), '--diff', diff], {
      LIST_SIGNING_KEY: pair.privatePem,
    });
    expect(r.code, r.out).toBe(0);
    expect(r.out).not.toContain(pair.privatePem.split('\n')[1]!.slice(0, 20));
    const text = readFileSync(join(out, 'site', LIST_FILE), 'utf8');
    const key = (await importPublicKey(pair.publicSpki))!;
    const v = await verifySignedList(text, { keys: [key], now: Date.now() });
    expect(v.ok, JSON.stringify(v)).toBe(true);
    if (v.ok) {
      expect(v.list.version).toBeGreaterThan(bundledList.version);
      expect(v.list.blocked.length).toBe(bundledList.blocked.length);
    }
    const status = JSON.parse(readFileSync(join(out, 'site', 'status.json'), 'utf8'));
    expect(status).toMatchObject({ keyId: key.keyId, bytes: Buffer.byteLength(text), added: 1, removed: 0 });
    const html = readFileSync(join(out, 'site', 'index.html'), 'utf8');
    expect(html).toContain('coupang-new.top');
    expect(html).toContain(String(status.version));
    expect(readFileSync(join(out, 'site', '_headers'), 'utf8')).toMatch(/max-age=300/);
    expect(readFileSync(join(out, 'site', 'diff.json'), 'utf8')).toContain('coupang-new.top');
  });

  test('without LIST_SIGNING_KEY (or with a bad one) nothing is published', () => {
    const out = mkdtempSync(join(tmpdir(), 'publish-'));
    const none = runScript('lists-publish.ts', ['--out', out], { LIST_SIGNING_KEY: '' });
    expect(none.code).toBe(2);
    expect(none.out).toContain('LIST_SIGNING_KEY is not set');
    const bad = runScript('lists-publish.ts', ['--out', out], { LIST_SIGNING_KEY: 'not a key' });
    expect(bad.code).toBe(2);
    expect(bad.out).not.toContain('not a key');
  });
});

test('the status page renders feed data as text', () => {
  const hostile = {
    host: '<script>alert(1)</script>.example',
    reasons: ['"><img src=x onerror=alert(1)>'],
    sources: ['x'],
  };
  const s = publishStatus(
    bundledList,
    { keyId: '0123456789abcdef', bytes: 1, sha256: 'ab' },
    { added: [hostile], removed: [] },
  );
  const html = statusPage(s, { added: [hostile], removed: [] });
  expect(html).not.toContain('<script>');
  expect(html).not.toContain('<img');
  expect(html).toContain('&lt;script&gt;');
});

test('every copy of a published list with one changed byte fails verification', async () => {
  const key = await throwawayKey();
  const text = await signList(listWith(1, ['coupang-flip.example']), key);
  const bytes = new TextEncoder().encode(text);
  const dec = new TextDecoder('utf-8', { fatal: false });
  const accepted: number[] = [];
  for (let i = 0; i < bytes.length; i++) {
    const copy = bytes.slice();
    copy[i] = copy[i]! ^ (i % 2 ? 0x01 : 0x20);
    const r = await verifySignedList(dec.decode(copy), { keys: [key.publicKey], now: Date.now() });
    if (r.ok) accepted.push(i);
  }
  expect(accepted).toEqual([]);
  // one verification per byte of the whole bundled list (it grows with every round's list data): about 30 s on a
  // quiet 2-core machine, over 60 s when other suites share it; the limit only stops a hang
}, 240_000);

test('--previous: the same content is published again byte for byte; new content gets a new version', async () => {
  const pair = await generateKeyPair();
  const dir = mkdtempSync(join(tmpdir(), 'publish-'));
  const env = { LIST_SIGNING_KEY: pair.privatePem };
  expect(runScript('lists-publish.ts', ['--out', join(dir, 'a')], env).code).toBe(0);
  const first = readFileSync(join(dir, 'a', LIST_FILE), 'utf8');
  const again = runScript(
    'lists-publish.ts',
    ['--out', join(dir, 'b'), '--previous', join(dir, 'a', LIST_FILE)],
    env,
  );
  expect(again.code, again.out).toBe(0);
  expect(again.out).toContain('unchanged');
  expect(readFileSync(join(dir, 'b', LIST_FILE), 'utf8')).toBe(first);

  // changed sources: a new, newer list
  const src = join(dir, 'src');
  mkdirSync(src);
  for (const f of Object.values(SOURCE_FILES))
    copyFileSync(new URL(`../../lists/sources/${f}`, import.meta.url), join(src, f));
  appendFileSync(
    join(src, SOURCE_FILES.blocked),
    'coupang-publish-new.top ; test ; 2026-12-01 ; 2026-12-02\n',
  );
  const changed = runScript(
    'lists-publish.ts',
    [
      '--out',
      join(dir, 'c'),
      '--sources',
      src,
      '--previous',
      join(dir, 'a', LIST_FILE),
      '--version',
      '9999999999',
    ],
    env,
  );
  expect(changed.code, changed.out).toBe(0);
  expect(changed.out).not.toContain('unchanged');
  expect(readFileSync(join(dir, 'c', LIST_FILE), 'utf8')).toContain('coupang-publish-new.top');
});
