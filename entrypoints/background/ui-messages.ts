import { browser, type Browser } from 'wxt/browser';
import { uiGetTabState } from '../../lib/messages/index';
import {
  csReport,
  uiContinue,
  uiGetWarning,
  uiGoBack,
  uiListAllowances,
  uiMarkOfficial,
  uiReport,
  uiRevokeAllowance,
  type AllowancesReply,
  type ContinueReply,
  type GoBackReply,
  type MarkOfficialReply,
  type ReportReply,
  type TabStateReply,
  type WarningReply,
} from '../../lib/messages/ui';
import { planOfficialAllowance } from '../../lib/policy/official-allowance';
import { backSteps } from '../../lib/ui/back-steps';
import {
  allowHost,
  currentAllowanceMs,
  hostAllowedUntil,
  listAllowances,
  loadRealSites,
  revokeHost,
  setRealSites,
  verdictAllowedUntil,
} from './allowances';
import { allowanceKey } from '../../lib/policy/allowance';
import { continuePageWarning, pageWarningVerdict } from './page-warnings';
import { applyBadge, kindOf } from './badge';
import { allowHostTemporarily, revokeHostAllowance } from './dnr';
import { buildReport, submitReport } from './reports';
import { onContentMessage, onUiMessage } from './router';
import { getSettings } from './settings';
import { getTabState, updateTabState } from './tab-state';
import { isLocalFileUrl } from '../../lib/domain/local-file';
import { brandNames, contacts, isFlagged, isPageUrl, isWebUrl, judgeUrl } from './verdicts';
import type { Ticket } from '../../lib/warnings/tickets';
import { judgementsSettled, warningPageShown } from './navigation';
import { ticketFor } from './warnings';

/**
 * Messages of the warning UI. Content scripts (the page guard): cs:report (cs:hello and cs:page-verdict:
 * page-warnings.ts). Extension pages: ui:get-tab-state (popup), ui:get-warning, ui:continue, ui:report,
 * ui:go-back (warning page), ui:list-allowances, ui:revoke-allowance (options). Payloads are validated
 * with zod; the router has already checked who sent them.
 */
type Sender = Browser.runtime.MessageSender;

/** The address a content script speaks for: its frame's real URL, not what the message claims. */
function senderUrl(sender: Sender, claimed: string): string {
  return isPageUrl(sender.url) ? sender.url : claimed;
}

async function csReportHandler(raw: unknown, sender: Sender): Promise<unknown> {
  const m = csReport.safeParse(raw);
  if (!m.success) return null;
  const url = senderUrl(sender, m.data.url);
  // a page opened from disk is never reported: its address is a path on the user's computer (red team 33, r01)
  if (isLocalFileUrl(url)) return null;
  const report = buildReport({
    url,
    verdict: m.data.verdict.verdict,
    reasons: m.data.verdict.reasons,
    source: 'page',
    trigger: 'user',
  });
  const { sent } = await submitReport(report, { deliverNow: true });
  return { ok: true, report, sent };
}

async function tabStateReply(raw: unknown): Promise<TabStateReply | null> {
  const m = uiGetTabState.safeParse(raw);
  if (!m.success) return null;
  const tabId = m.data.tabId;
  let state = await getTabState(tabId);
  if (!state.url) {
    // Nothing recorded (a tab from before the extension started): judge its current address now.
    const tab = await browser.tabs.get(tabId).catch(() => null);
    if (tab?.url && isPageUrl(tab.url)) {
      const v = await judgeUrl(tab.url);
      state = await updateTabState(tabId, (s) => ({ ...s, url: tab.url ?? null, domain: v }));
      await applyBadge(tabId, state);
    }
  }
  const kind = kindOf(state);
  const brandId = state.domain?.brand?.id ?? state.page?.brand;
  return {
    tabId,
    url: state.url,
    kind,
    domain: state.domain,
    page: state.page,
    brand: kind === 'unknown' || kind === 'none' ? null : await brandNames(state.domain, brandId),
    allowedUntil: await hostAllowedUntil(state.domain?.hostname),
    contacts: await contacts(),
    reportConfigured: (await getSettings()).reportUrl !== null,
  };
}

/** The warning ticket the sending warning page may speak for (its tab is the browser's word, not the page's). */
async function senderTicket(sender: Sender, ticket: string | null | undefined): Promise<Ticket | null> {
  const tabId = sender.tab?.id;
  if (tabId === undefined || !ticket) return null;
  await judgementsSettled(tabId);
  return ticketFor({ tabId, id: ticket });
}

async function warningReply(raw: unknown, sender: Sender): Promise<WarningReply | null> {
  const m = uiGetWarning.safeParse(raw);
  if (!m.success) return null;
  const ticket = await senderTicket(sender, m.data.ticket);
  // A warning page nobody sent this tab to (a page opened it, or a stale ticket): it vouches for nothing.
  if (!ticket || !isPageUrl(ticket.url)) return { kind: 'unverified' };
  const url = ticket.url;
  const tabId = sender.tab?.id;
  const [v, settings, allowanceMs, page] = await Promise.all([
    judgeUrl(url),
    getSettings(),
    currentAllowanceMs(),
    // a page warning: the tab's page verdict (all frames), never anything the page or the address says
    ticket.source === 'page' ? pageWarningVerdict(tabId, url) : null,
  ]);
  if (ticket.source === 'page' && !page) return { kind: 'unverified' };
  if (tabId !== undefined && sender.url) await warningPageShown(tabId, sender.url, url);
  const state = tabId === undefined ? null : await getTabState(tabId);
  // a page warning speaks for the page: the page guard read it because the address warning was not standing (an
  // address the user continued to or allowed as a real site still has its pages read: red team 33, r03/r04)
  const domainKind = v.verdict === 'blocked' || v.verdict === 'lookalike' ? v.verdict : null;
  return {
    ticket: ticket.id,
    url,
    kind: page ? 'suspicious-page' : (domainKind ?? 'other'),
    domain: v,
    page,
    brand: await brandNames(v, page?.brand),
    allowContinue: settings.allowContinue,
    allowanceMinutes: Math.max(1, Math.round(allowanceMs / 60_000)),
    allowedUntil: await verdictAllowedUntil(v, url),
    contacts: await contacts(),
    reportConfigured: settings.reportUrl !== null,
    backSteps: state ? backSteps(state.commits, url) : 1,
  };
}

async function continueReply(raw: unknown, sender: Sender): Promise<ContinueReply | null> {
  const m = uiContinue.safeParse(raw);
  if (!m.success) return null;
  if (!(await getSettings()).allowContinue) return { ok: false, refused: 'policy' };
  // Only for the address of a warning this tab was sent to: a forged warning page creates no allowance.
  const ticket = await senderTicket(sender, m.data.ticket);
  if (!ticket || !isPageUrl(ticket.url)) return { ok: false, refused: 'invalid' };
  const url = ticket.url;
  // a page warning issued for this tab: its page allowance (even on an address the user already continued to:
  // that allowance never stopped the page guard)
  const page = ticket.source === 'page' ? await continuePageWarning(sender.tab?.id, url) : null;
  if (page) return { ok: true, url, until: page.until };
  const v = await judgeUrl(url);
  // otherwise there is nothing to allow
  if (!isFlagged(v)) return { ok: true, url, until: Date.now() };
  const host = v.hostname;
  const key = allowanceKey(v, url);
  if (!host || !key) return { ok: false, refused: 'invalid' };
  const until = await allowHost(key);
  // Known-bad hosts are also blocked by declarativeNetRequest: lift that for the same time.
  if (v.verdict === 'blocked') await allowHostTemporarily(host, until);
  return { ok: true, url, until };
}

async function reportReply(raw: unknown, sender: Sender): Promise<ReportReply | null> {
  const m = uiReport.safeParse(raw);
  if (!m.success) return null;
  let report;
  const state = m.data.tabId === undefined ? null : await getTabState(m.data.tabId);
  if (m.data.source === 'page') {
    const page = state?.page;
    const url = state?.pageUrl ?? m.data.url;
    // (the warning and the popup offer no report for a file page; its address is a path on the user's computer)
    if (isLocalFileUrl(url)) return null;
    report = buildReport({
      url,
      verdict: page?.verdict ?? 'unknown',
      reasons: page?.reasons ?? [],
      source: 'page',
      trigger: 'user',
    });
  } else {
    // The address reported is ours to know: the warning's ticket, or what the background recorded for the
    // tab (the popup), never an address a page put in the warning page's query string.
    const ticket = m.data.ticket ? await senderTicket(sender, m.data.ticket) : null;
    const url = ticket?.source === 'domain' ? ticket.url : m.data.ticket ? null : state?.url;
    if (!url || !isWebUrl(url)) return null;
    const v = await judgeUrl(url);
    report = buildReport({
      url,
      verdict: v.verdict,
      reasons: v.reasons,
      source: 'domain',
      trigger: 'user',
    });
  }
  // A draft is only shown (for IT staff to copy): nothing is sent.
  if (m.data.draft) return { report, sent: 'draft' };
  const { sent } = await submitReport(report, { deliverNow: true });
  return { report, sent };
}

/**
 * "This is a real Coupang site": the address is judged again (the page's word is not taken), a false-alarm
 * report goes through the report path, and the exact host joins the user's real sites (no address warning, not
 * official: lib/policy/official-allowance.ts) unless policy locks settings or the brand sat in a shared host's path.
 */
async function markOfficialReply(raw: unknown): Promise<MarkOfficialReply | null> {
  const m = uiMarkOfficial.safeParse(raw);
  if (!m.success || !isWebUrl(m.data.url)) return null;
  const v = await judgeUrl(m.data.url);
  const report = buildReport({
    url: m.data.url,
    verdict: v.verdict,
    reasons: v.reasons,
    source: 'domain',
    trigger: 'user',
    kind: 'false-alarm',
  });
  const { sent } = await submitReport(report, { deliverNow: true });
  const plan = planOfficialAllowance(await getSettings(), v, await loadRealSites());
  if (plan.next) await setRealSites(plan.next);
  return { outcome: plan.outcome, domain: plan.domain, report, sent };
}

/** "Go back" with nothing to go back to: the last safe page of this tab, or close it. */
async function goBackReply(raw: unknown): Promise<GoBackReply | null> {
  const m = uiGoBack.safeParse(raw);
  if (!m.success) return null;
  const { tabId } = m.data;
  const state = await getTabState(tabId);
  if (state.safeUrl && isWebUrl(state.safeUrl)) {
    await browser.tabs.update(tabId, { url: state.safeUrl });
    return { ok: true, action: 'safe-url' };
  }
  await browser.tabs.remove(tabId);
  return { ok: true, action: 'close' };
}

export function setupUiMessages(): void {
  onContentMessage('cs:report', csReportHandler);
  onUiMessage('ui:get-tab-state', tabStateReply);
  onUiMessage('ui:get-warning', warningReply);
  onUiMessage('ui:continue', continueReply);
  onUiMessage('ui:report', reportReply);
  onUiMessage('ui:mark-official', markOfficialReply);
  onUiMessage('ui:go-back', goBackReply);
  onUiMessage('ui:list-allowances', async (raw): Promise<AllowancesReply | null> =>
    uiListAllowances.safeParse(raw).success ? { allowances: await listAllowances() } : null,
  );
  onUiMessage('ui:revoke-allowance', async (raw) => {
    const m = uiRevokeAllowance.safeParse(raw);
    if (!m.success) return null;
    await revokeHost(m.data.host);
    await revokeHostAllowance(m.data.host);
    return { ok: true };
  });
}
