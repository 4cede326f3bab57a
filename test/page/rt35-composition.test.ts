import { afterEach, describe, expect, it } from 'vitest';
import { dispatchTo, parse, trustedEvent } from './helpers';
import { SECRET_FIELD_EVENTS, secretFieldWatcher } from '../../entrypoints/content/at-risk';
import { installHold } from '../../entrypoints/content/hold';

/**
 * Red team 35, class C: text an input method composes can arrive with no keydown before it (automation, some
 * input methods). The second chance held at the beforeinput after the composition, so the page's own
 * compositionupdate listener had the first jamo already. A composition event is now checked as a key is.
 */
const doc = (body: string) =>
  parse(
    `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>t</title></head><body>${body}</body></html>`,
  );

/** A trusted composition event, as the browser makes it: not cancelable */
const composition = (type: string, target: Element, data: string) =>
  trustedEvent(type, target, { cancelable: false, data });

describe('composition events reach the second chance', () => {
  it('are among the events the typing hold hands to the watcher', () => {
    for (const type of ['compositionstart', 'compositionupdate'])
      expect(SECRET_FIELD_EVENTS.has(type)).toBe(true);
  });

  it('a composition into a password box is checked before the page sees it; a hold stops it and blurs the box', () => {
    const d = doc('<form><input id="pw" type="password" name="pw"></form>');
    const box = d.getElementById('pw')!;
    let blurred = 0;
    (box as HTMLElement).blur = () => void blurred++;
    const kinds: string[] = [];
    const w = secretFieldWatcher((k) => (kinds.push(k), true));
    const e = dispatchTo(w, composition('compositionstart', box, ''));
    expect(kinds).toEqual(['password']);
    expect(e.stopped).toBe(true);
    expect(blurred).toBe(1);
  });

  it('a composition spends the check as a key does: the next event on the same page is not checked again', () => {
    const d = doc('<form><input id="pw" type="password" name="pw"></form>');
    const box = d.getElementById('pw')!;
    const kinds: string[] = [];
    const w = secretFieldWatcher((k) => (kinds.push(k), false));
    expect(dispatchTo(w, composition('compositionupdate', box, 'ㅎ')).stopped).toBe(false);
    expect(dispatchTo(w, trustedEvent('beforeinput', box)).stopped).toBe(false);
    expect(kinds).toEqual(['password']);
  });

  it('Korean typed into an ordinary field is never checked nor stopped (an honest comment box)', () => {
    const d = doc(
      '<form><textarea id="c" name="comment" placeholder="댓글을 입력하세요"></textarea><input id="q" name="q"></form>',
    );
    const kinds: string[] = [];
    const w = secretFieldWatcher((k) => (kinds.push(k), true));
    for (const id of ['c', 'q'])
      for (const [type, data] of [
        ['compositionstart', ''],
        ['compositionupdate', 'ㅇ'],
        ['compositionupdate', '안'],
      ] as const)
        expect(dispatchTo(w, composition(type, d.getElementById(id)!, data)).stopped).toBe(false);
    expect(kinds).toEqual([]);
  });
});

describe('the hold hands composition events to the watcher while not armed', () => {
  const g = globalThis as unknown as { window?: EventTarget };
  afterEach(() => {
    delete g.window;
  });

  it('the watcher stops a compositionupdate before a listener the page registered sees it', () => {
    const win = new EventTarget();
    g.window = win;
    const hold = installHold(SECRET_FIELD_EVENTS);
    const page: string[] = [];
    for (const type of ['compositionstart', 'compositionupdate'])
      win.addEventListener(type, () => page.push(type), true);
    hold.watchFields = (e) => e.stopImmediatePropagation();
    win.dispatchEvent(new Event('compositionstart'));
    win.dispatchEvent(new Event('compositionupdate'));
    expect(page).toEqual([]);
    hold.watchFields = () => {};
    win.dispatchEvent(new Event('compositionupdate'));
    expect(page).toEqual(['compositionupdate']);
  });
});
