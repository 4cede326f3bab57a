/**
 * Build-time list settings, read from the environment by wxt.config.ts (pure, so it is tested in Node).
 *
 * - `LIST_URL`: where the extension fetches the published list. Unset (the default, and every developer
 *   build): the extension fetches nothing and its list is updated with the extension. Set by the release
 *   workflow for store builds. Must be https (http only for loopback and `.test` hosts, for tests).
 * - A `LIST_URL` with no pinned release key could never be accepted, so such a build is refused.
 * Enterprise policy `listUrl` / `listPublicKeys` work in every build, with or without these.
 */
export function buildListUrl(env: { LIST_URL?: string | undefined }, pinnedKeyCount: number): string {
  const raw = (env.LIST_URL ?? '').trim();
  if (!raw) return '';
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`LIST_URL is not a URL: "${raw.slice(0, 200)}"`);
  }
  const local =
    url.hostname === 'localhost' || url.hostname === '127.0.0.1' || url.hostname.endsWith('.test');
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local))
    throw new Error('LIST_URL must be an https:// address');
  if (url.username || url.password) throw new Error('LIST_URL must not carry a user name or password');
  if (pinnedKeyCount === 0)
    throw new Error(
      'LIST_URL is set but lib/lists/keys.ts pins no release key, so no fetched list could be accepted: ' +
        'pin the release public key first (npm run lists:keygen, docs/lists.md "Keys")',
    );
  return url.href;
}
