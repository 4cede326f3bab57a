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
 * back (called from the mutation observer, which sees the document being emptied, and on a timer). A listener the
 * page registers in the same task, right after its `document.open()`, would run before ours from then on; where
 * that matters (`emptied`: the hold armed, a wait under way, or a secret box pressed in this document and the
 * page names the brand, `risky`) the hold takes the window back (`reclaim`): it calls `document.open()`
 * itself, which erases the page's listeners of that task too, registers its own first, and puts the page's
 * nodes back as they were (red team 37, class B).
 *
 * Until the hold is armed its listeners hand the secret-field events to `watchFields` (the second chance at
 * the moment of risk, at-risk.ts): one listener per event type for both (issue #16). While the second chance
 * judges the page (`waitFor`: the scorer on its way), they hold the user's typing wherever it is aimed, and keep
 * the characters it carried (in this script's own world: the page cannot read them). When the page is judged fine
 * or the wait's cap ends, the box gets its focus back and the characters are typed into it, in the order typed;
 * when the page is judged suspicious (the hold armed) they are thrown away and never reach the page.
 */
const EVENTS = [
  // the first eleven: TYPING, below (the order in which the types are listened to changes nothing)
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
  'dragover',
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
 * (a kit's keylogger on `window`), wherever the focus went. A slice of EVENTS, not a second list of the same
 * names (130 bytes of every page's content script, issue #16, perf16).
 */
const TYPING = new Set(EVENTS.slice(0, 11));

/** The longest a judgement holds the user's typing (the scorer fetched under a very busy machine): then it flows. */
export const WAIT_MAX_MS = 5_000;
/**
 * … on a page that may concern the brand (`Hold.risky`), while the judgement is still on its way: a kit can make
 * its own judgement slow, and what was typed meanwhile is given to the page only with a verdict (red team 37).
 */
export const WAIT_RISKY_MAX_MS = 15_000;

export interface Hold {
  arm(): void;
  /**
   * Holds the user's typing, wherever it is aimed, until `judged` settles (at most WAIT_MAX_MS): the second
   * chance held a key or a focus while the scorer is on its way, and the keys typed meanwhile must not reach
   * the page either (issue #11). They are kept, and given to `field` (focused again: the focus the hold gives
   * back is not a new focus for the second chance to check) when the last wait ends unarmed — with a verdict.
   * `judged` settling to `false` means no verdict came (the scorer could not load); so does the cap. Typing kept
   * with no verdict is given back only when the page does not look like the brand's (`risky`); else it is dropped,
   * and a cap waits on to WAIT_RISKY_MAX_MS first (red team 37).
   */
  waitFor(judged: Promise<unknown>, field?: HTMLElement | null): void;
  /** whether the page may concern the brand (the gate, the tab's claim): asked when a wait ends with no verdict */
  risky: (() => boolean) | null;
  readonly armed: boolean;
  /** re-register the listeners (after document.open()) and lock fields added since */
  rearm(): void;
  /**
   * the observer saw the document's own children removed (`document.open()` empties it): the listeners are put
   * back, and when the page did it where its typing matters, the window is taken back (`reclaim`)
   */
  emptied(removed: ArrayLike<Node>): void;
  /** the second chance has checked a secret box in this document (the user pressed one) */
  touched: boolean;
  /**
   * the page replaced its document after a press on a secret box, and the window was taken back: the new document
   * is judged at once, the typing held meanwhile (`waitFor`), as a press on its box would be
   */
  rejudge: (() => void) | null;
  /** extra roots (shadow roots) whose fields are locked too */
  roots: Set<ShadowRoot>;
  /** sees the events named in `watchedEvents` while the hold is not armed (the second chance, at-risk.ts) */
  watchFields: ((e: Event) => void) | null;
}

/** The most characters a wait keeps (a user types a password or a code while the page is judged, not a book) */
const KEEP_MAX = 512;

/**
 * The characters a typing event the wait stopped carried; '\b' for a Backspace; '' for none. A key's character is
 * its keydown's — or, when the keydown went through before a wait began, its keypress's or its beforeinput's
 * (Chromium hands the page a key's keydown and its character in two tasks: a check's timer or a judgement's end can
 * come between; and a check holds at a beforeinput when the page changed since the keydown). The first of them
 * stopped (cancelled) is the last the browser sends, so a character is kept once: dropping those lost an honest
 * user's key ("hunte2" for "hunter2", CI flakes hunted, ci50).
 */
function carried(e: Event): string {
  if (!e.isTrusted) return '';
  if (e.type === 'paste') return (e as ClipboardEvent).clipboardData?.getData('text/plain') ?? '';
  const k = e as KeyboardEvent & InputEvent;
  const key =
    e.type === 'beforeinput'
      ? k.inputType === 'deleteContentBackward'
        ? 'Backspace'
        : k.inputType === 'insertText' && k.data
      : /^key[dp]/.test(e.type) && k.key;
  // (a key of a composition brings its text through the composition, and a shortcut types nothing; AltGr is
  // Ctrl+Alt on Windows and types a character)
  if (!key || k.isComposing || k.metaKey || (k.ctrlKey && !k.altKey)) return '';
  if (key === 'Backspace') return '\b';
  // (a beforeinput's text whole — `e.type < 'c'` —, a key's when it is one character: not Enter, Shift, Tab …)
  return e.type < 'c' || [...key].length === 1 ? key : '';
}

/** A box the user can type into (the focus when a key came: where the user aimed it) */
function typable(el: Element | null | undefined): HTMLElement | null {
  if (!el) return null;
  const box = el as HTMLInputElement;
  if (/^(input|textarea)$/.test(el.localName) && !box.readOnly && !box.disabled) return box;
  return (el as HTMLElement).isContentEditable ? (el as HTMLElement) : null;
}

/** Types `text` where the caret of the focused `el` is, as the user's own typing would (the page's input listeners see it) */
function typeInto(el: HTMLElement, text: string): void {
  try {
    // (the focus as the box's own root sees it: a box in a shadow root is its host to the document)
    const root = el.getRootNode?.() as Document | ShadowRoot | undefined;
    if (root?.activeElement === el && el.ownerDocument?.execCommand('insertText', false, text)) return;
  } catch {
    // below
  }
  const box = el as HTMLInputElement;
  if (typeof box.setRangeText !== 'function') return;
  const end = box.value?.length ?? 0;
  try {
    box.setRangeText(text, box.selectionStart ?? end, box.selectionEnd ?? end, 'end');
  } catch {
    // an input type with no selection (email, number): at the end
    box.value = (box.value ?? '') + text;
  }
  box.dispatchEvent(new Event('input', { bubbles: true }));
}

/** Firefox's content-script global: a function the page's window calls as its own (absent in Chromium) */
declare const exportFunction: ((fn: () => void, scope: object) => unknown) | undefined;

/**
 * Runs `fn` with the page's window as the entry global. Firefox's `document.open()` throws when its caller has no
 * entry document, as a content script's sandbox has none: there `fn` is exported to the page's window and run as
 * the listener of an element of our own (never in the document: the page cannot reach it), so the entry is the
 * page's. Chromium's isolated world has the page's window: `fn` is called as is.
 */
function asPage(fn: () => void): void {
  if (typeof exportFunction !== 'function') return fn();
  const el = document.createElement('i');
  el.addEventListener('cg-reclaim', exportFunction(fn, window) as EventListener);
  el.dispatchEvent(new Event('cg-reclaim'));
}

function blur(target: EventTarget | null): void {
  const el = target as HTMLElement | null;
  if (el && typeof el.blur === 'function') el.blur();
}

export function installHold(watchedEvents: ReadonlySet<string>): Hold {
  let armed = false;
  // judgements under way (waitFor), each with its own deadline
  let waiting = 0;
  // the box the last wait took the focus from, and what the user typed meanwhile: [where it was aimed, text]
  let field: HTMLElement | null = null;
  let kept: [HTMLElement | null, string][] = [];
  let keptLength = 0;
  // the hold is giving the focus and the kept characters back: those events are the page's, and not checked again
  let giving = false;
  // a wait ended with no verdict on a page that may concern the brand: what was kept is dropped, never given
  let drop = false;
  const keep = (e: Event) => {
    const text = carried(e);
    if (!text || armed) return;
    let to: HTMLElement | null = null;
    try {
      to = typable(document.activeElement) ?? field;
    } catch {
      to = field;
    }
    const last = kept[kept.length - 1];
    if (text === '\b') {
      if (last && last[0] === to && last[1]) {
        last[1] = [...last[1]].slice(0, -1).join('');
        keptLength--;
      }
      return;
    }
    if (keptLength + text.length > KEEP_MAX) return;
    keptLength += text.length;
    if (last && last[0] === to) last[1] += text;
    else kept.push([to, text]);
  };
  const giveBack = () => {
    const back = kept;
    const to = field;
    const dropped = drop;
    kept = [];
    keptLength = 0;
    field = null;
    drop = false;
    // (dropped: the box keeps no focus either — the user's next press on it is a new check, and a new wait)
    if (armed || dropped) return;
    giving = true;
    try {
      for (const [el, text] of back) {
        if (!el?.isConnected || !text) continue;
        el.focus();
        typeInto(el, text);
      }
      const now = to?.ownerDocument?.activeElement;
      if (to?.isConnected && (!now || now === to.ownerDocument?.body)) to.focus();
    } catch {
      // a box gone: what it held is not typed elsewhere
    } finally {
      giving = false;
    }
  };
  const stop = (e: Event) => {
    if (!armed) {
      if (giving) return;
      if (waiting > 0 && TYPING.has(e.type)) {
        e.stopImmediatePropagation();
        if (e.cancelable) e.preventDefault();
        keep(e);
        return;
      }
      if (hold.watchFields && watchedEvents.has(e.type)) {
        hold.watchFields(e);
        // the event that started a wait (the second chance held it): kept as the ones after it
        if (waiting > 0 && TYPING.has(e.type)) keep(e);
      }
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
  // the page emptied its document (document.open()) and the window was not taken back since: a listener it
  // registered in that task runs before ours
  let opened = false;
  // how many of the document's children the hold itself took out (reclaim) that the observer has not reported yet:
  // those removals are not the page's document.open(). A count, not the nodes: the page's nodes come back, and a
  // script they run as they do (a custom element's connectedCallback) can open the document again
  let ownRemovals = 0;
  /**
   * Takes the window back after the page's `document.open()`: the document's nodes are taken out (their own
   * listeners stay theirs), `document.open()` erases every listener of the window and the document — the page's
   * registered since its own open included — ours are registered again first, and the nodes put back as they
   * were (their scripts ran already: nothing runs twice). Called where no key can come between (the observer's
   * microtask after the page's task, or a microtask of a check).
   */
  const reclaim = () => {
    opened = false;
    try {
      const doc = document;
      const kids = Array.from(doc.childNodes);
      for (const k of kids) {
        doc.removeChild(k);
        ownRemovals++;
      }
      try {
        asPage(() => {
          doc.open();
          doc.close();
        });
      } finally {
        // (before the page's nodes come back: what runs as they are connected registers behind us)
        listen();
        for (const k of Array.from(doc.childNodes)) {
          doc.removeChild(k);
          ownRemovals++;
        }
        for (const k of kids) doc.appendChild(k);
      }
    } catch {
      // a document that cannot be opened (XML): the listeners are put back behind the page's, as before
    }
    listen();
  };
  const lockFields = (root: ParentNode) => {
    for (const el of Array.from(root.querySelectorAll<HTMLInputElement>('input, textarea')).slice(0, 1000))
      el.readOnly = true;
  };
  const hold: Hold = {
    roots: new Set(),
    watchFields: null,
    risky: null,
    touched: false,
    rejudge: null,
    emptied(removed) {
      hold.rearm();
      const mine = Math.min(ownRemovals, removed.length);
      ownRemovals -= mine;
      if (removed.length === mine) return;
      opened = true;
      if (armed || waiting > 0) return reclaim();
      let now = false;
      try {
        // (names only, as at the cap: a field alone would count every honest old page that writes its next page
        // after the login button, whose window listeners would then be erased)
        now = hold.touched && hold.risky?.() !== false;
      } catch {
        now = true;
      }
      if (!now) return;
      reclaim();
      hold.rejudge?.();
    },
    get armed() {
      return armed;
    },
    waitFor(judged, box) {
      waiting++;
      if (box) field = box;
      let done = false;
      // the page as the wait starts and as it ends (a kit takes its claim down before the cap); a hostile DOM is
      const risky = () => {
        try {
          return hold.risky?.() === true;
        } catch {
          return true;
        }
      };
      const riskyAtStart = risky();
      // (a page that replaced its document before the press, on a page that names the brand: its listeners of
      // that task would read the keys held here first)
      if (opened && riskyAtStart) queueMicrotask(reclaim);
      const end = (verdict: boolean) => {
        if (done) return;
        done = true;
        // (no verdict: given back only where the page does not look like the brand's)
        if (!verdict && !drop) drop = riskyAtStart || risky();
        // the last wait over, the page not held: what was typed meanwhile goes where it was aimed
        if (--waiting === 0) giveBack();
      };
      let longer = false;
      const cap = () => {
        if (done) return;
        // a page that may concern the brand: the judgement is waited for longer, the typing still held and kept
        if (!longer && !armed) {
          longer = true;
          if (riskyAtStart || risky()) return after(WAIT_RISKY_MAX_MS - WAIT_MAX_MS, cap);
        }
        end(false);
      };
      after(WAIT_MAX_MS, cap);
      judged.then(
        (v) => end(v !== false),
        () => end(false),
      );
    },
    arm() {
      if (armed) return;
      armed = true;
      kept = [];
      keptLength = 0;
      if (opened) queueMicrotask(reclaim);
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
