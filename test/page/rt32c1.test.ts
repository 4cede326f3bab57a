import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { dispatchTo, trustedEvent } from './helpers';
import { secretFieldWatcher } from '../../entrypoints/content/at-risk';
import { warnAtRisk } from '../../lib/page/at-risk';
import { scanPage } from '../../lib/page/index';
import { kindAsSeen } from '../../lib/page/risk-time';

/**
 * rt32c1 (red team 32's class 1 on main): a box that says what it takes in its own words only, and drops them at
 * the user's press, read before the scorer has arrived. The press is read once the page showed a sign of the brand
 * (the gate opened: the scorer asked for), not only once the scorer is here — under load it comes after the press.
 */
const doc = (body: string) =>
  parseHTML(
    `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>t</title></head><body>${body}</body></html>`,
  ).document as unknown as Document;

const ev = trustedEvent;
const run = dispatchTo;

describe('a box that drops its words at the press, pressed before the scorer is here', () => {
  it('keeps the kind its own words gave at the press, and checks the focus and the key with it', () => {
    const d = doc(
      `<p>회원 보호 안내</p><div>아래 칸에 적은 뒤 다음을 눌러 주세요</div>` +
        `<input id="p" name="memberPass" placeholder="비밀번호 입력">` +
        `<input id="o" name="c1" aria-label="문자 인증번호 6자리">`,
    );
    const kinds: string[] = [];
    // the scorer was asked for (the gate opened) and has not arrived: it reads no box yet
    let here = false;
    const w = secretFieldWatcher((k) => (kinds.push(k), true), undefined, undefined, {
      open: () => true,
      kind: (el) => (here ? kindAsSeen(el) : null),
      anywhere: () => false,
    });
    for (const [id, attr] of [
      ['p', 'placeholder'],
      ['o', 'aria-label'],
    ] as const) {
      const box = d.getElementById(id)!;
      run(w, ev('pointerdown', box));
      // the kit's own listener of the press, after ours: the box says nothing any more
      box.setAttribute('name', 'f');
      box.removeAttribute(attr);
      expect(run(w, ev('focusin', box)).stopped).toBe(true);
    }
    expect(kinds).toEqual(['password', 'otp']);
    // the scorer arrives and reads the stripped box as nothing: the kind seen at the press still stands
    here = true;
    expect(kindAsSeen(d.getElementById('p')!)).toBe('none');
    expect(run(w, ev('keydown', d.getElementById('p')!, { key: '5' })).stopped).toBe(true);
    expect(kinds).toEqual(['password', 'otp', 'password']);
  });

  it('still reads no press where the gate stayed closed, and a plain box pressed early stays unchecked', () => {
    const d = doc(`<input id="p" name="memberPass" placeholder="비밀번호 입력"><input id="q" name="nick">`);
    const kinds: string[] = [];
    let open = false;
    const w = secretFieldWatcher((k) => (kinds.push(k), true), undefined, undefined, {
      open: () => open,
      kind: () => null,
      anywhere: () => false,
    });
    const p = d.getElementById('p')!;
    run(w, ev('pointerdown', p));
    p.removeAttribute('placeholder');
    p.setAttribute('name', 'f');
    run(w, ev('focusin', p));
    open = true;
    const q = d.getElementById('q')!;
    run(w, ev('pointerdown', q));
    run(w, ev('focusin', q));
    run(w, ev('keydown', q, { key: 'a' }));
    expect(kinds).toEqual([]);
  });

  it('an honest login whose floating label takes the placeholder at the press is checked and let through', () => {
    const d = doc(
      `<header>한빛도서관</header><h2>한빛도서관 회원 로그인</h2>` +
        `<p>도서관 굿즈는 쿠팡에서도 살 수 있습니다. 대출 예약은 회원만 할 수 있어요.</p>` +
        `<div id="fl"></div><input id="p" type="password" name="pw" placeholder="비밀번호">` +
        `<footer>© 한빛도서관</footer>`,
    );
    const url = 'https://www.hanbit-library.example/login';
    const p = d.getElementById('p')!;
    const kinds: string[] = [];
    const w = secretFieldWatcher(
      (k) => (kinds.push(k), warnAtRisk(scanPage(d, url), k)),
      undefined,
      undefined,
      { open: () => true, kind: () => null, anywhere: () => false },
    );
    run(w, ev('pointerdown', p));
    d.getElementById('fl')!.textContent = '비밀번호';
    p.removeAttribute('placeholder');
    expect(run(w, ev('focusin', p)).stopped).toBe(false);
    expect(run(w, ev('keydown', p, { key: 'h' })).stopped).toBe(false);
    expect(kinds).toEqual(['password', 'password']);
    expect(scanPage(d, url).verdict).not.toBe('suspicious-page');
  });
});
