import { adoptedSheets, styleText } from '../../lib/page/css-text';

/**
 * Whether a late look (observer.ts, lookLater) can be skipped: nothing the scan, the gate or the pixel reader
 * reads can have changed since the last look (issue #16: on a 10,000-element page with a form each look was a
 * full scan, ~25 ms, six in the first minute). A look exists for what no mutation shows, so this checks every
 * such thing, and skips only when all are as they were at the last look:
 *  - a mutation of any kind since then, every attribute included (data-*, placeholder …), in the document, in
 *    every shadow root found so far and in every <template>'s content (a tripwire observer, re-armed per look);
 *  - a shadow root attached since: every element read plainly (every root in Firefox, open ones in Chromium),
 *    and every element the extension API was asked about since the last look that scanned asked again (the
 *    scan asks it of a bounded set; with no mutation the next scan would ask the same ones);
 *  - the text the scan reads of every <style> (rules a script inserted included) and of adopted sheets;
 *  - what moves pictures without a mutation: scrolling, the window's size, a running or pending animation or
 *    transition, a <video>, an SVG animation or a marquee, a resource loaded, the reader's input (pointer, keys, focus, a popover toggled),
 *    the address's hash or history, a web font loaded.
 * When in doubt (too many roots or probes, an error), the look runs. The first look always runs. Part of the
 * scorer's file (entrypoints/scanner.ts), not of the content script: only where the gate opened is a look a full
 * scan; elsewhere it is one gate call, and the cold start of every page pays for every byte here.
 */
export interface Quiet {
  /** true: skip this look. Re-arms for the next one either way. */
  unchanged(): boolean;
}

export interface QuietReader {
  probed(): ReadonlySet<Element> | null;
  forget(): void;
  plain(el: Element): ShadowRoot | null;
  api(el: Element): ShadowRoot | null;
}

/** what the reader does or the world does to the page without a mutation */
const STIRS = [
  'scroll',
  'resize',
  'wheel',
  'pointerover',
  'pointerdown',
  'touchstart',
  'keydown',
  'input',
  'focusin',
  'hashchange',
  'popstate',
  'pageshow',
  'visibilitychange',
  'fullscreenchange',
  // (resources: element load events reach the document's capture listeners, not the window's)
  'load',
  'error',
  'toggle',
  'animationstart',
  'transitionrun',
];
const MOVING = 'video,marquee,animate,animateTransform,animateMotion,set';
const MAX_ROOTS = 400;
const MAX_TEMPLATES = 50;
const SHOW_ELEMENT = 1;

export function quietWatch(doc: Document, roots: ReadonlySet<ShadowRoot>, reader: QuietReader): Quiet {
  let stirred = true;
  let last: string | null = null;
  const stir = () => {
    stirred = true;
  };
  const tripwire = new MutationObserver(stir);
  const all: MutationObserverInit = {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
  };
  const opts: AddEventListenerOptions = { capture: true, passive: true };

  /** a root no look has seen yet, or the walk cannot tell */
  const newRoot = (): boolean => {
    const probed = reader.probed();
    if (!probed || roots.size >= MAX_ROOTS) return true;
    for (const el of probed) {
      const r = reader.api(el);
      if (r && !roots.has(r)) return true;
    }
    for (const root of [doc, ...roots]) {
      const walker = doc.createTreeWalker(root, SHOW_ELEMENT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const r = reader.plain(n as Element);
        if (r && !roots.has(r)) return true;
      }
    }
    return false;
  };

  /** what the scan reads of sheets, and the state of the screen */
  const digest = (): string | null => {
    const parts = [`${scrollX},${scrollY},${innerWidth},${innerHeight},${doc.visibilityState}`];
    for (const root of [doc, ...roots]) {
      // (SVG's own animations and a marquee move what is shown with no Animation object and no event)
      if (root.querySelector(MOVING)) return null;
      const animations = (root as { getAnimations?: () => Animation[] }).getAnimations?.() ?? [];
      if (animations.some((a) => a.playState !== 'finished' && a.playState !== 'idle')) return null;
      for (const s of Array.from(root.querySelectorAll('style'))) parts.push(styleText(s).slice(0, 20_000));
    }
    for (const sheet of adoptedSheets(doc).slice(0, 4))
      try {
        parts.push(
          Array.from(sheet.cssRules, (r) => r.cssText)
            .join('\n')
            .slice(0, 20_000),
        );
      } catch {
        parts.push('?');
      }
    return parts.join('\u0000');
  };

  const arm = () => {
    stirred = false;
    tripwire.disconnect();
    tripwire.observe(doc, all);
    for (const root of roots) tripwire.observe(root, all);
    const templates: Element[] = [];
    for (const root of [doc, ...roots]) templates.push(...Array.from(root.querySelectorAll('template')));
    if (templates.length > MAX_TEMPLATES) stirred = true;
    else for (const t of templates) tripwire.observe((t as HTMLTemplateElement).content, all);
    for (const type of STIRS) {
      // (added again at each look: document.open() erases them, and the same listener is added once)
      addEventListener(type, stir, opts);
      doc.addEventListener(type, stir, opts);
      for (const root of roots) root.addEventListener(type, stir, opts);
    }
    // (a web font arriving moves what is drawn)
    (doc as { fonts?: EventTarget }).fonts?.addEventListener('loadingdone', stir, opts);
  };

  return {
    unchanged() {
      let same = false;
      try {
        const pending = tripwire.takeRecords().length > 0;
        const was = last;
        last = digest();
        same = !stirred && !pending && was !== null && last === was && !newRoot();
      } catch {
        same = false;
      }
      try {
        // a look that runs: the scans it starts record the elements the API is asked about, asked again next time
        if (!same) reader.forget();
        arm();
      } catch {
        stirred = true;
      }
      return same;
    },
  };
}
