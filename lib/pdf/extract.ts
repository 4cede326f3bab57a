/**
 * The words a PDF shows, for the page guard (red team 34, class B: a call-only lure served as a PDF, which the
 * browser draws in its own viewer where the content script reads nothing). Pure and small, no dependency: the
 * bytes are read as a list of `N 0 obj … endobj` objects (object streams included), FlateDecode streams are
 * inflated with DecompressionStream, and text is taken from the text operators of every content stream (Tj, TJ,
 * ' and "), mapped through the font's ToUnicode CMap where it has one (Chromium's printer and most generators
 * write CID fonts with one), else read as the string's bytes; plus the document's /Title.
 *
 * Everything is bounded (bytes read, objects, inflated bytes per stream and in all, text kept, time): a hostile
 * or corrupt file gives what was read before a limit, or no text, never an exception or a hang. A stream that
 * inflates past its limit (a zip bomb) is cut there and reading goes on with the next one.
 *
 * Known limits: fonts are looked up by their resource name across the whole file (`/F1` of two pages meaning two
 * fonts maps through the first one found); text drawn as paths or pictures, and encrypted files, give nothing;
 * filters other than FlateDecode are skipped.
 */
export interface PdfLimits {
  /** bytes of the file read at most (the rest is ignored) */
  maxBytes: number;
  /** objects read at most */
  maxObjects: number;
  /** inflated bytes per stream */
  maxStreamBytes: number;
  /** inflated bytes in all */
  maxInflated: number;
  /** characters of text kept */
  maxText: number;
  /**
   * the extractor's own working time, ms: the time its code runs, not the time it waits for a stream's next
   * chunk while the thread does other work (after a browser start the background is busy for seconds, and a wall
   * clock cut a plain lure's font map there: red team 34, class B, Firefox)
   */
  timeMs: number;
  /** wall time, ms, only against a stream that never answers */
  wallMs: number;
}

export const PDF_LIMITS: PdfLimits = {
  maxBytes: 2_000_000,
  maxObjects: 4000,
  maxStreamBytes: 1_000_000,
  maxInflated: 8_000_000,
  maxText: 20_000,
  timeMs: 1500,
  wallMs: 15_000,
};

/** Working time spent (waits excluded: `wait`), and a wall limit. */
class Clock {
  private used = 0;
  private from = Date.now();
  private readonly end: number;
  constructor(
    private readonly ms: number,
    wallMs: number,
  ) {
    this.end = this.from + wallMs;
  }
  over(): boolean {
    const now = Date.now();
    return this.used + (now - this.from) > this.ms || now > this.end;
  }
  /** awaits `p` without counting the wait as work */
  async wait<T>(p: Promise<T>): Promise<T> {
    this.used += Date.now() - this.from;
    try {
      return await p;
    } finally {
      this.from = Date.now();
    }
  }
}

export interface PdfText {
  title: string;
  /** the shown text, one line per text line as drawn (best effort) */
  text: string;
}

interface Obj {
  dict: string;
  /** the raw (still encoded) stream bytes */
  raw: Uint8Array | null;
}

const latin1 = (b: Uint8Array, from = 0, to = b.length): string => {
  let s = '';
  for (let i = from; i < to; i += 8192) s += String.fromCharCode(...b.subarray(i, Math.min(to, i + 8192)));
  return s;
};

/** The PDF's text, or null when it has none (or is no PDF). Never throws. */
export async function pdfText(input: Uint8Array, limits: Partial<PdfLimits> = {}): Promise<PdfText | null> {
  const lim = { ...PDF_LIMITS, ...limits };
  try {
    return await extract(input.subarray(0, lim.maxBytes), lim);
  } catch {
    return null;
  }
}

async function extract(bytes: Uint8Array, lim: PdfLimits): Promise<PdfText | null> {
  const clock = new Clock(lim.timeMs, lim.wallMs);
  const late = () => clock.over();
  const src = latin1(bytes);
  if (!src.slice(0, 1024).includes('%PDF-')) return null;
  let inflatedAll = 0;
  const inflate = async (o: Obj): Promise<Uint8Array | null> => {
    if (!o.raw) return null;
    const filter = /\/Filter\s*(\[[^\]]*\]|\/\w+)/.exec(o.dict);
    if (!filter) return o.raw;
    if (filter[1]!.replace(/[[\]\s]/g, '') !== '/FlateDecode') return null;
    const room = Math.min(lim.maxStreamBytes, lim.maxInflated - inflatedAll);
    if (room <= 0 || late()) return null;
    const out = await inflateBounded(o.raw, room, clock);
    inflatedAll += out.length;
    return out;
  };

  // every `N G obj … endobj` in the file, and the objects held in object streams
  const objs = new Map<number, Obj>();
  const head = /(\d+)\s+\d+\s+obj\b/g;
  for (let m = head.exec(src); m && objs.size < lim.maxObjects && !late(); m = head.exec(src)) {
    const start = m.index + m[0].length;
    const end = src.indexOf('endobj', start);
    const body = src.slice(start, end < 0 ? src.length : end);
    const at = /\bstream\r?\n/.exec(body);
    let obj: Obj = { dict: body, raw: null };
    if (at) {
      const dataFrom = start + at.index + at[0].length;
      const len = /\/Length\s+(\d+)\b(?!\s+\d+\s+R)/.exec(body.slice(0, at.index));
      const stop = src.indexOf('endstream', dataFrom);
      let to = stop < 0 ? src.length : stop;
      if (len && dataFrom + Number(len[1]) <= to) to = dataFrom + Number(len[1]);
      obj = { dict: body.slice(0, at.index), raw: bytes.subarray(dataFrom, to) };
    }
    objs.set(Number(m[1]), obj);
    if (end > 0) head.lastIndex = end;
  }
  for (const o of [...objs.values()]) {
    if (objs.size >= lim.maxObjects || late()) break;
    if (!/\/Type\s*\/ObjStm\b/.test(o.dict)) continue;
    const data = await inflate(o);
    const first = /\/First\s+(\d+)/.exec(o.dict);
    if (!data || !first) continue;
    const s = latin1(data);
    const nums = s.slice(0, Number(first[1])).trim().split(/\s+/).map(Number);
    for (let i = 0; i + 1 < nums.length && objs.size < lim.maxObjects; i += 2) {
      const from = Number(first[1]) + nums[i + 1]!;
      const to = i + 3 < nums.length ? Number(first[1]) + nums[i + 3]! : s.length;
      if (!objs.has(nums[i]!) && from <= to) objs.set(nums[i]!, { dict: s.slice(from, to), raw: null });
    }
  }

  const deref = (v: string): string => {
    const r = /^\s*(\d+)\s+\d+\s+R/.exec(v);
    return r ? (objs.get(Number(r[1]))?.dict ?? '') : v;
  };

  // font resource names → their ToUnicode maps (first one found per name)
  const cmaps = new Map<number, CMap | null>();
  const fonts = new Map<string, CMap | null>();
  for (const o of objs.values()) {
    if (late()) break;
    for (const fontDict of fontDicts(o.dict, deref)) {
      for (const f of fontDict.matchAll(/\/([^\s/<>[\]()]+)\s+(\d+)\s+\d+\s+R/g)) {
        if (fonts.has(f[1]!)) continue;
        const font = objs.get(Number(f[2]));
        const tu = font && /\/ToUnicode\s+(\d+)\s+\d+\s+R/.exec(font.dict);
        let cmap: CMap | null = null;
        if (tu) {
          const n = Number(tu[1]);
          if (!cmaps.has(n)) {
            const data = await inflate(objs.get(n) ?? { dict: '', raw: null });
            cmaps.set(n, data ? parseCMap(latin1(data)) : null);
          }
          cmap = cmaps.get(n) ?? null;
        }
        fonts.set(f[1]!, cmap);
      }
    }
  }

  const lines: string[] = [];
  let size = 0;
  for (const [num, o] of objs) {
    if (size >= lim.maxText || late()) break;
    if (
      !o.raw ||
      /\/(Type\s*\/(XRef|ObjStm|Metadata|EmbeddedFile)|Subtype\s*\/Image|Length1|FontFile)\b/.test(o.dict)
    )
      continue;
    if (cmaps.has(num)) continue;
    const data = await inflate(o);
    if (!data) continue;
    const s = latin1(data);
    if (!/\bBT\b/.test(s)) continue;
    for (const line of showText(s, fonts, clock)) {
      lines.push(line);
      size += line.length + 1;
    }
  }
  const info = /\/Info\s+(\d+)\s+\d+\s+R/.exec(src.slice(-4096)) ?? /\/Info\s+(\d+)\s+\d+\s+R/.exec(src);
  const infoDict = info ? (objs.get(Number(info[1]))?.dict ?? '') : '';
  const t = /\/Title\s*(\(|<)/.exec(infoDict);
  const title = t ? clean(decodeString(readString(infoDict, t.index + t[0].length - 1)[0])) : '';
  const text = lines.join('\n').slice(0, lim.maxText).trim();
  return title || text ? { title: title.slice(0, 500), text } : null;
}

/** Reads at most `max` inflated bytes of a zlib stream; a broken stream gives what came out before the break. */
async function inflateBounded(raw: Uint8Array, max: number, clock: Clock): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const ds = new DecompressionStream('deflate');
  const reader = ds.readable.getReader();
  const writer = ds.writable.getWriter();
  writer.write(raw as Uint8Array<ArrayBuffer>).catch(() => undefined);
  writer.close().catch(() => undefined);
  try {
    for (;;) {
      if (clock.over()) break;
      const { done, value } = await clock.wait(reader.read());
      if (done || !value) break;
      const keep = value.subarray(0, max - total);
      chunks.push(keep);
      total += keep.length;
      if (total >= max) break;
    }
  } catch {
    // corrupt data: what came out before stands
  }
  reader.cancel().catch(() => undefined);
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** The font resource dictionaries `/Font << … >>` (or `/Font N 0 R`) named in a dictionary. */
function fontDicts(dict: string, deref: (v: string) => string): string[] {
  const out: string[] = [];
  for (const m of dict.matchAll(/\/Font\s*(<<|\d+\s+\d+\s+R)/g)) {
    if (m[1] !== '<<') {
      const d = deref(m[1]!);
      const open = d.indexOf('<<');
      if (open >= 0) out.push(d.slice(open + 2, matchingClose(d, open)));
    } else out.push(dict.slice(m.index + m[0].length, matchingClose(dict, m.index + m[0].length - 2)));
  }
  return out;
}

/** The index of the `>>` closing the `<<` at `open` (or the end). */
function matchingClose(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length - 1; i++) {
    if (s[i] === '<' && s[i + 1] === '<') {
      depth++;
      i++;
    } else if (s[i] === '>' && s[i + 1] === '>') {
      if (--depth === 0) return i;
      i++;
    }
  }
  return s.length;
}

interface CMap {
  /** bytes per code (1 or 2) */
  width: number;
  map: Map<number, string>;
}

const MAX_CMAP = 20_000;
const hexNum = (h: string) => parseInt(h || '0', 16);
const utf16 = (h: string): string => {
  let s = '';
  for (let i = 0; i + 4 <= h.length; i += 4) s += String.fromCharCode(parseInt(h.slice(i, i + 4), 16));
  if (h.length % 4 === 2) s += String.fromCharCode(parseInt(h.slice(-2), 16));
  return s;
};

/** A ToUnicode CMap's bfchar and bfrange entries (bounded). */
export function parseCMap(s: string): CMap {
  const map = new Map<number, string>();
  const cs = /begincodespacerange\s*<([0-9a-fA-F]+)>/.exec(s);
  let width = cs ? Math.max(1, cs[1]!.length >> 1) : 0;
  for (const block of s.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const e of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]*)>/g)) {
      if (map.size >= MAX_CMAP) break;
      width ||= e[1]!.length >> 1;
      map.set(hexNum(e[1]!), utf16(e[2]!));
    }
  }
  for (const block of s.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const e of block[1]!.matchAll(
      /<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(<[0-9a-fA-F]*>|\[[^\]]*\])/g,
    )) {
      width ||= e[1]!.length >> 1;
      const lo = hexNum(e[1]!);
      const hi = Math.min(hexNum(e[2]!), lo + 255);
      if (e[3]![0] === '[') {
        const items = [...e[3]!.matchAll(/<([0-9a-fA-F]*)>/g)];
        for (let c = lo; c <= hi && c - lo < items.length && map.size < MAX_CMAP; c++)
          map.set(c, utf16(items[c - lo]![1]!));
      } else {
        const base = e[3]!.slice(1, -1);
        const last = hexNum(base.slice(-4));
        for (let c = lo; c <= hi && map.size < MAX_CMAP; c++)
          map.set(c, utf16(base.slice(0, -4)) + String.fromCharCode(last + c - lo));
      }
    }
  }
  return { width: width === 2 ? 2 : 1, map };
}

/** A literal `( … )` or hex `< … >` string at `i`: its bytes (as a latin1 string) and the index after it. */
function readString(s: string, i: number): [string, number] {
  if (s[i] === '<') {
    const end = s.indexOf('>', i);
    const hex = s.slice(i + 1, end < 0 ? s.length : end).replace(/[^0-9a-fA-F]/g, '');
    let out = '';
    for (let k = 0; k < hex.length; k += 2)
      out += String.fromCharCode(parseInt(hex.slice(k, k + 2).padEnd(2, '0'), 16));
    return [out, end < 0 ? s.length : end + 1];
  }
  let out = '';
  let depth = 0;
  for (let k = i; k < s.length; k++) {
    const c = s[k]!;
    if (c === '\\') {
      const n = s[++k] ?? '';
      const esc: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' };
      if (/[0-7]/.test(n)) {
        const oct = /^[0-7]{1,3}/.exec(s.slice(k, k + 3))![0];
        out += String.fromCharCode(parseInt(oct, 8) & 0xff);
        k += oct.length - 1;
      } else if (n === '\r' || n === '\n') {
        if (n === '\r' && s[k + 1] === '\n') k++;
      } else out += esc[n] ?? n;
    } else if (c === '(') {
      if (depth++ > 0) out += c;
    } else if (c === ')') {
      if (--depth === 0) return [out, k + 1];
      out += c;
    } else out += c;
  }
  return [out, s.length];
}

/** A string of /Title or a font without ToUnicode: UTF-16BE with its mark, else its bytes as Latin-1. */
function decodeString(b: string): string {
  if (b.charCodeAt(0) === 0xfe && b.charCodeAt(1) === 0xff) {
    let s = '';
    for (let i = 2; i + 1 < b.length; i += 2)
      s += String.fromCharCode((b.charCodeAt(i) << 8) | b.charCodeAt(i + 1));
    return s;
  }
  return b;
}

const clean = (s: string): string =>
  // eslint-disable-next-line no-control-regex
  s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffd]/g, '').trim();

function mapped(b: string, cmap: CMap | null | undefined): string {
  if (!cmap) return decodeString(b);
  let s = '';
  for (let i = 0; i + cmap.width <= b.length; i += cmap.width) {
    const code = cmap.width === 2 ? (b.charCodeAt(i) << 8) | b.charCodeAt(i + 1) : b.charCodeAt(i);
    s += cmap.map.get(code) ?? '';
  }
  return s;
}

/** The text lines a content stream shows: operands collected, operators applied (a small tokenizer). */
function showText(s: string, fonts: Map<string, CMap | null>, clock: Clock): string[] {
  const lines: string[] = [];
  let line = '';
  let font: CMap | null | undefined;
  let lastY: number | null = null;
  const ops: Array<string | number | string[]> = [];
  let array: string[] | null = null;
  const newline = () => {
    if (line.trim()) lines.push(clean(line));
    line = '';
  };
  for (let i = 0; i < s.length;) {
    if ((i & 0xfff) === 0 && clock.over()) break;
    const c = s[i]!;
    if ((c === '<' && s[i + 1] === '<') || (c === '>' && s[i + 1] === '>')) {
      i += 2;
    } else if (c === '(' || c === '<') {
      const [str, next] = readString(s, i);
      if (array) array.push(mapped(str, font));
      else ops.push(mapped(str, font));
      i = next;
    } else if (c === '[') {
      array = [];
      i++;
    } else if (c === ']') {
      if (array) ops.push(array);
      array = null;
      i++;
    } else if (c === '%') {
      const nl = s.slice(i).search(/[\r\n]/);
      i = nl < 0 ? s.length : i + nl;
    } else if (/\s/.test(c) || c === '>' || c === '{' || c === '}') {
      i++;
    } else {
      const m = /^\/?[^\s()<>[\]{}/%]+|^\//.exec(s.slice(i, i + 128));
      const tok = m ? m[0] : c;
      i += tok.length;
      if (tok[0] === '/') ops.push(tok);
      else if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(tok)) {
        if (array) {
          // a large negative kerning inside TJ is a word gap
          if (Number(tok) < -200) array.push(' ');
        } else ops.push(Number(tok));
      } else {
        const last = ops[ops.length - 1];
        switch (tok) {
          case 'Tf': {
            const name = ops[ops.length - 2];
            if (typeof name === 'string' && name[0] === '/') font = fonts.get(name.slice(1));
            break;
          }
          case 'Tj':
            if (typeof last === 'string') line += last;
            break;
          case "'":
          case '"':
            newline();
            if (typeof last === 'string') line += last;
            break;
          case 'TJ':
            if (Array.isArray(last)) line += last.join('');
            break;
          case 'Td':
          case 'TD':
            if (ops[ops.length - 1] !== 0) newline();
            break;
          case 'Tm': {
            const y = ops[ops.length - 1];
            if (typeof y === 'number' && y !== lastY) newline();
            if (typeof y === 'number') lastY = y;
            break;
          }
          case 'T*':
            newline();
            break;
        }
        ops.length = 0;
      }
    }
  }
  newline();
  return lines;
}
