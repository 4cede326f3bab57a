import '../assets/ui.css';
import '../assets/message-check.css';
import { compileLists } from '../lib/domain/index';
import { bundledList } from '../lib/lists/bundled';
import { checkMessage, MAX_MESSAGE_INPUT } from '../lib/message/index';
import type { BrandNames } from '../lib/messages/ui';
import { h } from '../lib/ui/dom';
import { translatorFor } from '../lib/ui/i18n';
import type { ViewContext } from '../lib/ui/view-context';
import { messageCheckView } from '../lib/ui/view-message';
import ko from '../public/_locales/ko/messages.json';
import en from '../public/_locales/en/messages.json';
import { loadList } from './app-list';

/**
 * The message check as an installable offline web app, for the phones no extension reaches: the same lib/ as
 * the extension, the bundled list (or a newer signed one from the list host), and text shared from the
 * messages app (Web Share Target: ./?text=…). Nothing leaves the phone: the text is judged on the device and
 * never put in storage.
 */
declare const __LIST_URL__: string;

const locale = /^ko\b/i.test(navigator.language) ? 'ko' : 'en';
const ctx: ViewContext = {
  doc: document,
  t: translatorFor((locale === 'ko' ? ko : en) as Parameters<typeof translatorFor>[0]),
  locale,
  now: () => Date.now(),
};

function sharedText(): string {
  const q = new URLSearchParams(location.search);
  return [q.get('title'), q.get('text'), q.get('url')]
    .filter((s): s is string => !!s && s.trim() !== '')
    .join('\n')
    .slice(0, MAX_MESSAGE_INPUT);
}

async function main(): Promise<void> {
  document.documentElement.lang = locale;
  document.title = ctx.t('msgcheck_page_title');
  const app = document.getElementById('app');
  if (!app) return;
  let data = bundledList;
  let lists = compileLists(data);
  const brandOf = (id: string | undefined): BrandNames | null => {
    const b = data.brands.find((x) => x.id === id);
    return b
      ? {
          id: b.id,
          latin: b.name ?? b.latin[0] ?? b.id,
          hangul: b.hangul[0] ?? null,
          home: b.home,
          officialDomain: b.domains[0] ?? '',
        }
      : null;
  };
  const shared = sharedText();
  // Shared text is in the address: take it out, so a reload or a history entry does not keep the message.
  if (shared) history.replaceState(null, '', location.pathname);
  app.replaceChildren(
    h(
      document,
      'main',
      { class: 'page check' },
      h(document, 'p', { class: 'app-name' }, ctx.t('extName')),
      h(document, 'h1', {}, ctx.t('msgcheck_heading')),
      messageCheckView(
        ctx,
        {
          check: async (text) => {
            const result = checkMessage(text, lists, data);
            return { result, contacts: data.contacts, brand: brandOf(result.brand) };
          },
        },
        { initial: shared || undefined },
      ),
    ),
  );
  app.dataset.ready = 'true';
  if ('serviceWorker' in navigator) void navigator.serviceWorker.register('./sw.js').catch(() => undefined);
  const fetched = await loadList(bundledList, __LIST_URL__, localStorage, async (url) => {
    const r = await fetch(url, { cache: 'no-cache' });
    return r.ok ? r.text() : null;
  });
  if (fetched !== data) {
    data = fetched;
    lists = compileLists(data);
  }
}

void main();
