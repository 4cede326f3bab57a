import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type * as ReportsNs from '../../entrypoints/background/reports';
import type * as SettingsNs from '../../entrypoints/background/settings';
import type { ReportStatusReply } from '../../lib/messages/settings';

/**
 * entrypoints/background/reports.ts on an in-memory browser with a real endpoint on 127.0.0.1: nothing is
 * sent without a reportUrl, detections are sent with one, a failed delivery leaves an alarm that delivers later.
 */
const handlers = new Map<string, (msg: unknown) => unknown>();
vi.mock('wxt/browser', () => ({ browser: fakeBrowser }));
vi.mock('../../entrypoints/background/router', () => ({
  onUiMessage: (type: string, h: (msg: unknown) => unknown) => handlers.set(type, h),
  onContentMessage: () => undefined,
}));

let reports: typeof ReportsNs;
let settings: typeof SettingsNs;
let server: Server | null = null;
let received: Record<string, unknown>[] = [];
let port = 0;

async function listen(p = 0): Promise<void> {
  const s = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push(JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>);
      res.writeHead(200).end();
    });
  });
  await new Promise<void>((r) => s.listen(p, '127.0.0.1', r));
  server = s;
  port = (s.address() as AddressInfo).port;
}
async function close(): Promise<void> {
  const s = server;
  server = null;
  if (!s) return;
  s.closeAllConnections();
  await new Promise<void>((r) => s.close(() => r()));
}

const detection = {
  url: 'https://coupang-refund.test/x#frag',
  verdict: 'lookalike',
  reasons: [{ code: 'combosquat', brand: 'coupang' }],
  source: 'domain' as const,
};

beforeEach(async () => {
  fakeBrowser.reset();
  handlers.clear();
  received = [];
  vi.resetModules();
  (fakeBrowser.runtime as unknown as { getManifest: () => object }).getManifest = () => ({
    version: '9.9.9',
  });
  settings = await import('../../entrypoints/background/settings');
  reports = await import('../../entrypoints/background/reports');
  await listen();
});
afterEach(async () => {
  vi.useRealTimers();
  await close();
});

async function useReportUrl(url: string | null): Promise<void> {
  await fakeBrowser.storage.local.set({ [settings.USER_SETTINGS_KEY]: url ? { reportUrl: url } : {} });
  settings.setupSettings();
  reports.setupReports();
}

describe('background reports', () => {
  test('without a reportUrl nothing leaves the browser and nothing is queued', async () => {
    await useReportUrl(null);
    expect(await reports.reportDetection(detection)).toEqual({ sent: 'not-configured' });
    expect(await reports.submitReport(reports.buildReport({ ...detection, trigger: 'user' }))).toEqual({
      sent: 'not-configured',
    });
    await new Promise((r) => setTimeout(r, 100));
    expect(received).toEqual([]);
    expect(await fakeBrowser.storage.local.get('reportQueue')).toEqual({});
  });

  test('with a reportUrl each detection is posted; non-detections are not', async () => {
    await useReportUrl(`http://127.0.0.1:${port}/r`);
    expect(await reports.reportDetection(detection)).toEqual({ sent: 'queued' });
    expect(await reports.reportDetection({ ...detection, verdict: 'official' })).toEqual({
      sent: 'not-configured',
    });
    expect(await reports.reportDetection({ ...detection, verdict: 'unknown' })).toEqual({
      sent: 'not-configured',
    });
    await vi.waitFor(() => expect(received).toHaveLength(1));
    expect(received[0]).toMatchObject({
      url: 'https://coupang-refund.test/x',
      verdict: 'lookalike',
      reasons: [{ code: 'combosquat', brand: 'coupang' }],
      extensionVersion: '9.9.9',
      source: 'domain',
      trigger: 'auto',
    });
    const status = (await handlers.get('ui:get-report-status')!({
      type: 'ui:get-report-status',
    })) as ReportStatusReply;
    expect(status.configured).toBe(true);
  });

  test('endpoint down: the report waits, an alarm is set, and the alarm delivers it once the endpoint is back', async () => {
    const url = `http://127.0.0.1:${port}/r`;
    await close(); // down
    vi.useFakeTimers({ toFake: ['Date'] });
    await useReportUrl(url);
    await reports.reportDetection(detection);
    const alarm = await vi.waitFor(async () => {
      const a = await fakeBrowser.alarms.get('coupang-guard-report-retry');
      expect(a).toBeDefined();
      return a!;
    });
    // at least Chrome's 30 s alarm floor ahead (the in-memory timer handles shorter waits)
    expect(alarm.scheduledTime).toBeGreaterThanOrEqual(Date.now() + 29_000);
    const stored = (await fakeBrowser.storage.local.get('reportQueue')).reportQueue as { items: unknown[] };
    expect(stored.items).toHaveLength(1);

    await listen(Number(new URL(url).port)); // back up
    vi.setSystemTime(Date.now() + 31_000);
    await fakeBrowser.alarms.onAlarm.trigger({
      name: 'coupang-guard-report-retry',
      scheduledTime: Date.now(),
    });
    await vi.waitFor(() => expect(received).toHaveLength(1));
    expect(received[0]).toMatchObject({ verdict: 'lookalike', trigger: 'auto' });
  });
});
