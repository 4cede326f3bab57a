import type { Tab } from './harness/types';

/**
 * Measurements of our pages shared by the UI tests and `npm run screenshots`: the popup's content height
 * (browsers cap popups at 600 px) and sideways overflow (nothing may scroll sideways at 360 px).
 */
export const popupHeight = (tab: Tab): Promise<number> =>
  tab.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));

export const horizontalOverflow = (tab: Tab): Promise<number> =>
  tab.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/**
 * Text of the page's main content outside "Details" disclosures and tooltips: what a shopper reads
 * without asking for technical detail.
 */
export const mainContentText = (tab: Tab): Promise<string> =>
  tab.evaluate(() => {
    const root = (document.body.cloneNode(true) as HTMLElement) ?? document.body;
    root.querySelectorAll('details.tech, details.it-details, script, style').forEach((e) => e.remove());
    return root.innerText || root.textContent || '';
  });
