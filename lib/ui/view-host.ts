import { isLocalFileUrl, localFileName } from '../domain/local-file';
import type { DomainVerdict } from '../domain/types';
import { h } from './dom';
import { codePointLabel, hostSegments, isIdn, scriptOf, type HostSegment } from './idn-segments';
import type { ViewContext } from './view-context';

/** One look-alike character in plain words: "‘а’ is not the English a but a Russian letter that looks the same". */
export function lookalikeSentence(ctx: ViewContext, seg: HostSegment): string {
  const script = scriptOf(seg.text);
  if (seg.imitates) return ctx.t(`warn_char_${script}`, [seg.text, seg.imitates]);
  return ctx.t('warn_char_plain', [seg.text]);
}

/** A page opened from disk (no host): its file name is what the user can recognise (red team 33, r01). */
export function isFileVerdict(v: DomainVerdict): boolean {
  return !v.hostname && !v.unicodeHostname && isLocalFileUrl(v.input);
}

/**
 * The hostname as it appears, look-alike characters marked (each explained in words by its title); for a page
 * opened from disk, its file name, decoded, as text.
 */
export function hostLine(ctx: ViewContext, v: DomainVerdict): HTMLElement {
  const { doc } = ctx;
  if (isFileVerdict(v)) {
    return h(
      doc,
      'span',
      { class: 'host file', dir: 'auto', translate: 'no' },
      localFileName(v.input) ?? v.input,
    );
  }
  const host = v.unicodeHostname ?? v.hostname ?? v.input;
  const line = h(doc, 'span', { class: 'host', dir: 'ltr', translate: 'no' });
  for (const seg of hostSegments(host, v.reasons)) {
    if (!seg.lookalike) {
      line.append(doc.createTextNode(seg.text));
      continue;
    }
    line.append(h(doc, 'mark', { class: 'lookalike', title: lookalikeSentence(ctx, seg) }, seg.text));
  }
  return line;
}

/** One sentence per distinct look-alike character, in words (no code points: those are under "Details"). */
export function lookalikeNotes(ctx: ViewContext, v: DomainVerdict): HTMLElement | null {
  const host = v.unicodeHostname ?? v.hostname ?? '';
  const seen = new Set<string>();
  const items: HTMLElement[] = [];
  for (const seg of hostSegments(host, v.reasons)) {
    if (!seg.lookalike || seen.has(seg.text)) continue;
    seen.add(seg.text);
    items.push(h(ctx.doc, 'li', {}, lookalikeSentence(ctx, seg)));
  }
  return items.length ? h(ctx.doc, 'ul', { class: 'swaps' }, ...items) : null;
}

/**
 * Technical detail for the curious and for IT staff, shown under "Details": the spelling the browser
 * really uses (punycode), the code point of each look-alike character, the registered domain (only when it
 * differs from the host) and the full address.
 */
export function technicalFacts(ctx: ViewContext, v: DomainVerdict, url?: string): HTMLElement {
  const { doc, t } = ctx;
  const dl = h(doc, 'dl', { class: 'facts' });
  const row = (label: string, value: Node | string): void => {
    dl.append(h(doc, 'div', { class: 'fact' }, h(doc, 'dt', {}, label), h(doc, 'dd', {}, value)));
  };
  const code = (text: string): HTMLElement =>
    h(doc, 'code', { class: 'host', dir: 'ltr', translate: 'no' }, text);
  if (url) row(t('warn_tech_url'), code(url));
  if (isIdn(v.hostname, v.unicodeHostname) && v.hostname) row(t('warn_tech_punycode'), code(v.hostname));
  const host = v.unicodeHostname ?? v.hostname ?? '';
  const seen = new Set<string>();
  for (const seg of hostSegments(host, v.reasons)) {
    if (!seg.lookalike || seen.has(seg.text)) continue;
    seen.add(seg.text);
    row(
      t('warn_tech_char', [seg.text]),
      code(`${seg.codePoint ?? codePointLabel(seg.text)}${seg.imitates ? ` ≠ ${seg.imitates}` : ''}`),
    );
  }
  // The registered domain in ASCII (its Unicode form may be the look-alike itself); only when it says more.
  const owner = v.registrableDomain;
  if (owner && owner !== v.hostname) row(t('warn_tech_registered'), code(owner));
  return dl;
}
