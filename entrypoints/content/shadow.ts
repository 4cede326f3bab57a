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
type Accessor = ((el: Element) => ShadowRoot | null) & {
  reset(): void;
  /**
   * The elements the extension API was asked about since the last `forget()` (at most PROBED, else null): a late
   * look asks them again to see a closed root attached since (quiet.ts). Elsewhere a plain read sees every root.
   */
  probed(): ReadonlySet<Element> | null;
  forget(): void;
  /** what a plain read sees: every root in Firefox, open ones in Chromium */
  plain(el: Element): ShadowRoot | null;
  /** the extension API's answer for `el`, never counted against the budget */
  api(el: Element): ShadowRoot | null;
};

const PROBES = 1500;
const PROBED = 4000;

type Dom = { openOrClosedShadowRoot?: (e: Element) => unknown } | undefined;

export function shadowRootReader(onRoot: (root: ShadowRoot) => void): Accessor {
  // looked up on first use: the first touch of an extension API costs a page that never needs it (issue #16)
  let dom: Dom | null = null;
  let viaApi = false;
  let budget = PROBES;
  let probed: Set<Element> | null = new Set();
  const lookUp = () => {
    if (dom === null) {
      dom = (globalThis as unknown as { chrome?: { dom?: Dom } }).chrome?.dom;
      viaApi = typeof dom?.openOrClosedShadowRoot === 'function';
    }
  };
  const asRoot = (root: unknown): ShadowRoot | null =>
    root && typeof root === 'object' ? (root as ShadowRoot) : null;
  const plain = (el: Element): ShadowRoot | null => {
    try {
      lookUp();
      return asRoot(
        viaApi
          ? el.shadowRoot
          : ((el as { openOrClosedShadowRoot?: ShadowRoot | null }).openOrClosedShadowRoot ?? el.shadowRoot),
      );
    } catch {
      return null;
    }
  };
  const api = (el: Element): ShadowRoot | null => {
    try {
      lookUp();
      return viaApi ? asRoot(dom!.openOrClosedShadowRoot!(el)) : plain(el);
    } catch {
      return null;
    }
  };
  const read = (el: Element): ShadowRoot | null => {
    let root: ShadowRoot | null = null;
    try {
      lookUp();
      if (viaApi && (el.localName.includes('-') || budget-- > 0)) {
        root = api(el);
        if (probed && (probed.size < PROBED || probed.has(el))) probed.add(el);
        else probed = null;
      } else root = plain(el);
    } catch {
      root = null;
    }
    if (!root) return null;
    onRoot(root);
    return root;
  };
  return Object.assign(read, {
    reset() {
      budget = PROBES;
    },
    probed: () => probed,
    forget() {
      probed = new Set();
    },
    plain,
    api,
  });
}
