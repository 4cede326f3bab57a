import { beforeAll, expect, test } from 'vitest';
import { COUPANG_COLOURS, blank, drawWord, fill, gif } from '../../page/logo-standins';
import { forEachBrowser, type Session } from '../harness';
import { expectNoWarningFor, expectPageWarning, waitForPageVerdict } from '../page-helpers';
import { serveHtml } from './bg-helpers';
import { FORM, PAINT } from './wordmark-page';

/**
 * Issue #11, red team 31 class 2: where the pixel reader (lib/page/logo-read.ts) did not look. A kit shows
 * Coupang's wordmark only as a picture above a password form on a random host, and puts it where the reader
 * did not read: a fixed header on a page that scrolls itself 2,400 px down, a `::before{content:url(data:…)}`,
 * a <video> fed by a detached canvas's captureStream(), behind 36 transparent images that spent the budget
 * (18 at opacity 0, 18 visible but empty, stacked over the header's corner), and an animated GIF whose first frame is blank for 20 ms. Each page's
 * own script or CSS does it; each is warned. The honest twin (a shop's own login under an animated GIF banner
 * whose first frame is blank too, its own name in text) stays clean.
 */

const kit = (top: string, script: string, head = '', after = '') =>
  `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>로그인</title>${head}</head><body>${PAINT}
<div class="top">${top}</div>${after}<h2>회원 로그인</h2>${FORM}<script>${script}</script></body></html>`;

const WORD = drawWord('coupang', COUPANG_COLOURS, { scale: 3, pad: 6 });
const EMPTY = blank(WORD.width, WORD.height, [255, 255, 255]);
/** the wordmark for ten minutes after a blank first frame of 20 ms */
const MARK_GIF = gif([
  [EMPTY, 2],
  [WORD, 60000],
]);
/** an honest banner: a blank first frame, then a brown checker pattern */
const checker = blank(WORD.width, WORD.height, [255, 255, 255]);
for (let x = 0; x < checker.width; x += 16)
  for (let y = 0; y < checker.height; y += 14)
    if ((x / 16 + y / 14) % 2) fill(checker, x, y, 16, 7, [0x9d, 0x4e, 0x19]);
const BANNER_GIF = gif([
  [EMPTY, 2],
  [checker, 50],
]);

const KITS: [string, string][] = [
  [
    'a fixed header on a page that scrolls itself 2,400 px down',
    kit(
      `<img id="m" style="width:200px">`,
      `document.getElementById('m').src = paint('coupang', FIVE).toDataURL();
       scrollTo(0, 2400); addEventListener('load', function () { scrollTo(0, 2400); });`,
      '<style>.top{position:fixed;top:0;left:0;right:0;background:#fff}</style>',
      '<div style="height:2400px"></div>',
    ),
  ],
  [
    'a ::before content:url(data:…) on an empty span',
    kit(
      `<span class="hd"></span>`,
      `var st = document.createElement('style');
       st.textContent = '.hd::before{content:url(' + paint('coupang', FIVE, 40).toDataURL() + ');display:inline-block}';
       document.head.appendChild(st);`,
    ),
  ],
  [
    'a <video> fed by a detached canvas’s captureStream()',
    kit(
      `<video id="v" width="200" height="48" muted autoplay playsinline></video>`,
      `var c = paint('coupang', FIVE), v = document.getElementById('v');
       v.srcObject = c.captureStream(10); v.play();
       setInterval(function () { var x = c.getContext('2d'); x.fillStyle = '#fff'; x.fillRect(0, 0, 1, 1); }, 200);`,
    ),
  ],
  [
    'an image after 36 transparent ones that spend the budget',
    kit(
      `<img id="m" style="width:200px">`,
      `var e = document.createElement('canvas'); e.width = 96; e.height = 24; var empty = e.toDataURL();
       for (var i = 0; i < 36; i++) { var im = new Image(96, 24); im.src = empty;
         im.style.cssText = 'position:absolute;left:4px;top:' + (2 + i) + 'px' + (i % 2 ? ';opacity:0' : '');
         document.body.insertBefore(im, document.body.firstChild); }
       document.getElementById('m').src = paint('coupang', FIVE).toDataURL();`,
    ),
  ],
  ['an animated GIF whose first frame is blank', kit(`<img src="${MARK_GIF}" width="200">`, '')],
];

/**
 * Red team 30's r08 with the wordmark: the mark painted on a header <canvas> by a script file (no inline script
 * names or paints anything), at once or 2.5 s after the page loaded (after the reader first saw the canvas blank).
 */
const fileKit = (delayMs: number) => {
  const js = `${PAINT.replace(/<\/?script>/g, '')}
function show() { var c = document.getElementById('m'), x = c.getContext('2d'), p = paint('coupang', FIVE);
  x.fillStyle = '#fff'; x.fillRect(0, 0, c.width, c.height); x.drawImage(p, 0, 0, c.width, (p.height * c.width) / p.width); }
${delayMs ? `addEventListener('load', function () { setTimeout(show, ${delayMs}); });` : 'show();'}`;
  return `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>로그인</title></head><body>
<div class="top"><canvas id="m" width="300" height="74" style="width:200px"></canvas></div><h2>회원 로그인</h2>${FORM}
<script src="data:text/javascript;base64,${Buffer.from(js).toString('base64')}"></script></body></html>`;
};
KITS.push(
  ['a header <canvas> a script file paints', fileKit(0)],
  ['a header <canvas> a script file paints 2.5 s after load', fileKit(2500)],
);

const HONEST = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>하루마켓 로그인</title></head><body>
<div class="top"><b style="color:#2a8f5a;font-size:20px">하루마켓</b> 동네 장보기</div>
<img src="${BANNER_GIF}" width="200" alt=""><canvas id="chart" width="300" height="74" style="width:200px"></canvas>
<h2>하루마켓 로그인</h2>${FORM}<script>
// (its own chart, five coloured bars a script paints after load: read again while blank, never a mark)
addEventListener('load', function () { setTimeout(function () {
  var x = document.getElementById('chart').getContext('2d');
  ['#9D4E19', '#FF4311', '#FFC100', '#71CE00', '#00B7E2'].forEach(function (c, i) {
    x.fillStyle = c; x.fillRect(10 + i * 56, 70 - 12 * (i + 1), 40, 12 * (i + 1)); });
}, 2500); });</script></body></html>`;

forEachBrowser('hostile: a wordmark where the pixel reader did not look', (ctx) => {
  let s: Session;
  beforeAll(async () => {
    KITS.forEach(([, html], i) => serveHtml(ctx, `member-where${i}.example.test`, html));
    serveHtml(ctx, 'harumarket.example.test', HONEST);
    s = await ctx.start({ locale: 'en' });
  });

  KITS.forEach(([name], i) => {
    // (the canvas painted 2.5 s after load was warned in Firefox in 1 of 3 runs: its rescans in the page's first
    // seconds spent the canvas's three re-reads before the paint — fxcanvas, lib/page/logo-where.ts blankRereads)
    test(`a fake login with the wordmark as ${name} is warned`, async () => {
      const tab = await s.newTab(ctx.server.url(`member-where${i}.example.test`, '/login'));
      const shown = await expectPageWarning(s, tab, 20_000);
      expect(shown.kind).toBeTruthy();
      await tab.close();
    });
  });

  test('an honest login under an animated banner with a blank first frame and a chart painted late stays clean', async () => {
    const tab = await s.newTab(ctx.server.url('harumarket.example.test', '/login'));
    const id = await s.tabIdOf('harumarket.example.test');
    await waitForPageVerdict(s, id, 'clean');
    // (past the reads of its chart 2, 4 and 8 s after the first)
    await expectNoWarningFor(tab, 12_000);
    await tab.close();
  });
});
