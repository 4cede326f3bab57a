import type { Contacts, ReportReply } from '../messages/ui';
import { append, h, uid } from './dom';
import { safeNumber } from './view-advice';
import type { ViewContext } from './view-context';

export interface ReportActions {
  /** `draft`: only build the report for copying; otherwise send it to the organisation's address */
  report(draft: boolean): Promise<ReportReply | null>;
  copy(text: string): Promise<boolean>;
}

export interface ReportPanelOptions {
  /** the address to report, as the browser has it (ASCII) */
  address: string;
  contacts: Contacts | null;
  /** the organisation set a report address: offer to send it there */
  reportConfigured: boolean;
  /** summary text of the disclosure */
  summary: string;
}

/**
 * "Report": for a shopper, how to report the site to 118 and 112 with the address ready to copy; when the
 * organisation set a report address, a button that sends it there and says "sent" only once the endpoint
 * accepted it. The report's JSON is for IT staff, in a disclosure of its own.
 */
export function reportPanel(ctx: ViewContext, opts: ReportPanelOptions, actions: ReportActions): HTMLElement {
  const { doc, t } = ctx;
  const panel = h(doc, 'details', { class: 'more report-panel', 'data-testid': 'report' });
  panel.append(h(doc, 'summary', { 'data-action': 'report' }, opts.summary));

  // The address, ready to copy.
  const addrId = uid('report-address');
  const addrStatus = h(doc, 'p', { class: 'copy-status', role: 'status', 'aria-live': 'polite' });
  const address = h(doc, 'input', {
    id: addrId,
    class: 'address-box',
    type: 'text',
    readonly: true,
    dir: 'ltr',
    spellcheck: 'false',
    value: opts.address,
  });
  address.value = opts.address;
  const copyAddress = h(
    doc,
    'button',
    { type: 'button', class: 'button', 'data-action': 'copy-address' },
    t('report_copy_address'),
  );
  copyAddress.addEventListener('click', () => {
    void actions.copy(opts.address).then((ok) => {
      addrStatus.textContent = ok ? t('report_copied') : t('report_copy_failed');
    });
  });

  const lines = (opts.contacts?.report ?? [])
    .map((r) => ({ id: r.id.replace(/-/g, '_'), number: safeNumber(r.number) }))
    .filter((r) => r.number && t(`report_where_${r.id}`));
  append(
    panel,
    h(doc, 'p', {}, t('report_how_intro')),
    lines.length
      ? h(
          doc,
          'ul',
          { class: 'report-lines' },
          ...lines.map((r) =>
            h(
              doc,
              'li',
              { 'data-org': r.id },
              h(doc, 'strong', { class: 'number' }, r.number),
              ` ${t(`report_where_${r.id}`)}`,
            ),
          ),
        )
      : null,
    h(doc, 'label', { for: addrId, class: 'field-label' }, t('report_address_label')),
    h(doc, 'div', { class: 'copy-row' }, address, copyAddress),
    addrStatus,
  );

  // The organisation's report address, when set: "sent" only after a 2xx.
  const json = reportJsonBox(doc, 8);
  const fill = (reply: ReportReply | null): void =>
    setBoxText(json, reply ? JSON.stringify(reply.report, null, 2) : t('report_failed'));
  if (opts.reportConfigured) {
    const status = h(doc, 'p', { class: 'report-sent', role: 'status', 'aria-live': 'polite' });
    const send = h(
      doc,
      'button',
      { type: 'button', class: 'button', 'data-action': 'report-org' },
      t('report_send_org'),
    );
    send.addEventListener('click', () => {
      send.disabled = true;
      status.textContent = t('report_sending');
      status.removeAttribute('data-sent');
      void actions.report(false).then((reply) => {
        const sent = reply?.sent ?? 'failed';
        status.dataset.sent = sent;
        status.textContent = t(
          sent === 'sent' ? 'report_sent' : sent === 'queued' ? 'report_queued' : 'report_send_failed',
        );
        send.disabled = sent === 'sent';
        if (reply) fill(reply);
      });
    });
    panel.append(h(doc, 'p', { class: 'muted' }, t('report_org_intro')), send, status);
  } else {
    panel.append(h(doc, 'p', { class: 'muted', 'data-sent': 'not-configured' }, t('report_not_sent')));
  }

  // For IT staff: the report itself (address, verdict, reasons, time, version).
  const jsonId = json.id;
  const jsonStatus = h(doc, 'p', { class: 'copy-status', role: 'status', 'aria-live': 'polite' });
  const copyJson = h(doc, 'button', { type: 'button', class: 'button' }, t('report_copy'));
  copyJson.addEventListener('click', () => {
    void actions.copy(json.value).then((ok) => {
      jsonStatus.textContent = ok ? t('report_copied') : t('report_copy_failed');
    });
  });
  const it = h(
    doc,
    'details',
    { class: 'it-details' },
    h(doc, 'summary', {}, t('report_it_summary')),
    h(doc, 'p', { class: 'muted' }, t('report_intro')),
    h(doc, 'label', { for: jsonId, class: 'field-label' }, t('report_json_label')),
    json,
    h(doc, 'div', { class: 'row' }, copyJson, jsonStatus),
  );
  it.addEventListener('toggle', () => {
    if (it.hasAttribute('open') && !json.value) void actions.report(true).then(fill);
  });
  panel.append(it);
  return panel;
}

/** Copy through the async clipboard, falling back to a selection copy. */
export async function copyText(doc: Document, text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = doc.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    doc.body.append(area);
    area.select();
    let ok = false;
    try {
      ok = doc.execCommand('copy');
    } catch {
      ok = false;
    }
    area.remove();
    return ok;
  }
}

/** The read-only box a report is shown in as JSON, for IT staff (the report panel, the false-alarm area). */
export function reportJsonBox(doc: Document, rows: number): HTMLTextAreaElement {
  return h(doc, 'textarea', {
    readonly: true,
    rows,
    spellcheck: 'false',
    dir: 'ltr',
    id: uid('report-json'),
  });
}

/** Puts `text` in a box as its value and as its text (what a reader of the markup sees, too). */
export function setBoxText(box: HTMLTextAreaElement, text: string): void {
  box.value = text;
  box.textContent = text;
}
