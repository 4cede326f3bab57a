import { defineContentScript } from 'wxt/utils/define-content-script';
import { startPageGuard } from './guard';

/**
 * Page guard: on every http(s) page that is not Coupang's own and every page opened from disk (file:), in every frame (about:blank, srcdoc, data:
 * and sandboxed frames included), read the page and let the background judge the tab. The decision is
 * lib/page (pure); this folder only wires it to the page: messaging, rescans, the typing hold.
 *
 * It starts at document_start, before any page script, so its capture listeners on `window` come first.
 * Nothing here listens to anything a page can send or dispatch, and nothing is announced to the page: WXT's
 * ContentScriptContext (which does both) is replaced by an inert stub at build time (wxt.config.ts).
 *
 * Test URLs (by hand, with the e2e server or `npx serve test/fixtures/pages`):
 *   fake/f01-login-clone-ko.html (warning page), benign/b01-news-breach-ko.html (nothing),
 *   https://login.coupang.com/ (nothing: official).
 */
export default defineContentScript({
  // file:///*: a page opened from disk (red team 33, r01; Chrome: once "Allow access to file URLs" is on)
  matches: ['http://*/*', 'https://*/*', 'file:///*'],
  runAt: 'document_start',
  allFrames: true,
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  main() {
    try {
      startPageGuard();
    } catch {
      // never throw into the page
    }
  },
});
