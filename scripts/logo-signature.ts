/**
 * Computes the page guard's signature of a brand mark from an image file, for lists/sources/brands.json
 * ("marks" of a brand). The image is drawn by headless Chromium the way the extension draws a page's image
 * (a canvas at most 256 px wide; padding around the mark is trimmed), so the signature is read from the same pixels the guard will see.
 *
 *   node --import tsx scripts/logo-signature.ts FILE --palette '#9d4e19,#ff4311,#ffc100,#71ce00,#00b7e2'
 *        [--id coupang-wordmark] [--width 200,120,64] [--source 'where the image came from']
 *
 * FILE: SVG, PNG, JPEG or WebP. --palette: the mark's colours, as its owner draws them. --width: the widths to
 * draw it at (the signature is read at the first; the others are checked to match it). Prints the JSON entry.
 * Commit the signature, never the image.
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { chromium } from 'playwright-core';
import {
  hashDistance,
  logoHash,
  matchMark,
  readLogo,
  type MarkSignature,
  type Pixels,
} from '../lib/page/logo-sig';

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const file = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
const palette = (opt('palette') ?? '').split(',').map((s) => s.trim().toLowerCase());
if (!file || !palette.every((p) => /^#[0-9a-f]{6}$/.test(p)) || palette.length < 2) {
  console.error('usage: logo-signature.ts FILE --palette "#rrggbb,#rrggbb,…" [--id ID] [--width 200,120,64]');
  process.exit(2);
}
const widths = (opt('width') ?? '200,120,64').split(',').map(Number);
const TYPES: Record<string, string> = {
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
};
const type = TYPES[extname(file).toLowerCase()];
if (!type) {
  console.error(`unknown image type: ${file}`);
  process.exit(2);
}
const url = `data:${type};base64,${readFileSync(file).toString('base64')}`;

/** The image drawn `width` px wide (keeping its aspect) on a transparent canvas, as RGBA. */
export async function drawAt(src: string, ws: number[]): Promise<Pixels[]> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium',
    args: ['--headless=new', '--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage();
    const out = await page.evaluate(
      async ([s, list]) => {
        const img = new Image();
        img.src = s;
        await img.decode();
        const ratio = img.naturalWidth / img.naturalHeight;
        return list.map((w) => {
          const h = Math.max(1, Math.round(w / ratio));
          const c = document.createElement('canvas');
          c.width = w;
          c.height = h;
          const ctx = c.getContext('2d')!;
          ctx.drawImage(img, 0, 0, w, h);
          return { width: w, height: h, data: Array.from(ctx.getImageData(0, 0, w, h).data) };
        });
      },
      [src, ws] as const,
    );
    return out;
  } finally {
    await browser.close();
  }
}

const drawn = await drawAt(url, widths);
const first = readLogo(drawn[0]!, palette);
if (!first) {
  console.error('nothing drawn: the image is empty or one colour');
  process.exit(1);
}
const mark: MarkSignature & { source?: string } = {
  id: opt('id') ?? 'mark',
  palette,
  bands: first.bands,
  aspect: Math.round(first.aspect * 100) / 100,
  hash: logoHash(drawn[0]!),
  ...(opt('source') ? { source: opt('source') } : {}),
};
for (const px of drawn) {
  const r = readLogo(px, palette);
  const m = matchMark(px, [mark]);
  console.error(
    `${px.width}x${px.height}: bands ${JSON.stringify(r?.bands)} aspect ${r?.aspect} coverage ${r?.coverage} → ${
      m ? `match (dHash distance ${hashDistance(logoHash(px), mark.hash)})` : 'NO MATCH'
    }`,
  );
}
console.log(JSON.stringify(mark));
