// The GitHub workflows (.github/workflows) pass a real validator (@action-validator, the workflow JSON
// schema, offline), and the validator really refuses a broken workflow.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const root = new URL('../../', import.meta.url);
const dir = new URL('.github/workflows/', root);
const cli = createRequire(import.meta.url).resolve('@action-validator/cli/cli.mjs');

function validate(file: string): { code: number; out: string } {
  try {
    return { code: 0, out: execFileSync(process.execPath, [cli, file], { encoding: 'utf8', stdio: 'pipe' }) };
  } catch (err) {
    const e = err as { status: number; stdout: string; stderr: string };
    return { code: e.status, out: e.stdout + e.stderr };
  }
}

const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f));

describe('workflows', () => {
  test('there is a scheduled publish workflow and a release workflow on tags', () => {
    expect(files).toEqual(expect.arrayContaining(['lists-publish.yml', 'release.yml']));
    const publish = readFileSync(new URL('lists-publish.yml', dir), 'utf8');
    expect(publish).toMatch(/schedule:/);
    expect(publish).toMatch(/LIST_SIGNING_KEY: \$\{\{ secrets\.LIST_SIGNING_KEY \}\}/);
    expect(readFileSync(new URL('release.yml', dir), 'utf8')).toMatch(/tags:/);
  });

  test.each(files)('%s is a valid workflow', (f) => {
    const r = validate(new URL(f, dir).pathname);
    expect(r.code, r.out).toBe(0);
  });

  test('a broken workflow is refused', () => {
    const bad = join(mkdtempSync(join(tmpdir(), 'wf-')), 'bad.yml');
    writeFileSync(bad, 'name: x\non: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    stepz: []\n');
    const r = validate(bad);
    expect(r.code).not.toBe(0);
    expect(r.out).toContain('stepz');
  });
});
