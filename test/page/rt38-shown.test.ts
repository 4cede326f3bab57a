import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { scanPage } from '../../lib/page/index';
import type { LogoMarks } from '../../lib/page/collect';

/**
 * Red team 38, class A: the walk took the markup's hiding (the `hidden` attribute, an inline `display:none` or
 * `visibility:hidden`) at its word, so a clone the page's own stylesheet shows again — author CSS beats `hidden`, an
 * `!important` rule beats an inline style, a child sets `visibility:visible` — was read as hidden, at load and at
 * the second chance: every key of the password reached the kit. The browser's word (`LogoMarks.shown`: computed
 * style) is asked for such elements. linkedom has no cascade, so the browser's answer is played here by a selector.
 */
const clone = (() => {
  const html = readFileSync(
    new URL('../fixtures/pages/fake/f01-login-clone-ko.html', import.meta.url),
    'utf8',
  );
  return /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)![1]!;
})();
const page = (body: string) =>
  `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>동네 빵집</title></head><body><h1>동네 빵집</h1>${body}</body></html>`;
const doc = (body: string) => parseHTML(page(body)).document as unknown as Document;
const URL_KIT = 'http://bakery-notice.example.test/p';
/** what a browser would say: elements matching `drawn` are drawn whatever their markup says */
const browser = (drawn: string): LogoMarks => ({
  elements: new Map(),
  icons: new Map(),
  shown: (el) => el.matches(drawn),
});

describe('an element the markup hides and the stylesheet shows is read as shown (red team 38, class A)', () => {
  const kits: [string, string, string][] = [
    ['`hidden` with a class the sheet displays', `<div class="w" hidden>${clone}</div>`, '.w'],
    ['inline display:none beaten by !important', `<div id="w" style="display:none">${clone}</div>`, '#w'],
    [
      'a visible child of an inline visibility:hidden wrapper',
      `<div style="visibility:hidden"><div class="c" style="visibility:visible">${clone}</div></div>`,
      '.c',
    ],
  ];
  for (const [name, body, drawn] of kits)
    it(`${name}: clean by the markup alone, the clone with the browser's word`, () => {
      expect(scanPage(doc(body), URL_KIT).verdict).toBe('clean');
      expect(scanPage(doc(body), URL_KIT, { logoMarks: browser(drawn) }).verdict).toBe('suspicious-page');
    });

  it('a child a class makes visible inside an inline visibility:hidden wrapper: its form and heading asked', () => {
    const body = `<div style="visibility:hidden"><div class="c">${clone}</div></div>`;
    expect(scanPage(doc(body), URL_KIT).verdict).toBe('clean');
    expect(scanPage(doc(body), URL_KIT, { logoMarks: browser('.c, .c *') }).verdict).toBe('suspicious-page');
    // (a wrapper whose parts the browser also hides stays hidden)
    expect(scanPage(doc(body), URL_KIT, { logoMarks: browser('.nothing') }).verdict).toBe('clean');
  });

  it('what the browser also hides stays hidden (an honest FAQ answer, a closed menu)', () => {
    const body = `<div class="faq" hidden>${clone}</div><p style="display:none">쿠팡 파트너스 활동의 일환으로 수수료를 받습니다.</p>`;
    const v = scanPage(doc(body), URL_KIT, { logoMarks: browser('.nothing') });
    expect(v.verdict).toBe('clean');
    expect(v.score).toBe(scanPage(doc(body), URL_KIT).score);
  });

  it('a shown child under a parent still hidden is hidden unless its own visibility is set', () => {
    // (display:none on the parent hides every child whatever it says; the browser says so for the child)
    const body = `<div style="display:none"><div class="c">${clone}</div></div>`;
    expect(scanPage(doc(body), URL_KIT, { logoMarks: browser('.c') }).verdict).toBe('clean');
  });

  it('past the checks a scan may ask, the markup is not trusted: 2,000 hidden decoys do not hide the clone', () => {
    const decoys = '<span hidden></span>'.repeat(2_001);
    const body = `${decoys}<div class="w" hidden>${clone}</div>`;
    expect(scanPage(doc(body), URL_KIT, { logoMarks: browser('.nothing') }).verdict).toBe('suspicious-page');
  });

  it("an honest bakery's login with a partners' disclosure its sheet shows stays clean", () => {
    const body = `<div class="d-block" hidden><p>이 포스팅은 쿠팡 파트너스 활동의 일환으로, 이에 따른 일정액의 수수료를 제공받습니다.</p></div>
<form action="/login" method="post"><h2>빵집 회원 로그인</h2><input name="id" placeholder="아이디"><input type="password" name="pw" placeholder="비밀번호"><button>로그인</button></form>`;
    expect(scanPage(doc(body), URL_KIT, { logoMarks: browser('.d-block') }).verdict).toBe('clean');
  });
});
