import { describe, expect, it } from 'vitest';
import { drawnName, type GlyphSig } from '../../lib/page/drawn-sig';
import { NAMES, runAround } from '../../lib/page/drawn-text';
import { sigOf } from './helpers';

/**
 * Red team 41: a page face drawing the brand's Han or kana name ("AB" as 酷澎, "CDEF" as クーパン) claimed the brand
 * unread (the reader compared with Hangul and Latin names only), and so did red team 40's name drawn one letter per
 * span in a line longer than 64 characters, or with each letter three elements deep. The reader now compares with
 * the Han and kana names of the brand list too, climbs a letter's own wrappers however many, and reads the run of
 * one-letter pieces around a letter in a longer line. Glyphs played as in rt39-drawn-names.test.ts.
 */
const ref = (ch: string) => [sigOf(ch, 0.15), sigOf(ch, 0.25)];
const face =
  (map: Record<string, string>) =>
  (ch: string): GlyphSig | null =>
    /\s/.test(ch) ? null : sigOf(map[ch] ?? ch, 0.1);

describe('names in Han and kana, runs long and deep (red team 41)', () => {
  it("the reader's names hold the brand's Han and kana names", () => {
    for (const n of ['酷澎', '庫澎', 'クーハン', 'ロケット配送']) expect(NAMES).toContain(n);
    expect(NAMES.slice(0, 2)).toEqual(['coupang', '쿠팡']);
  });

  it('reads a face that draws 酷澎 or クーパン over other letters, and not one drawing its own', () => {
    const kit = face(Object.fromEntries([...'ABCDEF'].map((c, i) => [c, '酷澎クーハン'[i]!])));
    expect(drawnName('AB 회원 로그인', NAMES, kit, ref)).toBe('酷澎');
    expect(drawnName('© CDEF', NAMES, kit, ref)).toBe('クーハン');
    expect(drawnName('桜ベーカリー', NAMES, face({}), ref)).toBeNull();
  });

  it('the run around a one-letter piece in a longer line: its neighbouring pieces, up to a word', async () => {
    const { parseHTML } = await import('linkedom');
    const { document: d } = parseHTML(
      `<h1><span>A</span><span>B</span> <span>C</span><span>D</span> and sixty letters more<span>E</span></h1>
       <p><b><i><u>A</u></i></b><b><i><u>B</u></i></b>tail</p><p>x <em>ok</em> y</p>`,
    );
    const [a, , , , e] = [...d.querySelectorAll('h1 > span')] as Element[];
    expect(runAround(a!).map((p) => p.textContent)).toEqual(['A', 'B', 'C', 'D']);
    expect(runAround(e!).map((p) => p.textContent)).toEqual(['E']);
    expect(runAround(d.querySelector('p > b')!).map((p) => p.textContent)).toEqual(['A', 'B']);
    // (a short word between words is no run)
    expect(runAround(d.querySelector('em')!).length).toBe(1);
  });
});
