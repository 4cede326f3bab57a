import { after } from './timer';

/**
 * The typing hold. Its listeners are registered on `window`, in the capture phase, when the content script
 * starts (document_start: before any page script), so they run before every listener a page can register.
 * Once armed, every key, input, paste, drop, composition, pointer and click event aimed at the page is
 * stopped there (stopImmediatePropagation + preventDefault): the page's own listeners never see it, whatever
 * element has focus (a field, a `<div>` posing as one, the body, a dialog the page put in the top layer).
 * Text fields are made read-only and lose focus, and the page's `beforeunload` handlers are stopped too, so
 * it cannot keep the tab from leaving. It is never released: the tab is on its way to the warning page, and
 * "Continue anyway" comes back to a fresh document.
 *
 * `document.open()` erases every listener of the window and the document, ours included: `rearm()` puts them
 * back (called from the mutation observer, which sees the document being emptied, and on a timer).
 *
 * Until the hold is armed its listeners hand the secret-field events to `watchFields` (the second chance at
 * the moment of risk, at-risk.ts): one listener per event type for both (issue #16). While the second chance
 * judges the page (`waitFor`: the scorer on its way), they hold the user's typing wherever it is aimed.
 */
const EVENTS = [
  'keydown',
  'keypress',
  'keyup',
  'beforeinput',
  'input',
  'textInput',
  'paste',
  'drop',
  'dragover',
  'compositionstart',
  'compositionupdate',
  'compositionend',
  'pointerdown',
  'pointerup',
  'mousedown',
  'mouseup',
  'click',
  'dblclick',
  'auxclick',
  'contextmenu',
  'touchstart',
  'touchend',
  'submit',
  'focusin',
  'beforeunload',
];

/**
 * What a page must not see while the guard judges it at the moment of risk (`waitFor`): the keys and text the
 * user makes. The field the user touched has lost its focus, so these would land on the page's own listeners
 * (a kit's keylogger on `window`), wherever the focus went.
 */
const TYPING = new Set([
  'keydown',
  'keypress',
  'keyup',
  'beforeinput',
  'input',
  'textInput',
  'paste',
  'drop',
  'compositionstart',
  'compositionupdate',
  'compositionend',
]);

/** The longest a judgement holds the user's typing (the scorer fetched under a very busy machine): then it flows. */
export const WAIT_MAX_MS = 5_000;

export interface Hold {
  arm(): void;
  /**
   * Holds the user's typing, wherever it is aimed, until `judged` settles (at most WAIT_MAX_MS): the second
   * chance held a key or a focus while the scorer is on its way, and the keys typed meanwhile must not reach
   * the page either (issue #11).
   */
  waitFor(judged: Promise<unknown>): void;
  readonly armed: boolean;
  /** re-register the listeners (after document.open()) and lock fields added since */
  rearm(): void;
  /** extra roots (shadow roots) whose fields are locked too */
  roots: Set<ShadowRoot>;
  /** sees the events named in `watchedEvents` while the hold is not armed (the second chance, at-risk.ts) */
  watchFields: ((e: Event) => void) | null;
}

function blur(target: EventTarget | null): void {
  const el = target as HTMLElement | null;
  if (el && typeof el.blur === 'function') el.blur();
}

export function installHold(watchedEvents: ReadonlySet<string>): Hold {
  let armed = false;
  // judgements under way (waitFor), each with its own deadline
  let waiting = 0;
  const stop = (e: Event) => {
    if (!armed) {
      if (waiting > 0 && TYPING.has(e.type)) {
        e.stopImmediatePropagation();
        if (e.cancelable) e.preventDefault();
        return;
      }
      if (hold.watchFields && watchedEvents.has(e.type)) hold.watchFields(e);
      return;
    }
    e.stopImmediatePropagation();
    // beforeunload: the page's own handlers never run, so it cannot ask the user to stay (and
    // preventDefault here would ask it ourselves)
    if (e.type === 'beforeunload') return;
    if (e.cancelable) e.preventDefault();
    if (e.type === 'focusin') blur(e.composedPath?.()[0] ?? e.target);
  };
  const listen = () => {
    // adding the same listener twice is a no-op, so this is safe to call as often as needed
    for (const type of EVENTS) window.addEventListener(type, stop, true);
  };
  const lockFields = (root: ParentNode) => {
    for (const el of Array.from(root.querySelectorAll<HTMLInputElement>('input, textarea')).slice(0, 1000))
      el.readOnly = true;
  };
  const hold: Hold = {
    roots: new Set(),
    watchFields: null,
    get armed() {
      return armed;
    },
    waitFor(judged) {
      waiting++;
      let done = false;
      const end = () => {
        if (done) return;
        done = true;
        waiting--;
      };
      after(WAIT_MAX_MS, end);
      judged.then(end, end);
    },
    arm() {
      if (armed) return;
      armed = true;
      hold.rearm();
      const tick = () => {
        hold.rearm();
        after(250, tick);
      };
      after(250, tick);
    },
    rearm() {
      listen();
      if (!armed) return;
      try {
        lockFields(document);
        for (const r of hold.roots) lockFields(r);
        blur(document.activeElement);
      } catch {
        // a hostile DOM: the listeners still hold
      }
    },
  };
  listen();
  return hold;
}
