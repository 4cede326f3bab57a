import { defineContentScript } from 'wxt/utils/define-content-script';
import { startPageGuard } from './guard';
import { answerPings } from './messaging';

/**
 * Page guard: on every http(s) page that is not Coupang's own, read the page and warn when it presents itself
 * as Coupang while asking for something sensitive or pushing a lure. The decision is lib/page (pure); this
 * folder only wires it to the page: messaging, rescans, the warning and the input hold.
 *
 * Test URLs (by hand, with the e2e server or `npx serve test/fixtures/pages`):
 *   fake/f01-login-clone-ko.html (warning), benign/b01-news-breach-ko.html (nothing),
 *   https://login.coupang.com/ (nothing: official).
 */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  allFrames: false,
  main(ctx) {
    try {
      answerPings();
      startPageGuard(ctx);
    } catch {
      // never throw into the page
    }
  },
});
