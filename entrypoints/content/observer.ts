import { textSample } from '../../lib/page/gate';
import { after } from './timer';

/**
 * Rescans when the page adds what a phishing kit adds late (single-page apps, delayed injection): forms,
 * fields, buttons, links (APK downloads), images and headings, or when a field is revealed or changes type, or
 * when it writes text that names the brand or what a kit asks for (a chat typed in line by line, a label filled
 * in after the first scan: lib/page/gate.ts, textMayConcernBrand).
 * Rate-limited, not capped: a page cannot use up a budget of rescans with harmless changes and then inject
 * its form. Changes are gathered for a short quiet period; a scan never starts sooner than `gap` after the
 * previous one ended (the gap grows with the cost of the last scan, so a busy page pays at most a few per
 * cent of CPU), and a change is scanned at most `MAX_WAIT_MS` after it was seen, however busy the page is.
 */
// The rescan's timing (issue #16, perf16: constants, not an options object — its four property names were
// ~120 bytes of every page's content script that a minifier cannot shorten, and no caller passed other values)
const DEBOUNCE_MS = 150;
const MAX_WAIT_MS = 800;
const MIN_GAP_MS = 200;
/** the gap after a scan is this many times the scan's duration (bounded by MIN_GAP_MS and MAX_WAIT_MS) */
const COST_FACTOR = 10;

const INTERESTING =
  'form,input,select,textarea,button,a[href],img,svg,h1,h2,h3,iframe,title,meta,link,template,[contenteditable]';
/**
 * An attribute change is worth a rescan when it can reveal or enable something to ask with: a form, field or
 * frame shown (`hidden`, `style`, `class`, `open`, `inert`), enabled (`disabled`) or turned into another kind
 * (`type`). Style and class change all the time on ordinary pages (animations, menus): a change on an element
 * with no field in it costs a selector match, never a scan.
 */
const REVEALS = 'form,input,select,textarea,button,iframe,frame,object,embed,dialog,details';
const ATTRIBUTES = ['type', 'hidden', 'style', 'class', 'disabled', 'open', 'inert', 'href', 'src', 'srcdoc'];
/** Characters of newly written text read per batch of changes. */
const TEXT_BUDGET = 2000;
/** A node's text, its first and last TEXT_BUDGET characters */
const headAndTail = (t: string): string =>
  t.length > 2 * TEXT_BUDGET ? `${t.slice(0, TEXT_BUDGET)} ${t.slice(-TEXT_BUDGET)}` : t;
/**
 * An element shown that was hidden the way the scan sees as hidden (the `hidden` attribute, an inline
 * `display:none` or `visibility:hidden`) with no field in it: its text is read as if newly written, so steps a
 * page keeps hidden until the reader's click ("Windows + R, then Ctrl + V") are read when they show. Text hidden
 * by a style sheet is read by the first scan already (it computes no styles). Judged by the attribute's old
 * value: a carousel that changes its style every frame is never read.
 */
const WAS_HIDDEN = /display\s*:\s*none|visibility\s*:\s*hidden/i;

function interesting(node: Node, selector: string): boolean {
  if (node.nodeType !== 1) return false;
  const e = node as Element;
  try {
    return (
      e.matches(selector) ||
      (e.firstElementChild !== null && e.querySelector(selector) !== null) ||
      // a shadow host: what it renders is not visible to querySelector
      e.localName.includes('-')
    );
  } catch {
    return false;
  }
}

function attributeInteresting(r: MutationRecord): boolean {
  const name = r.attributeName;
  // a link's or image's address can name the brand or point to an APK: the element itself is enough
  if (name === 'href' || name === 'src') return interesting(r.target, INTERESTING);
  return interesting(r.target, REVEALS);
}

/**
 * Late looks. A page can change what it shows with no mutation the observer is handed: a shadow root attached
 * (`attachShadow`, a custom element defined and upgraded later), a sheet adopted (`adoptedStyleSheets`), a
 * `data-*` attribute a sheet draws with `attr()` filled in. So the page is looked at again `first` after the
 * first scan, then each time as long after the start as has passed (at 1, 2, 4, 8 … s): a change made T after
 * the start is read by 2T at the latest, for log2(T) looks in all — the gate's cost on a page with no sign of the
 * brand, a few times a minute at first and ever more rarely (issue #16). A timer, not a hook in the page's world:
 * nothing the page does can skip it (timer.ts).
 */
export function lookLater(poke: () => void, first = 1000, wait: typeof after = after): void {
  let since = 0;
  const next = (ms: number) =>
    wait(ms, () => {
      since += ms;
      try {
        poke();
      } catch {
        // a look never breaks the page
      }
      next(since);
    });
  next(first);
}

export interface Watcher {
  /**
   * watch the whole document from now on. Until then only the document's own children are watched (to see it
   * emptied by document.open()): while the parser builds the page, a subtree observer would be handed a
   * record for every node, which the first scan reads anyway.
   */
  start(): void;
  /** also watch a shadow root (found by the scan) */
  observe(root: Node): void;
  /** ask for a scan as if the page had changed */
  poke(): void;
}

/**
 * `rescan` runs on interesting changes; `onDocumentEmptied` runs when the document's root is removed
 * (document.open()); `enabled` gates scanning (the hello answer may turn the guard off).
 */
export function watchForChanges(
  doc: Document,
  rescan: () => void,
  onDocumentEmptied: (removed: NodeList) => void,
  enabled: () => boolean,
  /** text the page wrote that is worth a rescan by itself (the brand's name, what a kit asks for) */
  textMatters: (text: string) => boolean = () => false,
): Watcher {
  let due = 0; // when the pending scan fires (0: none pending)
  let pendingSince = 0;
  let lastEnd = -Infinity;
  let gap = MIN_GAP_MS;
  let generation = 0;

  const run = (gen: number) => {
    if (gen !== generation) return; // superseded by a later schedule
    due = 0;
    pendingSince = 0;
    if (!enabled()) return;
    const t0 = performance.now();
    try {
      rescan();
    } catch {
      // a scan never breaks the page
    }
    lastEnd = performance.now();
    gap = Math.min(MAX_WAIT_MS, Math.max(MIN_GAP_MS, (lastEnd - t0) * COST_FACTOR));
  };
  const schedule = () => {
    if (!enabled()) return;
    const now = performance.now();
    if (!pendingSince) pendingSince = now;
    const at = Math.max(Math.min(now + DEBOUNCE_MS, pendingSince + MAX_WAIT_MS), lastEnd + gap);
    if (due && Math.abs(due - at) < 20) return; // the pending timer is close enough
    due = at;
    const gen = ++generation;
    after(at - now, () => run(gen));
  };
  const observerOpts: MutationObserverInit = {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeOldValue: true,
    attributeFilter: ATTRIBUTES,
  };
  const observer = new MutationObserver((records) => {
    // While the page is being parsed this sees every node: look only when a scan could follow (the first scan
    // has run) and none is pending already.
    let look = enabled() && !due;
    // text written without an element worth a rescan (a chat line, a label filled in, a text node changed):
    // gathered, at most TEXT_BUDGET characters per batch, and read once at the end
    let text = '';
    /** the batch's last record read past TEXT_BUDGET: its tail is read too (a lure after 2,000 characters of rows) */
    let last: MutationRecord | null = null;
    for (const r of records) {
      if (r.target === doc && r.removedNodes.length) onDocumentEmptied(r.removedNodes);
      if (!look) continue;
      if (
        r.type === 'attributes'
          ? attributeInteresting(r)
          : r.type === 'childList' && Array.from(r.addedNodes).some((n) => interesting(n, INTERESTING))
      ) {
        schedule();
        look = false;
      } else if (text.length < TEXT_BUDGET) {
        if (r.type === 'characterData') text += ` ${(r.target as CharacterData).data ?? ''}`;
        else if (r.type === 'attributes') {
          const name = r.attributeName;
          const was = r.oldValue;
          if (name === 'hidden' ? was !== null : name === 'style' && was && WAS_HIDDEN.test(was))
            text += ` ${textSample(doc, r.target, TEXT_BUDGET).text}`;
        } else for (const n of Array.from(r.addedNodes)) text += ` ${headAndTail(n.textContent ?? '')}`;
      } else if (r.type === 'childList' && r.addedNodes.length) last = r;
    }
    if (look && last)
      for (const n of Array.from(last.addedNodes)) text += ` ${headAndTail(n.textContent ?? '')}`;
    if (look && text.trim() && textMatters(text)) schedule();
  });
  observer.observe(doc, { childList: true });
  return {
    start() {
      observer.observe(doc, observerOpts);
    },
    observe(root) {
      observer.observe(root, observerOpts);
    },
    poke: schedule,
  };
}
