import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe } from 'vitest';
import { artifactsDir } from './paths';
import { TestServer } from './server';
import type { BrowserName, Session, StartOptions, Tab } from './types';

export type { BrowserName, Session, StartOptions, Tab } from './types';
export { TestServer } from './server';
export { poll } from './poll';
export { launch } from './launch';
import { launch } from './launch';

const only = (process.env.E2E_BROWSERS ?? 'chromium,firefox').split(',').map((s) => s.trim());

export interface BrowserContext {
  name: BrowserName;
  /** local server for every test host; created before the tests, shared by the file */
  server: TestServer;
  /**
   * Launch the browser with the built extension (closes a previous session of this context first); resolves
   * once the background answers.
   */
  start(opts?: StartOptions): Promise<Session>;
  /** The running session. */
  session(): Session;
  /** Keep a screenshot of a tab in the artifacts folder (or any other folder). */
  screenshot(tab: Tab, name: string, dir?: string): Promise<string>;
}

/**
 * Runs `body` once per browser (Chromium, then Firefox), each in its own describe block with its own local
 * server. On a failed test it keeps a screenshot of every tab it knows and the collected console in
 * test/e2e/artifacts/<browser>/.
 */
export function forEachBrowser(title: string, body: (ctx: BrowserContext) => void): void {
  for (const name of ['chromium', 'firefox'] as const) {
    describe.skipIf(!only.includes(name))(`${title} [${name}]`, () => {
      const server = new TestServer();
      let current: Session | null = null;
      let restorePolicy: (() => void) | null = null;
      const tabs: Tab[] = [];

      const stop = async () => {
        try {
          await current?.close();
        } finally {
          // the policy files go back even when the browser would not close
          current = null;
          restorePolicy?.();
          restorePolicy = null;
        }
      };

      const ctx: BrowserContext = {
        name,
        server,
        async start(opts = {}) {
          await stop();
          const launched = await launch(name, server, opts);
          current = launched.session;
          restorePolicy = launched.restorePolicy;
          const newTab = current.newTab.bind(current);
          current.newTab = async (url) => {
            const t = await newTab(url);
            tabs.push(t);
            return t;
          };
          return current;
        },
        session() {
          if (!current) throw new Error('start() the browser first');
          return current;
        },
        async screenshot(tab, fileName, dir = join(artifactsDir, name)) {
          mkdirSync(dir, { recursive: true });
          const file = join(dir, fileName.endsWith('.png') ? fileName : `${fileName}.png`);
          await tab.screenshot(file);
          return file;
        },
      };

      const keepArtifacts = async (testName: string) => {
        if (!current) return;
        const dir = join(artifactsDir, name);
        mkdirSync(dir, { recursive: true });
        const base = testName.replace(/[^a-z0-9]+/gi, '-').slice(0, 80);
        writeFileSync(join(dir, `${base}.console.txt`), current.console.join('\n'));
        for (const [i, t] of tabs.entries()) {
          await t.screenshot(join(dir, `${base}-${i}.png`)).catch(() => undefined);
        }
      };

      beforeAll(async () => {
        await server.start();
      });
      beforeEach(({ task, onTestFailed }) => {
        onTestFailed(() => keepArtifacts(task.name));
      });
      afterAll(async () => {
        await stop();
        await server.stop();
      });
      body(ctx);
    });
  }
}
