import { browser, type Browser } from 'wxt/browser';
import { classify } from '../../lib/domain/index';
import { checkMessage, MAX_MESSAGE_INPUT } from '../../lib/message/index';
import {
  csJudgeLinks,
  uiCheckMessage,
  uiTakeSelection,
  type CheckMessageReply,
  type JudgeLinksReply,
  type TakeSelectionReply,
} from '../../lib/messages/message-check';
import { getActiveListData, getCompiledLists } from './lists';
import { onContentMessage, onUiMessage } from './router';
import { afterStartup, STARTUP_DEFER_MS } from './startup';
import { brandNames } from './verdicts';

/**
 * The message check: pasted text judged with the lists in force (ui:check-message), selected text handed from
 * the context menu to the check page (ui:take-selection), and batches of link hosts judged for the webmail
 * link markers (cs:judge-links). Nothing leaves the browser: links are judged, never opened.
 */
const MENU_ID = 'coupang-guard-check-selection';
const SELECTION_PREFIX = 'selection:';

async function check(raw: unknown): Promise<CheckMessageReply | null> {
  const m = uiCheckMessage.safeParse(raw);
  if (!m.success) return null;
  const [lists, data] = await Promise.all([getCompiledLists(), getActiveListData()]);
  const result = checkMessage(m.data.text, lists, data);
  return { result, contacts: data.contacts, brand: await brandNames(null, result.brand) };
}

async function judgeLinks(raw: unknown): Promise<JudgeLinksReply | null> {
  const m = csJudgeLinks.safeParse(raw);
  if (!m.success) return null;
  const lists = await getCompiledLists();
  const flagged: JudgeLinksReply['flagged'] = [];
  for (const host of new Set(m.data.hosts)) {
    const v = classify(host, lists);
    if (v.verdict === 'blocked' || v.verdict === 'lookalike') flagged.push({ host, verdict: v.verdict });
  }
  return { flagged };
}

async function takeSelection(raw: unknown): Promise<TakeSelectionReply | null> {
  const m = uiTakeSelection.safeParse(raw);
  if (!m.success || !browser.storage.session) return { text: null };
  const key = SELECTION_PREFIX + m.data.id;
  const got = (await browser.storage.session.get(key)) as Record<string, unknown>;
  await browser.storage.session.remove(key);
  const text = got[key];
  return { text: typeof text === 'string' ? text : null };
}

/** The context-menu API where the browser has one (Firefox for Android and Safari on iOS have none). */
function menus(): typeof browser.contextMenus | undefined {
  return (browser as unknown as { contextMenus?: typeof browser.contextMenus }).contextMenus;
}

async function openCheckPage(text: string): Promise<void> {
  const id = crypto.randomUUID();
  await browser.storage.session?.set({ [SELECTION_PREFIX + id]: text.slice(0, MAX_MESSAGE_INPUT) });
  await browser.tabs.create({ url: browser.runtime.getURL(`/check.html?s=${id}`) });
}

function setupMenu(): void {
  const api = menus();
  if (!api) return;
  // Recreated at every start: menus survive in Chrome but not always in Firefox's event page. Chrome keeps
  // the item of the last run until then; the click listener below is registered at once. Two cheap calls a
  // user can miss: not put off by pages loading (STARTUP_DEFER_MS after the start, as before).
  afterStartup(
    'context menu',
    () =>
      Promise.resolve(api.removeAll()).then(() => {
        api.create({ id: MENU_ID, title: browser.i18n.getMessage('msgcheck_menu'), contexts: ['selection'] });
      }),
    STARTUP_DEFER_MS,
  );
  api.onClicked.addListener((info: Browser.contextMenus.OnClickData) => {
    if (info.menuItemId === MENU_ID && info.selectionText) void openCheckPage(info.selectionText);
  });
}

export function setupMessageCheck(): void {
  onUiMessage('ui:check-message', check);
  onUiMessage('ui:take-selection', takeSelection);
  onContentMessage('cs:judge-links', judgeLinks);
  setupMenu();
}
