import { describe, expect, it } from 'vitest';
import { secretFieldWatcher, type PageChanges } from '../../entrypoints/content/at-risk';
import { checkDue, recheckGap } from '../../lib/page/at-risk';

/**
 * The second chance is spent only on the page state it judged (issue #11, docs/threat-model.md attack 12): a
 * page that uses it up while it looks harmless (el.focus(), dispatched keys) and claims the brand afterwards is
 * checked again at the user's next key.
 */
describe('checkDue', () => {
  it('is due on a secret field never checked, for an event the user made', () => {
    expect(checkDue(undefined, 'password', 0, true)).toBe(true);
    expect(checkDue(undefined, 'otp', 3, true)).toBe(true);
  });

  it('is never due for a synthetic event, nor for a field that takes no secret', () => {
    expect(checkDue(undefined, 'password', 0, false)).toBe(false);
    expect(checkDue(undefined, 'none', 0, true)).toBe(false);
    expect(checkDue(undefined, 'name', 0, true)).toBe(false);
  });

  it('is spent on the same kind and page state, due again when either changed', () => {
    const last = { kind: 'password' as const, generation: 2 };
    expect(checkDue(last, 'password', 2, true)).toBe(false);
    expect(checkDue(last, 'password', 3, true)).toBe(true);
    expect(checkDue(last, 'card', 2, true)).toBe(true);
  });
});

describe('recheckGap', () => {
  it('is ten times the check, at most 800 ms, never negative', () => {
    expect(recheckGap(0)).toBe(0);
    expect(recheckGap(7)).toBe(70);
    expect(recheckGap(200)).toBe(800);
    expect(recheckGap(-5)).toBe(0);
  });
});

/** A field as secretFieldWatcher reads it (no DOM in Node: the properties it reads, nothing more). */
function passwordField(): HTMLInputElement {
  return {
    localName: 'input',
    type: 'password',
    autocomplete: '',
    name: 'pw',
    id: '',
    placeholder: '',
    title: '',
    labels: [],
    isConnected: true,
    getAttribute: () => null,
    blur() {},
  } as unknown as HTMLInputElement;
}

function event(target: Element, type: string, isTrusted: boolean): Event {
  return {
    type,
    isTrusted,
    target,
    isConnected: true,
    composedPath: () => [target],
    preventDefault() {},
    stopImmediatePropagation() {},
  } as unknown as Event;
}

function changes(): PageChanges & { change(): void; watched: number } {
  let generation = 0;
  return {
    watched: 0,
    get generation() {
      return generation;
    },
    change() {
      generation++;
    },
    changed() {
      generation++;
    },
    watch() {
      this.watched++;
    },
  };
}

describe('secretFieldWatcher', () => {
  it("a page's synthetic focus and key events never spend the check", () => {
    const checks: string[] = [];
    const watch = secretFieldWatcher((kind) => (checks.push(kind), false), undefined, changes());
    const pw = passwordField();
    for (const t of ['focusin', 'keydown', 'beforeinput', 'paste', 'drop']) watch(event(pw, t, false));
    expect(checks).toEqual([]);
    watch(event(pw, 'keydown', true));
    expect(checks).toEqual(['password']);
  });

  it('checks once per page state: again at the next key after the page changed, not at every key', () => {
    const checks: number[] = [];
    const c = changes();
    const watch = secretFieldWatcher(() => (checks.push(c.generation), false), undefined, c);
    const pw = passwordField();
    // the page focuses the box itself (a trusted autofocus) while it looks harmless: checked, but not spent —
    // the user's first key is checked again (red team 30's r03: a change the page's observer cannot see came
    // between), and that one spends it
    watch(event(pw, 'focusin', true));
    for (let i = 0; i < 5; i++) watch(event(pw, 'keydown', true));
    expect(checks).toEqual([0, 0]);
    expect(c.watched).toBe(2);
    // it puts its claim up: the user's next key is checked again, and only that one
    c.change();
    for (let i = 0; i < 5; i++) watch(event(pw, 'keydown', true));
    expect(checks).toEqual([0, 0, 1]);
    expect(c.watched).toBe(3);
    // a paste spends it as a key does
    c.change();
    watch(event(pw, 'paste', true));
    watch(event(pw, 'keydown', true));
    expect(checks).toEqual([0, 0, 1, 2]);
  });

  it('a page that changes between every two keys is re-checked once per gap, not at every key; the check still comes', async () => {
    const checks: number[] = [];
    const c = changes();
    // a costly check (60 ms) makes the next re-check at a key wait 600 ms
    const watch = secretFieldWatcher(
      () => {
        const t = performance.now();
        while (performance.now() - t < 60);
        checks.push(c.generation);
        return false;
      },
      undefined,
      c,
    );
    const pw = passwordField();
    watch(event(pw, 'keydown', true));
    for (let i = 0; i < 5; i++) {
      c.change();
      watch(event(pw, 'keydown', true));
    }
    expect(checks).toEqual([0]);
    // the deferred re-check comes when the wait is over, on the page as it is then
    await new Promise((r) => setTimeout(r, 900));
    expect(checks).toEqual([0, 5]);
    // a focus is never made to wait (the page's own el.focus() cannot put the check off)
    c.change();
    watch(event(pw, 'focusin', true));
    expect(checks).toEqual([0, 5, 6]);
  });

  it('a check that holds stops the key before the page sees it', () => {
    const c = changes();
    let hold = false;
    const watch = secretFieldWatcher(() => hold, undefined, c);
    const pw = passwordField();
    watch(event(pw, 'focusin', true));
    c.change();
    hold = true;
    let stopped = false;
    let prevented = false;
    const key = event(pw, 'keydown', true);
    key.stopImmediatePropagation = () => (stopped = true);
    key.preventDefault = () => (prevented = true);
    watch(key);
    expect(stopped).toBe(true);
    expect(prevented).toBe(true);
  });

  it('a contenteditable or role=textbox box is checked at the first key, its kind read from aria-labelledby or the caption before it (red team 30 r20)', () => {
    const kinds: string[] = [];
    const watch = secretFieldWatcher((kind) => (kinds.push(kind), false), undefined, changes());
    const box = (attrs: Record<string, string>, caption: string, editable: boolean) =>
      ({
        localName: 'div',
        isContentEditable: editable,
        id: '',
        title: '',
        isConnected: true,
        getAttribute: (n: string) => attrs[n] ?? null,
        ownerDocument: {
          getElementById: (id: string) => (id === 'lab' ? { textContent: '카드 번호 16자리' } : null),
        },
        previousElementSibling: { textContent: caption },
        blur() {},
      }) as unknown as HTMLElement;
    watch(event(box({ 'aria-labelledby': 'lab' }, '', true), 'keydown', true));
    watch(event(box({ role: 'textbox' }, '비밀번호', false), 'keydown', true));
    expect(kinds).toEqual(['card', 'password']);
    // a comment box (its caption asks no secret) and a plain <div> are not checked
    watch(event(box({}, '댓글을 남겨 주세요', true), 'keydown', true));
    watch(event(box({}, '카드 번호', false), 'keydown', true));
    expect(kinds).toEqual(['card', 'password']);
  });
});
