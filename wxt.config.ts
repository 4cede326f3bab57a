import { defineConfig } from 'wxt';
import { buildListUrl } from './lib/lists/build-config';
import { PINNED_PUBLIC_KEYS } from './lib/lists/keys';
import { writeBundledList } from './scripts/lists-sources';

// Public half of the key that fixes the Chrome extension id (kacgcpbgjlnmmbneikbojlbinmemhkpo),
// so enterprise policy can name it. The private key is not in the repository.
const CHROME_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAmnNRNzuXLPkJiU1M11glj+74Y89sATsb8ubzYufnRV6MNegQdhFodfEaxogrzw0/2bvPF04UgE7V4pugezmAwhJEpUkIsuoFpW8hYVOIeEKjnzL7ImdEMDfuBNW8UCmF02dQ5X0DvUmsuFG5oCCqmMua+pkaDp2gAFWaovmn7WvJjZo9ttvqIvNeBXnk36jMAfJK8IaFFIEYfO36Jok5eM5JzPoi/+VVgw1J9S0KsMVIGD0mpsyGU1UMsn5bOC/2CdPY/uOCVpfWp+lKJAHgFPwF1XqhCJkhk64Pzs5UmG6lZF37SLMQMJQZupRfuB7NQLkaehDtkQ8TZ+QzG3T+6wIDAQAB';

export const GECKO_ID = 'coupang-guard@coupangguard.org';

// Where the published list lives (docs/lists.md): empty unless the release workflow sets LIST_URL.
const LIST_URL = buildListUrl(process.env, PINNED_PUBLIC_KEYS.length);

export default defineConfig({
  // lib/ is imported explicitly; nothing reaches `browser` by accident.
  imports: false,
  webExt: { disabled: true },
  vite: () => ({ define: { 'import.meta.env.LIST_URL': JSON.stringify(LIST_URL) } }),
  hooks: {
    // The bundled list is generated from lists/sources (no key needed); a build after editing them ships the
    // edit and refreshes the committed file, which test/lists/bundled.test.ts then finds current.
    'build:before': () => {
      writeBundledList();
    },
    // terser packs the content script ~0.6 kB smaller than esbuild's minifier, which keeps it inside its 40 kB
    // budget. Only there: on the other bundles it folds zod's `const F = Function; new F('')` eval probe into a
    // literal `new Function` that web-ext lint rejects.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (entrypoints.some((e) => e.type === 'content-script')) {
        config.build = { ...config.build, minify: 'terser' };
      }
    },
  },
  zip: { artifactTemplate: '{{name}}-{{version}}-{{browser}}.zip' },
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'ko',
    permissions: ['storage', 'alarms', 'declarativeNetRequest', 'webNavigation', 'contextMenus'],
    host_permissions: ['http://*/*', 'https://*/*'],
    action: { default_title: '__MSG_extName__' },
    storage: { managed_schema: 'managed_schema.json' },
    // declarativeNetRequest redirects blocked navigations to the warning page: web pages must be able to reach it.
    web_accessible_resources:
      manifestVersion === 2
        ? ['warning.html']
        : [{ resources: ['warning.html'], matches: ['http://*/*', 'https://*/*'] }],
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
      : { key: CHROME_KEY, minimum_chrome_version: '120' }),
  }),
});
