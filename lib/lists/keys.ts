import { importPublicKey, type PublicKeyInfo } from './crypto';

/**
 * Pinned release keys (public halves only) for lists fetched at run time; the bundled list needs none (it
 * is part of the package). A fetched list is accepted only when one of these, or a key the organisation
 * adds through the `listPublicKeys` policy, signed it. Up to two at once, so a key can be rotated without a
 * gap: pin the successor next to the current key, ship, switch the publish secret, drop the old key a
 * release later (docs/lists.md, "Keys"). Fill with `npm run lists:keygen`; the private half lives only in
 * the `LIST_SIGNING_KEY` secret of the publish workflow and an offline backup, never in the tree.
 *
 * Empty today: the key that signed earlier lists (0cd0b2ce53ecc753) was lost with the machine that held
 * it, so it is no longer trusted, and no release key has been made yet. Builds with `LIST_URL` refuse to
 * run until one is pinned here (wxt.config.ts).
 */
export const PINNED_PUBLIC_KEYS: readonly { keyId: string; spki: string; note: string }[] = [];

/** At most this many pinned keys: the current one and its successor. */
export const MAX_PINNED_KEYS = 2;

/**
 * The trusted keys: the pinned ones plus `extra` (policy `listPublicKeys`: SPKI base64, PEM or JWK JSON).
 * Policy keys are added to the pinned ones, never replace them.
 * Entries that are not valid P-256 public keys are skipped and returned in `invalid`.
 */
export async function trustedKeys(
  extra: readonly string[] = [],
): Promise<{ keys: PublicKeyInfo[]; invalid: string[] }> {
  return trustedKeysFrom(PINNED_PUBLIC_KEYS, extra);
}

/** trustedKeys with the pinned keys given (tests, and the build's pinning check). */
export async function trustedKeysFrom(
  pinnedKeys: readonly { keyId: string; spki: string }[],
  extra: readonly string[] = [],
): Promise<{ keys: PublicKeyInfo[]; invalid: string[] }> {
  const keys: PublicKeyInfo[] = [];
  const invalid: string[] = [];
  for (const pinned of pinnedKeys) {
    const k = await importPublicKey(pinned.spki);
    // A pinned key whose id does not match is a build mistake: skip it rather than trust it under a wrong name.
    if (k && k.keyId === pinned.keyId) keys.push(k);
  }
  for (const text of extra) {
    const k = await importPublicKey(text);
    if (!k) invalid.push(String(text).slice(0, 80));
    else if (!keys.some((x) => x.keyId === k.keyId)) keys.push(k);
  }
  return { keys, invalid };
}
