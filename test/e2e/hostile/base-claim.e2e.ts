import { beforeAll } from 'vitest';
import { forEachBrowser, type Session } from '../harness';
import { startReady } from '../page-helpers';
import { testKitsWarned, testLeftAlone } from './kit';

/**
 * Red team 31's cheapest class: a `<base href="https://www.coupang.com/">` makes `document.baseURI` of every
 * srcdoc and about:blank frame Coupang's address. A guard that took that as the frame's address believed it was
 * on Coupang's own site and switched itself off there (no scan, no check at the first key). Written apart from
 * the red team's kits:
 * - the base on the top page, three filler frames, the card form in a fourth srcdoc frame, no script at all;
 * - the base inside a srcdoc frame (none on the top page), the form in that frame's own srcdoc frame (Chromium
 *   warned on this one before the fix as well, through another frame; kept as the class's second shape);
 * - the base on the top page, an about:blank frame the page's script fills through its DOM two seconds later.
 * The honest twin: a shop whose base points at its own CDN, with widget frames and its own login in a frame.
 */
const esc = (html: string) => html.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

const FORM = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>쿠팡 결제취소 환불 신청</title></head>
<body><h1>쿠팡</h1><h2>중복 결제 환불 신청</h2><p>중복 결제된 금액 54,900원을 환불해 드립니다. 결제하신 카드 정보를 입력해 주세요.</p>
<form><label>카드번호<input name="cn" inputmode="numeric"></label><label>유효기간<input name="exp"></label>
<label>CVC<input name="cvc" maxlength="3"></label><label>카드 비밀번호 앞 2자리<input type="password" name="cpw" maxlength="2"></label>
<button>환불 신청</button></form></body></html>`;

const filler = (text: string) =>
  `<iframe srcdoc="${esc(`<p style="font:12px sans-serif">${text}</p>`)}" style="width:180px;height:24px;border:0"></iframe>`;
const FILLERS = filler('배송 조회 준비 중') + filler('연휴 배송 일정 안내') + filler('상담 연결 대기');

const page = (head: string, body: string) =>
  `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>주문 확인</title>${head}</head><body>${body}</body></html>`;

const BASE_ON_TOP = page(
  '<base href="https://www.coupang.com/">',
  `${FILLERS}<iframe srcdoc="${esc(FORM)}" style="position:fixed;inset:0;width:100%;height:100%;border:0"></iframe>`,
);

const INNER = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><base href="https://www.coupang.com/np/"></head>
<body style="margin:0"><iframe srcdoc="${esc(FORM)}" style="position:fixed;inset:0;width:100%;height:100%;border:0"></iframe></body></html>`;
const BASE_IN_FRAME = page(
  '',
  `${FILLERS}<iframe srcdoc="${esc(INNER)}" style="position:fixed;inset:0;width:100%;height:100%;border:0"></iframe>`,
);

const FILLED_LATER = page(
  '<base href="https://www.coupang.com/">',
  `${FILLERS}<iframe id="k" src="about:blank" style="position:fixed;inset:0;width:100%;height:100%;border:0"></iframe>
<script>setTimeout(function () {
  var d = document.getElementById('k').contentDocument;
  d.documentElement.innerHTML = ${JSON.stringify(/<html[^>]*>([\s\S]*)<\/html>/.exec(FORM)?.[1] ?? '').replace(/</g, '\\u003c')};
}, 2000);</script>`,
);

const HONEST_LOGIN = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>한결공방 로그인</title></head>
<body><h1>한결공방</h1><form><label>아이디<input name="id"></label><label>비밀번호<input type="password" name="pw"></label>
<button>로그인</button></form><p>쿠팡에서 주문하신 분도 이곳에서 회원가입 후 적립금을 받으실 수 있습니다.</p></body></html>`;
const HONEST = page(
  '<base href="https://cdn.hangyeol.example.test/shop/">',
  `${FILLERS}<h1>한결공방</h1><iframe srcdoc="${esc(HONEST_LOGIN)}" style="width:100%;height:400px;border:0"></iframe>`,
);

forEachBrowser('hostile page: a <base href> that claims Coupang’s address for its frames', (ctx) => {
  let s: Session;
  beforeAll(async () => {
    s = await startReady(ctx);
  });

  testKitsWarned(ctx, () => s, [
    [
      'the base on the top page, the form in a srcdoc frame, no script',
      'refund-frames.example.test',
      BASE_ON_TOP,
      'asks-card',
    ],
    [
      'the base inside a srcdoc frame, the form in its child frame',
      'refund-inner.example.test',
      BASE_IN_FRAME,
      'asks-card',
    ],
    [
      'the base on top, an about:blank frame filled through its DOM later',
      'refund-late.example.test',
      FILLED_LATER,
      'asks-card',
    ],
  ]);

  testLeftAlone(
    ctx,
    () => s,
    'a shop whose base points at its own CDN, with widget frames and its own login in a frame, is left alone',
    'hangyeol.example.test',
    '/login',
    HONEST,
  );
});
