import { beforeAll, expect, test } from 'vitest';
import { forEachBrowser, type Session } from '../harness';
import { page, serveHtml, sleep } from './bg-helpers';

/**
 * Attack 8 (issue #10): fingerprinting. A kit's script asked `fetch('chrome-extension://<fixed id>/warning.html')`
 * and got 200 from our users only, so it could serve a harmless page to them and the fake to everyone else.
 * In Chromium the warning page is now web-accessible only through a dynamic URL that changes every session.
 * Firefox gives every install its own random moz-extension UUID, so a page cannot name the address to probe;
 * the harness fixes the UUID, so the test runs in Chromium only (docs/threat-model.md).
 */
const KIT = 'probe-kit.example.test';

forEachBrowser('hostile: fingerprinting', (ctx) => {
  let s: Session;
  beforeAll(async () => {
    s = await ctx.start({ locale: 'en' });
    const origin = s.extensionOrigin;
    serveHtml(
      ctx,
      KIT,
      page(
        'Kit',
        `<script>
          window.probe = Promise.all(['/warning.html', '/manifest.json', '/popup.html'].map((p) =>
            fetch(${JSON.stringify(origin)} + p).then((r) => r.status, () => 'failed')));
          window.probe.then((r) => { new Image().src = '/__probe?r=' + r.join(','); });
        </script>`,
      ),
    );
  });

  test.runIf(ctx.name === 'chromium')(
    'a page cannot tell from a fetch that the extension is there',
    async () => {
      const tab = await s.newTab(ctx.server.url(KIT, '/'));
      await sleep(1_500);
      const results = await tab.evaluate(() => (window as unknown as { probe: Promise<unknown[]> }).probe);
      expect(results).toEqual(['failed', 'failed', 'failed']);
      await tab.close();
    },
  );
});
