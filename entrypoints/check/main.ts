import '../../assets/ui.css';
import '../../assets/message-check.css';
import { browser } from 'wxt/browser';
import { ask, pageContext } from '../../utils/extension-page';
import type { CheckMessageReply, TakeSelectionReply } from '../../lib/messages/message-check';
import { h } from '../../lib/ui/dom';
import type { ViewContext } from '../../lib/ui/view-context';
import { messageCheckView } from '../../lib/ui/view-message';

/**
 * The message check on a page of its own: opened from the popup, or from the context menu with the selected
 * text (`?s=<id>`: the background hands the text over once; the text itself never travels in the address).
 */
const ctx: ViewContext = pageContext();

async function main(): Promise<void> {
  document.documentElement.lang = ctx.locale;
  document.documentElement.dir = browser.i18n.getMessage('@@bidi_dir') || 'ltr';
  document.title = ctx.t('msgcheck_page_title');
  const app = document.getElementById('app');
  if (!app) return;
  const id = new URLSearchParams(location.search).get('s');
  const handed = id ? await ask<TakeSelectionReply>({ type: 'ui:take-selection', id }) : null;
  app.replaceChildren(
    h(
      document,
      'main',
      { class: 'page check' },
      h(document, 'p', { class: 'app-name' }, ctx.t('extName')),
      h(document, 'h1', {}, ctx.t('msgcheck_heading')),
      messageCheckView(
        ctx,
        { check: (text) => ask<CheckMessageReply>({ type: 'ui:check-message', text }) },
        { initial: handed?.text ?? undefined },
      ),
    ),
  );
  app.dataset.ready = 'true';
  if (!handed?.text) app.querySelector('textarea')?.focus();
}

void main();
