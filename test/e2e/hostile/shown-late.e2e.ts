import { beforeAll, expect, test } from 'vitest';
import { forEachBrowser, type Session } from '../harness';
import { expectNoWarningFor, startReady } from '../page-helpers';
import { expectPageWarning } from './kit';

/**
 * Kits that keep what the guard reads out of the text until it is too late (issue #11, author J's classes):
 * a callback page that shows the brand and its number only after a tap on "내역 보기" (nobody taps in this
 * test: the handler's markup is the evidence), a number to call put in as a picture that draws it one digit
 * per <text>, and a "report form" in a srcdoc frame the script adds, which heads itself as a scam warning and
 * asks for the brand's own password. The honest twins are built the same way: a bank's chat that names the
 * brand once as the topic of a payment stop and asks an account number, and a customs portal that issues
 * the clearance code for a resident number and names the brand's service as one example.
 */
const REVEAL = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>해외 결제 승인 알림</title></head><body>
<h2>해외 결제 승인 알림</h2><button id="v">내역 보기</button><div id="d"></div>
<script>document.getElementById('v').onclick = function () {
  var p = ['070', '-', '48', '21', '-', '99', '35'];
  document.getElementById('d').innerHTML = '<div><b>' + '쿠' + '팡' + ' 해외직구</b> USD 412.00 승인</div><p>본인 결제가 아니면 30분 내 고객센터 ' + p.join('') + '로 신고해 주세요.</p><a href="tel:' + p.join('') + '">전화 걸기</a>';
};</script></body></html>`;

const glyphs = (text: string) =>
  'data:image/svg+xml;base64,' +
  Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="40">${[...text]
      .map((c, i) => `<text x="${4 + i * 17}" y="30" font-size="26">${c}</text>`)
      .join('')}</svg>`,
  ).toString('base64');

const PICTURE = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>결제 알림</title></head><body>
<p style="font-weight:800;color:#346aff">&#53216;&#54049;</p><h1>결제가 완료되었습니다</h1><div>결제금액 598,000원 · 등록 카드</div>
<p>본인이 결제하지 않은 경우 도용 신고 센터로 즉시 연락하시면 결제가 취소됩니다.</p><img id="n" alt="도용신고센터">
<script>setTimeout(function () { document.getElementById('n').src = ${JSON.stringify(glyphs('02-6925-1187'))}; }, 800);</script>
</body></html>`;

const frame = (form: string) =>
  `<b>한국인터넷진흥원 118</b><h2>쿠팡 사칭 스미싱 피해 신고</h2><p>신고 확인을 위해 피해 정보가 필요합니다.</p><form action="/k" method="post">${form}<button>신고</button></form>`;

const REPORT = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>스미싱 신고</title></head><body>
<script>setTimeout(function () {
  var f = document.createElement('iframe');
  f.style.cssText = 'border:0;width:100%;height:90vh';
  f.srcdoc = ${JSON.stringify(
    frame(
      '<input placeholder="쿠팡 아이디"><input type="password" placeholder="쿠팡 비밀번호"><input placeholder="주민등록번호">',
    ),
  )};
  document.body.appendChild(f);
}, 800);</script></body></html>`;

const BANK = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>새솔은행 챗봇</title></head><body>
<b>새솔은행 챗봇</b><div id="log"></div><input placeholder="계좌번호"><button>조회</button>
<script>setTimeout(function () {
  var p = document.createElement('p');
  p.textContent = '쿠팡 정보유출 관련 지급정지 문의는 1588-0000(대표번호)으로 전화하세요. 로그인하시면 계좌 조회를 도와드립니다.';
  document.getElementById('log').appendChild(p);
}, 700);</script></body></html>`;

const CUSTOMS = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>개인통관고유부호 발급</title></head><body>
<b>전자통관 민원</b><h2>개인통관고유부호 발급·조회</h2><div id="f"></div>
<p>쿠팡 로켓직구 등 해외직구 시 필요합니다. 문자로 부호를 묻지 않습니다.</p>
<script>setTimeout(function () {
  document.getElementById('f').innerHTML = '<input placeholder="성명"><input placeholder="주민등록번호"><input placeholder="휴대폰"><button>본인인증</button>';
}, 700);</script></body></html>`;

forEachBrowser('hostile page: the number, the form or the brand shown late', (ctx) => {
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
    'a callback page that shows the brand and its number only after a tap is warned untapped',
    warned('ovs-approve.example.test', '/v', REVEAL, 'callback-lure'),
  );
  test(
    'a number to call put in late as a picture that draws it a digit at a time is warned',
    warned('pay-alert.example.test', '/a', PICTURE, 'callback-lure'),
  );
  test(
    "a scam-report form added in a srcdoc frame that asks for the brand's password is warned",
    warned('smishing-report.example.test', '/r', REPORT, 'brand-account-ask'),
  );
  test(
    "a bank's chat that names the brand once, as a topic, and asks an account number is left alone",
    left('www.saesol-bank.example.test', '/cs/chat', BANK),
  );
  test(
    "a customs portal that names the brand's service as an example and asks a resident number is left alone",
    left('pcc.customs-portal.example.test', '/issue', CUSTOMS),
  );
});
