import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { scanPage } from '../../lib/page/index';
import { parse } from './helpers';

/**
 * Author J's half (frozen-j, scored once), its classes fixed with pages written apart from it; next to each kit
 * an honest page that shares its words or its build, which must stay clean (and the other way round for the
 * false alarms).
 */
const page = (title: string, body: string, head = '') =>
  `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>${title}</title>${head}</head><body>${body}</body></html>`;
const scan = (html: string, url = 'https://x.example/p') =>
  scanPage(parse(html), url, { parseHtml: (m) => parseHTML(m).document as unknown as Document });
const codes = (html: string) => scan(html).reasons.map((r) => r.code);
/** a data: SVG that draws `text` one glyph per <text> element, as a picture of a number or a name */
const glyphs = (text: string) =>
  'data:image/svg+xml;base64,' +
  Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="40">${[...text]
      .map((c, i) => `<text x="${4 + i * 17}" y="30" font-size="26">${c}</text>`)
      .join('')}</svg>`,
  ).toString('base64');

describe("author J's classes", () => {
  it('a number to call drawn one glyph at a time in a picture is a number offered', () => {
    const alert = (number: string, brand = '쿠팡') =>
      page(
        '결제 알림',
        `<p style="font-weight:800">${brand}</p><h1>결제가 완료되었습니다</h1><div>결제금액 612,000원 · 등록 카드</div>` +
          `<p>본인 결제가 아니면 아래 신고센터로 바로 연락하세요.</p><img alt="신고센터" src="${glyphs(number)}">`,
      );
    const kit = alert('070-4821-9935');
    expect(codes(kit)).toContain('callback-lure');
    expect(scan(kit).verdict).toBe('suspicious-page');
    // the brand's own number so drawn is no lure, and a picture of a number under no claim of the brand is
    // nobody's business of ours
    expect(codes(alert('1577-7011'))).not.toContain('callback-lure');
    expect(scan(alert('070-4821-9935', '누리페이')).verdict).toBe('clean');
  });

  it('a number the script shows only after a tap ("내역 보기") is read from the script', () => {
    const reveal = (inner: string, head = '') =>
      page(
        '해외 결제 승인 알림',
        `${head}<h2>해외 결제 승인 알림</h2><button id="v">내역 보기</button><div id="d"></div>` +
          `<script>document.getElementById('v').onclick=function(){var n=['070','-','48','21','-','99','35'];` +
          `document.getElementById('d').innerHTML=${inner}}</script>`,
      );
    const kit = reveal(
      `'<div><b>'+'쿠'+'팡'+' 해외직구</b> USD 412.00 승인</div><p>본인 결제가 아니면 고객센터 '+n.join('')+'로 신고하세요.</p><a href="tel:'+n.join('')+'">전화 걸기</a>'`,
    );
    expect(codes(kit)).toContain('callback-lure');
    expect(scan(kit).verdict).toBe('suspicious-page');
    // a card company's own alert that reveals its own desk's number, under its own name, stays clean
    const honest = reveal(
      `'<div>누리카드 해외 승인 USD 412.00 (쿠팡 해외직구)</div><p>본인 결제가 아니면 누리카드 고객센터 '+n.join('')+'로 연락하세요.</p><a href="tel:'+n.join('')+'">전화 걸기</a>'`,
      '<header>누리카드</header>',
    ).replace('<title>해외 결제 승인 알림</title>', '<title>해외 결제 승인 알림 | 누리카드</title>');
    expect(scan(honest).verdict).toBe('clean');
  });
});
