import { z } from 'zod/mini';
import { reportSchema, type Report } from './report';

/**
 * The outgoing report queue: persistent (the state lives in a store the caller provides, in the
 * extension storage.local, so it survives browser restarts), bounded (oldest dropped first), and
 * retried with exponential backoff. Delivery is at least once, in order, one report per POST.
 * Pure logic: storage, transport and clock are injected; the caller schedules the next flush at
 * `nextAttemptAt` (alarms in the extension).
 */

export type SendResult = { ok: true } | { ok: false; retry: boolean; reason: string };
export type Sender = (url: string, report: Report) => Promise<SendResult>;

export interface QueueStore {
  load(): Promise<unknown>;
  save(state: QueueState): Promise<void>;
}

const itemSchema = z.object({ report: reportSchema, enqueuedAt: z.number() });

const count = z.catch(z.int().check(z.minimum(0)), 0);
const stateSchema = z.object({
  items: z.array(z.unknown()),
  attempts: count,
  nextAttemptAt: z.catch(z.number(), 0),
  dropped: count,
  delivered: count,
  lastError: z.catch(
    z.nullable(z.object({ time: z.number(), reason: z.string().check(z.maxLength(200)) })),
    null,
  ),
  lastSuccess: z.catch(z.nullable(z.number()), null),
  recent: z.catch(z.array(z.object({ key: z.string().check(z.maxLength(3000)), time: z.number() })), []),
});

export type QueueItem = z.infer<typeof itemSchema>;
export interface QueueState extends Omit<z.infer<typeof stateSchema>, 'items'> {
  items: QueueItem[];
}

export interface QueueOptions {
  store: QueueStore;
  send: Sender;
  now?: () => number;
  random?: () => number;
  /** most reports kept; the oldest are dropped beyond it */
  maxItems?: number;
  /** reports older than this are dropped undelivered */
  maxAgeMs?: number;
  /** first retry delay; doubles on each failure up to maxDelayMs */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** automatic reports of the same URL, verdict and source within this window are sent once */
  dedupeMs?: number;
}

export interface FlushResult {
  delivered: number;
  remaining: number;
  /** when to flush again (ms since epoch); null when nothing is waiting */
  nextAttemptAt: number | null;
  /** true when the backoff window had not passed yet and nothing was tried */
  waiting?: boolean;
}

export interface QueueStatus {
  pending: number;
  dropped: number;
  delivered: number;
  attempts: number;
  nextAttemptAt: number | null;
  lastError: { time: number; reason: string } | null;
  lastSuccess: number | null;
}

export function emptyQueueState(): QueueState {
  return {
    items: [],
    attempts: 0,
    nextAttemptAt: 0,
    dropped: 0,
    delivered: 0,
    lastError: null,
    lastSuccess: null,
    recent: [],
  };
}

/** Whatever the store held (corrupt, old, hostile) → a valid state; bad items are dropped one by one. */
export function parseQueueState(raw: unknown): QueueState {
  const parsed = stateSchema.safeParse(raw);
  if (!parsed.success) return emptyQueueState();
  const items: QueueItem[] = [];
  for (const item of parsed.data.items) {
    const ok = itemSchema.safeParse(item);
    if (ok.success) items.push(ok.data);
  }
  return { ...parsed.data, items };
}

/** Delay before retry number `attempts` (1 = first retry): base·2^(attempts−1), capped, plus up to 20% jitter. */
export function backoffDelay(attempts: number, baseMs: number, maxMs: number, random: number): number {
  const exp = Math.min(30, Math.max(0, attempts - 1));
  const delay = Math.min(maxMs, baseMs * 2 ** exp);
  return Math.round(delay * (1 + 0.2 * Math.min(1, Math.max(0, random))));
}

function dedupeKey(r: Report): string {
  return `${r.source}|${r.verdict}|${r.url}`;
}

export class ReportQueue {
  private readonly o: Required<Omit<QueueOptions, 'store' | 'send'>> & Pick<QueueOptions, 'store' | 'send'>;
  private lock: Promise<unknown> = Promise.resolve();
  private flushing: Promise<FlushResult> | null = null;

  constructor(options: QueueOptions) {
    this.o = {
      now: () => Date.now(),
      random: () => Math.random(),
      maxItems: 200,
      maxAgeMs: 7 * 24 * 3600_000,
      baseDelayMs: 5_000,
      maxDelayMs: 3600_000,
      dedupeMs: 60_000,
      ...options,
    };
  }

  /** Run `fn` on the stored state, one at a time (read-modify-write never interleaves). */
  private update<T>(fn: (s: QueueState) => T | Promise<T>, write = true): Promise<T> {
    const run = this.lock.then(async () => {
      const state = parseQueueState(await this.o.store.load().catch(() => undefined));
      this.prune(state);
      const result = await fn(state);
      if (write) await this.o.store.save(state);
      return result;
    });
    this.lock = run.catch(() => undefined);
    return run;
  }

  private prune(s: QueueState): void {
    const now = this.o.now();
    const fresh = s.items.filter(
      (i) => now - i.enqueuedAt <= this.o.maxAgeMs && i.enqueuedAt <= now + 60_000,
    );
    s.dropped += s.items.length - fresh.length;
    s.items = fresh;
    s.recent = s.recent.filter((r) => now - r.time < this.o.dedupeMs && r.time <= now).slice(-50);
  }

  /** Add a report. Returns false for a duplicate automatic report within the dedupe window. */
  enqueue(report: Report): Promise<{ queued: boolean; dropped: number }> {
    return this.update((s) => {
      const now = this.o.now();
      const key = dedupeKey(report);
      if (report.trigger === 'auto' && s.recent.some((r) => r.key === key))
        return { queued: false, dropped: 0 };
      s.recent.push({ key, time: now });
      s.items.push({ report, enqueuedAt: now });
      let dropped = 0;
      while (s.items.length > this.o.maxItems) {
        s.items.shift();
        dropped++;
      }
      s.dropped += dropped;
      return { queued: true, dropped };
    });
  }

  status(): Promise<QueueStatus> {
    return this.update(
      (s) => ({
        pending: s.items.length,
        dropped: s.dropped,
        delivered: s.delivered,
        attempts: s.attempts,
        nextAttemptAt: s.items.length > 0 ? s.nextAttemptAt : null,
        lastError: s.lastError,
        lastSuccess: s.lastSuccess,
      }),
      false,
    );
  }

  /** Forget every waiting report (e.g. reporting was switched off). */
  clear(): Promise<void> {
    return this.update((s) => {
      s.dropped += s.items.length;
      s.items = [];
      s.attempts = 0;
      s.nextAttemptAt = 0;
    });
  }

  /**
   * Send waiting reports to `url` in order until the queue is empty or a send fails; a failure
   * schedules the next attempt with backoff. Before `nextAttemptAt` nothing is tried unless `force`.
   * Concurrent calls share one flush.
   */
  flush(url: string, opts: { force?: boolean } = {}): Promise<FlushResult> {
    if (this.flushing) return this.flushing;
    const run = this.doFlush(url, opts.force === true).finally(() => {
      this.flushing = null;
    });
    this.flushing = run;
    return run;
  }

  private async doFlush(url: string, force: boolean): Promise<FlushResult> {
    let delivered = 0;
    for (;;) {
      const head = await this.update((s) => {
        if (s.items.length === 0) {
          s.attempts = 0;
          s.nextAttemptAt = 0;
          return { done: true as const, remaining: 0 };
        }
        if (!force && s.nextAttemptAt > this.o.now()) {
          return { done: true as const, remaining: s.items.length, waitUntil: s.nextAttemptAt };
        }
        return { done: false as const, item: s.items[0] as QueueItem };
      });
      if (head.done) {
        if (head.remaining === 0) return { delivered, remaining: 0, nextAttemptAt: null };
        return {
          delivered,
          remaining: head.remaining,
          nextAttemptAt: head.waitUntil ?? null,
          waiting: delivered === 0,
        };
      }
      force = false;
      let result: SendResult;
      try {
        result = await this.o.send(url, head.item.report);
      } catch (err) {
        result = { ok: false, retry: true, reason: err instanceof Error ? err.message : 'send failed' };
      }
      const outcome = await this.update((s) => {
        const now = this.o.now();
        const idx = s.items.findIndex((i) => i.report.id === head.item.report.id);
        if (result.ok || !result.retry) {
          if (idx >= 0) s.items.splice(idx, 1);
          if (result.ok) {
            s.delivered += 1;
            s.lastSuccess = now;
          } else {
            s.dropped += 1;
            s.lastError = { time: now, reason: result.reason.slice(0, 200) };
          }
          s.attempts = 0;
          s.nextAttemptAt = 0;
          return { stop: false, remaining: s.items.length };
        }
        s.attempts += 1;
        s.nextAttemptAt =
          now + backoffDelay(s.attempts, this.o.baseDelayMs, this.o.maxDelayMs, this.o.random());
        s.lastError = { time: now, reason: result.reason.slice(0, 200) };
        return { stop: true, remaining: s.items.length, nextAttemptAt: s.nextAttemptAt };
      });
      if (result.ok) delivered += 1;
      if (outcome.stop)
        return { delivered, remaining: outcome.remaining, nextAttemptAt: outcome.nextAttemptAt ?? null };
    }
  }
}
