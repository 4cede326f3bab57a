import '../../assets/settings.css';
import { browser } from 'wxt/browser';
import { ask } from '../../utils/extension-page';
import type { GetSettingsReply, ReportStatusReply, SetSettingsReply } from '../../lib/messages/settings';
import { settingsView } from '../../lib/ui/view-settings';
import type { ViewContext } from '../../lib/ui/view-context';

/**
 * The options page's settings section (owned by the policy concern; the options page calls it).
 * Renders into `container` and renders again when the policy changes while the page is open.
 */
export async function renderSettingsSection(container: HTMLElement): Promise<void> {
  const ctx: ViewContext = {
    doc: container.ownerDocument,
    // WXT types getMessage with the keys known at `wxt prepare`; ours are checked by the locale test.
    t: (key, subs) => (browser.i18n.getMessage as (k: string, s?: string[]) => string)(key, subs),
    locale: browser.i18n.getUILanguage(),
    now: () => Date.now(),
  };
  const render = async (): Promise<void> => {
    const [reply, reports] = await Promise.all([
      ask<GetSettingsReply>({ type: 'ui:get-settings' }),
      ask<ReportStatusReply>({ type: 'ui:get-report-status' }),
    ]);
    const view = settingsView(
      ctx,
      { reply: reply && 'settings' in reply ? reply : null, reports },
      {
        save: async (changes) => {
          const res = await ask<SetSettingsReply>({ type: 'ui:set-settings', settings: changes });
          if (!res) throw new Error('no reply');
          return res;
        },
      },
    );
    container.replaceChildren(view);
    container.dataset.settingsReady = 'true';
  };
  await render();
  // Policy applied live: Chrome rewrites managed storage while the page is open.
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') void render();
  });
}
