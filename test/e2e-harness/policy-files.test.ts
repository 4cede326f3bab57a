import { spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { CHROME_EXTENSION_ID, GECKO_ID } from '../e2e/harness/paths';
import {
  TEST_MARKER,
  installPolicy,
  restoreAllPolicies,
  sweepStrayPolicies,
  type PolicyPaths,
} from '../e2e/harness/policy-files';

// The e2e harness's browser policy files (test/e2e/harness/policy-files.ts), on a temporary folder standing in for
// /etc: what it writes is marked as its own and put back on every way out, and the e2e global setup cleans up only
// what the marker proves is a test file of a run that is gone.

let root: string;
let paths: PolicyPaths;
const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
const put = (file: string, doc: unknown) => {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, typeof doc === 'string' ? doc : JSON.stringify(doc));
};
/** A policy file as a machine's administrator writes it. */
const ENTERPRISE = JSON.stringify({ policies: { DisableTelemetry: true } }, null, 4);
const dead = () => false;
const alive = () => true;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'cg-policy-'));
  paths = {
    chromium: join(root, 'chromium/policies/managed/coupang-guard-e2e.json'),
    firefox: join(root, 'firefox/policies/policies.json'),
  };
});
afterEach(() => {
  restoreAllPolicies();
  rmSync(root, { recursive: true, force: true });
});

describe('installPolicy', () => {
  test('Chromium: the extension policy with a marker naming this process; removed again', () => {
    const restore = installPolicy('chromium', { allowContinue: false }, paths);
    const doc = read(paths.chromium);
    expect(doc['3rdparty']).toEqual({ extensions: { [CHROME_EXTENSION_ID]: { allowContinue: false } } });
    expect(doc[TEST_MARKER]).toMatchObject({ pid: process.pid, before: null });
    restore();
    expect(existsSync(paths.chromium)).toBe(false);
  });

  test("Firefox: merged into the machine's policies.json, which comes back byte for byte", () => {
    put(paths.firefox, ENTERPRISE);
    const restore = installPolicy('firefox', { allowContinue: false }, paths);
    const doc = read(paths.firefox);
    expect(doc.policies).toEqual({
      DisableTelemetry: true,
      '3rdparty': { Extensions: { [GECKO_ID]: { allowContinue: false } } },
    });
    expect(doc[TEST_MARKER]).toMatchObject({ pid: process.pid, before: ENTERPRISE });
    restore();
    expect(readFileSync(paths.firefox, 'utf8')).toBe(ENTERPRISE);
  });

  test('a write over the harness\'s own keeps the original as "before"; the outer restore undoes both', () => {
    put(paths.firefox, ENTERPRISE);
    const outer = installPolicy('firefox', { allowContinue: false }, paths);
    const inner = installPolicy('firefox', { reportUrl: 'http://127.0.0.1:1/r' }, paths);
    const doc = read(paths.firefox);
    expect(doc[TEST_MARKER]).toMatchObject({ before: ENTERPRISE });
    expect((doc.policies as Record<string, unknown>)['3rdparty']).toEqual({
      Extensions: { [GECKO_ID]: { reportUrl: 'http://127.0.0.1:1/r' } },
    });
    outer();
    expect(readFileSync(paths.firefox, 'utf8')).toBe(ENTERPRISE);
    inner(); // too late: must not write the outer test policy back
    restoreAllPolicies();
    expect(readFileSync(paths.firefox, 'utf8')).toBe(ENTERPRISE);
  });

  test('nested writes put back in order: the inner restore brings the outer test policy back', () => {
    installPolicy('firefox', { allowContinue: false }, paths);
    const inner = installPolicy('firefox', { allowContinue: true }, paths);
    inner();
    expect((read(paths.firefox).policies as Record<string, unknown>)['3rdparty']).toEqual({
      Extensions: { [GECKO_ID]: { allowContinue: false } },
    });
    restoreAllPolicies();
    expect(existsSync(paths.firefox)).toBe(false);
  });

  test('over a test file a dead run left, the restore puts back what that run found', () => {
    put(paths.firefox, { [TEST_MARKER]: { pid: 1 << 30, written: 'x', before: ENTERPRISE }, policies: {} });
    const restore = installPolicy('firefox', {}, paths);
    expect(read(paths.firefox)[TEST_MARKER]).toMatchObject({ before: ENTERPRISE });
    restore();
    expect(readFileSync(paths.firefox, 'utf8')).toBe(ENTERPRISE);
  });

  test('restoreAllPolicies (the exit path) puts back every file still written', () => {
    put(paths.firefox, ENTERPRISE);
    installPolicy('chromium', { allowContinue: false }, paths);
    installPolicy('firefox', { allowContinue: false }, paths);
    restoreAllPolicies();
    expect(existsSync(paths.chromium)).toBe(false);
    expect(readFileSync(paths.firefox, 'utf8')).toBe(ENTERPRISE);
  });
});

describe('sweepStrayPolicies (e2e global setup)', () => {
  const managed = () => dirname(paths.chromium);

  test('nothing there: nothing to say', () => {
    expect(sweepStrayPolicies(paths, dead)).toEqual([]);
  });

  test('a marked Chromium file of a run that is gone is removed; another file in the folder is not touched', () => {
    const other = join(managed(), 'corp.json');
    put(other, { HomepageLocation: 'https://intranet.example' });
    put(paths.chromium, {
      [TEST_MARKER]: { pid: 4242, written: '2026-12-06T08:00:00Z', before: null },
      '3rdparty': { extensions: { [CHROME_EXTENSION_ID]: { allowContinue: false } } },
    });
    const found = sweepStrayPolicies(paths, dead);
    expect(found).toEqual([expect.objectContaining({ file: paths.chromium, outcome: 'removed' })]);
    expect(found[0]!.message).toContain('4242');
    expect(readdirSync(managed())).toEqual(['corp.json']);
  });

  test('a marked Firefox file is put back to what it held before, or removed when there was nothing', () => {
    put(paths.firefox, { [TEST_MARKER]: { pid: 7, written: 'x', before: ENTERPRISE }, policies: {} });
    expect(sweepStrayPolicies(paths, dead)).toEqual([
      expect.objectContaining({ file: paths.firefox, outcome: 'restored' }),
    ]);
    expect(readFileSync(paths.firefox, 'utf8')).toBe(ENTERPRISE);

    put(paths.firefox, { [TEST_MARKER]: { pid: 7, written: 'x', before: null }, policies: {} });
    expect(sweepStrayPolicies(paths, dead)).toEqual([
      expect.objectContaining({ file: paths.firefox, outcome: 'removed' }),
    ]);
    expect(existsSync(paths.firefox)).toBe(false);
  });

  test('a marked file whose writer still runs is a run in progress: refused, left alone', () => {
    const content = JSON.stringify({ [TEST_MARKER]: { pid: 99, written: 'x', before: null }, policies: {} });
    put(paths.firefox, content);
    const [f] = sweepStrayPolicies(paths, alive);
    expect(f).toMatchObject({ file: paths.firefox, outcome: 'refused' });
    expect(f!.message).toContain('still running (pid 99');
    expect(f!.message).toContain('flock /tmp/cg-e2e.lock');
    expect(readFileSync(paths.firefox, 'utf8')).toBe(content);
  });

  test('an unmarked file that sets a policy for the extension is refused with how to remove it, never touched', () => {
    // an older harness's Chromium leftover (its own file name, no marker)
    const chromium = JSON.stringify({
      '3rdparty': { extensions: { [CHROME_EXTENSION_ID]: { allowContinue: false } } },
    });
    put(paths.chromium, chromium);
    // a machine's real Firefox policy that configures the extension
    const firefox = JSON.stringify({
      policies: {
        DisableTelemetry: true,
        '3rdparty': { Extensions: { [GECKO_ID]: { allowContinue: false } } },
      },
    });
    put(paths.firefox, firefox);
    const found = sweepStrayPolicies(paths, dead);
    expect(found.map((f) => [f.file, f.outcome])).toEqual([
      [paths.chromium, 'refused'],
      [paths.firefox, 'refused'],
    ]);
    expect(found[0]!.message).toContain(`rm ${paths.chromium}`);
    expect(found[1]!.message).toContain(`rm ${paths.firefox}`);
    expect(found[1]!.message).toContain(`policies["3rdparty"].Extensions["${GECKO_ID}"]`);
    expect(readFileSync(paths.chromium, 'utf8')).toBe(chromium);
    expect(readFileSync(paths.firefox, 'utf8')).toBe(firefox);
  });

  test("an unmarked file in another name that sets the extension's Chromium policy is refused too", () => {
    const other = join(managed(), 'corp.json');
    put(other, { '3rdparty': { extensions: { [CHROME_EXTENSION_ID]: { lockSettings: true } } } });
    expect(sweepStrayPolicies(paths, dead)).toEqual([
      expect.objectContaining({ file: other, outcome: 'refused' }),
    ]);
    expect(existsSync(other)).toBe(true);
  });

  test("someone else's policies that do not name the extension are not touched and not reported", () => {
    put(paths.firefox, ENTERPRISE);
    put(join(managed(), 'corp.json'), '{ not json');
    expect(sweepStrayPolicies(paths, dead)).toEqual([]);
    expect(readFileSync(paths.firefox, 'utf8')).toBe(ENTERPRISE);
    expect(readFileSync(join(managed(), 'corp.json'), 'utf8')).toBe('{ not json');
  });
});

describe('a process stopped half-way', () => {
  const module = fileURLToPath(new URL('../e2e/harness/policy-files.ts', import.meta.url));

  /** A Node process that writes both policies, says so, then does `then`; resolves with how it ended. */
  function child(
    then: string,
  ): Promise<{ code: number | null; signal: NodeJS.Signals | null; written: boolean }> {
    const script = `
      const { installPolicy } = await import(${JSON.stringify(module)});
      const paths = ${JSON.stringify(paths)};
      installPolicy('chromium', { allowContinue: false }, paths);
      installPolicy('firefox', { allowContinue: false }, paths);
      console.log('written');
      ${then}
      setInterval(() => {}, 1000);`;
    const p = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    p.stdout.on('data', (d: Buffer) => (out += String(d)));
    return new Promise((ok) =>
      p.on('exit', (code, signal) => ok({ code, signal, written: out.includes('written') })),
    );
  }

  test.each(['SIGINT', 'SIGTERM', 'SIGHUP'] as const)(
    'on %s the files are put back and the process still ends by the signal',
    async (signal) => {
      put(paths.firefox, ENTERPRISE);
      const end = await child(`process.kill(process.pid, '${signal}');`);
      expect(end).toMatchObject({ signal, written: true });
      expect(existsSync(paths.chromium)).toBe(false);
      expect(readFileSync(paths.firefox, 'utf8')).toBe(ENTERPRISE);
    },
  );

  test('on process.exit the files are put back', async () => {
    put(paths.firefox, ENTERPRISE);
    expect(await child('process.exit(3);')).toEqual({ code: 3, signal: null, written: true });
    expect(existsSync(paths.chromium)).toBe(false);
    expect(readFileSync(paths.firefox, 'utf8')).toBe(ENTERPRISE);
  });

  test('after SIGKILL (nothing can run) the next global setup cleans up what the marker proves is ours', async () => {
    put(paths.firefox, ENTERPRISE);
    expect(await child(`process.kill(process.pid, 'SIGKILL');`)).toMatchObject({
      signal: 'SIGKILL',
      written: true,
    });
    expect(read(paths.chromium)[TEST_MARKER]).toBeTruthy();
    expect(read(paths.firefox)[TEST_MARKER]).toBeTruthy();
    // the real liveness check: the killed process is gone
    const found = sweepStrayPolicies(paths);
    expect(found.map((f) => f.outcome).sort()).toEqual(['removed', 'restored']);
    expect(existsSync(paths.chromium)).toBe(false);
    expect(readFileSync(paths.firefox, 'utf8')).toBe(ENTERPRISE);
  });
});
