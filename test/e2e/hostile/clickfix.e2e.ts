import { beforeAll, expect, test } from 'vitest';
import { forEachBrowser, type Session } from '../harness';
import { expectNoWarningFor } from '../page-helpers';
import { expectPageWarning, isWarningUrl } from './kit';

/**
 * ClickFix against a guard whose source the kit has read (issue #11, author N's class): a fake "human check" that
 * names the brand only in coloured spans, puts its command on the clipboard from character codes when the reader
 * ticks the box, and tells the reader to press "Windows key + R, then Ctrl + V" as its next step. Next to it, an honest
 * how-to with a copy button and the same keys, which verifies nothing and must stay clean. The warning is looked at
 * in Korean and English, light and dark, desktop and 360 px wide (artifacts, not committed).
 */
const CMD = [...'cmd /c echo placeholder'].map((c) => c.charCodeAt(0)).join(',');
/**
 * How the steps come into view: at once; by the page's click handler (`hidden` off); by an inline style the kit
 * has already touched while the steps were still hidden (a guard that remembers what it has read must not
 * remember them as seen); or by CSS alone when the box is ticked (`:checked ~`, no change to the DOM at all).
 */
type Reveal = 'shown' | 'hidden' | 'touched' | 'css';
/** The script's name for the steps' element: the id itself, or (assembled) a name that says nothing of it. */
const v = (assembled: boolean) => (assembled ? 'box' : 'st');
const kit = (
  reveal: Reveal,
  // the steps' element found by an id the script assembles: no reader of the saved page can tell what it shows
  assembled = false,
): string => `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>보안 확인</title></head><body>
<header><b><span style="color:#7c2d12">쿠</span><span style="color:#e52528">팡</span></b> 보상 조회</header>
<style>.off{display:none}#cb:checked~#st.css{display:block}</style>
<h1>자동 접속 방지 확인</h1><input type="checkbox" id="cb"><label for="cb"> 로봇이 아닙니다</label>
<div id="st"${{ shown: '', hidden: ' hidden', css: ' class="off css"', touched: ' style="display:none"' }[reveal]}><p>추가 인증 단계</p><ol><li>Windows 키 + R 을 누르세요</li><li>Ctrl + V 를 눌러 인증 코드를 붙여 넣으세요</li><li>Enter 를 누르면 인증이 완료됩니다</li></ol></div>
<script>var ${v(assembled)}=document.getElementById(${assembled ? "['s','t'].join('')" : "'st'"});
${reveal === 'touched' ? `setTimeout(function(){${v(assembled)}.style.color='#333'},300);` : ''}
document.getElementById('cb').onclick=function(){try{navigator.clipboard.writeText(String.fromCharCode(${CMD}))}catch(e){}
${{ shown: '', hidden: `${v(assembled)}.hidden=false;`, css: '', touched: `${v(assembled)}.style.display='block';` }[reveal]}}</script>
</body></html>`;
const HOWTO = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>쿠팡 PC 앱 지우는 법</title></head><body>
<article><h1>쿠팡 PC 앱 지우는 법</h1><p>설정에서 앱이 보이지 않으면 프로그램 추가/제거 창을 바로 열 수 있습니다.</p>
<ol><li>Windows 키 + R 을 누르세요</li><li>Ctrl + V 로 붙여 넣고 Enter</li></ol><button id="b">appwiz.cpl 복사</button></article>
<script>document.getElementById('b').onclick=function(){navigator.clipboard.writeText('appwiz.cpl')}</script>
</body></html>`;

forEachBrowser('hostile page: ClickFix', (ctx) => {
  let s: Session;
  beforeAll(async () => {
    s = await ctx.start();
  });

  test('a human check that has the reader run a copied command is warned, and says so', async () => {
    const host = 'verify-human.example.test';
    ctx.server.page(host, '/c', kit('shown'));
    const tab = await s.newTab(ctx.server.url(host, '/c'));
    await tab.bringToFront();
    const w = await expectPageWarning(s, tab, 20_000);
    expect(w.state?.page?.reasons.map((r) => r.code)).toContain('asks-run-command');
    // Firefox's driver cannot emulate the colour scheme (no CDP): dark is looked at in Chromium
    for (const scheme of ctx.name === 'chromium' ? (['light', 'dark'] as const) : (['light'] as const)) {
      if (ctx.name === 'chromium') await tab.colorScheme(scheme);
      await ctx.screenshot(tab, `clickfix-warning-${scheme}-ko`);
    }
    await tab.setViewport(360, 740);
    await ctx.screenshot(tab, 'clickfix-warning-360-ko');
    await tab.close();
  });

  // Steps the page's own script shows when the reader ticks the box are read by the first scan, before the click
  // (the script names the element it shows), and so are steps hidden by the page's style sheet (no styles are
  // computed): the warning comes before the command is on the clipboard.
  for (const reveal of ['hidden', 'touched', 'css'] as const)
    test(`steps shown at the reader's click (${reveal}) are warned before the click`, async () => {
      const host = `verify-human-early-${reveal}.example.test`;
      ctx.server.page(host, '/c', kit(reveal));
      const tab = await s.newTab(ctx.server.url(host, '/c'));
      await tab.bringToFront();
      const w = await expectPageWarning(s, tab, 20_000);
      expect(w.state?.page?.reasons.map((r) => r.code)).toContain('asks-run-command');
      await tab.close();
    });

  // … and where the script finds the element by an id it assembles, the steps are read when they show, however
  // they are shown.
  for (const reveal of ['hidden', 'touched'] as const)
    test(`steps shown at the reader's click (${reveal}, assembled id) are read when they show`, async () => {
      const host = `verify-human-${reveal}.example.test`;
      ctx.server.page(host, '/c', kit(reveal, true));
      const tab = await s.newTab(ctx.server.url(host, '/c'));
      await tab.bringToFront();
      // the first scan has come and gone (the checkbox alone asks nothing)
      await new Promise((r) => setTimeout(r, 2_000));
      const before = isWarningUrl(s, await tab.evaluate(() => location.href).catch(() => ''));
      expect(before, 'warned before the steps showed').toBe(false);
      await tab.click('#cb');
      const w = await expectPageWarning(s, tab, 20_000);
      expect(w.state?.page?.reasons.map((r) => r.code)).toContain('asks-run-command');
      await tab.close();
    });

  test('a how-to with a copy button and the same keys is left alone', async () => {
    const host = 'pc-howto.example.test';
    ctx.server.page(host, '/h', HOWTO);
    const tab = await s.newTab(ctx.server.url(host, '/h'));
    await expectNoWarningFor(tab, 4_000);
    await tab.close();
  });

  test('the warning reads in English too', async () => {
    const en = await ctx.start({ locale: 'en' });
    const host = 'verify-human-en.example.test';
    ctx.server.page(host, '/c', kit('shown'));
    const tab = await en.newTab(ctx.server.url(host, '/c'));
    await tab.bringToFront();
    await expectPageWarning(en, tab, 20_000);
    await ctx.screenshot(tab, 'clickfix-warning-en');
    await tab.close();
  });
});
