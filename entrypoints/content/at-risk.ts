import { checkDue, isSecretKind, recheckGap, type FieldCheck } from '../../lib/page/at-risk';
import { WAIT_MAX_MS } from './hold';
import { after } from './timer';
import type { FieldKind } from '../../lib/page/lexicon';
import { classifyField } from '../../lib/page/score';

/**
 * The second chance at the moment of risk: the first focus, key, composition, paste or drop aimed at a field that
 * takes a secret (password, resident number, card, account, one-time code, entrance code, customs code) calls
 * `check(kind, field)` synchronously, before the event reaches the page. When it answers true the event is
 * stopped there, so not one character reaches the page, and the caller shows the warning (or judges first,
 * when the scorer is not loaded yet). A check is spent on the page state it judged: a field is checked again
 * only when its kind changed (a field can change type) or the page changed since (`PageChanges`), only a key,
 * paste or drop spends it (a focus is checked without spending it: an autofocus is trusted), and only
 * events the user made count (`isTrusted`), so a page cannot use the check up while it looks harmless
 * (el.focus(), dispatched key events) and put its claim up afterwards (docs/threat-model.md). A page that does
 * not change between keys costs a lookup per key.
 *
 * The handler is not registered here: the typing hold (hold.ts) hands it the events it sees while not armed,
 * from its own capture listeners on `window`, registered at document_start before any page script. One
 * listener per event type instead of two (issue #16), in the same order as before (the hold, then this), and
 * put back with the hold's after document.open().
 */
export const SECRET_FIELD_EVENTS: ReadonlySet<string> = new Set([
  'focusin',
  'keydown',
  'beforeinput',
  'paste',
  'drop',
  // (text an input method composes comes with no key at all when nothing sends the keydown 229 first — some input
  // methods, automation, a kit driving the IME: its first jamo reached the page's compositionupdate listener before
  // the check held at the beforeinput after it, red team 35 class C. A composition event is checked as a key is;
  // it cannot be cancelled, so a hold stops it and takes the focus from the box)
  'compositionstart',
  'compositionupdate',
  // (a box's kind as it was before the page's own listeners of the press could rename it: red team 32, r13)
  'pointerdown',
]);

/**
 * Counts changes to the page since the last check, at most one per check: a MutationObserver watches the
 * document (and the shadow roots the guard found) from a check on, and stops at the first change it sees, so
 * an ordinary page pays nothing until a secret field is touched and then one callback per check at most.
 * Characters typed into a field change no node, so typing alone does not bring a re-check.
 */
export interface PageChanges {
  readonly generation: number;
  /** a check has just judged the page as it is now: count the next change */
  watch(): void;
  /** a change no mutation shows (a shadow root attached since, found by a scan): the next key is checked again */
  changed(): void;
}

const WATCH_ALL: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
};

export function pageChanges(doc: Document, roots: () => Iterable<Node>): PageChanges {
  let generation = 0;
  let watching = false;
  // made at the first check, not when the guard starts: most pages never have a secret field touched (issue #16)
  let observer: MutationObserver | null = null;
  return {
    get generation() {
      return generation;
    },
    changed() {
      generation++;
    },
    watch() {
      if (watching) return;
      watching = true;
      try {
        observer ??= new MutationObserver(() => {
          generation++;
          watching = false;
          observer!.disconnect();
        });
        observer.observe(doc, WATCH_ALL);
        for (const r of roots()) observer.observe(r, WATCH_ALL);
      } catch {
        // a node that cannot be observed: the document still is
      }
    },
  };
}

/**
 * A box that takes typing: an <input>, or an element drawn as one — contenteditable, role=textbox (a card form of
 * editable <div>s asks as much as one of inputs). Null for anything else.
 */
function typedBox(el: Element | null): Element | null {
  if (!el) return null;
  if (/^(input|textarea|select)$/.test(el.localName)) return el;
  return (el as HTMLElement).isContentEditable || el.getAttribute?.('role') === 'textbox' || codeCell(el)
    ? el
    : null;
}

/** A focusable empty cell (tabindex, no element inside, a character at most) */
const cell = (el: Element | null): boolean =>
  !!el &&
  /^\d/.test(el.getAttribute?.('tabindex') ?? '') &&
  !el.firstElementChild &&
  (el.textContent ?? '').length < 3;

/**
 * A cell a key listener fills, one of four or more side by side (a code typed a digit per cell, with no field and
 * no contenteditable: a keyboard sink on the document): the key aimed at it is what a key into a field is.
 */
function codeCell(el: Element): boolean {
  if (!cell(el) || /^(a|button|select|textarea)$/.test(el.localName)) return false;
  let n = 1;
  for (let c = el.previousElementSibling; n < 4 && cell(c); c = c!.previousElementSibling) n++;
  for (let c = el.nextElementSibling; n < 4 && cell(c); c = c!.nextElementSibling) n++;
  return n >= 4;
}

/** What a box drawn as a field takes: its own words, the elements aria-labelledby names, the caption before it */
function boxKind(el: HTMLElement): FieldKind {
  const hints = [
    el.id,
    el.title,
    ...['aria-label', 'data-placeholder', 'placeholder', 'name'].map((a) => el.getAttribute(a) ?? ''),
  ];
  const by = el.getAttribute('aria-labelledby');
  if (by)
    for (const id of by.split(/\s+/).slice(0, 4))
      hints.push((el.ownerDocument?.getElementById(id)?.textContent ?? '').slice(0, 60));
  const before = el.previousElementSibling;
  const caption = before?.textContent ?? '';
  if (caption.length <= 60) hints.push(caption);
  // a code cell: the words before its row ("인증번호 6자리를 입력해 주세요"), their last 120 characters
  if (cell(el)) hints.push((el.parentElement?.previousElementSibling?.textContent ?? '').slice(-120));
  return classifyField('text', '', hints);
}

function fieldKind(el: HTMLInputElement): FieldKind {
  if (!el.labels) return boxKind(el);
  const hints = [el.name, el.id, el.placeholder, el.getAttribute('aria-label') ?? '', el.title];
  for (const l of Array.from(el.labels ?? [])) hints.push(l.textContent ?? '');
  // a <label> written just before the box without for= (as the page's reader takes it: "Secret Key")
  const before = el.previousElementSibling;
  if (!el.labels?.length && before?.localName === 'label')
    hints.push((before.textContent ?? '').slice(0, 60));
  // (… or a form laid out as a table, the box alone in its cell and its words in the row's cell before it, "<th>Secret
  // Key</th><td><input type=password></td>": read only when the box's own words say nothing, as the scorer reads the
  // words before a box — page39)
  // (… or the words written just before the box in its own line, "<p>Secret Key <input type=password></p>", read only
  // when the box's own words say nothing — page48)
  const words = el.previousSibling;
  if (!el.labels?.length && words?.nodeType === 3 && classifyField('text', '', hints) === 'none')
    hints.push((words.textContent ?? '').slice(-60));
  const cellOf = el.parentElement;
  const rowHead = cellOf?.previousElementSibling;
  if (
    !el.labels?.length &&
    !before &&
    cellOf?.childElementCount === 1 &&
    /^t[dh]$/.test(cellOf.localName) &&
    rowHead &&
    /^t[dh]$/.test(rowHead.localName) &&
    classifyField('text', '', hints) === 'none'
  )
    hints.push((rowHead.textContent ?? '').slice(0, 60));
  return classifyField((el.type || 'text').toLowerCase(), (el.autocomplete || '').toLowerCase(), hints);
}

/** The handler for SECRET_FIELD_EVENTS, to be called from a capture listener on `window`. */
export function secretFieldWatcher(
  check: (kind: FieldKind, field: HTMLInputElement) => boolean,
  /** the extension's reader of closed shadow roots: an event from inside one is seen at its host */
  rootOf?: (el: Element) => ShadowRoot | null,
  /** the page's changes since the last check (without it: each field once per kind) */
  changes?: PageChanges,
  /** what the scorer reads once it is here (null before): a box's kind as the user sees it, and typing aimed at
   * no box — true when that event is to be held (the check has held the page) */
  sees?: {
    /** the page showed a sign of the brand: the scorer is here or on its way (a press is read from then on) */
    open(): boolean;
    kind(el: Element): FieldKind | null;
    anywhere(e: Event, target: Element): boolean;
  },
): (e: Event) => void {
  const seen = new WeakMap<Element, FieldCheck>();
  // the most secret kind each box was seen to take: a box never loses it within the document (a kit renames it
  // at the user's press, or is a text box at the first key and a password box after)
  const kinds = new WeakMap<Element, FieldKind>();
  const kindOf = (el: HTMLInputElement): FieldKind => {
    let kind = fieldKind(el);
    if (!isSecretKind(kind)) kind = sees?.kind(el) ?? kind;
    if (isSecretKind(kind)) kinds.set(el, kind);
    return isSecretKind(kind) ? kind : (kinds.get(el) ?? kind);
  };
  // a re-check at a key before this time waits for it (recheckGap): a page that changes between every two keys
  // must not cost a full scan per key
  let quietUntil = -Infinity;
  let deferred = false;
  /** checks `el` on the page as it is now; true when the check holds */
  const run = (el: HTMLInputElement, kind: FieldKind, generation: number, atKey: boolean): boolean => {
    // (only a key, paste or drop spends the check: a focus — the page's own autofocus or el.focus() is trusted
    // too — is checked without spending it, so the user's first key is checked on the page as it is then)
    if (atKey) seen.set(el, { kind, generation });
    const t0 = performance.now();
    let hold = false;
    try {
      hold = check(kind, el);
    } catch {
      hold = false;
    }
    // from here on a change to the page is a new state to judge (what the check itself did is not counted: the
    // roots its scan found first are part of the state it judged)
    changes?.watch();
    if (atKey) seen.set(el, { kind, generation: changes?.generation ?? generation });
    if (atKey) quietUntil = performance.now() + recheckGap(performance.now() - t0);
    return hold;
  };
  const later = (el: HTMLInputElement, wait: number) => {
    if (deferred) return;
    deferred = true;
    after(wait, () => {
      deferred = false;
      try {
        const kind = kindOf(el);
        const generation = changes?.generation ?? 0;
        if (
          el.isConnected &&
          checkDue(seen.get(el), kind, generation, true) &&
          run(el, kind, generation, true)
        )
          el.blur();
      } catch {
        // a field that cannot be read is not judged
      }
    });
  };
  return (e: Event) => {
    // a page's own synthetic events carry no character and must not spend the check
    // (a press is looked at only once the page showed a sign of the brand — a page with none pays nothing per
    // click — but from then on, scorer here or not: a kit strips the box's words at the press, and under load the
    // scorer comes after it)
    if (!e.isTrusted || (e.type === 'pointerdown' && !sees?.open())) return;
    let target = (e.composedPath?.()[0] ?? e.target) as Element | null;
    // a box in closed shadow roots (a kit's favourite hiding place), however deep: the focused element inside
    // each host in turn
    for (
      let i = 0, r: Element | null | undefined;
      i < 64 && target && !typedBox(target) && (r = rootOf?.(target)?.activeElement);
      i++
    )
      target = r;
    if (!target) return;
    if (!typedBox(target)) {
      // typing aimed at no box (a focusable <div>, split code cells, a paste anywhere, an on-screen keypad)
      if (sees?.anywhere(e, target)) {
        if (e.cancelable) e.preventDefault();
        e.stopImmediatePropagation();
      }
      return;
    }
    const el = target as HTMLInputElement;
    const kind = kindOf(el);
    if (e.type === 'pointerdown') return;
    const generation = changes?.generation ?? 0;
    const last = seen.get(el);
    if (!checkDue(last, kind, generation, true)) return;
    // a page's own el.focus() is trusted too: a check at a focus neither waits nor makes the next one wait
    const atKey = e.type !== 'focusin';
    const now = performance.now();
    if (atKey && last?.kind === kind && now < quietUntil) return later(el, quietUntil - now);
    if (run(el, kind, generation, atKey)) {
      if (atKey) e.preventDefault();
      e.stopImmediatePropagation();
      el.blur();
    }
  };
}

/**
 * The second chance's check where the scorer is not in the frame yet: the event is held, the scorer fetched, and the
 * page judged with it (`atRisk`) when it comes; the hold (`waitFor`) holds and keeps the typing meanwhile and gives
 * it and the focus back unless the page was held. A scorer that could not be loaded `tries` times (an opaque-origin
 * sandboxed frame whose requests are never answered, a background that said no) holds no more: the check lets the
 * typing through from then on, as the wait's cap does, instead of holding, failing and giving the focus back again
 * at every focus (Firefox, red team 36: a loop that never yielded to the user).
 */
export function judgeWhenLoaded(
  hold: { waitFor(judged: Promise<unknown>, field?: HTMLElement | null): void },
  load: () => Promise<boolean>,
  atRisk: (kind: FieldKind, field: HTMLInputElement) => boolean,
  tries: number,
  /** the scorer still on its way after its request went unanswered (null: it will not come) */
  late?: () => Promise<unknown> | false | null,
): (kind: FieldKind, field: HTMLInputElement) => boolean {
  let failed = 0;
  return (kind, field) => {
    if (failed >= tries) return false;
    // (a load that never answers counts as failed when the wait's cap ends: it cannot hold every focus for ever)
    let settled = false;
    after(WAIT_MAX_MS, () => void (settled || ((settled = true), failed++)));
    // (settles to false when no verdict came: the hold gives what it kept only to a page not like the brand's)
    const judged = load().then(
      (ok) => {
        // (a scorer that comes after the cap still judges the page: the hold arms then if it must)
        if (!ok && !settled) failed++;
        settled = true;
        const judge = () => {
          try {
            atRisk(kind, field);
            return true;
          } catch {
            // a page that cannot be read is not judged
            return false;
          }
        };
        // (a request unanswered in time while the injection is still on its way — a busy machine: the wait goes on
        // to its cap, the typing held, and the scorer judges the page when it comes. Ending the wait here dropped
        // the keys on a brand-like page and left the focus out of the box: what the user typed next landed on the
        // body, heard by the page's window listeners, until the scorer came — CI of 2026-12-07, ci49. Its verdict
        // arms the hold or clears nothing: it gives no kept key back, as a wait with no verdict does not — a kit can
        // take its claim down before a late scorer comes, red team 37 k1b)
        const l = ok ? null : late?.();
        return ok ? judge() : !!l && l.then(() => (judge(), false));
      },
      () => (settled || ((settled = true), failed++), false),
    );
    // the field has lost its focus: what the user types meanwhile lands elsewhere, and the page must not see it
    hold.waitFor(judged, field);
    return true;
  };
}
