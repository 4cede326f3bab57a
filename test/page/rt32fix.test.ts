import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { dispatchTo, trustedEvent } from './helpers';
import { secretFieldWatcher } from '../../entrypoints/content/at-risk';
import { scanPage } from '../../lib/page/index';
import { kindAsSeen, keypadKey, typedAnywhere, warnAnywhere } from '../../lib/page/risk-time';

/**
 * rt32fix (red team 32: the second chance at the moment of risk), by class, with pages written apart from the
 * red team's kits: what a box takes as the user sees it, boxes that are no <input>, typing aimed at no box, and
 * depth. Each class has an honest twin.
 */
const page = (title: string, body: string) =>
  `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const doc = (body: string) => parseHTML(page('t', body)).document as unknown as Document;

const ev = trustedEvent;
const run = dispatchTo;

describe('a box that does not say what it takes is read as the user sees it (class 1)', () => {
  it('takes the caption drawn in a <div> or the table cell before a box named nothing', () => {
    const d = doc(
      `<div class="cap">결제 비밀번호</div><input id="a" name="f7">` +
        `<table><tr><td>주민등록번호</td><td><input id="b" name="x2"></td></tr></table>`,
    );
    expect(kindAsSeen(d.getElementById('a')!)).toBe('password');
    expect(kindAsSeen(d.getElementById('b')!)).toBe('resident');
  });
  it('takes letters drawn as dots for a password box, whatever its caption', () => {
    const d = doc(`<span>확인 값</span><input id="a" name="v" style="-webkit-text-security: circle">`);
    expect(kindAsSeen(d.getElementById('a')!)).toBe('password');
  });
  it('leaves a plain box under a plain caption as what it is (a name, a search)', () => {
    const d = doc(`<div>받으실 분 성함</div><input id="a" name="f1"><td>검색어</td><input id="b" name="q">`);
    expect(kindAsSeen(d.getElementById('a')!)).not.toMatch(/password|otp|card|bank|resident/);
    expect(kindAsSeen(d.getElementById('b')!)).toBe('none');
  });
  it('keeps the kind a box was seen to take at the press when the page strips its words before the key', () => {
    const d = doc(`<input id="a" name="userPw" placeholder="비밀번호">`);
    const box = d.getElementById('a')!;
    const kinds: string[] = [];
    const w = secretFieldWatcher((k) => (kinds.push(k), true), undefined, undefined, {
      open: () => true,
      kind: () => null,
      anywhere: () => false,
    });
    run(w, ev('pointerdown', box));
    box.setAttribute('name', 'q');
    box.removeAttribute('placeholder');
    run(w, ev('keydown', box, { key: '1' }));
    expect(kinds).toEqual(['password']);
  });
  it('reads the box as the user sees it through the scorer when its own words say nothing', () => {
    const d = doc(`<div>카드 번호</div><input id="a" name="f3">`);
    const kinds: string[] = [];
    const w = secretFieldWatcher((k) => (kinds.push(k), true), undefined, undefined, {
      open: () => true,
      kind: kindAsSeen,
      anywhere: () => false,
    });
    run(w, ev('keydown', d.getElementById('a')!, { key: '4' }));
    expect(kinds).toEqual(['card']);
  });
});

describe('boxes that are not <input> (class 2)', () => {
  it('checks a one-row <textarea> and a <select> that take a secret', () => {
    const d = doc(
      `<textarea id="t" name="pin" placeholder="비밀번호" rows="1"></textarea>` +
        `<select id="s" aria-label="카드 비밀번호 앞 두 자리"><option>0</option><option>1</option></select>`,
    );
    const kinds: string[] = [];
    const w = secretFieldWatcher((k) => (kinds.push(k), true));
    expect(run(w, ev('keydown', d.getElementById('t')!, { key: '8' })).stopped).toBe(true);
    expect(run(w, ev('focusin', d.getElementById('s')!)).stopped).toBe(true);
    expect(kinds).toEqual(['password', 'card']);
  });
  it('does not check a forum <textarea> or a sort <select>', () => {
    const d = doc(
      `<label for="t">내용</label><textarea id="t" name="content"></textarea>` +
        `<select id="s" name="sort"><option>최신순</option></select>`,
    );
    const kinds: string[] = [];
    const w = secretFieldWatcher((k) => (kinds.push(k), true));
    run(w, ev('keydown', d.getElementById('t')!, { key: 'a' }));
    run(w, ev('focusin', d.getElementById('s')!));
    expect(kinds).toEqual([]);
  });
});

describe('typing aimed at no box (class 3)', () => {
  it('takes a key that writes, a paste, and a press on a ten-digit keypad; not a shortcut, a space, a page number', () => {
    const d = doc(
      `<div id="pad">${[5, 2, 8, 0, 1, 9, 3, 7, 4, 6].map((n) => `<button>${n}</button>`).join('')}</div>` +
        `<nav id="pages">${Array.from({ length: 10 }, (_, i) => `<button>${i + 1}</button>`).join('')}</nav>`,
    );
    const body = d.body;
    expect(typedAnywhere({ type: 'keydown', key: '7' }, body)).toBe(true);
    expect(typedAnywhere({ type: 'keydown', key: 'c', ctrlKey: true }, body)).toBe(false);
    expect(typedAnywhere({ type: 'keydown', key: ' ' }, body)).toBe(false);
    expect(typedAnywhere({ type: 'keydown', key: 'ArrowDown' }, body)).toBe(false);
    expect(typedAnywhere({ type: 'paste' }, body)).toBe(true);
    expect(keypadKey(d.querySelector('#pad button'))).toBe(true);
    expect(typedAnywhere({ type: 'pointerdown' }, d.querySelector('#pad button'))).toBe(true);
    // (pagination 1 … 10: nine single digits)
    expect(keypadKey(d.querySelector('#pages button'))).toBe(false);
    expect(typedAnywhere({ type: 'pointerdown' }, d.getElementById('pad'))).toBe(false);
  });
  it('warns anywhere on a page that claims the brand and asks a code, not on its own bank or with no ask', () => {
    const url = 'https://help-desk.example/otp';
    const kit = scanPage(
      doc(
        `<h2>본인 확인</h2><p>쿠팡 고객센터입니다. 회원님 계정 보호를 위한 본인 확인 절차입니다. 문자로 받은 인증번호 6자리를 입력해 주세요.</p>` +
          `<div tabindex="0" class="box"></div>`,
      ),
      url,
    );
    expect(kit.verdict).not.toBe('suspicious-page');
    expect(warnAnywhere(kit)).toBe(true);
    const bank = scanPage(
      doc(
        `<header>누리은행</header><h2>누리은행 OTP 인증</h2><p>쿠팡 결제에 연결된 계좌를 해지하시려면 본인 확인이 필요합니다. 인증번호 6자리를 입력해 주세요.</p>` +
          `<div tabindex="0"></div><footer>© 누리은행. 사업자등록번호 101-81-12345</footer>`,
      ),
      url,
    );
    expect(warnAnywhere(bank)).toBe(false);
    const review = scanPage(
      doc(
        `<h1>쿠팡 로켓배송 한 달 후기</h1><p>배송이 빠르고 포장이 깔끔했습니다.</p><div tabindex="0"></div>`,
      ),
      url,
    );
    expect(warnAnywhere(review)).toBe(false);
  });
  it('holds the key aimed at no box when the page is found at risk, and leaves it when not', () => {
    const d = doc(`<div id="sink" tabindex="0"></div>`);
    const seen: string[] = [];
    let risky = true;
    const w = secretFieldWatcher(() => false, undefined, undefined, {
      open: () => true,
      kind: () => null,
      anywhere: (e) => (seen.push(e.type), risky),
    });
    expect(run(w, ev('keydown', d.getElementById('sink')!, { key: '4' })).stopped).toBe(true);
    risky = false;
    expect(run(w, ev('paste', d.body)).stopped).toBe(false);
    expect(seen).toEqual(['keydown', 'paste']);
  });
});

describe('depth (class 4)', () => {
  it('follows closed roots down to the box however many there are', () => {
    const d = doc(`<input id="pw" type="password"><div id="h0"></div>`);
    const pw = d.getElementById('pw')!;
    // six hosts, each a root whose focused element is the next host; the last one's is the password box
    const hosts = Array.from({ length: 6 }, () => d.createElement('x-part'));
    const rootOf = (el: Element) => {
      const i = hosts.indexOf(el as HTMLElement);
      if (i < 0) return null;
      return { activeElement: hosts[i + 1] ?? pw } as unknown as ShadowRoot;
    };
    const kinds: string[] = [];
    const w = secretFieldWatcher((k) => (kinds.push(k), true), rootOf);
    run(w, ev('keydown', hosts[0]!, { key: '1' }));
    expect(kinds).toEqual(['password']);
  });
});

describe('a page with no sign of the brand pays nothing new per click', () => {
  it('does not read a press on a page whose gate stayed closed', () => {
    const d = doc(`<input id="a" name="userPw" placeholder="비밀번호">`);
    let asked = 0;
    const w = secretFieldWatcher(() => true, undefined, undefined, {
      open: () => false,
      kind: () => (asked++, null),
      anywhere: () => (asked++, true),
    });
    expect(run(w, ev('pointerdown', d.getElementById('a')!)).stopped).toBe(false);
    expect(run(w, ev('pointerdown', d.body)).stopped).toBe(false);
    expect(asked).toBe(0);
  });
});
