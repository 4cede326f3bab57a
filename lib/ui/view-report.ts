import type { ReportReply } from '../messages/ui';
import { h, uid } from './dom';
import type { ViewContext } from './view-context';

/**
 * The report a user may copy (and whether it was sent to the organisation's endpoint). The JSON sits in a
 * read-only text box: selectable by hand when the clipboard is refused.
 */
export function reportView(
  ctx: ViewContext,
  reply: ReportReply | null,
  copy: (text: string) => Promise<boolean>,
): HTMLElement {
  const { doc, t } = ctx;
  const headingId = uid('report');
  const section = h(doc, 'section', { class: 'report', 'aria-labelledby': headingId, tabindex: -1 });
  section.append(h(doc, 'h2', { id: headingId }, t('report_heading')));
  if (!reply) {
    section.append(h(doc, 'p', { role: 'alert' }, t('report_failed')));
    return section;
  }
  const json = JSON.stringify(reply.report, null, 2);
  const boxId = uid('report-json');
  const status = h(doc, 'p', { class: 'copy-status', role: 'status', 'aria-live': 'polite' });
  const copyButton = h(doc, 'button', { type: 'button', class: 'button' }, t('report_copy'));
  copyButton.addEventListener('click', () => {
    void copy(json).then((ok) => {
      status.textContent = ok ? t('report_copied') : t('report_copy_failed');
    });
  });
  const box = h(doc, 'textarea', { id: boxId, readonly: true, rows: 8, spellcheck: 'false', dir: 'ltr' });
  box.value = json;
  box.textContent = json;
  section.append(
    h(
      doc,
      'p',
      { class: 'report-sent', 'data-sent': reply.sent },
      t(reply.sent === 'queued' ? 'report_sent' : 'report_not_sent'),
    ),
    h(doc, 'p', {}, t('report_intro')),
    h(doc, 'label', { for: boxId }, t('report_json_label')),
    box,
    h(doc, 'div', { class: 'row' }, copyButton, status),
  );
  return section;
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

/**
 * The "Report" button and the place its result appears: pressing it asks `report()` and shows the report
 * (copy box, sent or not) in the slot, with focus on it. Shared by the popup and the warning page.
 */
export function reportControl(
  ctx: ViewContext,
  label: string,
  report: () => Promise<ReportReply | null>,
  copy: (text: string) => Promise<boolean>,
): { button: HTMLButtonElement; slot: HTMLElement } {
  const { doc } = ctx;
  const slot = h(doc, 'div', { class: 'report-slot' });
  const button = h(doc, 'button', { type: 'button', class: 'button', 'data-action': 'report' }, label);
  button.addEventListener('click', () => {
    button.disabled = true;
    void report().then((r) => {
      slot.replaceChildren(reportView(ctx, r, copy));
      (slot.firstElementChild as HTMLElement | null)?.focus();
      button.disabled = false;
    });
  });
  return { button, slot };
}
