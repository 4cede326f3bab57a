import '../../assets/ui.css';
import { browser } from 'wxt/browser';
import { ask, pageContext } from '../../utils/extension-page';
import { readWarningParams } from '../../lib/lists/warning-url';
import type {
  ContinueReply,
  GoBackReply,
  MarkOfficialReply,
  ReportReply,
  WarningReply,
} from '../../lib/messages/ui';
import { h } from '../../lib/ui/dom';
import type { ViewContext } from '../../lib/ui/view-context';
import { copyText } from '../../lib/ui/view-report';
import { unverifiedWarningView, warningView } from '../../lib/ui/view-warning';

/**
 * The warning page. It speaks only when spoken to: the background answers ui:get-warning with a verdict only
 * for a warning it issued for this tab (the ticket in the address); anything else gets a neutral page that
 * names no address. The address in the query string is never trusted. Untrusted text is only set as text.
 */
const ctx: ViewContext = pageContext();
const { t } = ctx;

function show(app: HTMLElement, ...nodes: Node[]): void {
  app.replaceChildren(...nodes);
}

function message(text: string, role: 'alert' | 'status' = 'status'): HTMLElement {
  return h(document, 'main', { class: 'page' }, h(document, 'p', { role }, text));
}

async function main(): Promise<void> {
  document.documentElement.lang = ctx.locale;
  document.documentElement.dir = browser.i18n.getMessage('@@bidi_dir') || 'ltr';
  document.title = t('warn_page_title');
  const app = document.getElementById('app');
  if (!app) return;
  // Never inside a frame: another page could dress it up or click "Continue anyway" through it.
  if (window.top !== window) {
    show(app, message(t('warn_framed'), 'alert'));
    return;
  }
  const params = readWarningParams(location.href);
  show(app, message(t('warn_loading')));
  const tab = await browser.tabs.getCurrent().catch(() => undefined);
  const tabId = tab?.id;
  const reply = await ask<WarningReply>({
    type: 'ui:get-warning',
    url: params.url,
    tabId,
    ticket: params.ticket,
  });
  if (!reply) {
    show(app, message(t('warn_error'), 'alert'));
    return;
  }
  const leave = (steps: number) => {
    if (history.length > steps) history.go(-steps);
    else if (tabId !== undefined) void ask<GoBackReply>({ type: 'ui:go-back', tabId });
    else window.close();
  };
  if (reply.kind === 'unverified') {
    const neutral = unverifiedWarningView(ctx, () => leave(1));
    show(app, neutral.root);
    neutral.focus.focus();
    return;
  }
  const { url, ticket } = reply;
  const view = warningView(ctx, reply, {
    goBack: () => leave(reply.backSteps),
    goOfficial: (home) => {
      if (/^https:\/\//i.test(home)) location.assign(home);
    },
    open: (target) => {
      if (/^https?:\/\//i.test(target)) location.assign(target);
    },
    report: (draft) =>
      ask<ReportReply>({
        type: 'ui:report',
        url,
        source: reply.kind === 'suspicious-page' ? 'page' : 'domain',
        tabId,
        ticket,
        draft,
      }),
    continueAnyway: async () => {
      const r = await ask<ContinueReply>({ type: 'ui:continue', url, tabId, ticket });
      // Replace the warning in history: Back from the site returns to the page before it.
      if (r?.ok && /^https?:\/\//i.test(r.url)) location.replace(r.url);
      // a page opened from disk: no extension page may open a file: address itself, but the file is the entry
      // this warning replaced the page of (red team 33, r01)
      else if (r?.ok && /^file:/i.test(r.url)) history.back();
      return r;
    },
    markOfficial: () => ask<MarkOfficialReply>({ type: 'ui:mark-official', url, tabId }),
    copy: (text) => copyText(document, text),
  });
  show(app, view.root);
  view.focus.focus();
}

void main();
