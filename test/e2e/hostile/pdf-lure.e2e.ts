import { beforeAll, expect, test } from 'vitest';
import { forEachBrowser, type Session } from '../harness';
import { poll } from '../harness';
import { isWarningUrl, startReady, tabState } from '../page-helpers';
import { cidPdf, codes } from '../../pdf/build';
import { js } from './kit';

/**
 * Red team 34, class B: a call-only lure served as a PDF (application/pdf). The browser draws it in its own viewer
 * (Chromium: the top document holds only the viewer's <embed>; Firefox: pdf.js, where no content script runs), so
 * the page guard has no DOM to read. The PDFs are built here, object by object: Hangul in a CID font mapped through
 * a ToUnicode CMap (as Chromium's printer and most generators write it), the lure's title in /Title.
 */
const LINES = [
  'coupang',
  '[쿠팡] 해외 결제 승인 안내',
  '쿠팡 고객님, 해외 결제 1,290,000원이 승인되었습니다.',
  '본인이 결제하지 않았다면 오늘 안에 결제 취소 전담팀으로 전화하십시오.',
  '당일 미신고 시 취소가 불가합니다.',
  '결제 취소 전담팀: 070-7701-2233 (24시간 상담)',
];
const ADVICE_LINES = [
  '"쿠팡 결제 승인" 문자를 받았다면',
  '문자 속 번호로 전화하지 말고 쿠팡 고객센터 1577-7011에 직접 확인하세요.',
  '피해를 입었다면 112나 금융감독원 1332에 신고하세요.',
];

/** One page, one line per text line, every character a 2-byte code of a font with a ToUnicode CMap. */
function linesPdf(lines: string[], title: string): Buffer {
  const alphabet = [...new Set(lines.join(''))].join('');
  const content = lines
    .map((l, i) => `BT /F1 14 Tf 1 0 0 1 40 ${800 - i * 24} Tm ${codes(alphabet, l)} Tj ET`)
    .join('\n');
  return Buffer.from(cidPdf(alphabet, content, title));
}

/**
 * Waits until a tab shows the warning page for `url` and returns the background's record of it. Asked of the
 * browser's tab list: in Firefox the harness's page object stays on pdf.js's document and never sees the tab leave.
 */
async function warnedAbout(s: Session, url: string) {
  const tabs = await poll(
    () => s.tabAddresses(),
    (ts) => ts.some((t) => isWarningUrl(s, t.url) && t.url.includes(encodeURIComponent(url))),
    20_000,
    `the warning page for ${url}`,
  );
  const id = tabs.find((t) => isWarningUrl(s, t.url) && t.url.includes(encodeURIComponent(url)))!.id;
  return tabState(s, id);
}

forEachBrowser('hostile page: a lure served as a PDF', (ctx) => {
  let s: Session;
  beforeAll(async () => {
    s = await startReady(ctx);
  });

  test('a call-only lure as a PDF, at an address that does not say pdf, is warned', async () => {
    const host = 'pay-cancel-desk.example.test';
    ctx.server.page(host, '/notice', linesPdf(LINES, '[쿠팡] 결제 승인 안내'), 'application/pdf');
    const url = ctx.server.url(host, '/notice');
    const tab = await s.newTab(url);
    await tab.bringToFront();
    const state = await warnedAbout(s, url);
    expect(state?.kind).toBe('suspicious-page');
    expect(state?.page?.reasons.map((r) => r.code)).toContain('callback-lure');
    await tab.close();
  });

  // The link points into the document (`#page=1`, as PDF links often do): the tab commits the address with its
  // fragment, the response is for the file without it; both are the same PDF and it is read.
  test('a call-only lure PDF opened at a #page fragment is warned', async () => {
    const host = 'pay-notice-frag.example.test';
    ctx.server.page(host, '/view', linesPdf(LINES, '[쿠팡] 결제 승인 안내'), 'application/pdf');
    const url = ctx.server.url(host, '/view#page=1');
    const tab = await s.newTab(url);
    await tab.bringToFront();
    const tabs = await poll(
      () => s.tabAddresses(),
      (ts) => ts.some((t) => isWarningUrl(s, t.url) && t.url.includes(encodeURIComponent(host))),
      20_000,
      `the warning page for ${url}`,
    );
    const id = tabs.find((t) => isWarningUrl(s, t.url) && t.url.includes(encodeURIComponent(host)))!.id;
    expect((await tabState(s, id))?.kind).toBe('suspicious-page');
    await tab.close();
  });

  test("the page's own script sends the tab on to the PDF a second after load: warned", async () => {
    const host = 'order-check-24.example.test';
    ctx.server.page(host, '/doc', linesPdf(LINES, '결제 안내'), 'application/pdf');
    ctx.server.page(
      host,
      '/',
      `<!doctype html><html><head><meta charset="utf-8"><title>잠시만 기다려 주세요</title></head><body><p>문서를 여는 중…</p>
<script>setTimeout(function () { location.replace(${js('/doc?v=' + 7)}); }, 1000);</script></body></html>`,
    );
    const tab = await s.newTab(ctx.server.url(host, '/'));
    await tab.bringToFront();
    const state = await warnedAbout(s, ctx.server.url(host, '/doc?v=7'));
    expect(state?.kind).toBe('suspicious-page');
    await tab.close();
  });

  // The design's known limit, pinned (docs/threat-model.md, red team 34 class B): the background reads the PDF with a
  // second request of its own, sent with no cookies and no referrer, and a host can tell it from the tab's (no
  // session cookie, Accept */*; over https also Sec-Fetch-Dest: empty) and hand it a harmless file. Here the landing page sets a
  // session cookie and sends the tab on; only a request with that cookie gets the lure. What must hold: the
  // background's request carried no cookie (nothing the page's own load did not send) and was read, not skipped;
  // the tab is not warned — the cloaking this design cannot rule out. A design that reads the viewer's own bytes
  // (Firefox: webRequest.filterResponseData, a blocking permission) would flip the last line.
  test("a host that serves the lure only to the tab's own request (session cookie) cloaks it from the background's fetch", async () => {
    const host = 'cloak-pdf-desk.example.test';
    const seen: Array<{ cookie: string; accept: string }> = [];
    ctx.server.page(
      host,
      '/',
      `<!doctype html><html><head><meta charset="utf-8"><title>잠시만 기다려 주세요</title></head><body><p>문서를 여는 중…</p>
<script>document.cookie = 'sid=victim-7; path=/'; location.replace('/notice');</script></body></html>`,
    );
    const lure = linesPdf(LINES, '[쿠팡] 결제 승인 안내');
    const clean = linesPdf(['분기 보고서', '2026년 3분기 매출 요약'], '보고서');
    ctx.server.route(host, (req, res) => {
      const cookie = req.headers.cookie ?? '';
      if (!req.url?.startsWith('/notice')) return void res.writeHead(404).end();
      seen.push({ cookie, accept: String(req.headers.accept ?? '') });
      res.writeHead(200, { 'content-type': 'application/pdf', 'cache-control': 'no-store' });
      res.end(/sid=victim-7/.test(cookie) ? lure : clean);
    });
    const tab = await s.newTab(ctx.server.url(host, '/'));
    await tab.bringToFront();
    // (no Sec-Fetch-* headers over plain http: the two requests differ by the cookie and the Accept header)
    const fromTab = () => seen.filter((r) => /text\/html/.test(r.accept));
    const fromBackground = () => seen.filter((r) => !/text\/html/.test(r.accept));
    await poll(
      async () => fromBackground().length,
      (n) => n > 0,
      15_000,
      "the background's own request",
    );
    // it was read (the harmless file) and nothing stands against the tab for some seconds after
    const end = Date.now() + 4_000;
    while (Date.now() < end) {
      expect((await s.tabAddresses()).some((t) => isWarningUrl(s, t.url))).toBe(false);
      await new Promise((r) => setTimeout(r, 250));
    }
    expect(fromTab().some((r) => /sid=victim-7/.test(r.cookie))).toBe(true);
    expect(fromBackground().every((r) => r.cookie === '')).toBe(true);
    const state = await tabState(s, await s.tabIdOf(host));
    expect(state?.page?.verdict ?? 'clean').not.toBe('suspicious-page');
    ctx.server.unroute(host);
    await tab.close();
  });

  test('an advice PDF that gives the official number is left alone', async () => {
    const host = 'ansim-life-pdf.example.test';
    ctx.server.page(
      host,
      '/tips.pdf',
      linesPdf(ADVICE_LINES, '쿠팡 사칭 결제 문자 대처법'),
      'application/pdf',
    );
    const tab = await s.newTab(ctx.server.url(host, '/tips.pdf'));
    await tab.bringToFront();
    // the viewer's document is the browser's own in Firefox: the tab's address is asked of the browser instead
    const end = Date.now() + 5_000;
    while (Date.now() < end) {
      const here = (await s.tabAddresses()).filter((t) => t.url.includes(host) || isWarningUrl(s, t.url));
      expect(here.some((t) => isWarningUrl(s, t.url))).toBe(false);
      await new Promise((r) => setTimeout(r, 200));
    }
    // and it was read, not skipped: the background holds the PDF's own (clean) verdict for the tab
    // (Chromium: after the hello, the scorer's injection and the background's fetch; slow on a loaded machine)
    const id = await s.tabIdOf(host);
    const state = await poll(
      () => tabState(s, id),
      (st) => !!st?.page?.reasons.length,
      15_000,
      'the advice PDF read',
    );
    expect(state?.page?.verdict).not.toBe('suspicious-page');
    expect(state?.page?.reasons.map((r) => r.code)).toContain('brand-title');
    expect((await s.tabAddresses()).some((t) => isWarningUrl(s, t.url))).toBe(false);
    await tab.close();
  });
});
