import { beforeAll, expect, test } from 'vitest';
import { forEachBrowser, poll, type Session } from '../harness';
import { expectNoWarningFor, startReady } from '../page-helpers';

/**
 * Red team 36 saw Firefox stop dead on pages with a `sandbox` `srcdoc` frame (an honest blog's guestbook) and
 * on a `blob:` top document (docs/threat-model.md, "Firefox and sandboxed frames"). Honest pages of both shapes
 * must load, stay unwarned and take typing, in every browser: a post about 쿠팡 로켓배송 (the gate opens on the
 * top page) with a guestbook in a `sandbox="allow-scripts allow-forms"` srcdoc frame (opaque origin, its own
 * password box to edit an entry), and a notes app that opens its lock screen as a `blob:` document.
 * The frame posts what reaches its boxes to the top page, which keeps it for the test.
 */
const esc = (html: string) => html.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

const GUESTBOOK = `<!doctype html><meta charset="utf-8"><script>
document.addEventListener('input', function (e) { parent.postMessage({ id: e.target.id, v: e.target.value }, '*'); }, true);
</script><div style="font-family:sans-serif;padding:10px"><b>방명록</b>
<input id="gname" placeholder="이름" style="position:absolute;left:40px;top:40px;width:200px;height:30px">
<input id="pw" type="password" placeholder="비밀번호(수정용)" style="position:absolute;left:40px;top:90px;width:200px;height:30px">
<textarea id="gmsg" style="position:absolute;left:40px;top:140px;width:300px;height:60px"></textarea></div>`;

const BLOG = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>로켓배송 한 달 써 본 후기 - 살림 블로그</title>
<script>window.got = {}; addEventListener('message', function (e) { if (e.data && e.data.id) got[e.data.id] = e.data.v; });</script>
</head><body style="margin:0"><article style="font-family:sans-serif;max-width:640px;margin:10px 20px;height:150px">
<h1>쿠팡 로켓배송 한 달 써 본 후기</h1><p>쿠팡 와우 멤버십으로 한 달 동안 생필품을 주문해 봤습니다. 대부분 다음 날 아침에
도착했고 포장도 깔끔했습니다.</p></article>
<iframe sandbox="allow-scripts allow-forms" srcdoc="${esc(GUESTBOOK)}"
 style="border:0;width:420px;height:240px;position:absolute;left:0;top:200px"></iframe>
<footer style="position:absolute;top:460px">© 살림 블로그</footer></body></html>`;

const LOCK = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>메모장 잠금</title></head><body>
<h1>메모장</h1><p>잠금을 풀려면 메모장 비밀번호를 입력하세요.</p><input id="pw" type="password"></body></html>`;
const NOTES = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>메모장</title></head><body><p>여는 중…</p>
<script>location.href = URL.createObjectURL(new Blob([${JSON.stringify(LOCK).replace(/</g, '\\u003c')}], { type: 'text/html' }));</script>
</body></html>`;

forEachBrowser('hostile page: honest pages with a sandboxed srcdoc frame or a blob: document', (ctx) => {
  let s: Session;
  beforeAll(async () => {
    s = await startReady(ctx);
  });

  // In Firefox the click into the frame's password box wedged the tab (red team 36, rt36ff; docs/threat-model.md,
  // "Firefox and sandboxed frames"): the frame's second chance held the focus, could not load the scorer, gave the
  // focus back, and that focus was checked again. The focus the hold gives back is no longer checked, and a scorer
  // that cannot load holds three times at most.
  test('a blog with a sandboxed srcdoc guestbook loads, is not warned, and its frame takes typing', async () => {
    ctx.server.page('salim-blog.example.test', '/post/12', BLOG);
    const tab = await s.newTab(ctx.server.url('salim-blog.example.test', '/post/12'));
    await expectNoWarningFor(tab, 3_000);
    await tab.mouseClick(140, 306); // the frame's password box
    await tab.keyboard('hunter2');
    await poll(
      () => tab.evaluate(() => (window as unknown as { got: Record<string, string> }).got.pw ?? ''),
      (v) => v === 'hunter2',
      5_000,
      'the guestbook frame to get the typing',
    );
    await expectNoWarningFor(tab, 1_000);
    await tab.close();
  });

  // Firefox too: rt36ff's one Firefox run of this file (srcdoc case skipped) did not finish in 120 s on a loaded
  // machine, cause not found — un-skipped with the hold's fix (hold1) to be seen in Firefox; if it still hangs,
  // skip it again there with what the run showed.
  test('a notes app whose lock screen is a blob: document loads, is not warned, and takes typing', async () => {
    ctx.server.page('memo-app.example.test', '/', NOTES);
    const tab = await s.newTab(ctx.server.url('memo-app.example.test', '/'));
    await tab.waitForUrl(/^blob:/, 10_000);
    await tab.waitFor(() => !!document.querySelector('#pw'));
    // read for 3 s: still the lock screen (the warning would be an extension page)
    await new Promise((r) => setTimeout(r, 3_000));
    expect(await tab.evaluate(() => location.protocol)).toBe('blob:');
    await tab.type('#pw', 'hunter2');
    expect(await tab.evaluate(() => (document.querySelector('#pw') as HTMLInputElement).value)).toBe(
      'hunter2',
    );
    expect(await tab.evaluate(() => location.protocol)).toBe('blob:');
    await tab.close();
  });
});
