import type { ListStatus } from '../lists/status';
import { h, uid } from './dom';
import { absoluteTime, relativeTime } from './relative-time';
import type { ViewContext } from './view-context';

const DAY = 86_400_000;

/**
 * Is something wrong with the warning list a shopper should know about? The last check failed after the
 * last success, or the list in force has expired. Both lead to the options page.
 */
export function listProblem(
  status: ListStatus | null,
  now: number,
): 'unavailable' | 'error' | 'expired' | null {
  if (!status) return 'unavailable';
  const expires = Date.parse(status.expires);
  if (Number.isFinite(expires) && expires < now) return 'expired';
  if (status.lastError && (status.lastSuccess === null || status.lastError.time > status.lastSuccess))
    return 'error';
  return null;
}

/** The technical reason of a list error, in the UI language ("HTTP 500" is kept, a browser message is not). */
function errorText(ctx: ViewContext, status: ListStatus): string {
  const e = status.lastError;
  if (!e) return '';
  const reason = ctx.t(`list_error_${e.reason.replace(/-/g, '_')}`) || ctx.t('list_error_internal');
  return /^HTTP \d{3}$/.test(e.detail ?? '') ? `${reason} (${e.detail})` : reason;
}

/**
 * The warning list on the options page: one status line in words (up to date / a problem), then the facts
 * behind it (last update, size, where it comes from, next check) for the curious and IT staff.
 */
export function listStatusView(ctx: ViewContext, status: ListStatus | null): HTMLElement {
  const { doc, t, locale } = ctx;
  const now = ctx.now();
  const id = uid('list');
  const section = h(doc, 'section', { class: 'list-status', 'aria-labelledby': id });
  section.append(h(doc, 'h2', { id }, t('options_ui_list_heading')));
  const problem = listProblem(status, now);
  if (!status) {
    section.append(
      h(doc, 'p', { class: 'status-line warn', 'data-problem': problem }, t('list_problem_unavailable')),
    );
    return section;
  }
  section.append(
    problem
      ? h(
          doc,
          'p',
          { class: 'status-line warn', 'data-problem': problem },
          t(`list_problem_${problem}`),
          problem === 'error' ? ` ${t('options_ui_list_keeps_old')}` : '',
        )
      : h(doc, 'p', { class: 'status-line ok' }, t('options_ui_list_ok')),
  );
  const line = (key: string, subs: string[], cls?: string): HTMLElement =>
    h(doc, 'li', { class: cls }, t(key, subs));
  const items: HTMLElement[] = [];
  const issuedMs = Date.parse(status.issued);
  if (Number.isFinite(issuedMs)) {
    const el = line(
      status.source === 'remote' ? 'options_ui_list_issued_remote' : 'options_ui_list_issued_bundled',
      [relativeTime(issuedMs, now, locale)],
      'age',
    );
    el.title = absoluteTime(issuedMs, locale);
    items.push(el);
  }
  if (status.lastSuccess)
    items.push(line('options_ui_list_last_success', [relativeTime(status.lastSuccess, now, locale)]));
  if (status.lastError && problem === 'error') {
    items.push(
      line(
        'options_ui_list_last_error',
        [relativeTime(status.lastError.time, now, locale), errorText(ctx, status)],
        'error',
      ),
    );
  }
  items.push(line('options_ui_list_blocked_count', [status.blockedCount.toLocaleString(locale)]));
  items.push(status.url ? line('options_ui_list_url', [status.url]) : line('options_ui_list_no_url', []));
  if (status.url && status.nextCheck && status.nextCheck - now < 30 * DAY)
    items.push(line('options_ui_list_next_check', [relativeTime(status.nextCheck, now, locale)]));
  items.push(line('options_ui_list_version', [String(status.version)], 'version'));
  section.append(h(doc, 'ul', { class: 'facts-list' }, ...items));
  return section;
}
