import { classifyField } from '../../lib/page/index';

/**
 * Holds typing back while the warning is open: capture-phase listeners on the window stop key, input, paste
 * and drop events aimed at the page's fields (our own dialog is exempt), and fields that look sensitive are
 * made read-only. `release()` restores every field exactly as it was.
 */
const EVENTS = ['keydown', 'keypress', 'keyup', 'beforeinput', 'input', 'paste', 'drop', 'compositionstart'];

function isEditable(el: EventTarget | null): boolean {
  if (!el || !(el instanceof Element)) return false;
  const tag = el.localName;
  return (
    tag === 'input' ||
    tag === 'textarea' ||
    tag === 'select' ||
    (el as HTMLElement).isContentEditable === true
  );
}

function isSensitive(el: HTMLInputElement): boolean {
  const hints = [el.name, el.id, el.placeholder, el.getAttribute('aria-label') ?? '', el.title];
  for (const l of Array.from(el.labels ?? [])) hints.push(l.textContent ?? '');
  return (
    classifyField((el.type || 'text').toLowerCase(), (el.autocomplete || '').toLowerCase(), hints) !== 'none'
  );
}

export interface InputHold {
  /** make fields added after the warning opened read-only too */
  refresh(): void;
  release(): void;
}

export function holdInputs(doc: Document, ownHost: Element): InputHold {
  const changed = new Map<HTMLInputElement | HTMLTextAreaElement, boolean>();
  const stop = (e: Event) => {
    const target = e.composedPath?.()[0] ?? e.target;
    if (e.target === ownHost || (target instanceof Node && ownHost.contains(target))) return;
    if (!isEditable(target as EventTarget) && !isEditable(e.target)) return;
    e.preventDefault();
    e.stopImmediatePropagation();
  };
  const lock = () => {
    for (const el of Array.from(doc.querySelectorAll<HTMLInputElement>('input, textarea')).slice(0, 500)) {
      if (changed.has(el) || el.readOnly) continue;
      const sensitive = el.localName === 'textarea' ? false : isSensitive(el);
      if (!sensitive) continue;
      changed.set(el, el.readOnly);
      el.readOnly = true;
    }
  };
  for (const type of EVENTS) window.addEventListener(type, stop, true);
  lock();
  return {
    refresh: lock,
    release() {
      for (const type of EVENTS) window.removeEventListener(type, stop, true);
      for (const [el, was] of changed) el.readOnly = was;
      changed.clear();
    },
  };
}
