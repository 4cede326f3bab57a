import type { ContinueReply, ReportReply, VerifiedWarningReply } from '../messages/ui';
import { brandLabel } from './brand';
import { h, uid } from './dom';
import { domainReasonLines, pageReasonLines } from './reason-text';
import { adviceView } from './view-advice';
import { icon, type ViewContext } from './view-context';
import { hostFacts, lookalikeNotes } from './view-host';
import { reasonList } from './view-reasons';
import { reportControl } from './view-report';

export interface WarningActions {
  goBack(): void;
  goOfficial(home: string): void;
  open(url: string): void;
  report(): Promise<ReportReply | null>;
  continueAnyway(): Promise<ContinueReply | null>;
  copy(text: string): Promise<boolean>;
}

export interface WarningViewResult {
  root: HTMLElement;
  /** the safe action, focused when the page opens */
  focus: HTMLElement;
}

/**
 * The warning page for `blocked` and `lookalike` addresses, for pages the page guard found dressed up as the
 * brand (`suspicious-page`, with the page's reasons), and a neutral page for an address that is not flagged.
 * A known-bad site is blocked outright; a lookalike and a fake page name the brand they imitate.
 */
export function warningView(
  ctx: ViewContext,
  reply: VerifiedWarningReply,
  actions: WarningActions,
): WarningViewResult {
  const { doc, t } = ctx;
  const v = reply.domain;
  const brand = brandLabel(reply.brand, ctx.locale, reply.brand?.latin ?? '');
  const official = reply.brand?.officialDomain ?? '';
  const root = h(doc, 'main', { class: 'page warning', 'data-kind': reply.kind });
  const titleId = uid('warn-title');

  const goBack = h(
    doc,
    'button',
    { type: 'button', class: 'button primary', 'data-action': 'back' },
    t('warn_go_back'),
  );
  goBack.addEventListener('click', () => actions.goBack());

  if (reply.kind === 'other') {
    const open = h(
      doc,
      'button',
      { type: 'button', class: 'button', 'data-action': 'open' },
      t('warn_open_other'),
    );
    open.addEventListener('click', () => actions.open(reply.url));
    root.append(
      h(
        doc,
        'div',
        { class: 'banner calm' },
        icon(doc, 'info'),
        h(
          doc,
          'div',
          {},
          h(doc, 'h1', { id: titleId }, t('warn_title_other')),
          h(doc, 'p', { class: 'lead' }, t('warn_lead_other')),
        ),
      ),
      hostFacts(ctx, v),
      h(doc, 'div', { class: 'actions', role: 'group', 'aria-label': t('warn_actions_label') }, goBack, open),
    );
    return { root, focus: goBack };
  }

  const lookalike = reply.kind === 'lookalike';
  const fakePage = reply.kind === 'suspicious-page';
  const title = fakePage
    ? t('warn_title_page', [brand])
    : lookalike
      ? t('warn_title_lookalike', [brand])
      : t('warn_title_blocked');
  const lead = fakePage
    ? t('warn_lead_page', [brand])
    : lookalike
      ? t('warn_lead_lookalike', [brand])
      : t('warn_lead_blocked');
  const banner = h(
    doc,
    'div',
    { class: 'banner danger', role: 'alert', 'aria-labelledby': titleId },
    icon(doc, 'warning'),
    h(
      doc,
      'div',
      {},
      h(doc, 'h1', { id: titleId }, title),
      h(doc, 'p', { class: 'lead' }, lead),
      (lookalike || fakePage) && official
        ? h(doc, 'p', { class: 'did-you-mean' }, t('warn_did_you_mean', [official]))
        : null,
    ),
  );

  const actionsRow = h(
    doc,
    'div',
    { class: 'actions', role: 'group', 'aria-label': t('warn_actions_label') },
    goBack,
  );
  if (reply.brand?.home) {
    const home = reply.brand.home;
    const goOfficial = h(
      doc,
      'button',
      { type: 'button', class: 'button', 'data-action': 'official' },
      t('warn_go_official', [brand]),
    );
    goOfficial.addEventListener('click', () => actions.goOfficial(home));
    actionsRow.append(goOfficial);
  }
  const { button: reportButton, slot: reportSlot } = reportControl(
    ctx,
    t('warn_report'),
    () => actions.report(),
    (text) => actions.copy(text),
  );
  actionsRow.append(reportButton);

  const lines =
    fakePage && reply.page
      ? pageReasonLines(t, reply.page.reasons, brand)
      : domainReasonLines(t, v.reasons, {
          brand,
          domain: v.registrableDomain ?? v.hostname ?? '',
          official,
        });
  const reasonsId = uid('reasons');
  const facts = hostFacts(
    ctx,
    v,
    (lookalike || fakePage) && reply.brand ? { pretends: { label: brand, officialDomain: official } } : {},
  );
  root.append(
    banner,
    h(doc, 'section', { class: 'identity' }, facts, lookalikeNotes(ctx, v)),
    actionsRow,
    reportSlot,
    h(
      doc,
      'section',
      { class: 'why', 'aria-labelledby': reasonsId },
      h(doc, 'h2', { id: reasonsId }, t('warn_reasons_heading')),
      reasonList(ctx, lines),
    ),
    continueArea(ctx, reply, actions),
    adviceView(ctx, reply.contacts),
  );
  return { root, focus: goBack };
}

/**
 * The warning page opened without a warning the background issued for this tab (a page opened it itself, or
 * its ticket expired): it names no address, judges nothing and offers nothing but leaving.
 */
export function unverifiedWarningView(ctx: ViewContext, goBack: () => void): WarningViewResult {
  const { doc, t } = ctx;
  const back = h(
    doc,
    'button',
    { type: 'button', class: 'button primary', 'data-action': 'back' },
    t('warn_go_back'),
  );
  back.addEventListener('click', () => goBack());
  const root = h(
    doc,
    'main',
    { class: 'page warning', 'data-kind': 'unverified' },
    h(
      doc,
      'div',
      { class: 'banner calm' },
      icon(doc, 'info'),
      h(
        doc,
        'div',
        {},
        h(doc, 'h1', {}, t('warn_title_unverified')),
        h(doc, 'p', { class: 'lead' }, t('warn_lead_unverified')),
      ),
    ),
    h(doc, 'div', { class: 'actions', role: 'group', 'aria-label': t('warn_actions_label') }, back),
  );
  return { root, focus: back };
}

/** "Continue anyway", behind a disclosure and never the default; a policy note instead when forbidden. */
function continueArea(ctx: ViewContext, reply: VerifiedWarningReply, actions: WarningActions): HTMLElement {
  const { doc, t } = ctx;
  if (!reply.allowContinue) {
    return h(doc, 'p', { class: 'policy-note', 'data-continue': 'forbidden' }, t('warn_continue_refused'));
  }
  const status = h(doc, 'p', { class: 'continue-status', role: 'status', 'aria-live': 'polite' });
  const button = h(
    doc,
    'button',
    { type: 'button', class: 'button quiet-danger', 'data-action': 'continue' },
    t('warn_continue'),
  );
  button.addEventListener('click', () => {
    button.disabled = true;
    void actions.continueAnyway().then((r) => {
      if (r && r.ok) return; // the page navigates away
      button.disabled = false;
      status.textContent =
        r && !r.ok && r.refused === 'policy' ? t('warn_continue_refused') : t('warn_continue_failed');
    });
  });
  return h(
    doc,
    'details',
    { class: 'more' },
    h(doc, 'summary', {}, t('warn_more_summary')),
    h(doc, 'p', {}, t('warn_continue_note', [String(reply.allowanceMinutes)])),
    button,
    status,
  );
}
