// Publish → refresh, end to end: a feed is ingested and published with a key made here (lists:ingest,
// lists:publish with LIST_SIGNING_KEY), the published directory is served by a static file handler with
// ETag / Last-Modified, and the installed extension, pointed at it by policy (listUrl + listPublicKeys),
// takes the new list: its version is in force and the path the feed named now warns. A second check
// costs a 304.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join, normalize } from 'node:path';
import { expect, test } from 'vitest';
import { generateKeyPair } from '../../lib/lists/crypto';
import { LIST_FILE } from '../../lib/lists/publish';
import type { ListStatus } from '../../lib/lists/status';
import { readWarningParams } from '../../lib/lists/warning-url';
import { runScript } from '../lists/helpers';
import { forEachBrowser, poll, type Session } from './harness';

const CDN = 'lists-cdn.test';
const HACKED = 'hanok-stay-e2e.test';
const FEED_PATH = '/wp-content/coupang/login.php';

function send<T>(s: Session, msg: { type: string }): Promise<T> {
  return s.evalInExtension(
    (m: { type: string }) =>
      ((globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome).runtime.sendMessage(m),
    msg,
  ) as Promise<T>;
}

/** A static host for a directory: ETag and Last-Modified, 304 on a match, like any web server or CDN. */
function serveDir(dir: string, statuses: number[]) {
  return (
    req: { url?: string; headers: Record<string, string | string[] | undefined> },
    res: ServerResponse,
  ) => {
    const rel = normalize(decodeURIComponent((req.url ?? '/').split('?')[0]!)).replace(/^(\.\.[/\\])+/, '');
    const file = join(dir, rel.endsWith('/') ? `${rel}index.html` : rel);
    let body: Buffer;
    try {
      body = readFileSync(file);
    } catch {
      statuses.push(404);
      res.writeHead(404).end();
      return;
    }
    const etag = `"${createHash('sha256').update(body).digest('hex').slice(0, 16)}"`;
    const modified = statSync(file).mtime.toUTCString();
    const headers = {
      etag,
      'last-modified': modified,
      'cache-control': 'public, max-age=300, must-revalidate',
    };
    if (req.headers['if-none-match'] === etag) {
      statuses.push(304);
      res.writeHead(304, headers).end();
      return;
    }
    statuses.push(200);
    res.writeHead(200, { ...headers, 'content-type': 'application/json; charset=utf-8' }).end(body);
  };
}

forEachBrowser('lists publish', (ctx) => {
  test('a build without LIST_URL and without policy fetches nothing and says the list comes with the extension', async () => {
    const s = await ctx.start();
    const before = ctx.server.requests.length;
    const st = await send<ListStatus>(s, { type: 'ui:list-refresh' });
    expect(st).toMatchObject({ url: '', source: 'bundled', lastCheck: null, nextCheck: null });
    expect(ctx.server.requests.slice(before)).toEqual([]);
    // the options page says so in words, in whichever language the browser runs
    const said = ['ko', 'en'].map(
      (l) =>
        (
          JSON.parse(
            readFileSync(new URL(`../../public/_locales/${l}/messages.json`, import.meta.url), 'utf8'),
          ) as Record<string, { message: string }>
        ).options_ui_list_no_url!.message,
    );
    const options = await s.newTab(s.extensionUrl('/options.html'));
    await options.waitFor((texts) => texts.some((x) => document.body.innerText.includes(x)), said);
    await options.close();
  });

  test('ingest → publish → the extension refreshes from the static host, then gets a 304', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'publish-e2e-'));
    const feed = join(dir, 'community-feed.txt');
    writeFileSync(
      feed,
      `# a plain feed\n${ctx.server.url(HACKED, FEED_PATH)}\nhttp://unrelated-e2e.test/x.exe\n`,
    );
    const ingest = runScript('lists-ingest.ts', ['--out', join(dir, 'ingest'), feed]);
    expect(ingest.code, ingest.out).toBe(0);
    expect(readFileSync(join(dir, 'ingest', 'diff.md'), 'utf8')).toContain(`=${HACKED}/wp-content/coupang/`);

    const pair = await generateKeyPair();
    const site = join(dir, 'site');
    const pub = runScript('lists-publish.ts', ['--out', site, '--sources', join(dir, 'ingest', 'sources')], {
      LIST_SIGNING_KEY: pair.privatePem,
    });
    expect(pub.code, pub.out).toBe(0);
    const published = JSON.parse(readFileSync(join(site, 'status.json'), 'utf8')) as { version: number };

    const statuses: number[] = [];
    ctx.server.route(CDN, serveDir(site, statuses));
    const s = await ctx.start({
      policy: { listUrl: ctx.server.url(CDN, `/${LIST_FILE}`), listPublicKeys: [pair.publicSpki] },
    });

    const status = await poll(
      () => send<ListStatus>(s, { type: 'ui:list-refresh' }),
      (st) => st?.version === published.version,
      40_000,
      'the published list to be in force',
    );
    expect(status).toMatchObject({ source: 'remote' });
    expect(status.lastError).toBeUndefined();

    // the path the feed named is blocked; the rest of that host is not
    const warned = await s.newTab(ctx.server.url(HACKED, FEED_PATH));
    const at = await warned.waitForUrl((u) => u.startsWith(s.extensionUrl('/warning.html')), 15_000);
    expect(readWarningParams(at)).toMatchObject({
      url: ctx.server.url(HACKED, FEED_PATH),
      verdict: 'blocked',
    });
    await warned.close();
    const open = await s.newTab(ctx.server.url(HACKED, '/about/'));
    await open.waitFor(() => document.querySelector('h1')?.textContent?.includes('Test page') === true);
    await open.close();

    // nothing changed on the host: the next check is a conditional request answered 304
    const before = statuses.length;
    const again = await send<ListStatus>(s, { type: 'ui:list-refresh' });
    expect(again.version).toBe(published.version);
    expect(statuses.slice(before)).toEqual([304]);
    expect(again.lastSuccess).toBeGreaterThanOrEqual(status.lastSuccess ?? 0);
  });
});
