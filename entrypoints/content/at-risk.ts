import { isSecretKind } from '../../lib/page/at-risk';
import type { FieldKind } from '../../lib/page/lexicon';
import { classifyField } from '../../lib/page/score';

/**
 * The second chance at the moment of risk: the first focus, key, paste or drop aimed at a field that takes a
 * secret (password, resident number, card, account, one-time code, entrance code, customs code) calls
 * `check(kind, field)` synchronously, before the event reaches the page. When it answers true the event is
 * stopped there, so not one character reaches the page, and the caller shows the warning (or judges first,
 * when the scorer is not loaded yet). Each field is checked once per kind (a field can change type), so
 * typing stays as fast as ever.
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
]);

function fieldKind(el: HTMLInputElement): FieldKind {
  const hints = [el.name, el.id, el.placeholder, el.getAttribute('aria-label') ?? '', el.title];
  for (const l of Array.from(el.labels ?? [])) hints.push(l.textContent ?? '');
  return classifyField((el.type || 'text').toLowerCase(), (el.autocomplete || '').toLowerCase(), hints);
}

/** The handler for SECRET_FIELD_EVENTS, to be called from a capture listener on `window`. */
export function secretFieldWatcher(
  check: (kind: FieldKind, field: HTMLInputElement) => boolean,
  /** the extension's reader of closed shadow roots: an event from inside one is seen at its host */
  rootOf?: (el: Element) => ShadowRoot | null,
): (e: Event) => void {
  const seen = new WeakMap<Element, string>();
  return (e: Event) => {
    let target = (e.composedPath?.()[0] ?? e.target) as Element | null;
    // a box in a closed shadow root (a kit's favourite hiding place): the focused element inside the host
    for (let i = 0; i < 4 && target && target.localName !== 'input' && rootOf; i++)
      target = rootOf(target)?.activeElement ?? null;
    if (!target || target.localName !== 'input') return;
    const el = target as HTMLInputElement;
    const kind = fieldKind(el);
    if (!isSecretKind(kind) || seen.get(el) === kind) return;
    seen.set(el, kind);
    let hold = false;
    try {
      hold = check(kind, el);
    } catch {
      hold = false;
    }
    if (hold) {
      if (e.type !== 'focusin') e.preventDefault();
      e.stopImmediatePropagation();
      el.blur();
    }
  };
}
