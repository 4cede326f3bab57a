import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { buildListUrl } from './lib/lists/build-config';
import { PINNED_PUBLIC_KEYS } from './lib/lists/keys';
import { typedArrayJson } from './scripts/typed-array-json';

/**
 * The message check as an offline web app (npm run build:web → .output/web), served from the same static host
 * as the published list. The service worker is generated here with the exact list of built files, so after the
 * first visit the app opens and judges without a network.
 */
const LIST_URL = buildListUrl(process.env, PINNED_PUBLIC_KEYS.length);

function serviceWorker(): Plugin {
  return {
    name: 'coupang-guard-sw',
    generateBundle(_options, bundle) {
      const files = ['./', ...Object.keys(bundle).map((f) => `./${f}`)].filter((f) => !f.endsWith('.map'));
      files.push('./manifest.webmanifest', './icon-192.png', './icon-512.png');
      const version = createHash('sha256').update(files.join('\n')).digest('hex').slice(0, 12);
      const source = [
        `const CACHE = 'coupang-guard-app-${version}';`,
        `const FILES = ${JSON.stringify(files)};`,
        `self.addEventListener('install', (e) => e.waitUntil(caches.open(CACHE).then((c) => c.addAll(FILES)).then(() => self.skipWaiting())));`,
        `self.addEventListener('activate', (e) => e.waitUntil(caches.keys().then((ks) => Promise.all(ks.filter((k) => k !== CACHE).map((k) => caches.delete(k)))).then(() => self.clients.claim())));`,
        // App files: from the cache first (the shared-text query is ignored); anything else goes to the network.
        `self.addEventListener('fetch', (e) => { const r = e.request; if (r.method !== 'GET' || new URL(r.url).origin !== location.origin) return;`,
        `  e.respondWith(caches.open(CACHE).then((c) => c.match(r, { ignoreSearch: true })).then((hit) => hit || fetch(r))); });`,
      ].join('\n');
      this.emitFile({ type: 'asset', fileName: 'sw.js', source });
    },
  };
}

export default defineConfig({
  root: fileURLToPath(new URL('web', import.meta.url)),
  base: './',
  define: { __LIST_URL__: JSON.stringify(LIST_URL) },
  build: {
    outDir: fileURLToPath(new URL('.output/web', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
  },
  // tldts' public-suffix trie as JSON text, which V8 reads faster (scripts/typed-array-json.ts)
  plugins: [typedArrayJson(), serviceWorker()],
});
