import { browser, type Browser } from 'wxt/browser';
import { classifySender, type SenderKind } from '../../lib/messages/sender';

type Handler = (msg: unknown, sender: Browser.runtime.MessageSender) => Promise<unknown> | unknown;

/**
 * One place where runtime messages arrive. Handlers are split by privilege (uBOL style): content-script
 * handlers may be reached by any page we run in, ui handlers only by our own extension pages.
 * Each handler validates its payload with zod before acting (see lib/messages).
 */
const handlers: Record<Exclude<SenderKind, 'untrusted'>, Map<string, Handler>> = {
  'content-script': new Map(),
  'extension-page': new Map(),
};

export function onContentMessage(type: string, handler: Handler): void {
  handlers['content-script'].set(type, handler);
}

/** Extension pages may also call content handlers (e.g. the warning page reporting). */
export function onUiMessage(type: string, handler: Handler): void {
  handlers['extension-page'].set(type, handler);
}

export function senderKind(sender: Browser.runtime.MessageSender): SenderKind {
  return classifySender(
    { id: sender.id, url: sender.url, frameId: sender.frameId, tabId: sender.tab?.id },
    browser.runtime.id,
    browser.runtime.getURL('/'),
  );
}

export function setupRouter(): void {
  browser.runtime.onMessage.addListener(
    (msg: unknown, sender: Browser.runtime.MessageSender, sendResponse: (reply: unknown) => void) => {
      const kind = senderKind(sender);
      if (kind === 'untrusted') return false;
      const type = typeof msg === 'object' && msg !== null ? (msg as { type?: unknown }).type : undefined;
      if (typeof type !== 'string') return false;
      const handler =
        handlers[kind].get(type) ??
        (kind === 'extension-page' ? handlers['content-script'].get(type) : undefined);
      if (!handler) return false;
      // sendResponse + `return true` answers asynchronously in Chrome and Firefox alike.
      Promise.resolve()
        .then(() => handler(msg, sender))
        .then(
          (reply) => sendResponse(reply ?? null),
          (err: unknown) => {
            console.warn('[coupang-guard] handler failed', type, err);
            sendResponse({ error: 'internal' });
          },
        );
      return true;
    },
  );
}
