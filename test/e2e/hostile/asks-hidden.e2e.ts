import { beforeAll, expect, test } from 'vitest';
import { forEachBrowser, type Session } from '../harness';
import { expectNoWarningFor, startReady } from '../page-helpers';
import { expectPageWarning } from './kit';

/**
 * Kits that keep the brand or the ask away from a reader of text until the reader acts (issue #11, author L's
 * classes), each page's own script doing the hiding: a card form the script shows only after "결제 취소" is
 * tapped (nobody taps here), a name put in order only by flex `order` and one turned round by a bidi override,
 * a fee taken in voucher PINs, a chat whose lines the script types in and answers in a textarea, and a name
 * the script writes with String.fromCharCode, a page with no field whose only sign of the brand is a data: SVG logo
 * written in character references (the gate must open for it). The honest twins are built the same way: a mediation body's form
 * that names the brand as the respondent, a voucher balance check that names the brand's gift card, and a
 * shop's own login the script shows after a tap.
 */
const doc = (title: string, body: string) =>
  `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;

const CANCEL = doc(
  '결제 완료 안내',
  `<header><b>Соuраng</b> Pay</header><h1>결제 완료 안내</h1><p>300,000원이 결제되었습니다. 본인이 아니면 [결제 취소]를 누르세요.</p>
<button id="cx">결제 취소</button>
<form id="cf" style="display:none" action="/cancel" method="post"><label>카드번호</label><input name="cn" placeholder="카드번호 16자리"><label>유효기간</label><input name="ce" placeholder="MM/YY"><button>취소 요청</button></form>
<script>document.getElementById('cx').onclick = function () { document.getElementById('cf').style.display = 'block'; };</script>`,
);

const letters = (word: string) =>
  [...word].map((c, i) => `<span style="order:${word.length - 1 - i}">${c}</span>`).join('');
const SETTLE = doc(
  '정산 보류',
  `<header><b><span style="display:inline-flex">${letters('츠이팡쿠')}</span></b> 배달파트너</header><h1>정산 계좌 재확인</h1>
<form action="/s" method="post"><label>아이디</label><input name="u"><label>비밀번호</label><input type="password" name="p"><label>정산 계좌번호</label><input name="sn"><button>확인</button></form>`,
);

const VOUCHER = doc(
  '보상금 수령',
  `<h1>보상금 수령 수수료 안내</h1><p><span style="unicode-bidi:bidi-override;direction:rtl">팡쿠</span> 피해 보상금 300,000원 수령을 위해 송금 수수료 30,000원을 기프트카드로 납부해 주세요.</p>
<label>기프트카드 코드</label><input placeholder="XXXX-XXXX-XXXX-XXXX"><button>수수료 납부</button>`,
);

const CHAT = doc(
  '상담',
  `<header><b>쿠<i></i>팡</b> 고객센터</header><div id="cb"></div><textarea id="ta" placeholder="메시지를 입력하세요"></textarea><button>전송</button>
<script>(function () {
  var m = ['상담사 이수진입니다.', '승인 차단을 위해 <b>카드번호 16자리, 유효기간, 뒷면 3자리</b>를 순서대로 입력해 주세요.'];
  m.forEach(function (t, i) { setTimeout(function () { var d = document.createElement('div'); d.innerHTML = t; document.getElementById('cb').appendChild(d); }, 600 + i * 900); });
})();</script>`,
);

const CODED = doc(
  '프로필 잠금',
  `<header><b id="sb"></b></header><script>document.getElementById('sb').textContent = String.fromCharCode(53216, 54049, 54540, 47112, 51060);</script>
<h1>프로필이 잠겼습니다</h1><form action="/u" method="post"><label>결제 카드 번호</label><input name="cn"><label>인증번호 6자리</label><input name="o"><button>해제</button></form>`,
);

const refsLogo = `data:image/svg+xml;base64,${Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" width="90" height="36"><text x="0" y="27" fill="#1f5fbf">&#xCFE0;&#xD321;</text></svg>',
).toString('base64')}`;
const CANCELLED = doc(
  '주문 취소 안내',
  `<img src="${refsLogo}" alt=""><h1>주문이 취소되었습니다</h1><p>본인이 취소하지 않았다면 주문 취소 전담 센터로 바로 연락하세요.</p>
<p id="n"></p><a id="c" href="#">전화 연결</a><script>(function () { var p = ['070', '-', '4821', '-', '9935'].join(''); document.getElementById('n').textContent = p; document.getElementById('c').href = 'tel:' + p; })();</script>`,
);

const MEDIATION = doc(
  '분쟁조정 신청서 작성',
  `<header><b>개인정보 분쟁조정</b></header><h1>분쟁조정 신청서 작성</h1><form action="/apply" method="post"><h3>신청인</h3>
<label>성명</label><input><label>생년월일</label><input placeholder="YYYYMMDD"><label>주소</label><input><label>휴대폰</label><input type="tel">
<h3>피신청인</h3><input value="쿠팡 주식회사" readonly><label>주민등록번호</label><input maxlength="6"> - <input type="password" maxlength="7"><button>본인인증 후 제출</button></form>`,
);

const BALANCE = doc(
  '상품권 잔액 조회',
  `<h1>잔액 조회</h1><label>상품권 번호</label><input placeholder="쿠팡 기프트카드 / 문화상품권"><button>조회</button>
<p>쿠팡 기프트카드 잔액은 쿠팡 앱에서도 확인할 수 있습니다.</p>`,
);

const SHOP = doc(
  '주문 조회 | 누리몰',
  `<header><b>누리몰</b></header><h1>주문 조회</h1><p>쿠팡보다 빠른 새벽배송, 누리몰입니다.</p><button id="go">로그인</button>
<form id="lf" style="display:none" action="/login" method="post"><label>아이디</label><input name="u"><label>비밀번호</label><input type="password" name="p"><button>로그인</button></form>
<script>document.getElementById('go').onclick = function () { document.getElementById('lf').style.display = 'block'; };</script>`,
);

forEachBrowser('hostile page: the brand or the ask hidden until the reader acts', (ctx) => {
  let s: Session;

  beforeAll(async () => {
    s = await startReady(ctx);
  });

  const warned = (host: string, path: string, html: string, code: string) => async () => {
    ctx.server.page(host, path, html);
    const tab = await s.newTab(ctx.server.url(host, path));
    await tab.bringToFront();
    const w = await expectPageWarning(s, tab, 20_000);
    expect(w.kind).toBe('suspicious-page');
    expect(w.state?.page?.reasons.map((r) => r.code)).toContain(code);
    await tab.close();
  };
  const left = (host: string, path: string, html: string) => async () => {
    ctx.server.page(host, path, html);
    const tab = await s.newTab(ctx.server.url(host, path));
    await expectNoWarningFor(tab, 4_000);
    await tab.close();
  };

  test(
    'a card form the script shows only after "결제 취소" is warned untapped',
    warned('pay-cancel.example.test', '/c', CANCEL, 'asks-card'),
  );
  test(
    'a name put right only by flex order, over a login and a payout account, is warned',
    warned('rider-settle.example.test', '/s', SETTLE, 'brand-obfuscated'),
  );
  test(
    'a fee paid in gift-card codes under a name turned round by a bidi override is warned',
    warned('relief-fee.example.test', '/f', VOUCHER, 'asks-gift-pin'),
  );
  test(
    "a chat the script types, asking a card's number into a textarea, is warned",
    warned('cs-chat.example.test', '/chat', CHAT, 'asks-card'),
  );
  test(
    'a name the script writes with String.fromCharCode over a card and a code is warned',
    warned('play-lock.example.test', '/l', CODED, 'brand-logo'),
  );
  test(
    'a callback page whose only sign of the brand is a data: SVG logo in character references, with no field, is warned',
    warned('order-cancel.example.test', '/o', CANCELLED, 'callback-lure'),
  );
  test(
    "a mediation body's form that names the brand as the respondent is left alone",
    left('www.privacy-mediation.example.test', '/apply', MEDIATION),
  );
  test(
    "a voucher balance check that names the brand's gift card is left alone",
    left('www.voucher-balance.example.test', '/check', BALANCE),
  );
  test(
    "a shop's own login the script shows after a tap is left alone",
    left('www.nurimall.example.test', '/orders', SHOP),
  );
});
