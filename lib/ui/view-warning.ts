import type { ContinueReply, MarkOfficialReply, ReportReply, VerifiedWarningReply } from '../messages/ui';
import { brandLabel } from './brand';
import { h, uid } from './dom';
import { pageEvidenceStrength } from './evidence-strength';
import { domainReasonLines, pageReasonLines } from './reason-text';
import { adviceView } from './view-advice';
import { brandMark, icon, type ViewContext } from './view-context';
import { hostLine, isFileVerdict, lookalikeNotes, technicalFacts } from './view-host';
import { reasonList } from './view-reasons';
import { reportJsonBox, reportPanel, setBoxText } from './view-report';

export interface WarningActions {
  goBack(): void;
  goOfficial(home: string): void;
  open(url: string): void;
  /** `draft`: build the report for copying only; otherwise send it to the organisation's address */
  report(draft: boolean): Promise<ReportReply | null>;
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
 * The full-width header of a warning: our mark and name (who says so), a large icon, the verdict and what
 * to do. `severity` sets the colour: a known scam site is the strongest red.
 */
export function alarmHeader(
  ctx: ViewContext,
  severity: 'blocked' | 'lookalike' | 'page' | 'calm',
  title: string,
  lead: string,
  titleId: string,
): HTMLElement {
  const { doc } = ctx;
  const danger = severity !== 'calm';
  return h(
    doc,
    'header',
    {
      class: `alarm sev-${severity}`,
      role: danger ? 'alert' : null,
      'aria-labelledby': danger ? titleId : null,
    },
    h(
      doc,
      'div',
      { class: 'alarm-inner' },
      brandMark(ctx),
      icon(doc, severity === 'blocked' ? 'stop' : danger ? 'warning' : 'info', 'icon alarm-icon'),
      h(doc, 'h1', { id: titleId }, title),
      h(doc, 'p', { class: 'lead' }, lead),
    ),
  );
}

/** The safe action, large and first: back to the page before, or out of here. */
function backButton(ctx: ViewContext, actions: WarningActions): HTMLButtonElement {
  const b = h(
    ctx.doc,
    'button',
    { type: 'button', class: 'button primary big', 'data-action': 'back' },
    ctx.t('warn_go_back'),
  );
  b.addEventListener('click', () => actions.goBack());
  return b;
}

/**
 * The warning page for `blocked` and `lookalike` addresses, for pages the page guard found dressed up as the
 * brand (`suspicious-page`, with the page's reasons), and a neutral page for an address that is not flagged.
 * Leads with a red header (a known scam site the deepest red), one large safe action, the official site
 * second, details collapsed.
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
  const root = h(doc, 'div', { class: 'warning-shell', 'data-kind': reply.kind });
  const titleId = uid('warn-title');
  const goBack = backButton(ctx, actions);

  if (reply.kind === 'other') {
    const open = h(
      doc,
      'button',
      { type: 'button', class: 'button', 'data-action': 'open' },
      t('warn_open_other'),
    );
    open.addEventListener('click', () => actions.open(reply.url));
    root.append(
      alarmHeader(ctx, 'calm', t('warn_title_other'), t('warn_lead_other'), titleId),
      h(
        doc,
        'main',
        { class: 'page warning', 'data-kind': reply.kind },
        h(
          doc,
          'section',
          { class: 'identity' },
          h(doc, 'p', { class: 'field-label' }, t('warn_address_label')),
          h(doc, 'p', { class: 'big-host' }, hostLine(ctx, v)),
        ),
        h(
          doc,
          'div',
          { class: 'actions stack', role: 'group', 'aria-label': t('warn_actions_label') },
          goBack,
          open,
        ),
      ),
    );
    return { root, focus: goBack };
  }

  const lookalike = reply.kind === 'lookalike';
  const fakePage = reply.kind === 'suspicious-page';
  const strong = fakePage && pageEvidenceStrength(reply.page?.reasons ?? []) === 'strong';
  const title = fakePage
    ? t(strong ? 'warn_title_page_strong' : 'warn_title_page', [brand])
    : lookalike
      ? t('warn_title_lookalike', [brand])
      : t('warn_title_blocked');
  // (a page that asked for no details but pushed an action, a call, a chat, an installer, a command, is not said
  // to have asked for details: nothing shown is false)
  const askedDetails = (reply.page?.reasons ?? []).some(
    (r) =>
      r.weight > 0 &&
      r.code.startsWith('asks-') &&
      r.code !== 'asks-run-command' &&
      r.code !== 'asks-push-permission',
  );
  const lead = fakePage
    ? t(askedDetails || !reply.page ? 'warn_lead_page' : 'warn_lead_page_action', [brand])
    : lookalike
      ? t('warn_lead_lookalike', [brand])
      : t('warn_lead_blocked');
  const header = alarmHeader(
    ctx,
    fakePage ? 'page' : lookalike ? 'lookalike' : 'blocked',
    title,
    lead,
    titleId,
  );

  const actionsRow = h(
    doc,
    'div',
    { class: 'actions stack', role: 'group', 'aria-label': t('warn_actions_label') },
    goBack,
  );
  if (reply.brand?.home) {
    const home = reply.brand.home;
    const goOfficial = h(
      doc,
      'button',
      { type: 'button', class: 'button secondary big', 'data-action': 'official' },
      t('warn_go_official', [brand]),
    );
    goOfficial.addEventListener('click', () => actions.goOfficial(home));
    actionsRow.append(goOfficial);
  }

  // a page opened from disk shows its file name, and is offered no report (its address is a path on this computer)
  const file = isFileVerdict(v);
  const label = t(file ? 'warn_file_label' : 'warn_address_label');
  const identity = h(
    doc,
    'section',
    { class: 'identity', 'aria-label': label },
    h(doc, 'p', { class: 'field-label' }, label),
    h(doc, 'p', { class: 'big-host' }, hostLine(ctx, v)),
    lookalikeNotes(ctx, v),
    (lookalike || fakePage) && official
      ? h(doc, 'p', { class: 'did-you-mean' }, t('warn_did_you_mean', [brand, official]))
      : null,
  );

  const lines =
    fakePage && reply.page
      ? // plain words only: the page's field and file names stay out of the warning
        pageReasonLines(t, reply.page.reasons, brand).map(({ code, text }) => ({ code, text }))
      : domainReasonLines(t, v.reasons, {
          brand,
          domain: v.registrableDomain ?? v.hostname ?? '',
          official,
        });
  const reasonsId = uid('reasons');
  const main = h(
    doc,
    'main',
    { class: 'page warning', 'data-kind': reply.kind },
    identity,
    actionsRow,
    h(
      doc,
      'section',
      { class: 'why', 'aria-labelledby': reasonsId },
      h(doc, 'h2', { id: reasonsId }, t('warn_reasons_heading')),
      reasonList(ctx, lines),
    ),
    h(
      doc,
      'details',
      { class: 'more tech', 'data-testid': 'details' },
      h(doc, 'summary', {}, t('warn_details_summary')),
      technicalFacts(ctx, v, reply.url),
    ),
    file
      ? null
      : reportPanel(
          ctx,
          {
            address: reply.url,
            contacts: reply.contacts,
            reportConfigured: reply.reportConfigured,
            summary: t('warn_report'),
          },
          { report: (draft) => actions.report(draft), copy: (text) => actions.copy(text) },
        ),
    continueArea(ctx, reply, actions),
  );
  if (reply.kind === 'lookalike') main.append(falseAlarmArea(ctx, brand, actions));
  main.append(adviceView(ctx, reply.contacts));
  root.append(header, main);
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
    { type: 'button', class: 'button primary big', 'data-action': 'back' },
    t('warn_go_back'),
  );
  back.addEventListener('click', () => goBack());
  const root = h(
    doc,
    'div',
    { class: 'warning-shell', 'data-kind': 'unverified' },
    alarmHeader(ctx, 'calm', t('warn_title_unverified'), t('warn_lead_unverified'), uid('warn-title')),
    h(
      doc,
      'main',
      { class: 'page warning', 'data-kind': 'unverified' },
      h(doc, 'div', { class: 'actions stack', role: 'group', 'aria-label': t('warn_actions_label') }, back),
    ),
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
    { class: 'more continue' },
    h(doc, 'summary', {}, t('warn_more_summary')),
    h(doc, 'p', {}, t('warn_continue_note', [String(reply.allowanceMinutes)])),
    button,
    status,
  );
}

/**
 * "This is a real Coupang site" (false alarm): behind a disclosure, never prominent, because scam pages ask
 * for this click too. A false-alarm report through the report path, and the site's domain trusted on this device
 * when settings allow. Says what was really done: added or why not, and "sent" only once the organisation's
 * endpoint took it; the report itself is there for IT staff.
 */
function falseAlarmArea(ctx: ViewContext, brand: string, actions: WarningActions): HTMLElement {
  const { doc, t } = ctx;
  const status = h(doc, 'p', { class: 'false-alarm-status', role: 'status', 'aria-live': 'polite' });
  const sentNote = h(doc, 'p', { class: 'report-sent' });
  // For IT staff: the false-alarm report itself, once there is one (never before the click).
  const json = reportJsonBox(doc, 6);
  const it = h(
    doc,
    'details',
    { class: 'it-details report', hidden: true },
    h(doc, 'summary', {}, t('report_it_summary')),
    h(doc, 'label', { for: json.id, class: 'field-label' }, t('report_json_label')),
    json,
  );
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
      sentNote.dataset.sent = r.sent;
      if (r.report) {
        setBoxText(json, JSON.stringify(r.report, null, 2));
        it.hidden = false;
      }
      sentNote.textContent = t(
        r.sent === 'sent'
          ? 'report_sent'
          : r.sent === 'queued'
            ? 'report_queued'
            : 'warn_false_alarm_maintainers',
      );
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
    sentNote,
    it,
  );
}
