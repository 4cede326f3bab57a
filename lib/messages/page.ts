import { z } from 'zod/mini';
import { csAtRisk, csContinue, csPageVerdict, csReport, pageReasonSchema, pageVerdictSchema } from './ui';

/**
 * The page guard's messages (content script → background). The payload schemas live in ./ui (they were
 * wired there with the background handlers); this module names the page guard's side of the contract and
 * adds the schema of the cs:hello reply the content script relies on.
 *
 *   {type:'cs:hello', url, early?}              → HelloReply {official, pageGuard, allowContinue, hold, flagged}
 *   {type:'cs:load-scanner'}                     → {ok} after the page scorer was injected into the sending frame
 *   {type:'cs:pdf-text'}                         → {title, text} of the sending top frame's PDF, or null
 *   {type:'cs:page-verdict', url, verdict}       → {ok: true} (one frame's verdict; any frame of a tab)
 *   {type:'cs:at-risk', url, verdict, kind}    → {warn, claim} (a secret box touched in a frame of a tab whose
 *                                                other frames may hold the claim; lib/page/tab-claim.ts)
 *   {type:'cs:report', url, verdict}             → {ok: true, report, sent}
 *   {type:'cs:continue', url}                    → {ok: true, url, until} | {ok: false, refused}
 * and, background → content script (tabs.sendMessage, all frames of a tab):
 *   {type:'bg:hold'}                             → the tab is being sent to the warning page: hold typing
 *   {type:'bg:tab-claim', claim}                → the other frames' claim changed (to a frame that asked cs:at-risk); with pending: true,
 *                                                a frame of the tab is being judged: its claim is on its way
 *   {type:'bg:ping'}                             → {ok, url} from the top frame
 *
 * The content script itself builds these as plain objects (no zod in the content script: size budget);
 * test/page/messages.test.ts checks that what it sends passes these schemas.
 */
export { csAtRisk, csContinue, csPageVerdict, csReport, pageReasonSchema, pageVerdictSchema };

export const helloReplySchema = z.object({
  official: z.boolean(),
  pageGuard: z.boolean(),
  allowContinue: z.boolean(),
  hold: z.boolean(),
  flagged: z.boolean(),
});

export type HelloReplyMessage = z.infer<typeof helloReplySchema>;
