import { readFileSync } from 'node:fs';
import { beforeAll, expect, test } from 'vitest';
import { forEachBrowser, type Session } from '../harness';
import { expectNoWarningFor, startReady } from '../page-helpers';
import { first, KEYLOGGER, userTypes, victimTypes } from './kit';

/**
 * Red team 42: a kit author who read red team 41's picture reader (lib/page/picture-read.ts: at the second chance,
 * on a page of almost no words, its first three pictures of the page's origin read for the brand's drawn name).
 * Every kit is red team 40's p1 (a sign-in drawn as one picture, transparent boxes over it, no word in markup), the
 * picture shown another way by the page's own script:
 * - d3: three pictures before it (icons the page draws into canvases in a bar above the sign-in);
 * - cv: the sign-in drawn into a <canvas> by the page's script instead of a background;
 * - ly: a second background layer over it, a transparent picture of its own (`background: url(clear), url(bg)`);
 * - hg: the sign-in drawn twelve times larger (4,320×3,600) into a blob picture shown at 360×300: the decode;
 * - so: the picture served once, a blank one to every later request of its address (a reader that asks again);
 * - cb: the brand's name on a colour band (the picture multiplied onto a red band at its top);
 * - sl: three layers of four background pictures each over the sign-in, under the box, that never finish loading.
 * Honest twins: a bakery's sign-in drawn in a picture of its own after three icons (hd3), in a canvas (hcv), and
 * twelve times larger (hhg): clean, and the typing taken.
 */
const fixture = (p: string) => readFileSync(new URL(`../../fixtures/${p}`, import.meta.url));
const CLEAR = `data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='360' height='300'/%3E`;
const BLANK = `<svg xmlns="http://www.w3.org/2000/svg" width="360" height="300"><rect width="360" height="300" fill="#fff"/></svg>`;

/** the boxes over the picture; `under` is what shows the picture (a background, a canvas, an <img>) */
const pixels = (bg: string, under = '', before = '', script = '') => `<!doctype html><html lang="ko"><head>
<meta charset="utf-8"><title></title>
<style>.pic{position:relative;width:360px;height:300px;margin:30px auto;background:${bg}}
.pic canvas,.pic img{position:absolute;left:0;top:0;width:360px;height:300px}
.pic input,.pic button{position:absolute;left:21px;width:316px;height:36px;border:0;background:transparent;font-size:15px;padding:0 8px}
.bar canvas{margin:4px}</style></head><body>${before}<div class="pic">${under}<form onsubmit="return false">
<input id="a1" type="text" style="top:87px"><input id="a2" type="password" style="top:159px">
<button style="top:214px;height:42px"></button></form></div><script>${script}</script></body></html>`;

/** three icons the page draws, each 60×40 (2,400 px²), in a bar above the sign-in */
const ICONS = `<div class="bar" style="text-align:center"><canvas width="60" height="40"></canvas><canvas width="60" height="40"></canvas><canvas width="60" height="40"></canvas></div>`;
const DRAW_ICONS = `document.querySelectorAll('.bar canvas').forEach(function (c, i) { var g = c.getContext('2d');
g.fillStyle = ['#e33', '#3a3', '#33e'][i]; g.beginPath(); g.arc(30, 20, 16, 0, 7); g.fill(); });`;
/** the picture drawn into the sign-in's canvas, `k` times its size */
const drawInto = (
  src: string,
  k = 1,
) => `(function () { var c = document.querySelector('.pic canvas'); var im = new Image();
im.onload = function () { c.width = 360 * ${k}; c.height = 300 * ${k}; var g = c.getContext('2d');
g.drawImage(im, 0, 0, c.width, c.height); }; im.src = ${JSON.stringify(src)}; })();`;
/** the picture drawn `k` times larger into a blob shown by an <img> at its size */
const hugeImg = (src: string, k: number) => `(function () { var im = new Image(); im.onload = function () {
var c = document.createElement('canvas'); c.width = 360 * ${k}; c.height = 300 * ${k}; var g = c.getContext('2d');
g.drawImage(im, 0, 0, c.width, c.height); c.toBlob(function (b) { var i = document.createElement('img');
i.src = URL.createObjectURL(b); var p = document.querySelector('.pic'); p.insertBefore(i, p.firstChild); }); };
im.src = ${JSON.stringify(src)}; })();`;
/** the picture multiplied onto a red band over its top 70 px */
const BAND = `(function () { var c = document.querySelector('.pic canvas'); var im = new Image(); im.onload = function () {
var g = c.getContext('2d'); g.fillStyle = '#fff'; g.fillRect(0, 0, 360, 300); g.fillStyle = '#d11';
g.fillRect(0, 0, 360, 70); g.globalCompositeOperation = 'multiply'; g.drawImage(im, 0, 0); }; im.src = '/i/bg.png'; })();`;
const CANVAS = '<canvas width="360" height="300"></canvas>';
/** three boxes inside the sign-in, each of four background pictures whose answer never comes */
const SLOW = [0, 1, 2]
  .map((k) => {
    const layers = [0, 1, 2, 3].map((j) => `url(/i/slow-${k}-${j}.png)`).join(',');
    return `<div style="position:absolute;left:${4 + k * 4}px;top:${4 + k * 4}px;right:${4 + k * 4}px;bottom:${4 + k * 4}px;background:${layers}"></div>`;
  })
  .join('');

const KITS = {
  d3: pixels('url(/i/bg.png) no-repeat', '', ICONS, DRAW_ICONS),
  cv: pixels('none', CANVAS, '', drawInto('/i/bg.png')),
  ly: pixels(`url("${CLEAR}") no-repeat, url(/i/bg.png) no-repeat`),
  hg: pixels('none', '', '', hugeImg('/i/bg.png', 12)),
  so: pixels('url(/i/once.png) no-repeat'),
  cb: pixels('none', CANVAS, '', BAND),
  sl: pixels('url(/i/bg.png) no-repeat', SLOW),
};
const HONEST = {
  hd3: pixels('url(/i/bakery.png) no-repeat', '', ICONS, DRAW_ICONS),
  hcv: pixels('none', CANVAS, '', drawInto('/i/bakery.png')),
  hhg: pixels('none', '', '', hugeImg('/i/bakery.png', 12)),
};

forEachBrowser('hostile page: the picture reader played by a kit that read it', (ctx) => {
  let s: Session;
  beforeAll(async () => {
    s = await startReady(ctx);
  });
  const serve = (host: string, html: string) => {
    ctx.server.page(host, '/i/bg.png', fixture('images/rt40-pixels-login.png'), 'image/png');
    ctx.server.page(host, '/i/bakery.png', fixture('images/rt41-bakery-login.png'), 'image/png');
    let once = 0;
    // (so: the sign-in to the first request of its address, a blank picture of its size to every later one)
    ctx.server.route(host, (req, res) => {
      // (sl: never answered)
      if (req.url?.startsWith('/i/slow-')) return;
      if (!req.url?.startsWith('/i/once.png')) return void res.writeHead(404).end();
      if (once++ === 0)
        res
          .writeHead(200, { 'content-type': 'image/png', 'cache-control': 'no-store' })
          .end(fixture('images/rt40-pixels-login.png'));
      else res.writeHead(200, { 'content-type': 'image/svg+xml', 'cache-control': 'no-store' }).end(BLANK);
    });
    ctx.server.page(host, '/login', first(html, KEYLOGGER));
  };

  for (const [name, html] of Object.entries(KITS))
    test(`${name}: no key reaches the kit`, async () => {
      const host = `rt42-${name}.example.test`;
      serve(host, html);
      const tab = await s.newTab(ctx.server.url(host, '/login'));
      await tab.bringToFront();
      expect(await victimTypes(s, ctx.server, tab, host, '#a2')).toEqual({ got: 0, warned: true });
    });

  for (const [name, html] of Object.entries(HONEST))
    test(`${name}: honest, stays clean and takes the typing`, async () => {
      const host = `rt42-${name}.example.test`;
      serve(host, html);
      const tab = await s.newTab(ctx.server.url(host, '/login'));
      await tab.bringToFront();
      await expectNoWarningFor(tab, 5_000);
      await userTypes(tab, '#a2', 'hunter2');
      expect(await tab.evaluate(() => (document.querySelector('#a2') as HTMLInputElement).value)).toBe(
        'hunter2',
      );
      await expectNoWarningFor(tab, 1_500);
      await tab.close();
    });
});
