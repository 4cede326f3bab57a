import { importPublicKey, type PublicKeyInfo } from './crypto';

/**
 * Pinned list signing keys (public halves only). A list is accepted only when one of these, or a key the
 * organisation adds through the `listPublicKeys` policy, signed it. To rotate: add the new key here, ship a
 * release, then sign with the new key; remove the old key one release later.
 */
export const PINNED_PUBLIC_KEYS: readonly { keyId: string; spki: string; note: string }[] = [
  {
    keyId: '0cd0b2ce53ecc753',
    spki: 'MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEpq1PpgzapiS3k9D0SFPajzeAFmTZRKsDT6hTIuLE1/nz4PabjwUys3xP1aUdB1gZzmQfSX/vyGdTEe54lIdobQ==',
    note: 'release key 2026-11',
  },
];

/**
 * The trusted keys: the pinned ones plus `extra` (policy `listPublicKeys`: SPKI base64, PEM or JWK JSON).
 * Policy keys are added, never replace the pinned ones: the bundled list is signed with a pinned key.
 * Entries that are not valid P-256 public keys are skipped and returned in `invalid`.
 */
export async function trustedKeys(
  extra: readonly string[] = [],
): Promise<{ keys: PublicKeyInfo[]; invalid: string[] }> {
  const keys: PublicKeyInfo[] = [];
  const invalid: string[] = [];
  for (const pinned of PINNED_PUBLIC_KEYS) {
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
