import type { ListStatus } from '../lists/status';
import type { ReportReply, TabStateReply } from '../messages/ui';
import { brandLabel } from './brand';
import { isWarning, type DisplayKind } from './display-kind';
import { h } from './dom';
import { pageEvidenceStrength } from './evidence-strength';
import { domainReasonLines, pageReasonLines, type ReasonLine } from './reason-text';
import { clockTime } from './relative-time';
import { adviceView } from './view-advice';
import { brandMark, icon, type ViewContext } from './view-context';
import { hostLine, isFileVerdict, lookalikeNotes } from './view-host';
import { listProblem } from './view-list-status';
import { reasonList } from './view-reasons';
import { reportPanel } from './view-report';
import { messageCheckView, type MessageCheckActions } from './view-message';

export interface PopupActions {
  /** `draft`: build the report for copying only; otherwise send it to the organisation's address */
  report(draft: boolean): Promise<ReportReply | null>;
  /** the message check, folded under the page verdict */
  messageCheck?: MessageCheckActions;
  openOptions(): void;
  copy(text: string): Promise<boolean>;
}

/** Reasons the popup shows at most: the strongest ones; the warning page has them all. */
const MAX_REASONS = 2;
/** Reasons that only say "some letters are from another alphabet": the letter notes say it better. */
const LETTER_TRICKS = new Set(['homoglyph', 'mixed-script']);

/** Locale keys of the verdict line and the "what to do" line under it. */
function verdictKeys(kind: DisplayKind, state: TabStateReply): { title: string; sub: string | null } {
  switch (kind) {
    case 'official':
      return { title: 'popup_kind_official', sub: 'popup_sub_official' };
    case 'blocked':
      return { title: 'popup_kind_blocked', sub: 'popup_sub_blocked' };
    case 'lookalike':
      return { title: 'popup_kind_lookalike', sub: 'popup_sub_lookalike' };
    case 'suspicious-page':
      return {
        title:
          pageEvidenceStrength(state.page?.reasons ?? []) === 'strong'
            ? 'popup_kind_suspicious_page_strong'
            : 'popup_kind_suspicious_page',
        sub: 'popup_sub_suspicious_page',
      };
    case 'allowed':
      return { title: 'popup_kind_allowed', sub: 'popup_sub_allowed' };
    case 'unknown':
      return { title: 'popup_kind_unknown', sub: 'popup_sub_unknown' };
    case 'none':
      return { title: 'popup_kind_none', sub: null };
  }
}

/**
 * The popup: who speaks (our mark), the tab's verdict in one glance with what to do, the strongest reasons,
 * how to report, and a note only when the warning list has a problem (its status lives on the options
 * page). Fits the browsers' 600 px popup height.
 */
export function popupView(
  ctx: ViewContext,
  state: TabStateReply | null,
  list: ListStatus | null,
  actions: PopupActions,
): HTMLElement {
  const { doc, t } = ctx;
  const root = h(doc, 'main', { class: 'page popup' });
  const settings = h(
    doc,
    'button',
    { type: 'button', class: 'button link', 'data-action': 'options' },
    t('popup_settings'),
  );
  settings.addEventListener('click', () => actions.openOptions());
  root.append(h(doc, 'header', { class: 'popup-head' }, brandMark(ctx), settings));

  const section = h(doc, 'section', { class: 'current', 'aria-label': t('popup_this_page') });
  if (!state) {
    section.append(h(doc, 'p', { role: 'alert', class: 'verdict-card neutral' }, t('popup_error')));
    root.append(section);
    appendMessageCheck(ctx, root, actions);
    return root;
  }
  const kind = state.kind;
  const brandFallback = state.brand?.latin ?? state.page?.brand ?? '';
  const brand = brandLabel(state.brand, ctx.locale, brandFallback);
  const warn = isWarning(kind);
  const tone = warn
    ? kind === 'blocked'
      ? 'danger severe'
      : 'danger'
    : kind === 'official'
      ? 'ok'
      : 'neutral';
  const keys = verdictKeys(kind, state);
  section.append(
    h(
      doc,
      'div',
      { class: `verdict-card ${tone}`, 'data-kind': kind, role: warn ? 'alert' : null },
      icon(doc, kind === 'blocked' ? 'stop' : warn ? 'warning' : kind === 'official' ? 'check' : 'info'),
      h(
        doc,
        'div',
        {},
        h(doc, 'p', { class: 'verdict' }, t(keys.title, [brand])),
        keys.sub
          ? h(doc, 'p', { class: 'verdict-sub' }, t(keys.sub, [brand, state.brand?.officialDomain ?? '']))
          : null,
      ),
    ),
  );
  let explained = false;
  const file = !!state.domain && isFileVerdict(state.domain);
  if (state.domain && (state.domain.hostname || state.domain.unicodeHostname || file)) {
    section.append(
      h(
        doc,
        'p',
        { class: 'address' },
        h(doc, 'span', { class: 'label' }, `${t(file ? 'popup_file_label' : 'popup_address_label')} `),
        hostLine(ctx, state.domain),
      ),
    );
    if (warn) {
      const notes = lookalikeNotes(ctx, state.domain);
      if (notes) section.append(notes);
      explained = notes !== null;
    }
  }
  if (state.allowedUntil) {
    section.append(
      h(
        doc,
        'p',
        { class: 'allowed' },
        t('popup_allowed_until', [clockTime(state.allowedUntil, ctx.locale)]),
      ),
    );
  }
  let lines: ReasonLine[] = [];
  if (kind === 'blocked' || kind === 'lookalike') {
    const d = state.domain;
    if (d) {
      lines = domainReasonLines(t, d.reasons, {
        brand,
        domain: d.registrableDomain ?? d.hostname ?? '',
        official: state.brand?.officialDomain ?? '',
      });
      // The look-alike letters are already explained one by one above.
      if (explained) lines = lines.filter((l) => !LETTER_TRICKS.has(l.code));
    }
  } else if (kind === 'suspicious-page' && state.page) {
    // Page evidence (field names, file names) stays out of the popup: plain words only.
    lines = pageReasonLines(t, state.page.reasons, brand).map(({ code, text }) => ({ code, text }));
  }
  if (lines.length) {
    section.append(
      h(doc, 'h2', { class: 'small-heading' }, t('popup_reasons_heading')),
      reasonList(ctx, lines.slice(0, MAX_REASONS)),
    );
  }
  // (a page opened from disk: no report, its address is a path on this computer)
  if (warn && state.url && !file) {
    section.append(
      reportPanel(
        ctx,
        {
          address: state.url,
          contacts: state.contacts,
          reportConfigured: state.reportConfigured,
          summary: t('popup_report'),
        },
        { report: (draft) => actions.report(draft), copy: (text) => actions.copy(text) },
      ),
    );
  }
  root.append(section);
  appendMessageCheck(ctx, root, actions);

  const problem = listProblem(list, ctx.now());
  if (problem) {
    const open = h(
      doc,
      'button',
      { type: 'button', class: 'button link', 'data-action': 'options-list' },
      t('popup_list_problem_open'),
    );
    open.addEventListener('click', () => actions.openOptions());
    root.append(
      h(
        doc,
        'p',
        { class: 'list-problem', 'data-problem': problem, role: 'status' },
        icon(doc, 'warning'),
        h(doc, 'span', {}, t(`list_problem_${problem}`), ' ', open),
      ),
    );
  }
  root.append(adviceView(ctx, state.contacts, { collapsed: true }));
  return root;
}

/** The message check, folded: the popup stays within its height until the user opens it. */
function appendMessageCheck(ctx: ViewContext, root: HTMLElement, actions: PopupActions): void {
  if (!actions.messageCheck) return;
  root.append(
    h(
      ctx.doc,
      'details',
      { class: 'message-check-box' },
      h(ctx.doc, 'summary', {}, ctx.t('msgcheck_popup_summary')),
      messageCheckView(ctx, actions.messageCheck, { compact: true }),
    ),
  );
}
