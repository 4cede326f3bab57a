import { expect, test } from 'vitest';
import { forEachBrowser, type Session, type Tab } from './harness';
import { horizontalOverflow } from './ui-probes';

/**
 * The message check in real browsers: pasting a text on the check page and in the popup, the text handed over by
 * the context menu (which the browser creates), and link markers on a webmail page, where a marked link still
 * ends on the warning page.
 */
const SCAM = `[Web발신]
[쿠팡] 해외결제 승인 459,000원 완료. 본인이 아닐 경우 고객센터 1544-9921 로 즉시 문의바랍니다
확인: coupang-refund.com/cancel`;
const GENUINE =
  '[쿠팡] 고객님이 주문하신 상품이 배송 완료되었습니다. 배송 사진 확인: https://coupa.ng/cb1Xz9';

const api = 'return (globalThis.browser ?? globalThis.chrome)';

async function checkOn(tab: Tab, text: string): Promise<{ verdict: string; body: string }> {
  await tab.waitFor(() => document.querySelector('form.message-check textarea') !== null);
  await tab.evaluate((t: string) => {
    const box = document.querySelector<HTMLTextAreaElement>('form.message-check textarea')!;
    box.value = t;
  }, text);
  await tab.click('form.message-check button[type=submit]');
  await tab.waitFor(() => document.querySelector('.message-verdict') !== null);
  return tab.evaluate(() => ({
    verdict: document.querySelector<HTMLElement>('.message-verdict')?.dataset.verdict ?? '',
    body: document.querySelector<HTMLElement>('.message-result')?.innerText ?? '',
  }));
}

forEachBrowser('message check', (ctx) => {
  let s: Session;

  test("check page: a scam text in Coupang's name says not to call its number and to call 1577-7011", async () => {
    s = await ctx.start({ locale: 'ko' });
    const tab = await s.newTab(s.extensionUrl('check.html'));
    const r = await checkOn(tab, SCAM);
    expect(r.verdict).toBe('scam');
    expect(r.body).toContain('1544-9921');
    expect(r.body).toContain('1577-7011');
    expect(r.body).toContain('쿠팡을 사칭한 가짜 주소');
    // The message's own links and numbers are text, never links to tap.
    expect(await tab.evaluate(() => document.querySelectorAll('.message-result a').length)).toBe(0);
    await ctx.screenshot(tab, 'message-check-scam-ko');
    const calm = await checkOn(tab, GENUINE);
    expect(calm.verdict).toBe('clean');
    await tab.close();
  });

  test('check page at 360 px, light and dark: nothing scrolls sideways, the verdict is the first thing read', async () => {
    const tab = await s.newTab(s.extensionUrl('check.html'));
    await tab.setViewport(360, 740);
    // Firefox's driver cannot emulate the colour scheme (no CDP): dark is checked in Chromium.
    const schemes = ctx.name === 'chromium' ? (['light', 'dark'] as const) : (['light'] as const);
    for (const scheme of schemes) {
      if (ctx.name === 'chromium') await tab.colorScheme(scheme);
      const r = await checkOn(tab, SCAM);
      expect(r.verdict).toBe('scam');
      expect(await horizontalOverflow(tab)).toBeLessThanOrEqual(0);
      // the verdict's heading sits above the details, in the first screen of a phone
      const top = await tab.evaluate(
        () => document.querySelector('.message-verdict')?.getBoundingClientRect().top ?? 9999,
      );
      expect(top).toBeLessThan(740);
      await ctx.screenshot(tab, `message-check-360-${scheme}-ko`);
    }
    await tab.close();
  });

  test('popup: the same check folded under the page verdict', async () => {
    const tab = await s.newTab(s.extensionUrl('popup.html?tab=0'));
    await tab.waitFor(() => document.querySelector('details.message-check-box') !== null);
    await tab.click('details.message-check-box > summary');
    const r = await checkOn(tab, SCAM);
    expect(r.verdict).toBe('scam');
    await tab.close();
  });

  test('the context menu item exists and hands the selected text to the check page once', async () => {
    const exists = await s.evalInExtension(
      new Function(
        `${api}.contextMenus.update('coupang-guard-check-selection', {}).then(() => true, () => false);`,
      ) as () => Promise<boolean>,
    );
    expect(exists).toBe(true);
    // The menu's click handler stores the selection under a random id and opens check.html?s=<id>: do the same.
    await s.evalInExtension((text: string) => {
      const b = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
      return b.storage.session.set({ 'selection:e2e-selection-1': text });
    }, SCAM);
    const tab = await s.newTab(s.extensionUrl('check.html?s=e2e-selection-1'));
    await tab.waitFor(() => document.querySelector('.message-verdict') !== null);
    expect(
      await tab.evaluate(() => document.querySelector<HTMLElement>('.message-verdict')?.dataset.verdict),
    ).toBe('scam');
    // Taken once: a second open shows an empty box, not the text again.
    const again = await s.newTab(s.extensionUrl('check.html?s=e2e-selection-1'));
    await again.waitFor(() => document.querySelector('textarea') !== null);
    expect(await again.evaluate(() => document.querySelector('textarea')?.value)).toBe('');
    await tab.close();
    await again.close();
  });

  test('webmail: look-alike and known-bad links get a marker, others none; a marked link ends on the warning', async () => {
    ctx.server.page(
      'mail.naver.com',
      '/read',
      `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>메일</title></head><body>
       <div class="mail-body"><p>[쿠팡] 환불 안내</p>
       <a id="fake" href="http://coupang-refund.com/cancel" target="_self">환불 신청</a>
       <a id="bad" href="http://coupang-shop.com/">쿠팡몰</a>
       <a id="real" href="http://www.coupang.com/">쿠팡</a>
       <a id="other" href="http://news.example.test/">뉴스</a></div>
       <script>setTimeout(() => { const a = document.createElement('a'); a.id = 'late'; a.href = 'http://xn--coupng-6nf.com/';
         a.textContent = 'late'; document.querySelector('.mail-body').append(a); }, 700);</script>
       </body></html>`,
    );
    ctx.server.page('coupang-refund.com', '/cancel', '<!doctype html><title>fake</title><p>fake');
    const tab = await s.newTab(ctx.server.url('mail.naver.com', '/read'));
    await tab.waitFor(
      () =>
        ['fake', 'bad', 'late'].every(
          (id) => document.getElementById(id)?.nextElementSibling?.localName === 'coupang-guard-mark',
        ),
      undefined,
      10_000,
    );
    const marked = await tab.evaluate(() =>
      ['fake', 'bad', 'real', 'other', 'late'].filter(
        (id) => document.getElementById(id)?.nextElementSibling?.localName === 'coupang-guard-mark',
      ),
    );
    expect(marked).toEqual(['fake', 'bad', 'late']);
    // The marker's text is out of the page's reach (closed shadow root), and it is visible.
    expect(
      await tab.evaluate(() => {
        const m = document.getElementById('fake')!.nextElementSibling as HTMLElement;
        return { shadow: m.shadowRoot, w: m.getBoundingClientRect().width };
      }),
    ).toMatchObject({ shadow: null });
    await ctx.screenshot(tab, 'webmail-markers');
    await tab.click('#fake');
    await tab.waitForUrl((u) => u.includes('warning.html'), 10_000);
    await tab.close();
  });
});
