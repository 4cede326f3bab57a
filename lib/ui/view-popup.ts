import type { ListStatus } from '../lists/status';
import type { ReportReply, TabStateReply } from '../messages/ui';
import { brandLabel } from './brand';
import { isWarning } from './display-kind';
import { h, uid } from './dom';
import { domainReasonLines, pageReasonLines, type ReasonLine } from './reason-text';
import { clockTime } from './relative-time';
import { adviceView } from './view-advice';
import { icon, type ViewContext } from './view-context';
import { hostLine } from './view-host';
import { listStatusView } from './view-list-status';
import { reasonList } from './view-reasons';
import { reportControl } from './view-report';
import { messageCheckView, type MessageCheckActions } from './view-message';

export interface PopupActions {
  report(): Promise<ReportReply | null>;
  /** the message check, folded under the page verdict */
  messageCheck?: MessageCheckActions;
  openOptions(): void;
  copy(text: string): Promise<boolean>;
}

const KIND_KEY = {
  official: 'popup_kind_official',
  blocked: 'popup_kind_blocked',
  lookalike: 'popup_kind_lookalike',
  'suspicious-page': 'popup_kind_suspicious_page',
  unknown: 'popup_kind_unknown',
  none: 'popup_kind_none',
} as const;

/** The popup: the tab's verdict and reasons, the list status and the safety advice. */
export function popupView(
  ctx: ViewContext,
  state: TabStateReply | null,
  list: ListStatus | null,
  actions: PopupActions,
): HTMLElement {
  const { doc, t } = ctx;
  const root = h(doc, 'main', { class: 'page popup' });
  root.append(h(doc, 'h1', { class: 'app-name' }, t('extName')));

  const tabId = uid('tab');
  const tabSection = h(doc, 'section', { class: 'current', 'aria-labelledby': tabId });
  tabSection.append(h(doc, 'h2', { id: tabId, class: 'visually-hidden' }, t('popup_this_page')));
  if (!state) {
    tabSection.append(h(doc, 'p', { role: 'alert' }, t('popup_error')));
  } else {
    const kind = state.kind;
    const brandFallback = state.brand?.latin ?? state.page?.brand ?? '';
    const brand = brandLabel(state.brand, ctx.locale, brandFallback);
    const warn = isWarning(kind);
    tabSection.append(
      h(
        doc,
        'p',
        {
          class: `verdict ${warn ? 'danger' : kind === 'official' ? 'ok' : 'neutral'}`,
          'data-kind': kind,
          role: warn ? 'alert' : null,
        },
        icon(doc, warn ? 'warning' : kind === 'official' ? 'check' : 'info'),
        h(doc, 'span', {}, t(KIND_KEY[kind], [brand])),
      ),
    );
    if (state.domain && (state.domain.hostname || state.domain.unicodeHostname)) {
      tabSection.append(
        h(
          doc,
          'p',
          { class: 'address' },
          h(doc, 'span', { class: 'label' }, `${t('popup_address_label')} `),
          hostLine(ctx, state.domain),
        ),
      );
    }
    if (state.allowedUntil) {
      tabSection.append(
        h(
          doc,
          'p',
          { class: 'allowed' },
          t('popup_allowed_until', [clockTime(state.allowedUntil, ctx.locale)]),
        ),
      );
    }
    let lines: ReasonLine[] = [];
    if (kind === 'blocked' || kind === 'lookalike' || kind === 'official') {
      const d = state.domain;
      if (d) {
        lines = domainReasonLines(t, d.reasons, {
          brand,
          domain: d.registrableDomain ?? d.hostname ?? '',
          official: state.brand?.officialDomain ?? '',
        });
      }
    } else if (kind === 'suspicious-page' && state.page) {
      lines = pageReasonLines(t, state.page.reasons, brand);
    }
    if (lines.length && kind !== 'official') {
      const rid = uid('why');
      tabSection.append(h(doc, 'h3', { id: rid }, t('popup_reasons_heading')), reasonList(ctx, lines));
    }
    if (warn) {
      const { button, slot } = reportControl(
        ctx,
        t('popup_report'),
        () => actions.report(),
        (text) => actions.copy(text),
      );
      tabSection.append(h(doc, 'div', { class: 'actions' }, button), slot);
    }
  }
  root.append(tabSection);
  if (actions.messageCheck) {
    root.append(
      h(
        doc,
        'details',
        { class: 'message-check-box' },
        h(doc, 'summary', {}, t('msgcheck_popup_summary')),
        messageCheckView(ctx, actions.messageCheck, { compact: true }),
      ),
    );
  }
  root.append(listStatusView(ctx, list), adviceView(ctx, state?.contacts ?? null));
  const settings = h(
    doc,
    'button',
    { type: 'button', class: 'button link', 'data-action': 'options' },
    t('popup_settings'),
  );
  settings.addEventListener('click', () => actions.openOptions());
  root.append(h(doc, 'footer', {}, settings));
  return root;
}
