import { browser, type Browser } from 'wxt/browser';
import { csLoadScanner } from '../../lib/messages/index';
import { READ_AGAIN, READ_PICTURES } from '../../lib/page/judging-frames';
import { frameJudging, frameNotJudged } from './page-warnings';
import { onContentMessage } from './router';

/**
 * Injects the page scorer (`scanner.js`, entrypoints/scanner.ts) into one frame whose content script asked
 * for it because its gate opened (issue #16: the content script itself stays small and compiles nothing big
 * on pages that are not about Coupang). Into the sending document only: Chrome targets it by documentId
 * (`scripting`, the one permission this needs in Manifest V3), Firefox's Manifest V2 by frame id with
 * `tabs.executeScript` (host permissions suffice). The file runs in the extension's isolated world, never
 * in the page's, and is not web-accessible.
 */
const FILE = '/scanner.js';

type Sender = Browser.runtime.MessageSender & { documentId?: string };

export async function injectScanner(tabId: number, frameId: number, documentId?: string): Promise<void> {
  if (import.meta.env.MANIFEST_VERSION === 2) {
    await browser.tabs.executeScript(tabId, {
      file: FILE,
      frameId,
      matchAboutBlank: true,
      runAt: 'document_start',
    });
    return;
  }
  const target = documentId ? { tabId, documentIds: [documentId] } : { tabId, frameIds: [frameId] };
  await browser.scripting.executeScript({
    target: target as Browser.scripting.InjectionTarget,
    files: [FILE],
    injectImmediately: true,
  });
}

/**
 * A frame's pictures read by the scorer already in it (red team 46, sq: a frame that spoke of no claim first): true
 * when a name was found (the frame scans and reports again), false when not, null when the frame has no scorer yet
 * (its pictures then to be read first: the flag is set here, and it is brought one: `injectScanner`).
 */
export async function readPicturesIn(tabId: number, frameId: number): Promise<boolean | null> {
  if (import.meta.env.MANIFEST_VERSION === 2) {
    const got = await browser.tabs.executeScript(tabId, {
      code: `typeof globalThis.${READ_AGAIN}==='function'?globalThis.${READ_AGAIN}():(globalThis.${READ_PICTURES}=true,null)`,
      frameId,
    });
    const r: unknown = got?.[0];
    return typeof r === 'boolean' ? r : null;
  }
  const res = await browser.scripting.executeScript({
    target: { tabId, frameIds: [frameId] },
    func: (name: string, flag: string) => {
      const g = globalThis as unknown as Record<string, unknown>;
      const f = g[name];
      if (typeof f === 'function') return (f as () => Promise<boolean>)();
      g[flag] = true;
      return null;
    },
    args: [READ_AGAIN, READ_PICTURES],
    injectImmediately: true,
  });
  const r: unknown = res?.[0]?.result;
  return typeof r === 'boolean' ? r : null;
}

async function loadScanner(raw: unknown, sender: Sender): Promise<{ ok: boolean } | null> {
  if (!csLoadScanner.safeParse(raw).success) return null;
  const tabId = sender.tab?.id;
  if (tabId === undefined || typeof sender.frameId !== 'number') return { ok: false };
  // its gate opened: the frame is judged from now until its first verdict (page-warnings.ts, red team 45)
  frameJudging(tabId, sender.frameId);
  try {
    await injectScanner(tabId, sender.frameId, sender.documentId);
    return { ok: true };
  } catch {
    // the frame is gone, or the browser will not inject there (a frame of no origin we may script)
    frameNotJudged(tabId, sender.frameId);
    return { ok: false };
  }
}

export function setupScannerInjection(): void {
  onContentMessage('cs:load-scanner', loadScanner);
}
