import { t } from './i18n';
import type { ReportOutcome } from './messaging';

/**
 * The in-page warning. It lives in a CLOSED shadow root (page scripts cannot reach into it, page CSS cannot
 * restyle it), is shown as a modal <dialog> (the browser's top layer: above any z-index, the page behind it
 * inert), and is put back if the page removes it or tampers with its host. Every text is set with
 * textContent; page-derived evidence never becomes markup.
 */
export interface WarningModel {
  host: string;
  lines: string[];
  allowContinue: boolean;
  /** strong evidence (asks for highly sensitive data and sends it away): the title calls it a fake outright */
  strong: boolean;
}

export interface WarningActions {
  back(): void;
  home(): void;
  report(): Promise<ReportOutcome>;
  continueAnyway(): void;
}

export interface WarningHandle {
  host: Element;
  close(): void;
}

// `all: initial` resets every property the page could set on our host (opacity, transform, clip-path …); inline
// !important beats any stylesheet rule.
const HOST_STYLE =
  'all:initial!important;display:block!important;position:fixed!important;top:0!important;left:0!important;' +
  'z-index:2147483647!important';

const CSS = `
dialog{all:initial;box-sizing:border-box;position:fixed;inset:0;margin:auto;width:min(560px,calc(100vw - 32px));height:fit-content;
max-height:calc(100vh - 32px);overflow:auto;padding:28px;border-radius:14px;border:3px solid #b3261e;background:#fff;
color:#1b1b1b;font:16px/1.55 system-ui,sans-serif;box-shadow:0 12px 48px #0008}
dialog::backdrop{background:#200c}
dialog:not([open]){display:none}
h2,h3{display:block;margin:0 0 8px;font-weight:700}
h2{font-size:22px;color:#8c1d18}
p,li{margin:0 0 10px}
ul{padding-left:22px}
.host{font-weight:700;word-break:break-all}
.note,.quiet{font-size:14px;color:#444}
.row{display:flex;flex-wrap:wrap;gap:10px;margin-top:18px}
button{all:unset;cursor:pointer;padding:11px 16px;border-radius:8px;font-weight:600;border:2px solid #0b57d0;color:#0b57d0;
text-align:center}
.primary{background:#0b57d0;color:#fff}
.quiet{border-color:#0000;text-decoration:underline}
button:focus-visible{outline:3px solid;outline-offset:2px}
@media (prefers-color-scheme:dark){dialog{background:#1f1f1f;color:#f1f1f1;border-color:#f2b8b5}h2{color:#f2b8b5}
.note,.quiet{color:#c9c9c9}button{color:#a8c7fa;border-color:#a8c7fa}.primary{background:#a8c7fa;color:#062e6f}}
`;

function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  text?: string,
  attrs: Record<string, string> = {},
): HTMLElementTagNameMap[K] {
  const e = doc.createElement(tag);
  if (text !== undefined) e.textContent = text;
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  return e;
}

export function showWarning(doc: Document, model: WarningModel, actions: WarningActions): WarningHandle {
  const host = doc.createElement('coupang-guard-warning');
  host.setAttribute('style', HOST_STYLE);
  const root = host.attachShadow({ mode: 'closed' });
  const style = el(doc, 'style', CSS);
  const dialog = el(doc, 'dialog', undefined, {
    role: 'alertdialog',
    'aria-modal': 'true',
    'aria-labelledby': 'cg-title',
    'aria-describedby': 'cg-desc',
    lang: t('page_lang'),
  });
  const title = el(doc, 'h2', t(model.strong ? 'page_title_strong' : 'page_title'), { id: 'cg-title' });
  const desc = el(doc, 'p', undefined, { id: 'cg-desc' });
  desc.append(t('page_intro_before'), el(doc, 'span', model.host, { class: 'host' }), t('page_intro_after'));
  const found = el(doc, 'h3', t('page_found'));
  const list = el(doc, 'ul');
  for (const line of model.lines) list.append(el(doc, 'li', line));
  const never = el(doc, 'p', t('page_never'), { class: 'note' });
  const held = el(doc, 'p', t('page_fields_held'), { class: 'note' });
  const status = el(doc, 'p', '', { role: 'status', 'aria-live': 'polite' });
  const back = el(doc, 'button', t('page_back'), { class: 'primary', type: 'button' });
  const home = el(doc, 'button', t('page_home'), { type: 'button' });
  const report = el(doc, 'button', t('page_report'), { type: 'button' });
  const row = el(doc, 'div', undefined, { class: 'row' });
  row.append(back, home, report);
  if (model.allowContinue) {
    const cont = el(doc, 'button', t('page_continue'), { class: 'quiet', type: 'button' });
    cont.addEventListener('click', () => {
      handle.close();
      actions.continueAnyway();
    });
    row.append(cont);
  }
  back.addEventListener('click', () => actions.back());
  home.addEventListener('click', () => actions.home());
  report.addEventListener('click', () => {
    report.disabled = true;
    status.textContent = t('page_report_sending');
    void actions.report().then((outcome) => {
      // "Reported" only when the organisation's endpoint accepted it; otherwise say how to report by phone.
      status.textContent = t(`page_report_${outcome.replace(/-/g, '_')}`);
      report.disabled = outcome === 'sent';
    });
  });
  dialog.append(title, desc);
  if (model.lines.length) dialog.append(found, list);
  dialog.append(never, held, row, status);
  root.append(style, dialog);

  let closed = false;
  const open = () => {
    if (closed) return;
    if (!host.isConnected) (doc.documentElement ?? doc.body)?.appendChild(host);
    if (host.getAttribute('style') !== HOST_STYLE) host.setAttribute('style', HOST_STYLE);
    for (const a of ['hidden', 'inert', 'class']) if (host.hasAttribute(a)) host.removeAttribute(a);
    if (!dialog.open) {
      try {
        dialog.showModal();
      } catch {
        dialog.setAttribute('open', '');
      }
      back.focus();
    }
  };
  // Escape must not dismiss the warning silently; a forced close (browser anti-abuse) re-opens it.
  dialog.addEventListener('cancel', (e) => e.preventDefault());
  dialog.addEventListener('close', () => queueMicrotask(open));

  // Put it back if the page removes or restyles it.
  const guard = new MutationObserver(() => open());
  open();
  guard.observe(doc, { childList: true });
  if (doc.documentElement) guard.observe(doc.documentElement, { childList: true });
  guard.observe(host, { attributes: true });

  const handle: WarningHandle = {
    host,
    close() {
      closed = true;
      guard.disconnect();
      try {
        dialog.close();
      } catch {
        // already closed
      }
      host.remove();
    },
  };
  return handle;
}
