import { mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { CHROME_EXTENSION_ID, GECKO_ID } from './paths';

export const CHROMIUM_POLICY_FILE = '/etc/chromium/policies/managed/coupang-guard-e2e.json';
export const FIREFOX_POLICY_FILE = '/etc/firefox/policies/policies.json';

/**
 * Writes a managed policy for the extension where the browser reads it and returns a function that puts
 * back exactly what was there before (also called on failure by the harness).
 */
export function installPolicy(browser: 'chromium' | 'firefox', policy: Record<string, unknown>): () => void {
  const file = browser === 'chromium' ? CHROMIUM_POLICY_FILE : FIREFOX_POLICY_FILE;
  const before = existsSync(file) ? readFileSync(file) : null;
  const content =
    browser === 'chromium'
      ? { '3rdparty': { extensions: { [CHROME_EXTENSION_ID]: policy } } }
      : mergeFirefox(before, policy);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(content, null, 2));
  return () => {
    // The Chromium file is the harness's own: always remove it, so a run killed half-way cannot leave its
    // policy behind for the next run to "restore". policies.json may hold a machine's real policies: put it back.
    if (before === null || browser === 'chromium') rmSync(file, { force: true });
    else writeFileSync(file, before);
  };
}

/** Keep any other policies already in policies.json; only our extension's 3rdparty entry changes. */
function mergeFirefox(before: Buffer | null, policy: Record<string, unknown>): unknown {
  let doc: { policies?: Record<string, unknown> } = {};
  try {
    if (before) doc = JSON.parse(before.toString('utf8')) as typeof doc;
  } catch {
    doc = {};
  }
  const policies = (doc.policies ??= {});
  const third = (policies['3rdparty'] ??= {}) as { Extensions?: Record<string, unknown> };
  third.Extensions = { ...(third.Extensions ?? {}), [GECKO_ID]: policy };
  return doc;
}
