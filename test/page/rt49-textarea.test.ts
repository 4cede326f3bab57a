// Red team 49: a textarea's code. The content script's reader of a box (entrypoints/content/at-risk.ts `fieldKind`,
// `boxKind`) and the scorer's (lib/page/risk-time.ts `kindAsSeen`) must give one kind for a box whatever it is drawn
// as — an <input>, a <textarea> (whose `type` is "textarea" in a browser) or a contenteditable box — when it says
// the same words; and a kit that asks an entrance code in a textarea is held at the first key, its honest twin not.
import { describe, expect, it } from 'vitest';
import { secretFieldWatcher } from '../../entrypoints/content/at-risk';
import { warnAtRisk } from '../../lib/page/index';
import { kindAsSeen, warnsAtTyping } from '../../lib/page/risk-time';
import { dispatchTo, koPage, parse, scanHtml, trustedEvent } from './helpers';

/** As a browser draws the box: a textarea's type and placeholder, labels on a form box, a contenteditable's flag */
function asBrowser(el: Element): Element {
  const form = /^(input|textarea)$/.test(el.localName);
  if (form) Object.defineProperty(el, 'labels', { value: [] });
  if (el.localName === 'textarea') {
    Object.defineProperty(el, 'type', { value: 'textarea' });
    Object.defineProperty(el, 'placeholder', { value: el.getAttribute('placeholder') ?? '' });
  }
  if (el.hasAttribute('contenteditable')) Object.defineProperty(el, 'isContentEditable', { value: true });
  return el;
}

/** The kind the content script's watcher hands its check at a trusted key (its own reader, no scorer) */
function contentKind(el: Element): string {
  const kinds: string[] = [];
  dispatchTo(
    secretFieldWatcher((kind) => (kinds.push(kind), false)),
    trustedEvent('keydown', el),
  );
  return kinds[0] ?? 'none';
}

const WORDS: [string, string][] = [
  ['공동현관 비밀번호 / 출입 방법 (예: 종 1357 호출)', 'entrance'],
  ['현관 출입번호를 적어 주세요', 'entrance'],
  ['카드번호 16자리', 'card'],
  ['인증번호 6자리', 'otp'],
  ['배송 요청사항 (예: 문 앞에 놓아 주세요)', 'none'],
  ['정확한 주소', 'address'],
];

describe('one kind for a box, whatever it is drawn as', () => {
  for (const [words, kind] of WORDS)
    it(`"${words}" is ${kind} as an input, a textarea and a contenteditable box, to both readers`, () => {
      const doc = parse(
        koPage(
          't',
          `<p>배송 정보</p><input placeholder="${words}"><br><textarea placeholder="${words}"></textarea>` +
            `<br><div contenteditable="true" placeholder="${words}"></div>`,
        ),
      );
      for (const sel of ['input', 'textarea', 'div[contenteditable]']) {
        const el = asBrowser(doc.querySelector(sel)!);
        expect([sel, kindAsSeen(el)]).toEqual([sel, kind]);
        // (the content script hands its check only the boxes it reads as secret; the scorer's reader answers the rest)
        const seen = contentKind(el);
        expect([sel, seen]).toEqual([sel, /entrance|card|otp/.test(kind) ? kind : 'none']);
      }
    });
});

const courier = (top: string, note: string) =>
  koPage(
    '배송 정보 확인',
    `${top}<div class="f"><p>정확한 주소와 출입 방법을 남겨주세요.</p><input name="a1" placeholder="받는 주소">` +
      `<input name="a2" placeholder="연락처"><textarea name="m" placeholder="${note}"></textarea>` +
      '<button>저장</button></div>',
  );
const NOTE = '공동현관 비밀번호 / 출입 방법 (예: #0000 호출)';
const KIT = courier(
  '<div>안녕하세요 쿠팡 배송기사입니다. 고객님 주소 오류로 로켓배송 상품이 보류 중입니다. 오늘 안에 주소를 다시 적어 주세요.</div>',
  NOTE,
);
const HONEST = courier(
  '<header>한빛택배 배송 메모</header><div>한빛택배 고객센터 1588-0000. 배송기사가 참고할 메모를 남겨 주세요.</div>',
  NOTE,
);

function heldAtTextarea(html: string, url: string) {
  const doc = parse(html);
  const v = scanHtml(html, url);
  const box = asBrowser(doc.querySelector('textarea')!);
  const e = dispatchTo(
    secretFieldWatcher((kind) => warnAtRisk(v, kind), undefined, undefined, {
      open: () => true,
      kind: (el) => kindAsSeen(el),
      anywhere: () => false,
    }),
    trustedEvent('keydown', box),
  );
  return { held: e.stopped, atTyping: warnsAtTyping(doc, v) };
}

describe("a kit that asks an entrance code in a courier's textarea", () => {
  it('is held at the first key, in the content script as in Node', () => {
    expect(heldAtTextarea(KIT, 'https://addr-check.example/d/7')).toEqual({ held: true, atTyping: true });
  });
  it("keeps every key of a courier's own delivery note that claims no brand", () => {
    expect(heldAtTextarea(HONEST, 'https://memo.hanbit-parcel.example/d/7')).toEqual({
      held: false,
      atTyping: false,
    });
  });
});
