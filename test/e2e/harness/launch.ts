import { startChromium } from './chromium';
import { startFirefox } from './firefox';
import { installPolicy } from './policy-files';
import { poll } from './poll';
import type { TestServer } from './server';
import type { BrowserName, Session, StartOptions } from './types';

/**
 * Launch a browser with the built extension (and the managed policy, if any) and wait until the background
 * answers. `restorePolicy` puts the machine's policy files back; call it after closing the session. Used by
 * the tests and by `npm run screenshots`.
 */
export async function launch(
  name: BrowserName,
  server: TestServer,
  opts: StartOptions = {},
): Promise<{ session: Session; restorePolicy: (() => void) | null }> {
  const restorePolicy = opts.policy ? installPolicy(name, opts.policy) : null;
  let session: Session;
  try {
    session = name === 'chromium' ? await startChromium(server, opts) : await startFirefox(server, opts);
  } catch (err) {
    restorePolicy?.();
    throw err;
  }
  // Ready means the background answers (its listeners are registered by then).
  await poll(
    () =>
      session
        .evalInExtension(() =>
          ((globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome).runtime.sendMessage({
            type: 'ui:ping',
          }),
        )
        .catch(() => null),
    (r) => (r as { ok?: boolean } | null)?.ok === true,
    20_000,
    'the background to answer',
  ).catch(async (err: unknown) => {
    await session.close();
    restorePolicy?.();
    throw err;
  });
  return { session, restorePolicy };
}
