/**
 * Reads shadow roots the page closed: `chrome.dom.openOrClosedShadowRoot` in Chromium,
 * `element.openOrClosedShadowRoot` in Firefox (both only for extensions). Handed to lib/page's scan as a
 * parameter, so lib/ stays free of browser APIs. `onRoot` sees every root found (to watch it for changes).
 */
type Accessor = (el: Element) => ShadowRoot | null;

export function shadowRootReader(onRoot: (root: ShadowRoot) => void): Accessor {
  const dom = (
    globalThis as unknown as { chrome?: { dom?: { openOrClosedShadowRoot?: (e: Element) => unknown } } }
  ).chrome?.dom;
  const viaApi = typeof dom?.openOrClosedShadowRoot === 'function';
  return (el) => {
    let root: unknown = null;
    try {
      root = viaApi
        ? dom!.openOrClosedShadowRoot!(el)
        : ((el as { openOrClosedShadowRoot?: ShadowRoot | null }).openOrClosedShadowRoot ?? el.shadowRoot);
    } catch {
      root = null;
    }
    if (!root || typeof root !== 'object') return null;
    onRoot(root as ShadowRoot);
    return root as ShadowRoot;
  };
}
