/**
 * Rescans when the page adds what a phishing kit adds late (single-page apps, delayed injection): forms,
 * fields, buttons, links (APK downloads), images and headings, or when a field is revealed or changes type.
 * Debounced (one scan per quiet period) and bounded (a number of rescans and a time limit), so a busy page
 * costs at most a few milliseconds now and then.
 */
export interface RescanOptions {
  debounceMs: number;
  maxRescans: number;
  maxDurationMs: number;
}

export const RESCAN_DEFAULTS: RescanOptions = { debounceMs: 400, maxRescans: 20, maxDurationMs: 120_000 };

const INTERESTING = 'form,input,select,textarea,button,a[href],img,svg,h1,h2,h3,iframe,title,meta,link';

function interesting(node: Node): boolean {
  if (node.nodeType !== 1) return false;
  const e = node as Element;
  try {
    return e.matches(INTERESTING) || (e.firstElementChild !== null && e.querySelector(INTERESTING) !== null);
  } catch {
    return false;
  }
}

export function watchForChanges(
  doc: Document,
  rescan: () => void,
  ignore: (node: Node) => boolean,
  opts: RescanOptions = RESCAN_DEFAULTS,
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let count = 0;
  const started = Date.now();
  const stop = () => {
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
  const schedule = () => {
    if (Date.now() - started > opts.maxDurationMs || count >= opts.maxRescans) return stop();
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      count++;
      try {
        rescan();
      } catch {
        // a scan never breaks the page
      }
      if (count >= opts.maxRescans) stop();
    }, opts.debounceMs);
  };
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      if (ignore(r.target)) continue;
      if (r.type === 'attributes') {
        const t = r.target as Element;
        if (interesting(t)) return schedule();
        continue;
      }
      for (const n of Array.from(r.addedNodes)) if (!ignore(n) && interesting(n)) return schedule();
    }
  });
  observer.observe(doc, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['type', 'hidden', 'style', 'class', 'href'],
  });
  return stop;
}
