/**
 * A do-nothing extension for the page-cost benchmark's middle configuration: one content script that matches
 * every http(s) page at the same moment as Coupang Guard's (document_idle, top frame) and does nothing, so that
 * "ours / empty" shows what our content script costs beyond the browser's fixed price of having an extension.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const EMPTY_GECKO_ID = 'empty-bench@coupangguard.org';

export function emptyExtensionManifest(manifestVersion: 2 | 3): Record<string, unknown> {
  return {
    manifest_version: manifestVersion,
    name: 'Empty content script (benchmark baseline)',
    version: '1.0.0',
    content_scripts: [
      {
        matches: ['http://*/*', 'https://*/*'],
        js: ['content.js'],
        run_at: 'document_idle',
        all_frames: false,
      },
    ],
    ...(manifestVersion === 2 ? { browser_specific_settings: { gecko: { id: EMPTY_GECKO_ID } } } : {}),
  };
}

/** Writes the extension into a new temporary folder and returns its path. */
export function writeEmptyExtension(manifestVersion: 2 | 3): string {
  const dir = mkdtempSync(join(tmpdir(), `cg-empty-ext-mv${manifestVersion}-`));
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(emptyExtensionManifest(manifestVersion), null, 2));
  writeFileSync(join(dir, 'content.js'), '// intentionally empty\n');
  return dir;
}
