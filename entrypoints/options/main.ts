import '../../assets/ui.css';
import { browser } from 'wxt/browser';
import { ask, pageContext } from '../../utils/extension-page';
import type { ListStatus } from '../../lib/lists/status';
import type { AllowancesReply } from '../../lib/messages/ui';
import { h } from '../../lib/ui/dom';
import type { ViewContext } from '../../lib/ui/view-context';
import { allowancesView } from '../../lib/ui/view-allowances';
import { listStatusView } from '../../lib/ui/view-list-status';
import { renderSettingsSection } from './settings-section';

/** Options page: list status with "check now", the sites opened anyway, then the settings (policy concern). */
const ctx: ViewContext = pageContext();
const { t } = ctx;

function listSection(status: ListStatus | null): HTMLElement {
  const section = listStatusView(ctx, status);
  // Without an update address there is nothing to check: the list comes with the extension.
  if (!status?.url) return section;
  const note = h(document, 'p', { class: 'check-status', role: 'status', 'aria-live': 'polite' });
  const button = h(
    document,
    'button',
    { type: 'button', class: 'button', 'data-action': 'check-now' },
    t('options_ui_check_now'),
  );
  button.addEventListener('click', () => {
    button.disabled = true;
    note.textContent = t('options_ui_checking');
    void ask<ListStatus>({ type: 'ui:list-refresh' }).then((next) => {
      const fresh = listSection(next ?? status);
      section.replaceWith(fresh);
      const freshNote = fresh.querySelector('.check-status');
      if (freshNote) freshNote.textContent = next ? t('options_ui_check_done') : t('options_ui_check_failed');
      (fresh.querySelector('[data-action="check-now"]') as HTMLElement | null)?.focus();
    });
  });
  section.append(h(document, 'div', { class: 'row' }, button, note));
  return section;
}

async function allowancesSection(): Promise<HTMLElement> {
  const reply = await ask<AllowancesReply>({ type: 'ui:list-allowances' });
  return allowancesView(ctx, reply?.allowances ?? null, async (host) => {
    await ask({ type: 'ui:revoke-allowance', host });
  });
}

/**
 * Chrome, Edge and Whale read no page opened from disk (file:) until the user turns on "Allow access to file URLs"
 * on the extension's details page (red team 33, r01: a kit saved from an attachment). Where it is off, one calm
 * line says so and how to turn it on; nothing in the popup. Firefox reads file pages with no such switch.
 */
async function fileAccessNote(): Promise<HTMLElement | null> {
  if (import.meta.env.BROWSER !== 'chrome') return null;
  const ext = (browser as unknown as { extension?: { isAllowedFileSchemeAccess?: () => Promise<boolean> } })
    .extension;
  if (typeof ext?.isAllowedFileSchemeAccess !== 'function') return null;
  const allowed = await ext.isAllowedFileSchemeAccess().catch(() => true);
  if (allowed) return null;
  return h(
    document,
    'p',
    { class: 'file-access', 'data-testid': 'file-access-off' },
    t('options_ui_file_access_off'),
    ' ',
    t('options_ui_file_access_how'),
  );
}

async function main(): Promise<void> {
  document.documentElement.lang = ctx.locale;
  document.documentElement.dir = browser.i18n.getMessage('@@bidi_dir') || 'ltr';
  document.title = t('options_ui_page_title');
  const app = document.getElementById('app');
  if (!app) return;
  const page = h(
    document,
    'main',
    { class: 'page options' },
    h(
      document,
      'header',
      { class: 'options-head' },
      h(document, 'img', { src: '/icon/48.png', alt: '', width: 40, height: 40 }),
      h(document, 'h1', {}, t('options_ui_page_title')),
    ),
  );
  app.replaceChildren(page);
  const [status, allowances, fileAccess] = await Promise.all([
    ask<ListStatus>({ type: 'ui:list-status' }),
    allowancesSection(),
    fileAccessNote(),
  ]);
  const settings = h(document, 'div', { class: 'settings-slot' });
  page.append(
    h(document, 'p', { class: 'status-card ok', 'data-testid': 'guard-on' }, t('options_ui_guard_on')),
    ...(fileAccess ? [fileAccess] : []),
    listSection(status),
    allowances,
    settings,
  );
  await renderSettingsSection(settings).catch((err: unknown) =>
    console.warn('[coupang-guard] settings', err),
  );
  app.dataset.ready = 'true';
}

void main();
