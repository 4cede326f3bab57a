import { browser } from 'wxt/browser';
import {
  ReportQueue,
  buildReport as buildReportPure,
  newReportId,
  postReport,
  type QueueState,
  type Report,
  type ReportInput,
} from '../../lib/policy/index';
import { uiGetReportStatus, type ReportStatusReply } from '../../lib/messages/settings';
import { onUiMessage } from './router';
import { getSettings, onSettingsChange } from './settings';
import { afterStartup } from './startup';

/**
 * Detection reports to the organisation's endpoint (policy or user `reportUrl`). Nothing leaves the
 * browser unless a reportUrl is configured: without one, submitReport answers 'not-configured' and the
 * UI offers the report for copying. Reports wait in storage.local (survives restarts), are retried with
 * exponential backoff (alarms, plus a timer while the background is awake) and the queue is bounded.
 */
const QUEUE_KEY = 'reportQueue';
const ALARM = 'coupang-guard-report-retry';
/** Verdicts that are detections (others are never reported automatically). */
const DETECTIONS = new Set(['blocked', 'lookalike', 'suspicious-page']);

const queue = new ReportQueue({
  store: {
    load: async () => (await browser.storage.local.get(QUEUE_KEY))[QUEUE_KEY],
    save: (state: QueueState) => browser.storage.local.set({ [QUEUE_KEY]: state }),
  },
  send: (url, report) => postReport(url, report),
  maxItems: 200,
  baseDelayMs: 5_000,
  maxDelayMs: 3600_000,
});

/**
 * 'sent': the endpoint answered 2xx; 'queued': not delivered yet (retried later); 'not-configured': no
 * reportUrl, nothing left the browser. The UI says "sent" only for 'sent'.
 */
export type SubmitResult = { sent: 'sent' | 'queued' | 'not-configured' };

/** A report of this detection: URL, verdict, reason codes and brand ids, time, version. No page content. */
export function buildReport(input: ReportInput): Report {
  return buildReportPure(input, {
    extensionVersion: browser.runtime.getManifest().version,
    now: Date.now(),
    id: newReportId(),
  });
}

/**
 * Report to the configured endpoint. A user's click (`deliverNow`) is posted at once, so the UI can say it
 * was sent only after the endpoint accepted it; a failed attempt, and every automatic report, waits in the
 * queue and is retried.
 */
export async function submitReport(
  report: Report,
  opts: { deliverNow?: boolean } = {},
): Promise<SubmitResult> {
  const { reportUrl } = await getSettings();
  if (!reportUrl) return { sent: 'not-configured' };
  if (opts.deliverNow) {
    const result = await postReport(reportUrl, report);
    if (result.ok) return { sent: 'sent' };
  }
  await queue.enqueue(report);
  void kick();
  return { sent: 'queued' };
}

/**
 * Every detection (blocked, lookalike, suspicious-page) is submitted automatically when a reportUrl is
 * configured; otherwise nothing happens. Safe to call for every verdict; never throws.
 */
export async function reportDetection(input: Omit<ReportInput, 'trigger'>): Promise<SubmitResult> {
  try {
    if (!DETECTIONS.has(input.verdict)) return { sent: 'not-configured' };
    const { reportUrl } = await getSettings();
    if (!reportUrl) return { sent: 'not-configured' };
    return await submitReport(buildReport({ ...input, trigger: 'auto' }));
  } catch (err) {
    console.warn('[coupang-guard] report failed', err);
    return { sent: 'not-configured' };
  }
}

let running: Promise<void> | null = null;
let again = false;
let forceNext = false;
let timer: ReturnType<typeof setTimeout> | undefined;

/** Deliver what is waiting, now or when the backoff allows; one run at a time. */
function kick(force = false): Promise<void> {
  forceNext ||= force;
  if (running) {
    again = true;
    return running;
  }
  running = (async () => {
    do {
      again = false;
      const force = forceNext;
      forceNext = false;
      const { reportUrl } = await getSettings();
      if (!reportUrl) return schedule(null);
      const result = await queue.flush(reportUrl, { force });
      schedule(result.nextAttemptAt);
    } while (again);
  })()
    .catch((err: unknown) => console.warn('[coupang-guard] report queue failed', err))
    .finally(() => {
      running = null;
    });
  return running;
}

function schedule(at: number | null): void {
  clearTimeout(timer);
  if (at === null) {
    void browser.alarms.clear(ALARM).catch(() => undefined);
    return;
  }
  const delay = Math.max(0, at - Date.now());
  // The alarm survives the background being stopped (Chrome fires alarms at most every 30 s); the timer is
  // exact while the background stays awake.
  void Promise.resolve(browser.alarms.create(ALARM, { when: Date.now() + Math.max(delay, 30_000) })).catch(
    () => undefined,
  );
  if (delay < 60_000) timer = setTimeout(() => void kick(), delay + 50);
}

async function statusReply(): Promise<ReportStatusReply> {
  const [status, settings] = await Promise.all([queue.status(), getSettings()]);
  return { ...status, configured: settings.reportUrl !== null };
}

export function setupReports(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) void kick();
  });
  browser.runtime.onStartup.addListener(() => afterStartup('report queue', () => kick()));
  onSettingsChange((next, previous) => {
    if (next.reportUrl !== previous?.reportUrl) void kick(true);
  });
  onUiMessage('ui:get-report-status', (raw) =>
    uiGetReportStatus.safeParse(raw).success ? statusReply() : null,
  );
  // Reports left from before the background (or the browser) was stopped.
  afterStartup('report queue', () => kick());
}
