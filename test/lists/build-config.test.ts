// LIST_URL at build time: empty → no fetching; a real address only with a pinned release key.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { buildListUrl } from '../../lib/lists/build-config';
import { generateKeyPair } from '../../lib/lists/crypto';
import { runScript } from './helpers';

describe('buildListUrl', () => {
  test('no LIST_URL: the build fetches nothing, with or without keys', () => {
    expect(buildListUrl({}, 0)).toBe('');
    expect(buildListUrl({ LIST_URL: '  ' }, 1)).toBe('');
  });
  test('an https address with a pinned key is used', () => {
    expect(buildListUrl({ LIST_URL: 'https://lists.example.org/v1/list.json' }, 1)).toBe(
      'https://lists.example.org/v1/list.json',
    );
    expect(buildListUrl({ LIST_URL: 'http://lists.e2e.test:8080/list.json' }, 2)).toBe(
      'http://lists.e2e.test:8080/list.json',
    );
  });
  test('refused: no pinned key, plain http to the internet, credentials, not a URL', () => {
    expect(() => buildListUrl({ LIST_URL: 'https://lists.example.org/l.json' }, 0)).toThrow(
      /pins no release key/,
    );
    expect(() => buildListUrl({ LIST_URL: 'http://lists.example.org/l.json' }, 1)).toThrow(/https/);
    expect(() => buildListUrl({ LIST_URL: 'https://u:p@lists.example.org/l.json' }, 1)).toThrow(/password/);
    expect(() => buildListUrl({ LIST_URL: 'lists.example.org' }, 1)).toThrow(/not a URL/);
  });
});

describe('a build without any key and without LIST_URL', () => {
  test('lists:build needs no key and leaves the committed bundled list as it is', () => {
    const r = runScript('lists-build.ts', [], { LIST_SIGNING_KEY: '', LIST_URL: '' });
    expect(r.code, r.out).toBe(0);
    expect(r.out).toContain('(unchanged)');
  });
  test('no private key is in the tree', () => {
    const files = execFileSync('git', ['ls-files'], {
      cwd: new URL('../../', import.meta.url),
      encoding: 'utf8',
    })
      .split('\n')
      .filter(Boolean);
    expect(files.filter((f) => /\.(pem|key|p8|jwk)$/i.test(f))).toEqual([]);
    for (const f of files.filter((x) => /\.(ts|json|md|yml|txt)$/.test(x)))
      expect(readFileSync(new URL(`../../${f}`, import.meta.url), 'utf8'), f).not.toMatch(
        /-----BEGIN (EC |ENCRYPTED )?PRIVATE KEY-----\s*[A-Za-z0-9+/]{20}/,
      );
  });
});

test('lists:sign refuses a key file inside the repository and never prints the key', async () => {
  const pair = await generateKeyPair();
  const dir = new URL('../../.scratch/sign-test/', import.meta.url);
  mkdirSync(dir, { recursive: true });
  const file = new URL('key.pem', dir);
  writeFileSync(file, pair.privatePem);
  try {
    const r = runScript('lists-sign.ts', ['--key', file.pathname]);
    expect(r.code).toBe(2);
    expect(r.out).toContain('inside the repository');
    expect(r.out).not.toContain(pair.privatePem.split('\n')[1]!.slice(0, 20));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
