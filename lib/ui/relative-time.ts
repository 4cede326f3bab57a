/**
 * "3 hours ago" / "3시간 전" from two instants, in the UI locale, through Intl (no hand-made plural rules).
 * Returns '' for a missing or invalid time.
 */
export function relativeTime(thenMs: number | null | undefined, nowMs: number, locale: string): string {
  if (typeof thenMs !== 'number' || !Number.isFinite(thenMs)) return '';
  const diffS = Math.round((thenMs - nowMs) / 1000);
  const abs = Math.abs(diffS);
  const units: [Intl.RelativeTimeFormatUnit, number][] = [
    ['day', 86_400],
    ['hour', 3_600],
    ['minute', 60],
  ];
  let fmt: Intl.RelativeTimeFormat;
  try {
    fmt = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  } catch {
    fmt = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
  }
  for (const [unit, size] of units) {
    if (abs >= size) return fmt.format(Math.trunc(diffS / size), unit);
  }
  return fmt.format(0, 'second');
}

/** Absolute date and time in the UI locale ("2026. 11. 27. 오후 3:27"); '' when invalid. */
export function absoluteTime(ms: number | null | undefined, locale: string): string {
  if (typeof ms !== 'number' || !Number.isFinite(ms)) return '';
  const opts: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };
  try {
    return new Intl.DateTimeFormat(locale, opts).format(ms);
  } catch {
    return new Intl.DateTimeFormat('en', opts).format(ms);
  }
}

/** Clock time only ("오후 4:05"), for "until ..." notes. */
export function clockTime(ms: number, locale: string): string {
  const opts: Intl.DateTimeFormatOptions = { timeStyle: 'short' };
  try {
    return new Intl.DateTimeFormat(locale, opts).format(ms);
  } catch {
    return new Intl.DateTimeFormat('en', opts).format(ms);
  }
}
