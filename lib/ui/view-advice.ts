import type { Contacts } from '../messages/ui';
import { h, uid } from './dom';
import type { ViewContext } from './view-context';

/** Phone numbers from list data: digits, dashes and spaces only, or nothing. */
export function safeNumber(s: unknown): string {
  return typeof s === 'string' && /^[0-9][0-9 -]{1,19}$/.test(s) ? s : '';
}

/**
 * Safety advice from Coupang's notices after the breach; numbers come from the list data. `collapsed`
 * puts it behind a disclosure (the popup, where space is short).
 */
export function adviceView(
  ctx: ViewContext,
  contacts: Contacts | null,
  opts: { collapsed?: boolean } = {},
): HTMLElement {
  const { doc, t } = ctx;
  const id = uid('advice');
  const items: HTMLElement[] = [h(doc, 'li', {}, t('advice_no_app')), h(doc, 'li', {}, t('advice_no_links'))];
  const centre = safeNumber(contacts?.customerCentre);
  if (centre)
    items.push(h(doc, 'li', { 'data-advice': 'customer-centre' }, t('advice_customer_centre', [centre])));
  const lines = (contacts?.report ?? [])
    .map((r) => ({ number: safeNumber(r.number), org: t(`advice_org_${r.id.replace(/-/g, '_')}`) }))
    .filter((r) => r.number);
  if (lines.length) {
    items.push(
      h(
        doc,
        'li',
        { 'data-advice': 'report' },
        t('advice_report'),
        h(
          doc,
          'ul',
          { class: 'report-lines' },
          ...lines.map((r) =>
            h(doc, 'li', {}, h(doc, 'strong', { class: 'number' }, r.number), r.org ? ` ${r.org}` : ''),
          ),
        ),
      ),
    );
  }
  items.push(h(doc, 'li', {}, t('advice_entrance_code')));
  const body = [h(doc, 'ul', {}, ...items), h(doc, 'p', { class: 'source' }, t('advice_source'))];
  if (opts.collapsed) {
    return h(doc, 'details', { class: 'more advice' }, h(doc, 'summary', {}, t('advice_heading')), ...body);
  }
  return h(
    doc,
    'section',
    { class: 'advice', 'aria-labelledby': id },
    h(doc, 'h2', { id }, t('advice_heading')),
    ...body,
  );
}
