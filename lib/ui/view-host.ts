import type { DomainVerdict } from '../domain/types';
import { h } from './dom';
import { hostSegments, isIdn } from './idn-segments';
import type { ViewContext } from './view-context';

/** The hostname with look-alike characters marked (each mark explained by its title and the notes list). */
export function hostLine(ctx: ViewContext, v: DomainVerdict): HTMLElement {
  const { doc } = ctx;
  const host = v.unicodeHostname ?? v.hostname ?? v.input;
  const line = h(doc, 'span', { class: 'host', dir: 'ltr', translate: 'no' });
  for (const seg of hostSegments(host, v.reasons)) {
    if (!seg.lookalike) {
      line.append(doc.createTextNode(seg.text));
      continue;
    }
    const title = seg.imitates
      ? ctx.t('warn_lookalike_char', [seg.text, seg.imitates, seg.codePoint ?? ''])
      : ctx.t('warn_lookalike_char_plain', [seg.text, seg.codePoint ?? '']);
    line.append(h(doc, 'mark', { class: 'lookalike', title }, seg.text));
  }
  return line;
}

/** Notes under the host: one per distinct look-alike character. */
export function lookalikeNotes(ctx: ViewContext, v: DomainVerdict): HTMLElement | null {
  const host = v.unicodeHostname ?? v.hostname ?? '';
  const seen = new Set<string>();
  const items: HTMLElement[] = [];
  for (const seg of hostSegments(host, v.reasons)) {
    if (!seg.lookalike || seen.has(seg.text)) continue;
    seen.add(seg.text);
    const text = seg.imitates
      ? ctx.t('warn_lookalike_char', [seg.text, seg.imitates, seg.codePoint ?? ''])
      : ctx.t('warn_lookalike_char_plain', [seg.text, seg.codePoint ?? '']);
    items.push(h(ctx.doc, 'li', {}, text));
  }
  return items.length ? h(ctx.doc, 'ul', { class: 'swaps' }, ...items) : null;
}

export interface HostFactsOptions {
  /** brand label + official domain, for lookalikes */
  pretends?: { label: string; officialDomain: string } | null;
}

/** What the site is: the address (IDN highlighted, punycode beside it), the real owner, what it imitates. */
export function hostFacts(ctx: ViewContext, v: DomainVerdict, opts: HostFactsOptions = {}): HTMLElement {
  const { doc, t } = ctx;
  const dl = h(doc, 'dl', { class: 'facts' });
  const row = (label: string, value: Node): void => {
    dl.append(h(doc, 'div', { class: 'fact' }, h(doc, 'dt', {}, label), h(doc, 'dd', {}, value)));
  };
  const idn = isIdn(v.hostname, v.unicodeHostname);
  row(idn ? t('warn_unicode_label') : t('warn_address_label'), hostLine(ctx, v));
  if (idn && v.hostname) {
    row(
      t('warn_punycode_label'),
      h(doc, 'code', { class: 'host punycode', dir: 'ltr', translate: 'no' }, v.hostname),
    );
  }
  // The real owner in ASCII: its Unicode form may be the very look-alike ("coupаng.com").
  const owner = v.registrableDomain;
  if (owner)
    row(
      t('warn_really_label'),
      h(doc, 'strong', { class: 'host owner', dir: 'ltr', translate: 'no' }, owner),
    );
  if (opts.pretends) {
    row(
      t('warn_pretends_label'),
      h(
        doc,
        'span',
        {},
        `${opts.pretends.label} `,
        h(doc, 'span', { class: 'host', dir: 'ltr', translate: 'no' }, `(${opts.pretends.officialDomain})`),
      ),
    );
  }
  return dl;
}
