// Test helpers for the lists engine: throwaway keys, signed lists, in-memory storage, a local HTTP server.
import { execFileSync } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { bundledList } from '../../lib/lists/bundled';
import { importPrivateKey, generateKeyPair, type PrivateKeyInfo } from '../../lib/lists/crypto';
import { signList } from '../../lib/lists/envelope';
import type { KeyValueStore } from '../../lib/lists/refresh';
import type { ListData } from '../../lib/lists/schema';

export async function throwawayKey(): Promise<PrivateKeyInfo> {
  const pair = await generateKeyPair();
  const k = await importPrivateKey(pair.privatePem);
  if (!k) throw new Error('could not import a fresh key');
  return k;
}

/** A list derived from the bundled one: a higher version, extra blocked hosts, fresh times. */
export function listWith(
  versionDelta: number,
  extraBlocked: string[],
  times: { issued?: number; expires?: number } = {},
): ListData {
  const issued = times.issued ?? Date.now() - 60_000;
  const expires = times.expires ?? issued + 30 * 864e5;
  return {
    ...bundledList,
    version: bundledList.version + versionDelta,
    issued: new Date(issued).toISOString(),
    expires: new Date(expires).toISOString(),
    blocked: [
      ...bundledList.blocked,
      ...extraBlocked.map((host) => ({ host, subdomains: true, source: 'test', added: '2026-11-27' })),
    ],
  };
}

export async function signed(list: ListData, key: PrivateKeyInfo): Promise<string> {
  return signList(list, key);
}

/** storage.local stand-in: values go through JSON like the real storage's structured clone. */
export class MemoryStore implements KeyValueStore {
  data = new Map<string, string>();
  async get(key: string): Promise<unknown> {
    const v = this.data.get(key);
    return v === undefined ? undefined : JSON.parse(v);
  }
  async set(key: string, value: unknown): Promise<void> {
    this.data.set(key, JSON.stringify(value));
  }
  /** writes a raw value (for corrupt-storage tests) */
  put(key: string, value: unknown): void {
    this.data.set(key, JSON.stringify(value));
  }
}

export type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void;

/** HTTP server on 127.0.0.1 (random port) whose handler each test step replaces. */
export async function localServer(): Promise<{
  url: (path?: string) => string;
  handle: (h: Handler) => void;
  requests: { url: string; headers: http.IncomingHttpHeaders }[];
  close: () => Promise<void>;
}> {
  let handler: Handler = (_q, r) => {
    r.writeHead(404);
    r.end();
  };
  const requests: { url: string; headers: http.IncomingHttpHeaders }[] = [];
  const sockets = new Set<Socket>();
  const server = http.createServer((req, res) => {
    requests.push({ url: req.url ?? '', headers: req.headers });
    handler(req, res);
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: (path = '/list.json') => `http://127.0.0.1:${port}${path}`,
    handle: (h) => {
      handler = h;
    },
    requests,
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Runs scripts/<script> under tsx from the repository root; never throws. */
export function runScript(
  script: string,
  args: string[],
  env: NodeJS.ProcessEnv = {},
): { code: number; out: string } {
  try {
    const out = execFileSync(process.execPath, ['--import', 'tsx', `scripts/${script}`, ...args], {
      cwd: new URL('../../', import.meta.url),
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...env },
    });
    return { code: 0, out };
  } catch (err) {
    const e = err as { status: number; stderr: string; stdout: string };
    return { code: e.status, out: e.stdout + e.stderr };
  }
}
