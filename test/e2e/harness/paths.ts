import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

export const root = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
export const chromeBuild = resolve(root, '.output/chrome-mv3');
export const firefoxBuild = resolve(root, '.output/firefox-mv2');
export const artifactsDir = resolve(root, 'test/e2e/artifacts');
export const fixturesDir = resolve(root, 'test/fixtures');

/** Fixed by the manifest key (wxt.config.ts). */
export const CHROME_EXTENSION_ID = 'kacgcpbgjlnmmbneikbojlbinmemhkpo';
export const GECKO_ID = 'coupang-guard@coupangguard.org';
/** Fixed through the extensions.webextensions.uuids pref. */
export const FIREFOX_UUID = '7c3b9a52-1e4d-4f0a-9c6e-2a5d8b1f0e34';
