import { verifySignedList } from '../lib/lists/envelope';
import { trustedKeys } from '../lib/lists/keys';
import { mergeWithBundled } from '../lib/lists/merge';
import type { ListData } from '../lib/lists/schema';

/**
 * The list the web app judges with: the bundled one, or a newer signed list from `listUrl` (the same file the
 * extension fetches, on the same static host) once it verified against a pinned key. The last accepted list is
 * kept in local storage, so the app judges with it offline. A list that fails to verify is never used.
 */
const STORE_KEY = 'coupang-guard-list';

export async function acceptList(text: string, bundled: ListData, now: number): Promise<ListData | null> {
  const { keys } = await trustedKeys();
  if (keys.length === 0) return null;
  const r = await verifySignedList(text, { keys, now });
  if (!r.ok || r.list.version <= bundled.version) return null;
  return mergeWithBundled(r.list, bundled);
}

export async function loadList(
  bundled: ListData,
  listUrl: string,
  store: Pick<Storage, 'getItem' | 'setItem'>,
  fetchText: (url: string) => Promise<string | null>,
): Promise<ListData> {
  const now = Date.now();
  let best = bundled;
  const kept = store.getItem(STORE_KEY);
  if (kept) best = (await acceptList(kept, bundled, now).catch(() => null)) ?? best;
  if (!listUrl) return best;
  const text = await fetchText(listUrl).catch(() => null);
  if (!text) return best;
  const fresh = await acceptList(text, bundled, now).catch(() => null);
  if (fresh && fresh.version > best.version) {
    store.setItem(STORE_KEY, text);
    return fresh;
  }
  return best;
}
