import type { Report } from './report';
import type { SendResult } from './report-queue';

/**
 * POST one report as JSON with fetch: no cookies or credentials, no referrer, no redirects, a timeout.
 * 2xx = delivered; 408, 429, 5xx, network errors and timeouts = try again later; any other status =
 * the endpoint refuses this report (dropped, so one bad report cannot block the queue).
 */
export async function postReport(url: string, report: Report, timeoutMs = 10_000): Promise<SendResult> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(report),
      credentials: 'omit',
      cache: 'no-store',
      redirect: 'error',
      referrerPolicy: 'no-referrer',
      signal: controller.signal,
    });
    // the body is not needed; release the connection
    void res.body?.cancel().catch(() => undefined);
    if (res.ok) return { ok: true };
    const retry = res.status === 408 || res.status === 429 || res.status >= 500;
    return { ok: false, retry, reason: `HTTP ${res.status}` };
  } catch (err) {
    const reason = controller.signal.aborted
      ? 'timeout'
      : err instanceof Error
        ? err.message || err.name
        : 'network';
    return { ok: false, retry: true, reason: reason.slice(0, 200) };
  } finally {
    clearTimeout(timer);
  }
}
