import { describe, expect, it } from 'vitest';

/**
 * Red team 40: a face drawing 로켓배송 over "ABCD" written one letter per span (d1) put 7 keys into the kit: the
 * drawn-text reader drew each one-letter span alone. It now draws the run the spans make and marks its pieces as
 * the scanner hands them to the walk: the name at the first piece (LogoMarks.elements `drawn:`), the other pieces'
 * letters unread (LogoMarks.undrawn). Played here with those marks set by hand.
 */
const spans = (s: string) => [...s].map((c) => `<span>${c}</span>`).join('');
const LOGIN = `<form><label for="uid">아이디(이메일)</label><input id="uid" name="email" type="email">
<label for="upw">비밀번호</label><input id="upw" name="password" type="password"><button>로그인</button></form>`;
const page = (
  name: string,
) => `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>회원 로그인</title></head><body>
<header><div class="rk logo">${spans(name)}</div></header><h1><span class="rk">${spans(name)}</span> 회원 로그인</h1>
<p>배송지 확인을 위해 다시 로그인해 주세요.</p>${LOGIN}<footer>© <span class="rk">${spans(name)}</span></footer></body></html>`;
const URL_KIT = 'http://rocket-login.example.test/login';

describe('a brand name drawn one letter per element (red team 40)', () => {
  const scan = async (html: string, drawnAs?: string) => {
    const { parseHTML } = await import('linkedom');
    const { scanPage } = await import('../../lib/page/index');
    const d = parseHTML(html).document as unknown as Document;
    if (!drawnAs) return scanPage(d, URL_KIT);
    const elements = new Map<Element, string>();
    const undrawn = new Set<Element>();
    for (const run of d.querySelectorAll('.rk'))
      [...run.children].forEach((p, i) => (i ? undrawn.add(p) : elements.set(p, `drawn:${drawnAs}`)));
    return scanPage(d, URL_KIT, { logoMarks: { elements, icons: new Map(), undrawn } });
  };

  it('the run read as the name it draws: suspicious, as the plain-text clone', async () => {
    expect((await scan(page('ABCD'))).verdict).toBe('clean');
    const v = await scan(page('ABCD'), '로켓배송');
    expect(v.verdict).toBe('suspicious-page');
    expect(v.reasons.map((r) => r.code)).not.toContain('context-other-site');
  });

  it('an honest run its face draws as its own letters is read as written', async () => {
    expect((await scan(page('꽃담'))).verdict).toBe('clean');
  });
});
