import { z } from 'zod/mini';
import * as uiMessages from './ui';
import * as settingsMessages from './settings';
import * as listsMessages from './lists';
import * as checkMessages from './message-check';

/**
 * Every message between contexts, validated at every boundary. Names say who sends:
 *   cs:*  content script → background (least trusted: the page can influence it)
 *   ui:*  extension pages (popup, options, warning) → background
 * Each concern adds its schemas here through its own module and `messageSchema` joins them.
 */
export const urlString = z.string().check(z.minLength(1), z.maxLength(8192));

/** `early`: sent by a top page stopped at document_start, which needs only `flagged` (HelloReply) */
export const csHello = z.object({
  type: z.literal('cs:hello'),
  url: urlString,
  early: z.optional(z.literal(true)),
});
/** the content script's gate opened: inject the page scorer into the sending frame (entrypoints/scanner.ts) */
export const csLoadScanner = z.strictObject({ type: z.literal('cs:load-scanner') });
/** the sending top frame is a PDF the browser draws itself: its text, fetched and read by the background */
export const csPdfText = z.strictObject({ type: z.literal('cs:pdf-text') });
/** a picture of the sending frame's own origin, fetched by the background past the page's service worker (its bytes) */
export const csPicture = z.strictObject({ type: z.literal('cs:picture'), url: urlString });
export const uiPing = z.object({ type: z.literal('ui:ping') });
export const uiGetTabState = z.object({
  type: z.literal('ui:get-tab-state'),
  tabId: z.int().check(z.minimum(0)),
});

export const contentMessage = z.discriminatedUnion('type', [
  csHello,
  csLoadScanner,
  csPdfText,
  csPicture,
  uiMessages.csPageVerdict,
  uiMessages.csAtRisk,
  uiMessages.csReport,
  uiMessages.csContinue,
  checkMessages.csJudgeLinks,
]);
export const uiMessage = z.discriminatedUnion('type', [
  uiPing,
  uiGetTabState,
  uiMessages.uiGetWarning,
  uiMessages.uiContinue,
  uiMessages.uiReport,
  uiMessages.uiMarkOfficial,
  uiMessages.uiGoBack,
  uiMessages.uiListAllowances,
  uiMessages.uiRevokeAllowance,
  settingsMessages.uiGetSettings,
  settingsMessages.uiSetSettings,
  settingsMessages.uiGetReportStatus,
  listsMessages.uiListStatus,
  listsMessages.uiListRefresh,
  checkMessages.uiCheckMessage,
  checkMessages.uiTakeSelection,
]);

export type ContentMessage = z.infer<typeof contentMessage>;
export type UiMessage = z.infer<typeof uiMessage>;

/** Reply to cs:hello: what the content script should do on this page. */
export interface HelloReply {
  official: boolean;
  pageGuard: boolean;
  allowContinue: boolean;
  /** a page warning was issued for this tab: the frame holds typing until the tab leaves */
  hold: boolean;
  /**
   * answer to an early hello (a top page stopped at document_start): its address is a look-alike or known-bad
   * host the user has not allowed, and the tab is on its way to the warning page. Always false otherwise.
   */
  flagged: boolean;
}

/** Parse an untrusted message; null when it is not one of ours. */
export function parseContentMessage(raw: unknown): ContentMessage | null {
  const r = contentMessage.safeParse(raw);
  return r.success ? r.data : null;
}

export function parseUiMessage(raw: unknown): UiMessage | null {
  const r = uiMessage.safeParse(raw);
  return r.success ? r.data : null;
}
