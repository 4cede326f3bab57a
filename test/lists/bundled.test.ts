// The bundled list: generated from lists/sources (same sources → same bytes), trusted without a key, and the
// list tools: lists:verify on signed, changed and unsigned files, never printing key material.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { bundledList } from '../../lib/lists/bundled';
import { importPublicKey } from '../../lib/lists/crypto';
import { signList } from '../../lib/lists/envelope';
import { MAX_PINNED_KEYS, PINNED_PUBLIC_KEYS } from '../../lib/lists/keys';
import { listDataSchema } from '../../lib/lists/schema';
import {
  BUNDLED_FLOOR_DATE,
  bundledListFromSources,
  formatBundledList,
  SOURCE_FILES,
  type ListSources,
} from '../../lib/lists/sources';
import { corpus } from '../domain/corpora';
import { listWith, runScript, throwawayKey } from './helpers';

const root = new URL('../../', import.meta.url);
const file = new URL('lib/lists/data/bundled-list.json', root);
const text = readFileSync(file, 'utf8');
const sources = Object.fromEntries(
  Object.entries(SOURCE_FILES).map(([k, f]) => [
    k,
    readFileSync(new URL(`lists/sources/${f}`, root), 'utf8'),
  ]),
) as unknown as ListSources;

describe('bundled list', () => {
  test('the committed file is exactly a fresh build of lists/sources (run npm run lists:build after editing them)', () => {
    expect(text).toBe(formatBundledList(bundledListFromSources(sources)));
  });

  test('is what bundled.ts exports, fits the schema, and its version is its date', () => {
    expect(listDataSchema.parse(JSON.parse(text))).toEqual(bundledList);
    expect(bundledList.version).toBe(Date.parse(bundledList.issued) / 1000);
    expect(bundledList.issued >= `${BUNDLED_FLOOR_DATE}T00:00:00.000Z`).toBe(true);
  });

  test('its version follows the newest date in the sources, so a later published list is newer', () => {
    const later = {
      ...sources,
      blocked: `${sources.blocked}\nnew-coupang-refund.example ; urlhaus ; 2031-05-01 ; 2031-06-02\n`,
    };
    const list = bundledListFromSources(later);
    expect(list.issued).toBe('2031-06-02T00:00:00.000Z');
    expect(list.version).toBe(Date.UTC(2031, 5, 2) / 1000);
    // the same sources, the same bytes
    expect(formatBundledList(bundledListFromSources(later))).toBe(formatBundledList(list));
  });

  test('holds every official domain and known-bad host from ../shared/data', () => {
    const official = new Set(bundledList.brands.flatMap((b) => [...b.domains, ...b.hosts]));
    for (const row of corpus('official-domains.tsv'))
      if (row.expect === 'official') expect(official).toContain(row.host);
    const blocked = new Set(bundledList.blocked.map((b) => b.host));
    const feeds = corpus('phishing-feeds.tsv').map(
      ({ host: h }) => new URL(/:\/\//.test(h) ? h : `http://${h}`).hostname,
    );
    expect(feeds.length).toBeGreaterThan(40);
    for (const h of feeds) expect(blocked).toContain(h);
  });
});

describe('pinned keys', () => {
  test('at most two, each a P-256 public key under its own id', async () => {
    expect(PINNED_PUBLIC_KEYS.length).toBeLessThanOrEqual(MAX_PINNED_KEYS);
    for (const k of PINNED_PUBLIC_KEYS) expect((await importPublicKey(k.spki))?.keyId).toBe(k.keyId);
  });
});

describe('lists:verify', () => {
  test('exit 0 on a good list, bad-signature on a changed byte, "unsigned" on a plain list; no key material', async () => {
    const key = await throwawayKey();
    const dir = mkdtempSync(join(tmpdir(), 'lists-'));
    const good = join(dir, 'good.json');
    const signedText = await signList(listWith(1, ['verify-me.example']), key);
    writeFileSync(good, signedText);
    const ok = runScript('lists-verify.ts', [good, '--public-key', key.publicKey.spki]);
    expect(ok.code, ok.out).toBe(0);
    expect(ok.out).toMatch(/^OK .*key [0-9a-f]{16}/m);
    expect(ok.out).not.toContain(key.publicKey.spki);

    const bad = join(dir, 'changed.json');
    const at = signedText.indexOf('"host":"') + 8;
    writeFileSync(
      bad,
      signedText.slice(0, at) + (signedText[at] === 'x' ? 'y' : 'x') + signedText.slice(at + 1),
    );
    const r = runScript('lists-verify.ts', [bad, '--public-key', key.publicKey.spki]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/FAIL .*bad-signature/);

    const withoutKey = runScript('lists-verify.ts', [good]);
    expect(withoutKey.code).toBe(1);
    expect(withoutKey.out).toMatch(/FAIL .*unknown-key/);

    const plain = runScript('lists-verify.ts', [file.pathname]);
    expect(plain.code).toBe(1);
    expect(plain.out).toContain('unsigned list: run lists:sign');
    expect(plain.out).not.toMatch(/not-canonical/);
  });

  test('a wrong --public-key is named by position, never echoed (it might be a private key)', async () => {
    const pair = await (await import('../../lib/lists/crypto')).generateKeyPair();
    const r = runScript('lists-verify.ts', [file.pathname, '--public-key', pair.privatePem]);
    expect(r.code).toBe(2);
    expect(r.out).toContain('--public-key #1');
    const body = pair.privatePem.split('\n')[1]!;
    expect(r.out).not.toContain(body.slice(0, 20));
  });
});
