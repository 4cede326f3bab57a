import { describe, expect, it } from 'vitest';
import { secretFieldWatcher, type PageChanges } from '../../entrypoints/content/at-risk';
import { checkDue } from '../../lib/page/at-risk';

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
    expect(checkDue(undefined, 'search', 0, true)).toBe(false);
    expect(checkDue(undefined, 'name', 0, true)).toBe(false);
  });

  it('is spent on the same kind and page state, due again when either changed', () => {
    const last = { kind: 'password' as const, generation: 2 };
    expect(checkDue(last, 'password', 2, true)).toBe(false);
    expect(checkDue(last, 'password', 3, true)).toBe(true);
    expect(checkDue(last, 'card', 2, true)).toBe(true);
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
    getAttribute: () => null,
    blur() {},
  } as unknown as HTMLInputElement;
}

function event(target: Element, type: string, isTrusted: boolean): Event {
  return {
    type,
    isTrusted,
    target,
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
    // the page focuses the box itself (a trusted focusin) while it looks harmless: that spends one check
    watch(event(pw, 'focusin', true));
    for (let i = 0; i < 5; i++) watch(event(pw, 'keydown', true));
    expect(checks).toEqual([0]);
    expect(c.watched).toBe(1);
    // it puts its claim up: the user's next key is checked again, and only that one
    c.change();
    for (let i = 0; i < 5; i++) watch(event(pw, 'keydown', true));
    expect(checks).toEqual([0, 1]);
    expect(c.watched).toBe(2);
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
});
