/** Who sent a runtime message: decides which handlers may run. Pure: takes plain values. */
export type SenderKind = 'extension-page' | 'content-script' | 'untrusted';

export interface SenderInfo {
  id?: string | undefined;
  url?: string | undefined;
  frameId?: number | undefined;
  tabId?: number | undefined;
}

/**
 * extension-page: our own id and a URL inside our own origin (popup, options, warning page).
 * content-script: our own id, sent from a frame of a tab (any frame: the page guard runs in all of them) whose
 *   URL is http(s), a page opened from disk (file:, red team 33's r01: the manifest matches `file:///*`), or
 *   about:blank / about:srcdoc / data: / blob: (frames a page made; they speak for it).
 * Anything else (other extensions, sub-frames, opaque or lookalike origins) is untrusted.
 */
export function classifySender(sender: SenderInfo, ownId: string, ownOrigin: string): SenderKind {
  if (!sender.id || sender.id !== ownId) return 'untrusted';
  const url = sender.url ?? '';
  const origin = ownOrigin.endsWith('/') ? ownOrigin : `${ownOrigin}/`;
  if (url.startsWith(origin)) return 'extension-page';
  if (
    sender.tabId !== undefined &&
    typeof sender.frameId === 'number' &&
    sender.frameId >= 0 &&
    /^(https?:\/\/|file:\/\/|about:(blank|srcdoc)|data:|blob:https?:)/i.test(url)
  )
    return 'content-script';
  return 'untrusted';
}
