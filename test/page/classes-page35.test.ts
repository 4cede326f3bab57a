import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { scanPage } from '../../lib/page/index';
import { parse } from './helpers';

/**
 * Round page35 (tune-ah), taken by class with pages written apart from the corpus. Next to each an honest page or a
 * kit of the same shape.
 */
const page = (title: string, body: string) =>
  `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const scan = (html: string, url: string) =>
  scanPage(parse(html), url, { parseHtml: (m) => parseHTML(m).document as unknown as Document });

describe("a bank's notice that sends the reader to the bank's own line", () => {
  const notice = (line: string) =>
    page(
      'KB국민은행 | 알림 - 쿠팡페이 결제계좌 변경 안내',
      '<h1>쿠팡페이 결제계좌 변경 관련 유의사항</h1><p>2025.12.02 · KB국민은행</p>' +
        '<p>쿠팡페이에 연결된 계좌의 해지를 요구하는 문자가 유출 사고 이후 늘고 있습니다. 저희 은행은 문자로 계좌 비밀번호를 묻지 않습니다.</p>' +
        `<p>${line}</p>`,
    );

  it("leaves alone the notice whose number is the bank's representative line", () => {
    expect(
      scan(notice('문의: KB국민은행 고객센터 1588-9999'), 'https://obank.kbstar.com/notice/1').verdict,
    ).toBe('clean');
  });

  it('flags the same notice when the number to call is any other', () => {
    expect(scan(notice('문의: KB국민은행 고객센터 1588-7412'), 'https://kb-notice.example/1').verdict).toBe(
      'suspicious-page',
    );
  });

  it("flags a kit that prints a bank's line as a decoy beside its own number to call", () => {
    const kit = notice('대표번호 1588-9999 연결이 어려우면 전담 상담 1670-3381로 전화 주세요');
    expect(scan(kit, 'https://kb-notice.example/1').verdict).toBe('suspicious-page');
  });
});

describe('an example box in an article that shows code and has nothing to send it with', () => {
  const post = (box: string, extra = '') =>
    page(
      '배송 메모, 어떻게 암호화할까 | SHOPLAB TECH',
      '<article><h2>현관 비밀번호 저장 설계</h2><p>쿠팡 유출 사고 이후 배송 메모에 남는 공동현관 비밀번호를 어떻게 다룰지 정리했습니다.</p>' +
        '<pre>doorCode = seal(key_courier, code) // 기사 단말에서만 열림</pre>' +
        `<p>${box}</p></article>${extra}`,
    );

  it('leaves alone a box its label calls an example, on a page with no form and no script', () => {
    const html = post('<label>공동현관 비밀번호 (예시 화면) <input placeholder="#0000"></label>');
    expect(scan(html, 'https://tech.shopco.example/posts/12').verdict).toBe('clean');
  });

  it('flags the same box when a script on the page can carry what is typed', () => {
    const html = post(
      '<label>공동현관 비밀번호 (예시 화면) <input id="c" placeholder="#0000"></label>',
      '<script>document.getElementById("c").onchange=function(e){fetch("/c?v="+e.target.value)}</script>',
    );
    expect(scan(html, 'https://tech.shopco.example/posts/12').verdict).toBe('suspicious-page');
  });

  it('flags the box without the word "example" in its label', () => {
    const html = post('<label>공동현관 비밀번호 <input placeholder="#0000"></label>');
    expect(scan(html, 'https://tech.shopco.example/posts/12').verdict).toBe('suspicious-page');
  });
});
