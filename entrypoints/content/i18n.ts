import { browser } from 'wxt/browser';
import type { PageReason } from '../../lib/page/types';

/** Localised string (public/_locales/*, keys page_*); the key itself if the browser has no such message. */
export function t(key: string, subs?: string[]): string {
  try {
    return browser.i18n.getMessage(key as never, subs) || key;
  } catch {
    return key;
  }
}

/**
 * What the page asks for or pushes, in plain words, one line each (the reasons come sorted by weight). The
 * identity reasons are summed up by the intro ("dressed up as Coupang, not on a Coupang address"); hidden
 * brand names get their own line.
 */
export function reasonLines(reasons: PageReason[], max = 7): string[] {
  const lines: string[] = [];
  for (const r of reasons) {
    if (r.weight <= 0 || (r.group !== 'risk' && r.code !== 'brand-obfuscated')) continue;
    const evidence = r.code === 'form-posts-elsewhere' || r.code === 'app-download' ? (r.evidence ?? '') : '';
    lines.push(t(`page_reason_${r.code.replace(/-/g, '_')}`, [evidence.slice(0, 80)]));
    if (lines.length >= max) break;
  }
  return lines;
}
