import '../../assets/ui.css';
import '../../assets/message-check.css';
import { browser } from 'wxt/browser';
import { ask, pageContext } from '../../utils/extension-page';
import type { ListStatus } from '../../lib/lists/status';
import type { ReportReply, TabStateReply } from '../../lib/messages/ui';
import type { CheckMessageReply } from '../../lib/messages/message-check';
import { h } from '../../lib/ui/dom';
import { brandMark, type ViewContext } from '../../lib/ui/view-context';
import { popupView } from '../../lib/ui/view-popup';
import { copyText } from '../../lib/ui/view-report';

/** The toolbar popup. `?tab=<id>` shows a given tab (e2e opens the popup in a tab of its own). */
const ctx: ViewContext = pageContext();

async function targetTabId(): Promise<number | null> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery >= 0 && new URLSearchParams(location.search).has('tab'))
    return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true }).catch(() => []);
  return tab?.id ?? null;
}

async function main(): Promise<void> {
  document.documentElement.lang = ctx.locale;
  document.documentElement.dir = browser.i18n.getMessage('@@bidi_dir') || 'ltr';
  document.title = ctx.t('extName');
  const app = document.getElementById('app');
  if (!app) return;
  app.replaceChildren(
    h(
      document,
      'main',
      { class: 'page popup' },
      h(document, 'header', { class: 'popup-head' }, brandMark(ctx)),
      h(document, 'p', { role: 'status' }, ctx.t('popup_loading')),
    ),
  );
  const tabId = await targetTabId();
  const [state, list] = await Promise.all([
    tabId === null ? null : ask<TabStateReply>({ type: 'ui:get-tab-state', tabId }),
    ask<ListStatus>({ type: 'ui:list-status' }),
  ]);
  app.replaceChildren(
    popupView(ctx, state, list, {
      report: (draft) =>
        state?.url
          ? ask<ReportReply>({
              type: 'ui:report',
              url: state.url,
              source: state.kind === 'suspicious-page' ? 'page' : 'domain',
              tabId: state.tabId,
              draft,
            })
          : Promise.resolve(null),
      openOptions: () => {
        void browser.runtime.openOptionsPage();
        window.close();
      },
      copy: (text) => copyText(document, text),
      messageCheck: {
        check: (text) => ask<CheckMessageReply>({ type: 'ui:check-message', text }),
        openPage: () => {
          void browser.tabs.create({ url: browser.runtime.getURL('/check.html') });
          window.close();
        },
      },
    }),
  );
  app.dataset.ready = 'true';
}

void main();
