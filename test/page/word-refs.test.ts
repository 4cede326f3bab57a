import { describe, expect, it } from 'vitest';
import { wordRefs, type WordDraw } from '../../lib/page/drawn-box';
import { wordSig } from '../../lib/page/picture-words';

/**
 * The reference words the drawn-box and picture readers compare a page's drawing with, drawn by one function for both
 * (wordRefs): each word on a white 420 × 60 canvas of the reader's own, in its face and ink, from (10, 46), read back
 * whole — as each reader drew them before. No canvas in Node: a canvas that records what is done to it, and gives back
 * a white picture with dark strokes where the text was drawn.
 */
function recordingDoc() {
  const log: string[] = [];
  const W = 420;
  const H = 60;
  const ctx = {
    canvas: null as unknown,
    fillStyle: '',
    font: '',
    drawn: '',
    fillRect: (...a: number[]) => log.push(`fillRect ${a.join(',')} ${ctx.fillStyle}`),
    fillText: (t: string, x: number, y: number) => {
      ctx.drawn = t;
      log.push(`fillText ${t} ${x},${y} ${ctx.font} ${ctx.fillStyle}`);
    },
    getImageData: (...a: number[]) => {
      log.push(`getImageData ${a.join(',')}`);
      const data = new Uint8ClampedArray(W * H * 4).fill(255);
      // dark strokes as wide as the text, so every drawing has ink of its own shape
      for (let y = 20; y < 46; y++)
        for (let x = 10; x < 10 + 12 * ctx.drawn.length; x++)
          if ((x >> 2) % 3 === 0 || y % 7 === 0) data.fill(0, (y * W + x) * 4, (y * W + x) * 4 + 3);
      return { width: W, height: H, data };
    },
  };
  const canvas = {
    width: 300,
    height: 150,
    getContext: (type: string, opts: unknown) => {
      log.push(`getContext ${type} ${JSON.stringify(opts)} ${canvas.width}x${canvas.height}`);
      return ctx;
    },
  };
  ctx.canvas = canvas;
  const doc = {
    createElement: (tag: string) => {
      log.push(`createElement ${tag}`);
      return canvas;
    },
  } as unknown as Document;
  return { doc, log };
}

describe('wordRefs', () => {
  it('draws each word on white in its face and ink on one canvas, read back whole, in the order given', () => {
    const { doc, log } = recordingDoc();
    const draws: WordDraw[] = [
      ['pw', 'pw', 'bold 40px sans-serif', '#000'],
      ['coupang', 'Coupang', '13px sans-serif', '#999'],
    ];
    wordRefs(doc, draws);
    expect(log).toEqual([
      'createElement canvas',
      'getContext 2d {"willReadFrequently":true} 420x60',
      'fillRect 0,0,420,60 #fff',
      'fillText pw 10,46 bold 40px sans-serif #000',
      'getImageData 0,0,420,60',
      'fillRect 0,0,420,60 #fff',
      'fillText Coupang 10,46 13px sans-serif #999',
      'getImageData 0,0,420,60',
    ]);
  });

  it('keeps every drawing of a word under its key, and a word whose drawing has no ink under none', () => {
    const { doc } = recordingDoc();
    const refs = wordRefs(doc, [
      ['coupang', 'coupang', 'f', '#000'],
      ['coupang', 'COUPANG', 'f', '#000'],
      ['blank', '', 'f', '#000'],
    ]);
    expect([...refs.keys()]).toEqual(['coupang']);
    expect(refs.get('coupang')).toHaveLength(2);
    expect(refs.get('coupang')![0]).toEqual(wordSig(sigOf('coupang')));
  });

  it('gives none where the document has no 2-d canvas', () => {
    const doc = { createElement: () => ({ getContext: () => null }) } as unknown as Document;
    expect(wordRefs(doc, [['pw', 'pw', 'f', '#000']]).size).toBe(0);
  });
});

/** The picture recordingDoc gives back for `text` drawn */
function sigOf(text: string) {
  const { doc } = recordingDoc();
  const g = (doc.createElement('canvas') as HTMLCanvasElement).getContext('2d')!;
  g.fillText(text, 10, 46);
  return g.getImageData(0, 0, 420, 60);
}
