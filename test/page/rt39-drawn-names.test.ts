import { describe, expect, it } from 'vitest';
import { drawnName, nameUndrawn, type GlyphSig } from '../../lib/page/drawn-sig';
import { NAMES } from '../../lib/page/drawn-text';
import { sigOf } from './helpers';

/**
 * Red team 39: a page face whose glyphs draw the brand's other names over other letters ("ABCD" drawn as 로켓배송,
 * "EFG" as 쿠페이) claimed the brand unread in both browsers: the drawn-text reader compared with coupang and 쿠팡
 * only. It now compares with every Hangul or Latin name of the page brand list. Glyphs are played as in
 * drawn-sig.test.ts: a fixed pseudo-random vector per letter.
 */
const ref = (ch: string) => [sigOf(ch, 0.15), sigOf(ch, 0.25)];
const face =
  (map: Record<string, string>) =>
  (ch: string): GlyphSig | null =>
    /\s/.test(ch) ? null : sigOf(map[ch] ?? ch, 0.1);

describe("the drawn-text reader's names (red team 39)", () => {
  it("are the brand list's Hangul and Latin names, its own two first", () => {
    expect(NAMES.slice(0, 2)).toEqual(['coupang', '쿠팡']);
    for (const n of ['로켓배송', '쿠페이', 'coupay', '로켓와우', '와우멤버십', 'rocketpay'])
      expect(NAMES).toContain(n);
    // (and, since red team 41, its Han and kana names: rt41-drawn.test.ts)
    expect(NAMES.every((n) => /^[a-z\uac00-\ud7a3\u3040-\u30ff\u4e00-\u9fff]+$/.test(n))).toBe(true);
  });

  const kit = face(Object.fromEntries([...'ABCDEFG'].map((c, i) => [c, '로켓배송쿠페이'[i]!])));
  it('read a face that draws 로켓배송 or 쿠페이 over other letters', () => {
    expect(drawnName('ABCD', NAMES, kit, ref)).toBe('로켓배송');
    expect(drawnName('ABCD 회원 로그인', NAMES, kit, ref)).toBe('로켓배송');
    expect(drawnName('© EFG', NAMES, kit, ref)).toBe('쿠페이');
  });

  it('claim nothing for a face that draws its own letters, or text that says a name', () => {
    const own = face({});
    expect(drawnName('꽃담 플라워 로켓 배송 안내', NAMES, own, ref)).toBeNull();
    expect(drawnName('로켓배송 상품 후기', NAMES, own, ref)).toBeNull();
    expect(nameUndrawn('로켓배송 상품 후기', NAMES, own, ref)).toBe(false);
  });
});

describe('a page whose brand is only drawn by its face (red team 39)', () => {
  const LOGIN = `<form><label for="uid">아이디(이메일)</label><input id="uid" name="email" type="email">
<label for="upw">비밀번호</label><input id="upw" name="password" type="password"><button>로그인</button></form>`;
  const html = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>회원 로그인</title></head><body>
<header><div class="rk logo">ABCD</div></header><h1><span class="rk">ABCD</span> 회원 로그인</h1>
<p>배송지 확인을 위해 다시 로그인해 주세요.</p>${LOGIN}<footer>© <span class="rk">ABCD</span></footer></body></html>`;
  const URL_KIT = 'http://rocket-login.example.test/login';
  it("reads the drawn name where the text stands: not another site's name, the brand's", async () => {
    const { parseHTML } = await import('linkedom');
    const { scanPage } = await import('../../lib/page/index');
    const doc = () => parseHTML(html).document as unknown as Document;
    // (the DOM alone: "ABCD" reads as the page's own name)
    expect(scanPage(doc(), URL_KIT).verdict).toBe('clean');
    const d = doc();
    const elements = new Map<Element, string>(
      [...d.querySelectorAll('.rk')].map((e) => [e, 'drawn:로켓배송']),
    );
    const v = scanPage(d, URL_KIT, { logoMarks: { elements, icons: new Map() } });
    expect(v.verdict).toBe('suspicious-page');
    expect(v.reasons.map((r) => r.code)).not.toContain('context-other-site');
  });
});
