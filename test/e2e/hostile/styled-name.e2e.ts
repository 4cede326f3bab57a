import { beforeAll } from 'vitest';
import { forEachBrowser, type Session } from '../harness';
import { startReady } from '../page-helpers';
import { testKitsWarned, testLeftAlone } from './kit';

/**
 * Kits written against the cheap gate (page23's red team): the only name of the brand is in a stylesheet the gate
 * did not read, and the page asks with no <input> at load, so the gate stayed shut and nothing was scanned.
 * - a sheet the page's own script builds and adopts (`new CSSStyleSheet()`, `replaceSync`), drawing "쿠팡" with
 *   `content:` and asking a resident number on a keypad of ten buttons;
 * - a stylesheet carried as a `data:` address in a <link>, its picture given by `image-set()`, asking a card number
 *   in contenteditable boxes;
 * - a custom property holding the name (`content: var(--n)`, set in an element's style attribute), with only a
 *   number to call.
 * The honest twin: a small bakery whose logo is drawn the same ways, with a phone link and an editable memo box
 * (its editable box opens the gate; the scan finds no brand and leaves it alone).
 */
const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
const svg = (word: string) =>
  `<svg xmlns='http://www.w3.org/2000/svg' width='100%' height='100%' viewBox='0 0 160 40'><text x='2' y='30' font-size='30'>${word}</text></svg>`;
const keys = [7, 3, 9, 0, 5, 1, 8, 2, 6, 4].map((d) => `<button type="button">${d}</button>`).join('');

const ADOPTED = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>본인 확인</title>
<script>const s=new CSSStyleSheet();s.replaceSync('.lg::before{content:"\\\\CFE0\\\\D321";font-weight:800;color:#346aff}');document.adoptedStyleSheets=[s];</script>
</head><body><div class="lg"></div><h2>개인정보 유출 피해 확인</h2><p>주민등록번호 뒤 7자리를 아래 키패드로 눌러 주세요.</p>
<div id="dots"></div><div id="kp">${keys}</div></body></html>`;

const LINKED = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>결제 오류</title>
<link rel="stylesheet" href="data:text/css;base64,${b64(`.lg{height:40px;background-image:image-set("data:image/svg+xml,${encodeURIComponent(svg('쿠팡 와우'))}" 1x)}`)}">
</head><body><div class="lg"></div><h2>멤버십 결제 수단 오류</h2><p>다음 결제일 전에 카드 정보를 다시 입력해 주세요.</p>
<p>카드번호</p><div contenteditable="true" class="box"></div><p>유효기간 (MM/YY)</p><div contenteditable="true" class="box"></div></body></html>`;

const VARIABLE = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>주문 취소 안내</title>
<style>.lg::before{content:var(--n);font-weight:800}</style></head>
<body><div class="lg" style='--n:"\\CFE0\\D321  \\ACE0\\AC1D\\C13C\\D130"'></div><h2>해외 결제 승인 안내</h2>
<p>본인이 결제하지 않았다면 즉시 취소 전담센터로 전화해 주세요.</p><a href="tel:07044561230">☎ 070-4456-1230</a></body></html>`;

const HONEST = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>주문 안내</title>
<link rel="stylesheet" href="data:text/css;base64,${b64(`.lg{height:40px;background-image:image-set("data:image/svg+xml,${encodeURIComponent(svg('밀빛제과'))}" 1x)}`)}">
<script>const s=new CSSStyleSheet();s.replaceSync('.sub::before{content:"\\\\C218\\\\C81C \\\\BE75"}');document.adoptedStyleSheets=[s];</script>
</head><body><div class="lg"></div><div class="sub"></div><h2>케이크 예약 주문</h2><p>픽업 날짜와 요청 사항을 적어 주세요.</p>
<div contenteditable="true" class="memo"></div><a href="tel:0215550199">☎ 02-1555-0199</a></body></html>`;

forEachBrowser('hostile page: the name only in a stylesheet the gate must read', (ctx) => {
  let s: Session;
  beforeAll(async () => {
    s = await startReady(ctx);
  });

  testKitsWarned(ctx, () => s, [
    [
      'a sheet its script adopts, a keypad of buttons',
      'pihae-check.example.test',
      ADOPTED,
      'asks-resident-id',
    ],
    [
      'a data: stylesheet with image-set(), contenteditable card boxes',
      'wow-pay.example.test',
      LINKED,
      'asks-card',
    ],
    [
      'a custom property in a style attribute, a number to call',
      'cancel-desk.example.test',
      VARIABLE,
      'callback-lure',
    ],
  ]);

  testLeftAlone(
    ctx,
    () => s,
    'a bakery that draws its own name the same ways, with a memo box and a phone link, is left alone',
    'milbit.example.test',
    '/order',
    HONEST,
  );
});
