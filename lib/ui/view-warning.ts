import type { ContinueReply, MarkOfficialReply, ReportReply, WarningReply } from '../messages/ui';
import { brandLabel } from './brand';
import { h, uid } from './dom';
import { domainReasonLines } from './reason-text';
import { adviceView } from './view-advice';
import { icon, type ViewContext } from './view-context';
import { hostFacts, lookalikeNotes } from './view-host';
import { reasonList } from './view-reasons';
import { reportControl, reportView } from './view-report';

export interface WarningActions {
  goBack(): void;
  goOfficial(home: string): void;
  open(url: string): void;
  report(): Promise<ReportReply | null>;
  continueAnyway(): Promise<ContinueReply | null>;
  /** "This is a real Coupang site": false-alarm report and, where allowed, the domain trusted on this device */
  markOfficial(): Promise<MarkOfficialReply | null>;
  copy(text: string): Promise<boolean>;
}

export interface WarningViewResult {
  root: HTMLElement;
  /** the safe action, focused when the page opens */
  focus: HTMLElement;
}

/**
 * The warning page for `blocked` and `lookalike` addresses (and a neutral page for an address that is not
 * flagged). Two tones: a known-bad site is blocked outright; a lookalike names the brand it imitates.
 */
export function warningView(
  ctx: ViewContext,
  reply: WarningReply,
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
  const banner = h(
    doc,
    'div',
    { class: 'banner danger', role: 'alert', 'aria-labelledby': titleId },
    icon(doc, 'warning'),
    h(
      doc,
      'div',
      {},
      h(doc, 'h1', { id: titleId }, lookalike ? t('warn_title_lookalike', [brand]) : t('warn_title_blocked')),
      h(doc, 'p', { class: 'lead' }, lookalike ? t('warn_lead_lookalike', [brand]) : t('warn_lead_blocked')),
      lookalike && official
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

  const lines = domainReasonLines(t, v.reasons, {
    brand,
    domain: v.registrableDomain ?? v.hostname ?? '',
    official,
  });
  const reasonsId = uid('reasons');
  const facts = hostFacts(
    ctx,
    v,
    lookalike && reply.brand ? { pretends: { label: brand, officialDomain: official } } : {},
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
  );
  if (reply.kind === 'lookalike') root.append(falseAlarmArea(ctx, brand, actions));
  root.append(adviceView(ctx, reply.contacts));
  return { root, focus: goBack };
}

/** "Continue anyway", behind a disclosure and never the default; a policy note instead when forbidden. */
function continueArea(ctx: ViewContext, reply: WarningReply, actions: WarningActions): HTMLElement {
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

/**
 * "This is a real Coupang site", behind a disclosure with a warning (scam pages ask for this click too): a
 * false-alarm report through the report path, and the site's domain trusted on this device when settings allow.
 * Says what was really done: sent or not, added or why not.
 */
function falseAlarmArea(ctx: ViewContext, brand: string, actions: WarningActions): HTMLElement {
  const { doc, t } = ctx;
  const status = h(doc, 'p', { class: 'false-alarm-status', role: 'status', 'aria-live': 'polite' });
  const slot = h(doc, 'div', { class: 'report-slot' });
  const button = h(
    doc,
    'button',
    { type: 'button', class: 'button', 'data-action': 'mark-official' },
    t('warn_false_alarm_button', [brand]),
  );
  button.addEventListener('click', () => {
    button.disabled = true;
    void actions.markOfficial().then((r) => {
      if (!r) {
        button.disabled = false;
        status.textContent = t('warn_false_alarm_failed');
        return;
      }
      status.dataset.outcome = r.outcome;
      status.textContent = t(`warn_false_alarm_${r.outcome.replace(/-/g, '_')}`, [r.domain ?? '']);
      slot.replaceChildren(reportView(ctx, { report: r.report, sent: r.sent }, (text) => actions.copy(text)));
      if (r.sent === 'not-configured') slot.append(h(doc, 'p', {}, t('warn_false_alarm_maintainers')));
    });
  });
  return h(
    doc,
    'details',
    { class: 'more false-alarm' },
    h(doc, 'summary', {}, t('warn_false_alarm_summary', [brand])),
    h(doc, 'p', {}, t('warn_false_alarm_note')),
    button,
    status,
    slot,
  );
}
