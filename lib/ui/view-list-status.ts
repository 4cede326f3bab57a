import type { ListStatus } from '../lists/status';
import { h, uid } from './dom';
import { absoluteTime, relativeTime } from './relative-time';
import type { ViewContext } from './view-context';

/**
 * Status of the warning list: version, age, last check (popup), plus last success, last error, size,
 * update address and next check (options page, `detailed`).
 */
export function listStatusView(ctx: ViewContext, status: ListStatus | null, detailed = false): HTMLElement {
  const { doc, t, locale } = ctx;
  const now = ctx.now();
  const id = uid('list');
  const section = h(doc, 'section', { class: 'list-status', 'aria-labelledby': id });
  section.append(h(doc, 'h2', { id }, t(detailed ? 'options_ui_list_heading' : 'popup_list_heading')));
  if (!status) {
    section.append(h(doc, 'p', { class: 'muted' }, t('popup_list_unavailable')));
    return section;
  }
  const line = (key: string, subs: string[], cls?: string): HTMLElement =>
    h(doc, 'li', { class: cls }, t(key, subs));
  const withTitle = (el: HTMLElement, ms: number): HTMLElement => {
    el.title = absoluteTime(ms, locale);
    return el;
  };
  const issuedMs = Date.parse(status.issued);
  const items: HTMLElement[] = [
    line('popup_list_version', [String(status.version)], 'version'),
    h(doc, 'li', {}, t(status.source === 'remote' ? 'popup_list_remote' : 'popup_list_bundled')),
  ];
  if (Number.isFinite(issuedMs)) {
    items.push(withTitle(line('popup_list_issued', [relativeTime(issuedMs, now, locale)], 'age'), issuedMs));
  }
  items.push(
    status.lastCheck
      ? withTitle(
          line('popup_list_checked', [relativeTime(status.lastCheck, now, locale)], 'checked'),
          status.lastCheck,
        )
      : // no update address: nothing is ever checked, the list comes with the extension
        line(status.url ? 'popup_list_never_checked' : 'options_ui_list_no_url', [], 'checked'),
  );
  if (detailed) {
    if (status.lastSuccess)
      items.push(line('options_ui_list_last_success', [relativeTime(status.lastSuccess, now, locale)]));
    if (status.lastError) {
      const code = status.lastError.reason;
      const reason = t(`list_error_${code.replace(/-/g, '_')}`) || code;
      const detail = status.lastError.detail ? ` (${status.lastError.detail})` : '';
      items.push(
        line(
          'options_ui_list_last_error',
          [relativeTime(status.lastError.time, now, locale), reason + detail],
          'error',
        ),
      );
    }
    items.push(line('options_ui_list_blocked_count', [status.blockedCount.toLocaleString(locale)]));
    if (status.url) items.push(line('options_ui_list_url', [status.url]));
    else if (status.lastCheck) items.push(line('options_ui_list_no_url', []));
    if (status.nextCheck)
      items.push(line('options_ui_list_next_check', [relativeTime(status.nextCheck, now, locale)]));
  }
  section.append(h(doc, 'ul', { class: 'facts-list' }, ...items));
  return section;
}
