import { browser, type Browser } from 'wxt/browser';
import { uiGetTabState, type HelloReply } from '../../lib/messages/index';
import {
  csContinue,
  csPageVerdict,
  csReport,
  uiContinue,
  uiGetWarning,
  uiGoBack,
  uiListAllowances,
  uiReport,
  uiRevokeAllowance,
  type AllowancesReply,
  type ContinueReply,
  type GoBackReply,
  type ReportReply,
  type TabStateReply,
  type WarningReply,
} from '../../lib/messages/ui';
import { csHello } from '../../lib/messages/index';
import { isPageGuardException } from '../../lib/policy/hosts';
import { backSteps } from '../../lib/ui/back-steps';
import type { PageVerdict } from '../../lib/page/types';
import { allowHost, currentAllowanceMs, hostAllowedUntil, listAllowances, revokeHost } from './allowances';
import { applyBadge, kindOf } from './badge';
import { allowHostTemporarily, revokeHostAllowance } from './dnr';
import { buildReport, reportDetection, submitReport } from './reports';
import { onContentMessage, onUiMessage } from './router';
import { getSettings } from './settings';
import { getTabState, updateTabState } from './tab-state';
import { brandNames, contacts, isFlagged, isWebUrl, judgeUrl } from './verdicts';
import type { Ticket } from '../../lib/warnings/tickets';
import { judgementsSettled } from './navigation';
import { ticketFor } from './warnings';

/**
 * Messages of the warning UI. Content scripts (the page guard): cs:hello, cs:page-verdict, cs:report,
 * cs:continue. Extension pages: ui:get-tab-state (popup), ui:get-warning, ui:continue, ui:report,
 * ui:go-back (warning page), ui:list-allowances, ui:revoke-allowance (options). Payloads are validated
 * with zod; the router has already checked who sent them.
 */
type Sender = Browser.runtime.MessageSender;

/** The address a content script speaks for: its frame's real URL, not what the message claims. */
function senderUrl(sender: Sender, claimed: string): string {
  return isWebUrl(sender.url) ? sender.url : claimed;
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase().replace(/\.$/, '') || null;
  } catch {
    return null;
  }
}

async function hello(raw: unknown, sender: Sender): Promise<HelloReply | null> {
  const m = csHello.safeParse(raw);
  if (!m.success) return null;
  const url = senderUrl(sender, m.data.url);
  const [settings, v] = await Promise.all([getSettings(), isWebUrl(url) ? judgeUrl(url) : null]);
  const host = v?.hostname ?? hostOf(url);
  const official = v?.verdict === 'official';
  const allowed = (await hostAllowedUntil(host)) !== null;
  const excepted = host ? isPageGuardException(host, settings.pageGuardExceptions) : false;
  return {
    official,
    pageGuard: settings.pageGuard && !official && !excepted && !allowed,
    allowContinue: settings.allowContinue,
  };
}

async function pageVerdict(raw: unknown, sender: Sender): Promise<{ ok: true } | null> {
  const m = csPageVerdict.safeParse(raw);
  const tabId = sender.tab?.id;
  if (!m.success || tabId === undefined) return null;
  const url = senderUrl(sender, m.data.url);
  const verdict = m.data.verdict as PageVerdict;
  let firstReport = false;
  const state = await updateTabState(tabId, (s) => {
    firstReport = verdict.verdict === 'suspicious-page' && s.reportedPage !== url;
    return { ...s, page: verdict, pageUrl: url, reportedPage: firstReport ? url : s.reportedPage };
  });
  await applyBadge(tabId, state);
  if (firstReport) {
    void reportDetection({ url, verdict: verdict.verdict, reasons: verdict.reasons, source: 'page' });
  }
  return { ok: true };
}

async function csReportHandler(raw: unknown, sender: Sender): Promise<unknown> {
  const m = csReport.safeParse(raw);
  if (!m.success) return null;
  const url = senderUrl(sender, m.data.url);
  const report = buildReport({
    url,
    verdict: m.data.verdict.verdict,
    reasons: m.data.verdict.reasons,
    source: 'page',
    trigger: 'user',
  });
  const { sent } = await submitReport(report);
  return { ok: true, report, sent };
}

async function csContinueHandler(raw: unknown, sender: Sender): Promise<ContinueReply | null> {
  const m = csContinue.safeParse(raw);
  if (!m.success) return null;
  const url = senderUrl(sender, m.data.url);
  const host = hostOf(url);
  if (!host) return { ok: false, refused: 'invalid' };
  if (!(await getSettings()).allowContinue) return { ok: false, refused: 'policy' };
  // Page warnings only: this never lifts a domain block (the content script does not run on those).
  return { ok: true, url, until: await allowHost(host) };
}

async function tabStateReply(raw: unknown): Promise<TabStateReply | null> {
  const m = uiGetTabState.safeParse(raw);
  if (!m.success) return null;
  const tabId = m.data.tabId;
  let state = await getTabState(tabId);
  if (!state.url) {
    // Nothing recorded (a tab from before the extension started): judge its current address now.
    const tab = await browser.tabs.get(tabId).catch(() => null);
    if (tab?.url && isWebUrl(tab.url)) {
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
  if (!ticket || ticket.source !== 'domain' || !isWebUrl(ticket.url)) return { kind: 'unverified' };
  const url = ticket.url;
  const tabId = sender.tab?.id;
  const [v, settings, allowanceMs] = await Promise.all([judgeUrl(url), getSettings(), currentAllowanceMs()]);
  const state = tabId === undefined ? null : await getTabState(tabId);
  return {
    ticket: ticket.id,
    url,
    kind: v.verdict === 'blocked' || v.verdict === 'lookalike' ? v.verdict : 'other',
    domain: v,
    brand: await brandNames(v),
    allowContinue: settings.allowContinue,
    allowanceMinutes: Math.max(1, Math.round(allowanceMs / 60_000)),
    allowedUntil: await hostAllowedUntil(v.hostname),
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
  if (!ticket || ticket.source !== 'domain' || !isWebUrl(ticket.url))
    return { ok: false, refused: 'invalid' };
  const url = ticket.url;
  const v = await judgeUrl(url);
  if (!isFlagged(v)) return { ok: true, url, until: Date.now() };
  const host = v.hostname;
  if (!host) return { ok: false, refused: 'invalid' };
  const until = await allowHost(host);
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
    report = buildReport({
      url: state?.pageUrl ?? m.data.url,
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
  const { sent } = await submitReport(report);
  return { report, sent };
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
  onContentMessage('cs:hello', hello);
  onContentMessage('cs:page-verdict', pageVerdict);
  onContentMessage('cs:report', csReportHandler);
  onContentMessage('cs:continue', csContinueHandler);
  onUiMessage('ui:get-tab-state', tabStateReply);
  onUiMessage('ui:get-warning', warningReply);
  onUiMessage('ui:continue', continueReply);
  onUiMessage('ui:report', reportReply);
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
