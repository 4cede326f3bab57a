import { beforeAll, expect, test } from 'vitest';
import { forEachBrowser, type Session } from '../harness';
import { addToBody, expectNoWarningFor, startReady } from '../page-helpers';
import { expectPageWarning, kit, stolen, userTypes } from './kit';

/**
 * rt36ab (red team 36, classes A and B): the page's own script, before DOMContentLoaded, moves everything in its
 * body under 420 wrappers that draw no box (`display:contents`), or puts 50,000 empty elements first. The walk read
 * nothing past 400 levels and spent its element budget in document order. The honest twins are built the same
 * way: a bookstore login in a 420-deep component tree, a library catalogue of 50,000 elements with its login last.
 */
/** moves the body's children under n wrappers (a script, because a parser flattens deep markup) */
const sinks = (n: number) => `<script>
(function () {
  var b = document.body, top = document.createElement('div'), at = top;
  top.style.display = 'contents';
  for (var i = 1; i < ${n}; i++) { var d = document.createElement('div'); d.style.display = 'contents'; at.appendChild(d); at = d; }
  while (b.firstChild) at.appendChild(b.firstChild);
  b.appendChild(top);
})();
</script>`;
/** puts n empty elements in a box of no size first in the body */
const fills = (n: number) => `<script>
(function () {
  var box = document.createElement('div');
  box.style.cssText = 'position:absolute;width:0;height:0;overflow:hidden';
  box.innerHTML = new Array(${n} + 1).join('<b></b>');
  document.body.insertBefore(box, document.body.firstChild);
})();
</script>`;

const BOOKS = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>책마루 서점 로그인</title></head><body>
<header><h1>책마루 서점</h1></header><main><h2>회원 로그인</h2><form action="/login" method="post" onsubmit="return false">
<label>아이디 <input id="uid" name="id"></label><label>비밀번호 <input id="upw" type="password" name="pw"></label>
<button>로그인</button></form><p>책마루 회원이시면 포인트 적립과 주문 조회를 하실 수 있습니다.</p></main>
<footer>© 책마루서점 · 사업자등록번호 220-81-55555 · 서울 마포구</footer></body></html>`;

const LIBRARY = BOOKS.replace(/책마루 ?서점|책마루/g, '한솔시립도서관').replace(
  '<main>',
  `<main><h2>소장자료</h2><ul id="books"></ul><script>
(function () {
  var out = [];
  for (var i = 0; i < 26000; i++) out.push('<li><a href="/b/' + i + '">소장자료 ' + i + '</a></li>');
  document.getElementById('books').innerHTML = out.join('');
})();
</script>`,
);

forEachBrowser('hostile page: a walk cut by depth or by a budget the page spends', (ctx) => {
  let s: Session;

  beforeAll(async () => {
    s = await startReady(ctx);
  });

  test('a login clone its script moves 420 levels deep is warned at load', async () => {
    const host = 'deep-login.example.test';
    ctx.server.page(host, '/p', addToBody(kit(''), sinks(420)));
    const tab = await s.newTab(ctx.server.url(host, '/p'));
    await tab.bringToFront();
    const w = await expectPageWarning(s, tab, 20_000);
    expect(w.kind).toBe('suspicious-page');
    expect(stolen(ctx.server, host, 'key')).toHaveLength(0);
    await tab.close();
  });

  test('a login clone after 50,000 empty elements its script puts first is warned at load', async () => {
    const host = 'filled-login.example.test';
    ctx.server.page(host, '/p', addToBody(kit(''), fills(50_000)));
    const tab = await s.newTab(ctx.server.url(host, '/p'));
    await tab.bringToFront();
    const w = await expectPageWarning(s, tab, 20_000);
    expect(w.kind).toBe('suspicious-page');
    await tab.close();
  });

  test('an honest bookstore login 420 levels deep stays clean and takes the typing', async () => {
    const host = 'books.example.test';
    ctx.server.page(host, '/login', addToBody(BOOKS, sinks(420)));
    const tab = await s.newTab(ctx.server.url(host, '/login'));
    await tab.bringToFront();
    await expectNoWarningFor(tab, 3_000);
    await userTypes(tab, '#upw', 'hunter2');
    expect(await tab.evaluate(() => (document.getElementById('upw') as HTMLInputElement).value)).toBe(
      'hunter2',
    );
    await expectNoWarningFor(tab, 1_500);
    await tab.close();
  });

  // Was an open bug (docs/threat-model.md, red team 36 "Keys typed while the scorer loads"): when the scorer was not
  // yet in the frame at the first focus into the password box, the hold cancelled the keys typed until the page was
  // judged (~2 s on this page in Chromium) and the user's first characters were lost. The hold now keeps them and
  // types them into the box when the page is found fine.
  test('an honest catalogue of 50,000 elements with its login last stays clean and takes the typing', async () => {
    const host = 'library.example.test';
    ctx.server.page(host, '/books', LIBRARY);
    const tab = await s.newTab(ctx.server.url(host, '/books'));
    await tab.bringToFront();
    await expectNoWarningFor(tab, 3_000);
    await userTypes(tab, '#upw', 'hunter2');
    expect(await tab.evaluate(() => (document.getElementById('upw') as HTMLInputElement).value)).toBe(
      'hunter2',
    );
    await expectNoWarningFor(tab, 1_500);
    await tab.close();
  });
});
