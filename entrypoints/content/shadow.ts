/**
 * Reads shadow roots the page closed: `chrome.dom.openOrClosedShadowRoot` in Chromium,
 * `element.openOrClosedShadowRoot` in Firefox (both only for extensions). Handed to lib/page's scan as a
 * parameter, so lib/ stays free of browser APIs. `onRoot` sees every root found (to watch it for changes).
 *
 * The Chromium call goes through the extension bindings and costs several times a plain DOM read: on a
 * 10,000-element page, asking it of every element that can host a root made the scan three to four times
 * slower. So each scan asks it of custom elements always (the usual hosts) and of at most PROBES other
 * candidates (div, span, section …); beyond that, open roots only.
 */
type Accessor = ((el: Element) => ShadowRoot | null) & { reset(): void };

const PROBES = 1500;

type Dom = { openOrClosedShadowRoot?: (e: Element) => unknown } | undefined;

export function shadowRootReader(onRoot: (root: ShadowRoot) => void): Accessor {
  // looked up on first use: the first touch of an extension API costs a page that never needs it (issue #16)
  let dom: Dom | null = null;
  let viaApi = false;
  let budget = PROBES;
  const read = (el: Element): ShadowRoot | null => {
    let root: unknown = null;
    try {
      if (dom === null) {
        dom = (globalThis as unknown as { chrome?: { dom?: Dom } }).chrome?.dom;
        viaApi = typeof dom?.openOrClosedShadowRoot === 'function';
      }
      if (!viaApi)
        root = (el as { openOrClosedShadowRoot?: ShadowRoot | null }).openOrClosedShadowRoot ?? el.shadowRoot;
      else if (el.localName.includes('-') || budget-- > 0) root = dom!.openOrClosedShadowRoot!(el);
      else root = el.shadowRoot;
    } catch {
      root = null;
    }
    if (!root || typeof root !== 'object') return null;
    onRoot(root as ShadowRoot);
    return root as ShadowRoot;
  };
  return Object.assign(read, {
    reset() {
      budget = PROBES;
    },
  });
}
