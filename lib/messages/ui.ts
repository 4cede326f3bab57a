import { z } from 'zod/mini';
import type { DomainVerdict } from '../domain/types';
import type { PageVerdict } from '../page/types';
import type { ListData } from '../lists/schema';
import type { DisplayKind } from '../ui/display-kind';
import type { OfficialAllowanceOutcome } from '../policy/official-allowance';

/**
 * Messages of the warning UI: the page guard's verdicts and reports (content script → background) and the
 * popup / warning page / options page requests (extension pages → background). Every payload is validated
 * here; replies come from our own background and are typed below.
 */
const url = z.string().check(z.minLength(1), z.maxLength(8192));
const tabId = z.int().check(z.minimum(0), z.maximum(2 ** 31));

/** Untrusted page text (evidence): kept short, never rejected for its length. */
const shortText = z.pipe(
  z.string().check(z.maxLength(100_000)),
  z.transform((s: string) => (s.length > 200 ? `${s.slice(0, 199)}…` : s)),
);

export const pageReasonSchema = z.object({
  // any well-formed code: a newer page guard may add codes; the UI falls back to a generic text
  code: z.string().check(z.regex(/^[a-z0-9-]{1,60}$/)),
  evidence: z.optional(shortText),
  // z.number() refuses NaN and ±Infinity
  weight: z.number(),
  group: z.optional(z.enum(['identity', 'risk'])),
});

export const pageVerdictSchema = z.object({
  verdict: z.enum(['suspicious-page', 'clean']),
  score: z.number(),
  brand: z.optional(z.string().check(z.regex(/^[a-z0-9-]{1,40}$/))),
  reasons: z.array(pageReasonSchema).check(z.maxLength(100)),
  identity: z.optional(z.number()),
  risk: z.optional(z.number()),
  owner: z.optional(z.boolean()),
});

export const csPageVerdict = z.object({
  type: z.literal('cs:page-verdict'),
  url,
  verdict: pageVerdictSchema,
});
/**
 * The second chance in a frame of a tab (red team 35, class A): this frame's verdict and the kind of the secret
 * box just touched; the background answers whether to warn, judged with the other frames' claim, and that claim.
 */
export const csAtRisk = z.object({
  type: z.literal('cs:at-risk'),
  url,
  verdict: pageVerdictSchema,
  kind: z.string().check(z.regex(/^[a-z-]{1,30}$/)),
});
export const csReport = z.object({ type: z.literal('cs:report'), url, verdict: pageVerdictSchema });
/** The in-page warning's "Continue anyway": stops page warnings on that host for a while. */
export const csContinue = z.object({ type: z.literal('cs:continue'), url });

/** A warning ticket (lib/warnings/tickets.ts); its format is checked where it is looked up. */
const ticket = z.nullish(z.string().check(z.maxLength(64)));

export const uiGetWarning = z.object({
  type: z.literal('ui:get-warning'),
  url: z.nullish(url),
  tabId: z.optional(tabId),
  ticket,
});
export const uiContinue = z.object({
  type: z.literal('ui:continue'),
  url,
  tabId: z.optional(tabId),
  ticket,
});
export const uiReport = z.object({
  type: z.literal('ui:report'),
  url,
  source: z.enum(['domain', 'page']),
  tabId: z.optional(tabId),
  ticket,
  /** build the report to show it, send nothing */
  draft: z.optional(z.boolean()),
});
/** "This is a real Coupang site" on the warning page: a false-alarm report, and the domain allowed on this device. */
export const uiMarkOfficial = z.object({
  type: z.literal('ui:mark-official'),
  url,
  tabId: z.optional(tabId),
});
export const uiGoBack = z.object({ type: z.literal('ui:go-back'), tabId, url: z.optional(url) });
export const uiListAllowances = z.object({ type: z.literal('ui:list-allowances') });
export const uiRevokeAllowance = z.object({
  type: z.literal('ui:revoke-allowance'),
  host: z.string().check(z.minLength(1), z.maxLength(253)),
});

export type PageVerdictMessage = z.infer<typeof pageVerdictSchema>;
export type Contacts = ListData['contacts'];

/** Names of a brand for display: the page picks by its UI language. */
export interface BrandNames {
  id: string;
  latin: string;
  hangul: string | null;
  home: string;
  officialDomain: string;
}

/** Reply to ui:get-tab-state (popup). */
export interface TabStateReply {
  tabId: number;
  url: string | null;
  kind: DisplayKind;
  domain: DomainVerdict | null;
  page: PageVerdict | null;
  brand: BrandNames | null;
  /** "Continue anyway" deadline for this host, ms since epoch */
  allowedUntil: number | null;
  contacts: Contacts;
  /** true when the organisation set a report address (the popup then offers to send a report) */
  reportConfigured: boolean;
}

/**
 * Reply to ui:get-warning (warning page): the address comes from the warning's ticket and is judged again
 * here, never taken from the query string. A page without a valid ticket gets `{ kind: 'unverified' }`.
 */
export type WarningReply = VerifiedWarningReply | UnverifiedWarningReply;

export interface UnverifiedWarningReply {
  kind: 'unverified';
}

export interface VerifiedWarningReply {
  /** the ticket this warning speaks for (the page keeps it in its address and sends it back) */
  ticket: string;
  url: string;
  /**
   * 'other' when the address is not (or no longer) flagged; 'suspicious-page' only for a page warning the
   * background issued for this tab (the page verdict is the tab's, never the query string's)
   */
  kind: 'blocked' | 'lookalike' | 'suspicious-page' | 'other';
  domain: DomainVerdict;
  /** the page guard's verdict behind a 'suspicious-page' warning (all frames of the tab combined) */
  page: PageVerdict | null;
  brand: BrandNames | null;
  allowContinue: boolean;
  allowanceMinutes: number;
  allowedUntil: number | null;
  contacts: Contacts;
  /** true when reports go to an endpoint set by the organisation */
  reportConfigured: boolean;
  /** history entries "Go back" skips: the warnings about the address in a row, and the fake page if it had loaded */
  backSteps: number;
}

export type ContinueReply =
  { ok: true; url: string; until: number } | { ok: false; refused: 'policy' | 'invalid' };

export interface ReportReply {
  report: unknown;
  /**
   * 'sent' only after the organisation's endpoint answered 2xx; 'queued' = not delivered yet (retried);
   * 'not-configured' = no report address, nothing left the browser; 'draft' = only built, for copying.
   */
  sent: 'sent' | 'queued' | 'not-configured' | 'draft';
}

/** Reply to ui:mark-official. */
export interface MarkOfficialReply {
  /** what happened to the allowance (lib/policy/official-allowance.ts) */
  outcome: OfficialAllowanceOutcome;
  /** the registrable domain concerned */
  domain: string | null;
  /** the false-alarm report, sent through the report path like any report */
  report: unknown;
  sent: ReportReply['sent'];
}

export interface GoBackReply {
  ok: boolean;
  action: 'back' | 'safe-url' | 'close';
}

export interface AllowanceEntry {
  host: string;
  /** null: the user's own "This is a real Coupang site" for this host, until revoked */
  until: number | null;
}

export interface AllowancesReply {
  allowances: AllowanceEntry[];
}
