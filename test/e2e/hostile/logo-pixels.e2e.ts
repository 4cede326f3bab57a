import { beforeAll, expect, test } from 'vitest';
import { forEachBrowser, type Session } from '../harness';
import { expectNoWarningFor, expectPageWarning, waitForPageVerdict } from '../page-helpers';
import { serveHtml } from './bg-helpers';
import { FORM, PAINT } from './wordmark-page';

/**
 * Issue #11, logos by their pixels: a kit that shows Coupang's wordmark only as a raster — no alt text, no file
 * name, no words of the brand anywhere — above a password form, on a random host. The page's own script paints
 * the mark (a stand-in: the word "coupang" in the five colours, in the browser's sans-serif) and shows it as a
 * canvas-made data: PNG in an <img>; its next moves paint it on a <canvas>, as a data: background, or cut in two
 * images. Warned in every case. An honest page that shows a row of partner shops' logos (this one among them)
 * above its own login stays clean.
 */

const kit = (top: string, script: string) =>
  `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>로그인</title></head><body>${PAINT}
<div class="top">${top}</div><h2>회원 로그인</h2>${FORM}<script>${script}</script></body></html>`;

const KITS: [string, string][] = [
  [
    'an <img> with a canvas-made data: PNG and no alt',
    kit(
      `<img id="m" style="width:200px">`,
      `document.getElementById('m').src = paint('coupang', FIVE).toDataURL('image/png');`,
    ),
  ],
  [
    'a <canvas> the page painted',
    kit(
      `<span id="m"></span>`,
      `var c = paint('coupang', FIVE); c.style.width = '200px'; document.getElementById('m').appendChild(c);`,
    ),
  ],
  [
    'a data: background-image on a div',
    kit(
      `<div id="m" style="width:200px;height:48px;background-size:contain;background-repeat:no-repeat"></div>`,
      `document.getElementById('m').style.backgroundImage = 'url(' + paint('coupang', FIVE).toDataURL() + ')';`,
    ),
  ],
  [
    'two images side by side ("coup" + "ang")',
    kit(
      `<div><img id="a" style="height:40px;vertical-align:top"><img id="b" style="height:40px;vertical-align:top"></div>`,
      `var whole = paint('coupang', FIVE), w = whole.width, cut = Math.round(w * 0.55);
       function part(x0, x1) { var c = document.createElement('canvas'); c.width = x1 - x0; c.height = whole.height;
         c.getContext('2d').drawImage(whole, -x0, 0); return c.toDataURL(); }
       document.getElementById('a').src = part(0, cut); document.getElementById('b').src = part(cut, w);`,
    ),
  ],
];

const HONEST = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>캐시백 적립 로그인</title></head><body>${PAINT}
<div class="partners"><p>제휴 쇼핑몰</p><ul style="display:flex;gap:28px;list-style:none;padding:0"><li><img id="s1" style="height:36px"></li><li><img id="s2" style="height:36px"></li><li><img id="s3" style="height:36px"></li></ul></div>
<h2>로그인하고 적립금을 받으세요</h2>${FORM}
<script>
document.getElementById('s1').src = paint('11st', ['#FF0038']).toDataURL();
document.getElementById('s2').src = paint('coupang', FIVE).toDataURL();
document.getElementById('s3').src = paint('gmarket', ['#00B200', '#00B200', '#1E3FFF']).toDataURL();
</script></body></html>`;

forEachBrowser('hostile: a logo shown only as pixels', (ctx) => {
  let s: Session;
  beforeAll(async () => {
    KITS.forEach(([, html], i) => serveHtml(ctx, `member-check${i}.example.test`, html));
    serveHtml(ctx, 'cashback-partners.example.test', HONEST);
    s = await ctx.start({ locale: 'en' });
  });

  KITS.forEach(([name], i) => {
    test(`a fake login with the wordmark as ${name} is warned`, async () => {
      const tab = await s.newTab(ctx.server.url(`member-check${i}.example.test`, '/login'));
      const shown = await expectPageWarning(s, tab, 20_000);
      expect(shown.kind).toBeTruthy();
      await tab.close();
    });
  });

  test('an honest login under a row of partner shops’ logos stays clean', async () => {
    const tab = await s.newTab(ctx.server.url('cashback-partners.example.test', '/login'));
    const id = await s.tabIdOf('cashback-partners.example.test');
    await waitForPageVerdict(s, id, 'clean');
    await expectNoWarningFor(tab, 4000);
    await tab.close();
  });
});
