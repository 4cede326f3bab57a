import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import type { Pixels } from '../../lib/page/logo-sig';

/** A PNG fixture as RGBA (8-bit, not interlaced; gray, RGB or RGBA, with or without alpha): Node has no canvas. */
export function readPng(url: URL): Pixels {
  const buf = readFileSync(url);
  let at = 8;
  let width = 0;
  let height = 0;
  let type = 0;
  const idat: Buffer[] = [];
  while (at < buf.length) {
    const len = buf.readUInt32BE(at);
    const kind = buf.toString('latin1', at + 4, at + 8);
    const body = buf.subarray(at + 8, at + 8 + len);
    if (kind === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      if (body[8] !== 8 || body[12] !== 0) throw new Error('8-bit, non-interlaced PNGs only');
      type = body[9]!;
    } else if (kind === 'IDAT') idat.push(body);
    at += 12 + len;
  }
  const ch = ({ 0: 1, 2: 3, 4: 2, 6: 4 } as Record<number, number>)[type];
  if (!ch) throw new Error(`PNG colour type ${type}`);
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * ch;
  const rows = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const f = raw[y * (stride + 1)]!;
    for (let x = 0; x < stride; x++) {
      const v = raw[y * (stride + 1) + 1 + x]!;
      const a = x >= ch ? rows[y * stride + x - ch]! : 0;
      const b = y ? rows[(y - 1) * stride + x]! : 0;
      const c = x >= ch && y ? rows[(y - 1) * stride + x - ch]! : 0;
      const p = a + b - c;
      const pred =
        f === 1
          ? a
          : f === 2
            ? b
            : f === 3
              ? (a + b) >> 1
              : f === 4
                ? Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c)
                  ? a
                  : Math.abs(p - b) <= Math.abs(p - c)
                    ? b
                    : c
                : 0;
      rows[y * stride + x] = (v + pred) & 255;
    }
  }
  const data = new Uint8ClampedArray(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    const s = rows.subarray(i * ch, i * ch + ch);
    const g = ch < 3;
    data[i * 4] = s[0]!;
    data[i * 4 + 1] = g ? s[0]! : s[1]!;
    data[i * 4 + 2] = g ? s[0]! : s[2]!;
    data[i * 4 + 3] = ch === 4 ? s[3]! : ch === 2 ? s[1]! : 255;
  }
  return { width, height, data };
}

/** Rows y0 … y0 + h of a picture */
export function cropRows(px: Pixels, y0: number, h: number): Pixels {
  const w = px.width * 4;
  return { width: px.width, height: h, data: Array.prototype.slice.call(px.data, y0 * w, (y0 + h) * w) };
}
