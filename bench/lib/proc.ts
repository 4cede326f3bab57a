/**
 * CPU time of a browser's processes, read from Linux /proc (the benchmark measures real browsers, which do not
 * report their own CPU per tab in a way that works for both Chromium and Firefox). Every reader returns NaN or an
 * empty answer rather than throwing when a process has gone away between listing and reading.
 */
import { readFileSync, readdirSync } from 'node:fs';

/** Kernel clock ticks per second for utime/stime (USER_HZ; 100 on every Linux the project supports). */
const TICKS_PER_SECOND = 100;

/** Fields of /proc/<pid>/stat after the command name (which may itself hold spaces and parentheses). */
export function parseStat(text: string): { ppid: number; utime: number; stime: number } | null {
  const close = text.lastIndexOf(')');
  if (close < 0) return null;
  const f = text.slice(close + 2).split(' ');
  // f[0] = state (field 3), f[1] = ppid (4), f[11] = utime (14), f[12] = stime (15)
  const ppid = Number(f[1]);
  const utime = Number(f[11]);
  const stime = Number(f[12]);
  return Number.isFinite(ppid) && Number.isFinite(utime) && Number.isFinite(stime)
    ? { ppid, utime, stime }
    : null;
}

function read(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

function pids(): number[] {
  try {
    return readdirSync('/proc')
      .filter((d) => /^\d+$/.test(d))
      .map(Number);
  } catch {
    return [];
  }
}

/** The command line of a process, arguments joined by spaces ('' when it is gone). */
export function cmdline(pid: number): string {
  return (read(`/proc/${pid}/cmdline`) ?? '').split('\0').join(' ').trim();
}

/** The oldest-ancestor process whose command line contains `needle` (a browser's profile path), or null. */
export function findRootProcess(needle: string): number | null {
  const hits = pids().filter((p) => cmdline(p).includes(needle));
  const set = new Set(hits);
  const root = hits.find((p) => {
    const s = parseStat(read(`/proc/${p}/stat`) ?? '');
    return s !== null && !set.has(s.ppid);
  });
  return root ?? null;
}

/** `root` and every process below it. */
export function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const p of pids()) {
    const s = parseStat(read(`/proc/${p}/stat`) ?? '');
    if (!s) continue;
    const list = children.get(s.ppid) ?? [];
    list.push(p);
    children.set(s.ppid, list);
  }
  const out: number[] = [];
  const todo = [root];
  while (todo.length) {
    const p = todo.pop()!;
    out.push(p);
    todo.push(...(children.get(p) ?? []));
  }
  return out;
}

/** User + system CPU of a whole process (all its threads, live and exited), in ms; NaN when it is gone. */
export function processCpuMs(pid: number): number {
  const s = parseStat(read(`/proc/${pid}/stat`) ?? '');
  return s ? ((s.utime + s.stime) * 1000) / TICKS_PER_SECOND : NaN;
}

/**
 * CPU of a process's main thread in ms, from the scheduler's nanosecond counter (/proc/<pid>/task/<pid>/schedstat);
 * falls back to the 10 ms resolution of utime+stime when the kernel has no schedstat. NaN when it is gone.
 */
export function mainThreadCpuMs(pid: number): number {
  const sched = read(`/proc/${pid}/task/${pid}/schedstat`);
  const ns = sched ? Number(sched.split(' ')[0]) : NaN;
  if (Number.isFinite(ns)) return ns / 1e6;
  const s = parseStat(read(`/proc/${pid}/task/${pid}/stat`) ?? '');
  return s ? ((s.utime + s.stime) * 1000) / TICKS_PER_SECOND : NaN;
}

/** CPU of every process in the tree, by pid (processes that vanished are left out). */
export function treeCpu(root: number): Map<number, number> {
  const out = new Map<number, number>();
  for (const p of processTree(root)) {
    const ms = processCpuMs(p);
    if (Number.isFinite(ms)) out.set(p, ms);
  }
  return out;
}

/**
 * CPU spent between two snapshots of a process tree, in ms: processes that appeared in between count from zero,
 * processes that ended in between are lost (their last moments are not visible any more).
 */
export function cpuBetween(before: Map<number, number>, after: Map<number, number>): number {
  let sum = 0;
  for (const [p, ms] of after) sum += Math.max(0, ms - (before.get(p) ?? 0));
  return sum;
}
