import type { CharSwap, Reason } from '../domain/types';

/** A run of a hostname for display: plain text, or one look-alike character with what it imitates. */
export interface HostSegment {
  text: string;
  lookalike: boolean;
  imitates?: string;
  codePoint?: string;
}

const ASCII_HOST_CHAR = /^[a-z0-9.-]$/i;

function codePointOf(ch: string): string {
  return `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Find the label a reason's swaps point into; returns its start offset (in code points) or -1. */
function locateLabel(
  chars: string[],
  labelStarts: number[],
  swaps: CharSwap[],
  match: string | undefined,
): number {
  const labels = labelStarts.map((start, i) => {
    const end = i + 1 < labelStarts.length ? (labelStarts[i + 1] ?? chars.length) - 1 : chars.length;
    return { start, text: chars.slice(start, end) };
  });
  const fits = (label: { text: string[] }): boolean =>
    swaps.every((s) => Number.isInteger(s.index) && label.text[s.index] === s.found);
  const named = match ? labels.find((l) => l.text.join('') === match.toLowerCase() && fits(l)) : undefined;
  const found = named ?? labels.find(fits);
  return found ? found.start : -1;
}

/**
 * Split a Unicode hostname into display segments, marking the look-alike characters named by the reasons'
 * swap evidence. When the engine flagged homoglyphs or mixed scripts without usable evidence, every
 * non-ASCII character is marked instead. Never throws: odd evidence just marks nothing.
 */
export function hostSegments(unicodeHost: string, reasons: readonly Reason[]): HostSegment[] {
  const chars = Array.from(unicodeHost);
  const marks = new Map<number, { imitates?: string; codePoint: string }>();
  const labelStarts = [0];
  chars.forEach((c, i) => {
    if (c === '.') labelStarts.push(i + 1);
  });

  for (const reason of reasons) {
    const swaps = (reason.swaps ?? []).filter((s) => typeof s.found === 'string' && s.found.length > 0);
    if (swaps.length === 0) continue;
    const start = locateLabel(chars, labelStarts, swaps, reason.match);
    if (start < 0) continue;
    for (const s of swaps) {
      marks.set(start + s.index, { imitates: s.imitates, codePoint: s.codePoint || codePointOf(s.found) });
    }
  }

  const scriptTrick = reasons.some((r) => r.code === 'homoglyph' || r.code === 'mixed-script');
  if (marks.size === 0 && scriptTrick) {
    chars.forEach((c, i) => {
      if (!ASCII_HOST_CHAR.test(c)) marks.set(i, { codePoint: codePointOf(c) });
    });
  }

  const out: HostSegment[] = [];
  let plain = '';
  chars.forEach((c, i) => {
    const mark = marks.get(i);
    if (!mark) {
      plain += c;
      return;
    }
    if (plain) out.push({ text: plain, lookalike: false });
    plain = '';
    const seg: HostSegment = { text: c, lookalike: true, codePoint: mark.codePoint };
    if (mark.imitates) seg.imitates = mark.imitates;
    out.push(seg);
  });
  if (plain) out.push({ text: plain, lookalike: false });
  return out;
}

/** True when the host has an IDN form worth showing next to its punycode. */
export function isIdn(asciiHost: string | null | undefined, unicodeHost: string | null | undefined): boolean {
  return !!asciiHost && !!unicodeHost && asciiHost !== unicodeHost;
}

/** The writing system a look-alike character comes from, for a sentence a shopper understands. */
export type CharScript = 'cyrillic' | 'greek' | 'armenian' | 'accented' | 'fullwidth' | 'other';

export function scriptOf(ch: string): CharScript {
  const cp = ch.codePointAt(0) ?? 0;
  if ((cp >= 0x0400 && cp <= 0x052f) || (cp >= 0x1c80 && cp <= 0x1c8f) || (cp >= 0xa640 && cp <= 0xa69f))
    return 'cyrillic';
  if ((cp >= 0x0370 && cp <= 0x03ff) || (cp >= 0x1f00 && cp <= 0x1fff)) return 'greek';
  if (cp >= 0x0530 && cp <= 0x058f) return 'armenian';
  if ((cp >= 0x00c0 && cp <= 0x024f) || (cp >= 0x1e00 && cp <= 0x1eff)) return 'accented';
  if (cp >= 0xff01 && cp <= 0xff5e) return 'fullwidth';
  return 'other';
}

/** U+0430 style code point of a character (technical detail, shown only under "Details"). */
export function codePointLabel(ch: string): string {
  return codePointOf(ch);
}
