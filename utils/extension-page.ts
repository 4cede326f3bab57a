import { browser } from 'wxt/browser';
import type { ViewContext } from '../lib/ui/view-context';

/** What every extension page (popup, options, warning) needs from the browser: texts and the background. */
export function pageContext(): ViewContext {
  return {
    doc: document,
    t: (key, subs) => (browser.i18n.getMessage as (k: string, s?: string[]) => string)(key, subs),
    locale: browser.i18n.getUILanguage(),
    now: () => Date.now(),
  };
}

/** Ask the background; null when it did not answer (never throws into the page). */
export async function ask<T>(msg: object): Promise<T | null> {
  try {
    return ((await browser.runtime.sendMessage(msg)) as T | null) ?? null;
  } catch {
    return null;
  }
}
