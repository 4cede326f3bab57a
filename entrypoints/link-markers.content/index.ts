import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { WEBMAIL_MATCHES } from '../../lib/message/webmail';

/**
 * Link markers in webmail and web messaging: a look-alike or known-bad link in a message gets a visible marker
 * next to it, before anyone clicks. The script holds no lists: it sends the hosts it has not asked about to the
 * background in batches (cs:judge-links) and marks what comes back flagged. Clicking a marked link still ends
 * on the warning page (the background judges every navigation). The marker lives in a closed shadow root, so
 * the message's own styles cannot restyle or hide its text.
 *
 * Test URLs: the webmail hosts below, with a mail whose links point to coupang-refund.com (marked) and
 * www.coupang.com (not marked).
 */
const BATCH = 200;
const MARK_TAG = 'coupang-guard-mark';

export default defineContentScript({
  matches: [...WEBMAIL_MATCHES],
  runAt: 'document_idle',
  allFrames: true,
  main() {
    try {
      start();
    } catch {
      // never throw into the page
    }
  },
});

function start(): void {
  const asked = new Set<string>();
  const flagged = new Map<string, 'blocked' | 'lookalike'>();
  const marked = new WeakSet<Element>();
  let pending = false;

  const hostOf = (a: HTMLAnchorElement): string | null => {
    try {
      const u = new URL(a.href);
      return /^https?:$/.test(u.protocol) && u.hostname !== location.hostname ? u.hostname : null;
    } catch {
      return null;
    }
  };

  const mark = (a: HTMLAnchorElement, verdict: 'blocked' | 'lookalike'): void => {
    if (marked.has(a)) return;
    marked.add(a);
    const host = document.createElement(MARK_TAG);
    const root = host.attachShadow({ mode: 'closed' });
    const label = document.createElement('span');
    label.textContent = `⚠ ${browser.i18n.getMessage(verdict === 'blocked' ? 'linkmark_blocked' : 'linkmark_lookalike')}`;
    label.title = browser.i18n.getMessage('linkmark_title');
    label.setAttribute('role', 'note');
    label.setAttribute(
      'style',
      'all:initial;display:inline-block;margin:0 .25em;padding:0 .4em;border-radius:.25em;' +
        'background:#a1251b;color:#fff;font:600 .85em/1.5 system-ui,sans-serif;white-space:nowrap;',
    );
    root.append(label);
    host.setAttribute('style', 'all:initial;display:inline !important;');
    a.after(host);
  };

  const scan = async (): Promise<void> => {
    pending = false;
    const anchors = [...document.querySelectorAll<HTMLAnchorElement>('a[href]')];
    const fresh: string[] = [];
    for (const a of anchors) {
      const host = hostOf(a);
      if (!host) continue;
      const v = flagged.get(host);
      if (v) mark(a, v);
      else if (!asked.has(host)) {
        asked.add(host);
        fresh.push(host);
      }
    }
    for (let i = 0; i < fresh.length; i += BATCH) {
      const reply = (await browser.runtime
        .sendMessage({ type: 'cs:judge-links', hosts: fresh.slice(i, i + BATCH) })
        .catch(() => null)) as { flagged?: Array<{ host?: unknown; verdict?: unknown }> } | null;
      for (const f of reply?.flagged ?? []) {
        if (typeof f.host === 'string' && (f.verdict === 'blocked' || f.verdict === 'lookalike'))
          flagged.set(f.host, f.verdict);
      }
    }
    if (fresh.length === 0) return;
    for (const a of anchors) {
      const host = hostOf(a);
      const v = host ? flagged.get(host) : undefined;
      if (v) mark(a, v);
    }
  };

  const schedule = (): void => {
    if (pending) return;
    pending = true;
    setTimeout(() => void scan(), 300);
  };
  void scan();
  new MutationObserver(schedule).observe(document.documentElement, { childList: true, subtree: true });
}
