import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The store packages as `npm run zip` makes them: the Chrome zip carries no manifest `key` (the development
 * build keeps it), and the Firefox sources zip for review leaves out keys, secrets, lists/dist, test
 * artifacts and everything git ignores. Secret-looking files are planted for the run and removed after.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const planted = [
  'store-test-signing.pem',
  'lists/dist/store-test.signed.json',
  'test/e2e/artifacts/store-test.png',
  '.env',
];
const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
const zipOf = async (name: string) => JSZip.loadAsync(readFileSync(join(root, '.output', name)));
const existing = new Set<string>();

describe('store packages', () => {
  beforeAll(() => {
    for (const f of planted) {
      const file = join(root, f);
      try {
        readFileSync(file);
        existing.add(f); // a real file of the developer's: leave it alone
        continue;
      } catch {
        // not there: plant it
      }
      mkdirSync(join(file, '..'), { recursive: true });
      writeFileSync(file, 'PLANTED BY test/build/store-packages.test.ts\n');
    }
    execFileSync('npx', ['wxt', 'zip'], { cwd: root, stdio: 'ignore' });
    execFileSync('npx', ['wxt', 'zip', '-b', 'firefox'], { cwd: root, stdio: 'ignore' });
  }, 240_000);

  afterAll(() => {
    for (const f of planted) if (!existing.has(f)) rmSync(join(root, f), { force: true });
  });

  it('the Chrome store zip has no key; the development build keeps it', async () => {
    const zip = await zipOf(`coupang-guard-${version}-chrome.zip`);
    const manifest = JSON.parse((await zip.file('manifest.json')?.async('string')) ?? '{}') as Record<
      string,
      unknown
    >;
    expect(manifest.key).toBeUndefined();
    expect(manifest.icons).toMatchObject({ 16: 'icon/16.png', 128: 'icon/128.png' });
    const dev = JSON.parse(readFileSync(join(root, '.output/chrome-mv3/manifest.json'), 'utf8')) as {
      key?: string;
    };
    expect(dev.key).toBeTruthy();
  });

  it('the sources zip holds the sources and nothing secret or ignored', async () => {
    const zip = await zipOf(`coupang-guard-${version}-sources.zip`);
    const names = Object.keys(zip.files);
    expect(names).toContain('package.json');
    expect(names).toContain('wxt.config.ts');
    expect(names).toContain('lib/ui/view-warning.ts');
    for (const f of planted) expect(names).not.toContain(f);
    expect(
      names.filter((n) =>
        /\.pem$|(^|\/)\.env|^lists\/dist\/|^test\/e2e\/artifacts\/|^\.output\/|^node_modules\//.test(n),
      ),
    ).toEqual([]);
  });
});
