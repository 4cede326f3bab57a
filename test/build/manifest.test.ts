import { describe, expect, it } from 'vitest';
import config from '../../wxt.config';

/**
 * One codebase, several browsers: each manifest carries only what its browser understands. The Safari build
 * (macOS, iOS) has no Chrome id key or Chrome version field; Firefox keeps its gecko id; Chrome keeps the key
 * that fixes its id for enterprise policy.
 */
type ManifestFn = (env: { browser: string; manifestVersion: 2 | 3 }) => Record<string, unknown>;
const manifest = config.manifest as unknown as ManifestFn;

describe('manifest per browser', () => {
  it('Safari: no Chrome-only fields, the same permissions and block rules', () => {
    const m = manifest({ browser: 'safari', manifestVersion: 3 });
    expect(m).not.toHaveProperty('key');
    expect(m).not.toHaveProperty('minimum_chrome_version');
    expect(m).not.toHaveProperty('browser_specific_settings');
    expect(m.permissions).toEqual(manifest({ browser: 'chrome', manifestVersion: 3 }).permissions);
    expect(m).toHaveProperty('declarative_net_request');
  });

  it('Chrome keeps its id key; Firefox its gecko id and Android minimum', () => {
    expect(manifest({ browser: 'chrome', manifestVersion: 3 })).toHaveProperty('key');
    const ff = manifest({ browser: 'firefox', manifestVersion: 2 });
    expect(ff).not.toHaveProperty('key');
    expect(ff).toMatchObject({
      browser_specific_settings: { gecko: { id: 'coupang-guard@coupangguard.org' }, gecko_android: {} },
    });
  });

  it('scripting only where the page scorer is injected with it (MV3); Firefox MV2 uses its host permissions', () => {
    expect(manifest({ browser: 'chrome', manifestVersion: 3 }).permissions).toContain('scripting');
    expect(manifest({ browser: 'firefox', manifestVersion: 2 }).permissions).not.toContain('scripting');
  });

  it('no page can reach an extension page: nothing is web-accessible', () => {
    for (const browser of ['chrome', 'firefox', 'safari'])
      expect(manifest({ browser, manifestVersion: 3 })).not.toHaveProperty('web_accessible_resources');
    // the page scorer (scanner.js) included: a web-accessible file would let pages fingerprint us
    expect(manifest({ browser: 'firefox', manifestVersion: 2 })).not.toHaveProperty(
      'web_accessible_resources',
    );
  });
});
