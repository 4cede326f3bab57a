import { z } from 'zod/mini';
import { decodeBase64, encodeBase64 } from './base64';
import { canonicalJson } from './canonical';
import { signBytes, verifyBytes, type PrivateKeyInfo, type PublicKeyInfo } from './crypto';
import { describeIssue, listDataSchema, type ListData } from './schema';
import type { ListErrorReason } from './status';

/**
 * A signed list file is the canonical JSON (see canonical.ts) of
 *   { "format": "coupang-guard-list/1", "keyId": "<16 hex>", "list": <ListData>, "signature": "<base64url>" }
 * followed by at most one "\n". The signature is ECDSA P-256 / SHA-256 (IEEE P1363, 64 bytes, base64url)
 * over the UTF-8 bytes of  "coupang-guard-list/1\n" + canonicalJson(list).
 * A file that is not exactly in canonical form is refused, so any changed byte is caught.
 */
export const LIST_FORMAT = 'coupang-guard-list/1';

const envelopeSchema = z.strictObject({
  format: z.literal(LIST_FORMAT),
  keyId: z.string().check(z.regex(/^[0-9a-f]{16}$/)),
  list: z.unknown(),
  signature: z.string().check(z.minLength(1), z.maxLength(200)),
});

export type VerifyResult =
  { ok: true; list: ListData; keyId: string } | { ok: false; reason: ListErrorReason; detail?: string };

export interface VerifyOptions {
  /** trusted keys: pinned ones and those policy adds */
  keys: readonly PublicKeyInfo[];
  /** ms since epoch; a list whose `expires` is not after `now` is refused. Omit to skip the check. */
  now?: number;
}

function signedBytes(list: unknown): Uint8Array | null {
  const c = canonicalJson(list);
  return c === null ? null : new TextEncoder().encode(`${LIST_FORMAT}\n${c}`);
}

/** Signs a list; returns the file text (canonical envelope + "\n"). Throws on a list that fails the schema. */
export async function signList(list: ListData, signer: PrivateKeyInfo): Promise<string> {
  const checked = listDataSchema.parse(list);
  const data = signedBytes(checked);
  if (!data) throw new Error('list cannot be serialised');
  const signature = encodeBase64(await signBytes(signer.key, data), true);
  const env = { format: LIST_FORMAT, keyId: signer.publicKey.keyId, list: checked, signature };
  return `${canonicalJson(env)}\n`;
}

/** Checks a signed list file. Never throws. */
export async function verifySignedList(text: string, opts: VerifyOptions): Promise<VerifyResult> {
  try {
    if (typeof text !== 'string' || text.trim() === '') return { ok: false, reason: 'empty' };
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      return { ok: false, reason: 'not-json' };
    }
    const body = text.endsWith('\n') ? text.slice(0, -1) : text;
    if (canonicalJson(raw) !== body) return { ok: false, reason: 'not-canonical' };
    const env = envelopeSchema.safeParse(raw);
    if (!env.success)
      return { ok: false, reason: 'schema', detail: describeIssue(env.error.issues).slice(0, 200) };
    const key = opts.keys.find((k) => k.keyId === env.data.keyId);
    if (!key) return { ok: false, reason: 'unknown-key', detail: env.data.keyId };
    const sig = decodeBase64(env.data.signature);
    const data = signedBytes(env.data.list);
    if (!sig || !data || !(await verifyBytes(key.key, sig, data)))
      return { ok: false, reason: 'bad-signature' };
    const list = listDataSchema.safeParse(env.data.list);
    if (!list.success)
      return { ok: false, reason: 'schema', detail: describeIssue(list.error.issues).slice(0, 200) };
    const issued = Date.parse(list.data.issued);
    const expires = Date.parse(list.data.expires);
    if (!(expires > issued)) return { ok: false, reason: 'schema', detail: 'expires is not after issued' };
    if (opts.now !== undefined && !(expires > opts.now))
      return { ok: false, reason: 'expired', detail: list.data.expires };
    return { ok: true, list: list.data, keyId: key.keyId };
  } catch (err) {
    return { ok: false, reason: 'internal', detail: String(err).slice(0, 200) };
  }
}
