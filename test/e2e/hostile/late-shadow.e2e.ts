import { beforeAll, expect, test } from 'vitest';
import { forEachBrowser, type Session } from '../harness';
import { startReady } from '../page-helpers';
import { expectPageWarning } from './kit';

/**
 * A kit's form in a custom element that attaches a closed shadow root two seconds after the page is ready and
 * fills it there (tune-e delivery-custom-element): no mutation of the page shows it. It is warned all the same
 * (measured: also with the content script of main, so the page is found by the scans the content script already
 * makes; this test keeps it so).
 */
const PAGE = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>ㅋㅜㅍㅏㅇ 배송조회</title></head><body>
<x-track data-inv="4401-8821-0093"></x-track>
<script>
customElements.define('x-track', class extends HTMLElement {
  connectedCallback() {
    var me = this;
    setTimeout(function () {
      var r = me.attachShadow({ mode: 'closed' });
      r.innerHTML = '<h2>운송장 ' + me.dataset.inv + '</h2><p>주소 불일치로 배송이 지연되고 있습니다.</p>' +
        '<input placeholder="공동현관 비밀번호"><input placeholder="카드번호 (재배송 수수료)"><button>재배송 요청</button>';
    }, 2000);
  }
});
</script></body></html>`;

forEachBrowser('hostile page: a closed shadow root filled late', (ctx) => {
  let s: Session;

  beforeAll(async () => {
    s = await startReady(ctx);
  });

  test('a form put into a closed shadow root two seconds after load is found and warned', async () => {
    const host = 'parcel-track.example.test';
    ctx.server.page(host, '/t', PAGE);
    const tab = await s.newTab(ctx.server.url(host, '/t'));
    const w = await expectPageWarning(s, tab, 20_000);
    expect(w.kind).toBe('suspicious-page');
    expect(w.state?.page?.reasons.map((r) => r.code)).toContain('asks-entrance-code');
    await tab.close();
  });
});
