import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import { buildListUrl } from './lib/lists/build-config';
import type { bundledList } from './lib/lists/bundled';
import { PINNED_PUBLIC_KEYS } from './lib/lists/keys';
import { STATIC_RULESET_ID, STATIC_RULESET_PATH, staticRuleset } from './lib/lists/static-rules';
import { writeBundledList } from './scripts/lists-sources';
import { compileHint } from './scripts/compile-hint';
import { typedArrayJson } from './scripts/typed-array-json';

// Public half of the key that fixes the Chrome extension id (kacgcpbgjlnmmbneikbojlbinmemhkpo),
// so enterprise policy can name it. The private key is not in the repository.
const CHROME_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAmnNRNzuXLPkJiU1M11glj+74Y89sATsb8ubzYufnRV6MNegQdhFodfEaxogrzw0/2bvPF04UgE7V4pugezmAwhJEpUkIsuoFpW8hYVOIeEKjnzL7ImdEMDfuBNW8UCmF02dQ5X0DvUmsuFG5oCCqmMua+pkaDp2gAFWaovmn7WvJjZo9ttvqIvNeBXnk36jMAfJK8IaFFIEYfO36Jok5eM5JzPoi/+VVgw1J9S0KsMVIGD0mpsyGU1UMsn5bOC/2CdPY/uOCVpfWp+lKJAHgFPwF1XqhCJkhk64Pzs5UmG6lZF37SLMQMJQZupRfuB7NQLkaehDtkQ8TZ+QzG3T+6wIDAQAB';

export const GECKO_ID = 'coupang-guard@coupangguard.org';

const BUNDLED_LIST_FILE = fileURLToPath(new URL('./lib/lists/data/bundled-list.json', import.meta.url));

/**
 * Never in the sources zip (AMO review): secrets and keys, local settings, build output, test artifacts,
 * scratch space. Everything git ignores is left out as well (see ignoredByGit).
 */
export const SOURCES_EXCLUDED = [
  '**/*.pem',
  '**/*.key',
  '**/*.p12',
  '**/.env',
  '**/.env.*',
  'lists/dist/**',
  'test/e2e/artifacts/**',
  'bench/results/**',
  '.scratch/**',
  '.output/**',
  '.wxt/**',
  'node_modules/**',
];

/** What git ignores in this work tree (files, and folders as `dir/**`); [] when git is not available. */
function ignoredByGit(): string[] {
  try {
    const out = execFileSync(
      'git',
      ['ls-files', '--others', '--ignored', '--exclude-standard', '--directory'],
      {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      },
    );
    return out
      .split('\n')
      .filter(Boolean)
      .map((p) => (p.endsWith('/') ? `${p}**` : p));
  } catch {
    return [];
  }
}

/**
 * The store package carries no `key`: the stores assign the id. The development build keeps it, so the id
 * stays fixed for the enterprise docs and the tests. The manifest is put back right after zipping.
 */
let keptManifest: string | null = null;

// Where the published list lives (docs/lists.md): empty unless the release workflow sets LIST_URL.
const LIST_URL = buildListUrl(process.env, PINNED_PUBLIC_KEYS.length);

export default defineConfig({
  // lib/ is imported explicitly; nothing reaches `browser` by accident.
  imports: false,
  webExt: { disabled: true },
  vite: () => ({
    define: { 'import.meta.env.LIST_URL': JSON.stringify(LIST_URL) },
    // tldts' public-suffix trie (47 kB of the worker's script) as JSON text, which V8 reads faster (issue #16)
    plugins: [typedArrayJson()],
  }),
  hooks: {
    // The bundled list is generated from lists/sources (no key needed); a build after editing them ships the
    // edit and refreshes the committed file, which test/lists/bundled.test.ts then finds current.
    'build:before': () => {
      writeBundledList();
    },
    // The bundled list's known-bad entries, blocked by the browser from the first navigation (manifest below).
    'build:publicAssets': (_wxt, files) => {
      // read now, not at config load: build:before has just regenerated the file from lists/sources
      const list = JSON.parse(readFileSync(BUNDLED_LIST_FILE, 'utf8')) as typeof bundledList;
      files.push({ relativeDest: STATIC_RULESET_PATH, contents: JSON.stringify(staticRuleset(list)) });
    },
    // terser packs the content script ~0.6 kB smaller than esbuild's minifier, which keeps it inside its 40 kB
    // budget, and the scorer (scanner.js, no zod in it) ~0.9 kB smaller; two compress passes take another
    // ~0.3 kB off the scorer and ~0.1 kB off the content script (page11 round: scanner.js 71,104 bytes with
    // esbuild → 70,213 with terser → 69,799 with two passes; content.js 20,176 → 20,051). Only there: on the
    // other bundles it folds zod's `const F = Function; new F('')` eval probe into a literal `new Function`
    // that web-ext lint rejects.
    //
    // The content script also gets an inert stand-in for WXT's ContentScriptContext, which listens for a
    // CustomEvent and a window message any page can send and then shuts the script down, and posts its event
    // name to the page (issue #10): no page may end the scan or the typing hold.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (entrypoints.some((e) => e.type === 'content-script' || e.name === 'scanner')) {
        config.build = {
          ...config.build,
          minify: 'terser',
          terserOptions: { compress: { passes: 2 } },
          // lib/ is pure: a module of it whose exports the content script does not use is left out whole,
          // top-level tables included (issue #16: the scorer is a file of its own, entrypoints/scanner.ts)
          rollupOptions: {
            ...config.build?.rollupOptions,
            treeshake: { moduleSideEffects: (id: string) => !/[\\/]lib[\\/]/.test(id) },
          },
        };
        config.plugins = [
          ...(config.plugins ?? []),
          {
            name: 'coupang-guard:inert-content-script-context',
            enforce: 'pre',
            resolveId: (id: string) =>
              id === 'wxt/utils/content-script-context'
                ? fileURLToPath(new URL('./entrypoints/content/inert-context.ts', import.meta.url))
                : null,
          },
          // the content script's functions compiled with it, not at their first call (scripts/compile-hint.ts)
          compileHint((file) => /(^|\/)content\.js$/.test(file)),
        ];
      }
    },
    'zip:extension:start': (wxt) => {
      const file = join(wxt.config.outDir, 'manifest.json');
      keptManifest = readFileSync(file, 'utf8');
      const manifest = JSON.parse(keptManifest) as Record<string, unknown>;
      delete manifest.key;
      writeFileSync(file, JSON.stringify(manifest));
    },
    'zip:extension:done': (wxt) => {
      if (keptManifest !== null) writeFileSync(join(wxt.config.outDir, 'manifest.json'), keptManifest);
      keptManifest = null;
    },
  },
  zip: {
    artifactTemplate: '{{name}}-{{version}}-{{browser}}.zip',
    excludeSources: [...SOURCES_EXCLUDED, ...ignoredByGit()],
  },
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'ko',
    // scripting (MV3 only): the page scorer is injected into a frame only when its gate opens (issue #16);
    // Firefox's MV2 does the same with tabs.executeScript and the host permissions
    permissions: [
      'storage',
      'alarms',
      'declarativeNetRequest',
      'webNavigation',
      'contextMenus',
      ...(manifestVersion === 3 ? ['scripting'] : []),
      // Firefox only: a top document's Content-Type (application/pdf), read without blocking, where pdf.js runs
      // no content script (background pdf.ts; red team 34, class B). Chromium's content script sees it itself.
      ...(manifestVersion === 2 ? ['webRequest'] : []),
    ],
    // file:///* (red team 33, r01): a kit saved from an attachment or built as a download is read when opened
    // from disk. Chrome adds no install warning for it (README, Permissions) and keeps it off until the user turns
    // on "Allow access to file URLs" (the options page says so); Firefox reads file pages with no toggle. Safari
    // gives extensions no file pages.
    host_permissions: ['http://*/*', 'https://*/*', ...(browser === 'safari' ? [] : ['file:///*'])],
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    action: {
      default_title: '__MSG_extName__',
      default_icon: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png' },
    },
    storage: { managed_schema: 'managed_schema.json' },
    declarative_net_request: {
      rule_resources: [{ id: STATIC_RULESET_ID, enabled: true, path: STATIC_RULESET_PATH }],
    },
    // No web_accessible_resources: no page can open the warning page (a forged warning) or probe for it
    // (fingerprinting). The block rules stop known-bad navigations; the background opens the warning.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              // 140 = the ESR that companies run and the first with data_collection_permissions.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : browser === 'safari'
        ? // Safari (macOS, iOS): no Chrome id key or version field; packaged by Apple's converter (docs/safari.md)
          {}
        : { key: CHROME_KEY, minimum_chrome_version: '120' }),
  }),
});
