import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { dispatchTo, trustedEvent } from './helpers';
import { secretFieldWatcher } from '../../entrypoints/content/at-risk';
import { pageMayConcernBrand, scanPage } from '../../lib/page/index';
import { keypadKey, typedAnywhere, warnAnywhere } from '../../lib/page/risk-time';

/**
 * rt34pad (red team 34, class C): an on-screen keypad whose digits are no text — a picture per key with no alt,
 * or drawn by the stylesheet (`::after { content: attr(…) }`) — is a keypad all the same, so a press on it is
 * read as typing aimed at no box. Written apart from the red team's kits; each class has an honest twin.
 */
const page = (title: string, body: string) =>
  `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const doc = (body: string, title = 't') => parseHTML(page(title, body)).document as unknown as Document;

const ORDER = [3, 8, 1, 6, 0, 9, 2, 5, 7, 4];
/** a key drawn as a picture of its digit: the page keeps which is which in its script */
const pic = (n: number, alt = '') =>
  `<img ${alt ? `alt="${alt}"` : ''} src="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg'%3E%3Ctext%3E${n}%3C/text%3E%3C/svg%3E">`;
const imgPad = (alt = false) =>
  `<div id="pad">${ORDER.map((n, i) => `<button type="button" id="b${i}">${pic(n, alt ? String(n) : '')}</button>`).join('')}</div>`;
/** a pad in rows of three, each key a <div role=button> with no text, its digit in data-n */
const cssPad = () =>
  `<div id="pad">${[0, 3, 6, 9]
    .map(
      (r) =>
        `<div class="row">${ORDER.slice(r, r + 3)
          .map((n, i) => `<div role="button" id="c${r + i}" data-n="${n}"></div>`)
          .join('')}</div>`,
    )
    .join('')}</div>`;

/** the page's stylesheet as the browser computes it: `[data-n]::after { content: attr(data-n) }`; counts its reads */
function drawByCss(d: Document): { reads: number } {
  const count = { reads: 0 };
  (d.defaultView as unknown as { getComputedStyle: unknown }).getComputedStyle = (
    el: Element,
    p?: string,
  ) => {
    count.reads++;
    const n = el.getAttribute('data-n');
    return { content: p === '::after' && n ? `"${n}"` : 'none', getPropertyValue: () => '' };
  };
  return count;
}

describe('a keypad whose digits are no text is a keypad', () => {
  it('reads a picture key by its alt, and a pad of ten pictures with no alt by its shape', () => {
    const withAlt = doc(imgPad(true));
    expect(keypadKey(withAlt.querySelector('#b4 img'))).toBe(true);
    const bare = doc(imgPad());
    // (the press lands on the picture inside the key)
    expect(keypadKey(bare.querySelector('#b4 img'))).toBe(true);
    expect(typedAnywhere({ type: 'pointerdown' }, bare.getElementById('b7'))).toBe(true);
    // … with a backspace and a shuffle key drawn alike (twelve blank keys)
    const twelve = doc(
      imgPad().replace('</div>', '<button>' + pic(0) + '</button><button>' + pic(1) + '</button></div>'),
    );
    expect(keypadKey(twelve.getElementById('b0'))).toBe(true);
  });
  it('reads the digits a stylesheet draws on keys with no text, in rows of three', () => {
    const d = doc(cssPad());
    const css = drawByCss(d);
    expect(keypadKey(d.getElementById('c4'))).toBe(true);
    expect(css.reads).toBeGreaterThan(0);
    expect(css.reads).toBeLessThanOrEqual(10 * 4);
  });
  it('reads no style for a key with words of its own', () => {
    const d = doc(
      `<div id="pad">${ORDER.map((n) => `<button>${n}</button>`).join('')}</div><div><button id="buy">구매하기</button><button id="x">장바구니</button></div>`,
    );
    const css = drawByCss(d);
    expect(keypadKey(d.querySelector('#pad button'))).toBe(true);
    expect(keypadKey(d.getElementById('buy'))).toBe(false);
    expect(css.reads).toBe(0);
  });
  it('leaves alone a toolbar of named icons, a gallery of many thumbnails, a few blank keys, keys of mixed sizes', () => {
    const tools = doc(
      `<div>${['굵게', '기울임', '밑줄', '취소선', '링크', '사진', '표', '인용', '코드', '목록'].map((t) => `<button aria-label="${t}">${pic(1)}</button>`).join('')}</div>`,
    );
    expect(keypadKey(tools.querySelector('button img'))).toBe(false);
    const gallery = doc(
      `<div>${Array.from({ length: 16 }, (_, i) => `<button>${pic(i % 10)}</button>`).join('')}</div>`,
    );
    expect(keypadKey(gallery.querySelector('button'))).toBe(false);
    const few = doc(
      `<div>${Array.from({ length: 6 }, (_, i) => `<button>${pic(i)}</button>`).join('')}</div>`,
    );
    expect(keypadKey(few.querySelector('button'))).toBe(false);
    const mixed = doc(imgPad());
    mixed.querySelectorAll('button').forEach((b, i) => {
      (b as unknown as { getBoundingClientRect: () => object }).getBoundingClientRect = () => ({
        width: 40 + i * 8,
        height: 40,
      });
    });
    expect(keypadKey(mixed.getElementById('b3'))).toBe(false);
  });
});

describe('a press on such a pad is held where the page claims the brand, and reaches its own bank', () => {
  const url = 'https://member-safe.example/p';
  const claim =
    '<p>쿠팡 회원정보 보호 센터입니다. 확인을 위해 쿠팡 결제 비밀번호 6자리를 아래 키패드로 눌러 주세요.</p><div id="dots"></div>';
  const bank =
    '<header>한솔저축은행</header><h2>한솔저축은행 간편 로그인</h2><p>간편비밀번호 6자리를 보안 키패드로 눌러 주세요. 쿠팡 등 간편결제에 연결한 계좌도 로그인 후 관리할 수 있습니다.</p><div id="dots"></div>';
  const bankEnd = '<footer>© 한솔저축은행. 사업자등록번호 101-81-24680</footer>';
  it('the kit: its pictures and drawn digits are pressed to no avail once the page is found at risk', () => {
    for (const pad of [imgPad(), cssPad()]) {
      const d = doc(claim + pad);
      drawByCss(d);
      const verdict = scanPage(d, url);
      expect(verdict.verdict).not.toBe('suspicious-page');
      expect(warnAnywhere(verdict)).toBe(true);
      const w = secretFieldWatcher(() => false, undefined, undefined, {
        open: () => true,
        kind: () => null,
        anywhere: (e, target) => typedAnywhere(e, target) && warnAnywhere(verdict),
      });
      const key = d.querySelector('#b2 img, #c2')!;
      expect(dispatchTo(w, trustedEvent('pointerdown', key)).stopped).toBe(true);
    }
  });
  it('the bank: its own picture keypad is a keypad too, and its presses reach it', () => {
    const d = doc(bank + imgPad() + bankEnd, '한솔저축은행 로그인');
    const verdict = scanPage(d, url);
    expect(keypadKey(d.querySelector('#b2 img'))).toBe(true);
    expect(warnAnywhere(verdict)).toBe(false);
  });
  it('the gate opens on a small page whose only ask is a pad of blank keys, not on a page of a few icons', () => {
    expect(pageMayConcernBrand(doc(`<p>보안 확인</p>${imgPad()}`), 'https://k.example/')).toBe(true);
    expect(
      pageMayConcernBrand(
        doc(
          `<p>오늘의 레시피</p><div>${Array.from({ length: 4 }, () => `<button>${pic(1)}</button>`).join('')}</div>`,
        ),
        'https://recipe.example/',
      ),
    ).toBe(false);
  });
});
