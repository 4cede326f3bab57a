import type { AllowanceEntry } from '../messages/ui';
import { h, uid } from './dom';
import { absoluteTime, clockTime } from './relative-time';
import type { ViewContext } from './view-context';

/** Options: the sites the user chose to open anyway, each with "Warn me again". */
export function allowancesView(
  ctx: ViewContext,
  entries: readonly AllowanceEntry[] | null,
  revoke: (host: string) => Promise<void>,
): HTMLElement {
  const { doc, t } = ctx;
  const id = uid('allow');
  const section = h(
    doc,
    'section',
    { class: 'allowances', 'aria-labelledby': id },
    h(doc, 'h2', { id }, t('options_ui_allowances_heading')),
    h(doc, 'p', { class: 'muted' }, t('options_ui_allowances_intro')),
  );
  if (!entries) {
    section.append(h(doc, 'p', { role: 'alert' }, t('options_ui_load_failed')));
    return section;
  }
  if (entries.length === 0) {
    section.append(h(doc, 'p', { class: 'empty' }, t('options_ui_allowances_empty')));
    return section;
  }
  const list = h(doc, 'ul', { class: 'allowance-list' });
  for (const e of entries) {
    const button = h(
      doc,
      'button',
      { type: 'button', class: 'button', 'aria-label': t('options_ui_allowance_revoke_label', [e.host]) },
      t('options_ui_allowance_revoke'),
    );
    const item = h(
      doc,
      'li',
      {},
      h(doc, 'span', { class: 'host', dir: 'ltr', translate: 'no' }, e.host),
      ' ',
      e.until === null
        ? h(doc, 'span', { class: 'muted' }, t('options_ui_allowance_real_site'))
        : h(
            doc,
            'span',
            { class: 'muted', title: absoluteTime(e.until, ctx.locale) },
            t('options_ui_allowance_until', [clockTime(e.until, ctx.locale)]),
          ),
      ' ',
      button,
    );
    button.addEventListener('click', () => {
      button.disabled = true;
      void revoke(e.host).then(() => item.remove());
    });
    list.append(item);
  }
  section.append(list);
  return section;
}
