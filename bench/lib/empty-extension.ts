/**
 * A do-nothing extension for the page-cost benchmark's middle configuration: one content script that matches
 * every http(s) page at the same moment as Coupang Guard's (document_idle, top frame) and does nothing, so that
 * "ours / empty" shows what our content script costs beyond the browser's fixed price of having an extension.
 * With `runAt` 'document_start' it is declared exactly as ours is (every frame, about:blank and opaque-origin
 * frames too): the page-cost bench's `start` configuration, which shows what the declaration itself costs.
 * With `permissions` (the `dnr` configuration: `['declarativeNetRequest']`, no rules) it shows what a permission
 * costs by itself: Chromium routes every request of every page through its webRequest proxy on the browser's main
 * thread while any extension holds a declarativeNetRequest permission, rules or not.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const EMPTY_GECKO_ID = 'empty-bench@coupangguard.org';

export type RunAt = 'document_idle' | 'document_start';

export function emptyExtensionManifest(
  manifestVersion: 2 | 3,
  runAt: RunAt = 'document_idle',
  permissions: readonly string[] = [],
): Record<string, unknown> {
  const likeOurs =
    runAt === 'document_start'
      ? { all_frames: true, match_about_blank: true, match_origin_as_fallback: true }
      : { all_frames: false };
  return {
    manifest_version: manifestVersion,
    name: 'Empty content script (benchmark baseline)',
    version: '1.0.0',
    content_scripts: [
      {
        matches: ['http://*/*', 'https://*/*'],
        js: ['content.js'],
        run_at: runAt,
        ...likeOurs,
      },
    ],
    ...(permissions.length ? { permissions: [...permissions] } : {}),
    ...(manifestVersion === 2 ? { browser_specific_settings: { gecko: { id: EMPTY_GECKO_ID } } } : {}),
  };
}

/** Writes the extension into a new temporary folder and returns its path. */
export function writeEmptyExtension(
  manifestVersion: 2 | 3,
  runAt: RunAt = 'document_idle',
  permissions: readonly string[] = [],
): string {
  const dir = mkdtempSync(join(tmpdir(), `cg-empty-ext-mv${manifestVersion}-`));
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify(emptyExtensionManifest(manifestVersion, runAt, permissions), null, 2),
  );
  writeFileSync(join(dir, 'content.js'), '// intentionally empty\n');
  return dir;
}
