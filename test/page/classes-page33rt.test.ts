import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { pageChanges, secretFieldWatcher } from '../../entrypoints/content/at-risk';
import { lookLater } from '../../entrypoints/content/observer';
import { scanPage } from '../../lib/page/index';
import { parse } from './helpers';

/**
 * Round page33rt (red team 30's leftovers: what a page shows late with no mutation to see, and a keyboard sink),
 * by class with pages written apart from the red team's kits. Each class has an honest twin that stays clean.
 */
const page = (title: string, body: string) =>
  `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const scan = (html: string, url: string) =>
  scanPage(parse(html), url, { parseHtml: (m) => parseHTML(m).document as unknown as Document });
const flagged = (html: string, url: string) => !['unknown', 'clean'].includes(scan(html, url).verdict);
const cells = (n: number, tag = 'span', extra = '') =>
  Array.from({ length: n }, () => `<${tag} class="c" tabindex="0"${extra}></${tag}>`).join('');

describe('a keyboard sink drawn as code cells is a field (r17)', () => {
  // a re-login code relay: five focusable <span>s that a keydown listener on the document fills, no input at all
  const KIT = page(
    '쿠팡 보안 확인',
    `<header><b>쿠팡</b></header><h2>쿠팡 로그인 보안 확인</h2><p>등록된 휴대폰으로 전송된 인증번호 5자리를 입력해 주세요.</p>` +
      `<div class="row">${cells(5)}</div><div role="button">확인</div>` +
      `<script>document.addEventListener('keydown',function(e){})</script>`,
  );
  it('flags a brand page asking a code typed into focusable cells', () => {
    const v = scan(KIT, 'https://login-check.example/verify');
    expect(v.verdict).toBe('suspicious-page');
    expect(v.reasons.map((r) => r.code)).toContain('asks-otp');
  });
  it('leaves alone a locker company asking its own pickup code in cells (names the brand in passing)', () => {
    const html = page(
      '스마트함 무인보관함 픽업',
      `<header><b>스마트함</b></header><h2>보관함 A-12 픽업</h2><p>쿠팡 주문 상품도 보관함으로 받을 수 있습니다.</p>` +
        `<p>문자로 받은 픽업 번호 6자리를 눌러 주세요.</p><div class="row">${cells(6, 'div')}</div>`,
    );
    expect(flagged(html, 'https://smartham-locker.example/pickup')).toBe(false);
  });
  it("leaves alone a review page whose carousel's dots are focusable empty cells", () => {
    const html = page(
      '쿠팡 로켓배송 후기 모음',
      `<h1>쿠팡 로켓배송 한 달 써 본 후기</h1><p>배송이 빠르고 포장이 깔끔했습니다.</p><div class="dots">${cells(5)}</div>` +
        `<p>다음 글에서는 반품 경험을 정리하겠습니다.</p>`,
    );
    expect(flagged(html, 'https://salim-review.example/2026/12/rocket')).toBe(false);
  });
});

/** A cell as the second chance reads it (linkedom's element) and a trusted key aimed at it */
function key(target: Element): Event {
  return {
    type: 'keydown',
    isTrusted: true,
    target,
    composedPath: () => [target],
    preventDefault() {},
    stopImmediatePropagation() {},
  } as unknown as Event;
}

describe('the second chance holds a key aimed at a code cell (r17)', () => {
  const doc = (body: string) => parseHTML(page('t', body)).document as unknown as Document;
  it('checks the first key into a row of focusable cells, as an OTP, with the words before the row', () => {
    const d = doc(`<p>휴대폰으로 받은 인증번호 6자리를 입력하세요</p><div>${cells(6, 'div')}</div>`);
    const kinds: string[] = [];
    const watch = secretFieldWatcher((kind) => (kinds.push(kind), true));
    watch(key(d.querySelectorAll('.c')[2]!));
    expect(kinds).toEqual(['otp']);
  });
  it('does not take a lone focusable element, a row of three, or a focusable card holding elements, as a box', () => {
    const d = doc(
      `<p>인증번호를 입력하세요</p><div id="one" tabindex="0"></div><p>인증번호</p><div>${cells(3, 'div')}</div>` +
        `<p>인증번호</p><div>${cells(5, 'div', '><b>상품')}</div>`,
    );
    const kinds: string[] = [];
    const watch = secretFieldWatcher((kind) => (kinds.push(kind), true));
    watch(key(d.getElementById('one')!));
    for (const c of Array.from(d.querySelectorAll('.c'))) watch(key(c));
    expect(kinds).toEqual([]);
  });
});

describe('a shadow root found since the last check is a page change (r03)', () => {
  it('re-checks the next key after a scan found a root attached late, once; not at every key', async () => {
    const d = parseHTML(page('t', '<input id="pw" type="password">')).document as unknown as Document;
    const c = pageChanges(d, () => []);
    const checks: number[] = [];
    const watch = secretFieldWatcher(() => (checks.push(c.generation), false), undefined, c);
    const pw = d.getElementById('pw')!;
    watch(key(pw));
    watch(key(pw));
    expect(checks).toEqual([0]);
    // a late look's scan finds the header's closed root (attachShadow: no mutation the observer is handed)
    c.changed();
    // (after the re-check gap: ten times the last check's cost, which a loaded machine can stretch past any fixed
    // pause, so the keys go on until one re-checks; those inside the gap wait for it, by design)
    for (let i = 0; i < 200 && checks.length < 2; i++) {
      await new Promise((r) => setTimeout(r, 30));
      watch(key(pw));
    }
    watch(key(pw));
    expect(checks).toEqual([0, 1]);
  });
});

describe('the roots a check finds are part of the state it judged', () => {
  it('does not re-check the next key because the check itself found a root', async () => {
    const d = parseHTML(page('t', '<input id="pw" type="password">')).document as unknown as Document;
    const c = pageChanges(d, () => []);
    let checks = 0;
    // the check's scan reads a closed root for the first time
    const watch = secretFieldWatcher(() => (checks++, c.changed(), false), undefined, c);
    const pw = d.getElementById('pw')!;
    const pause = () => new Promise((r) => setTimeout(r, 30));
    for (let i = 0; i < 3; i++) {
      watch(key(pw));
      await pause();
    }
    expect(checks).toBe(1);
  });
});

describe('late looks: what a page shows with no mutation (r01, r02, r04, r16)', () => {
  /** the looks' times, in ms from the start, up to `until` */
  const looks = (first: number, until: number) => {
    const timers: Array<{ at: number; fn: () => void }> = [];
    let now = 0;
    const seen: number[] = [];
    lookLater(
      () => seen.push(now),
      first,
      (ms, fn) => timers.push({ at: now + ms, fn }),
    );
    while (timers.length) {
      timers.sort((a, b) => a.at - b.at);
      const t = timers.shift()!;
      if (t.at > until) break;
      now = t.at;
      t.fn();
    }
    return seen;
  };
  it('looks at 1, 2, 4, 8 … s: a change made T after the start is read by 2T', () => {
    const seen = looks(1000, 600_000);
    expect(seen.slice(0, 5)).toEqual([1000, 2000, 4000, 8000, 16000]);
    for (const change of [1500, 3000, 9000, 100_000, 299_000])
      expect(seen.find((t) => t >= change)).toBeLessThanOrEqual(2 * change);
  });
  it('costs log2 looks: ten minutes, ten looks', () => {
    expect(looks(1000, 600_000).length).toBe(10);
  });
  it('keeps looking when a look throws', () => {
    let n = 0;
    const timers: Array<() => void> = [];
    lookLater(
      () => {
        n++;
        throw new Error('hostile page');
      },
      10,
      (_, fn) => timers.push(fn),
    );
    for (let i = 0; i < 3; i++) timers.shift()!();
    expect(n).toBe(3);
  });
});
