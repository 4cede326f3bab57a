// `npm run lists:verify -- FILE [--public-key KEY_OR_FILE ...] [--now ISO]`
// Exit 0 when FILE is a good signed list (canonical form, schema, signed by a pinned or given key, not
// expired); otherwise exit 1 and print the reason code (schema, bad-signature, unknown-key, expired, ...).
// Never prints key material: keys are named by their key id or their position on the command line.
import { existsSync, readFileSync } from 'node:fs';
import { importPublicKey } from '../lib/lists/crypto';
import { verifySignedList } from '../lib/lists/envelope';
import { trustedKeys } from '../lib/lists/keys';
import { listDataSchema } from '../lib/lists/schema';
import { positional } from './lists-args';

const files = positional(['public-key', 'now']);
if (files.length === 0) {
  console.error('usage: npm run lists:verify -- FILE [--public-key KEY_OR_FILE ...] [--now ISO-TIME]');
  process.exit(2);
}
const extra: string[] = [];
let now = Date.now();
for (let i = 2; i < process.argv.length; i++) {
  const v = process.argv[i + 1] ?? '';
  if (process.argv[i] === '--public-key') extra.push(existsSync(v) ? readFileSync(v, 'utf8') : v);
  if (process.argv[i] === '--now') now = Date.parse(v);
}
if (!Number.isFinite(now)) {
  console.error('--now needs an ISO time');
  process.exit(2);
}
const { keys } = await trustedKeys();
for (const [i, text] of extra.entries()) {
  const k = await importPublicKey(text);
  if (!k) {
    console.error(`--public-key #${i + 1} is not a P-256 public key (SPKI base64, PEM or JWK)`);
    process.exit(2);
  }
  if (!keys.some((x) => x.keyId === k.keyId)) keys.push(k);
}

/** A plain list (lists:build output) rather than a signed file. */
function isUnsignedList(text: string): boolean {
  try {
    return listDataSchema.safeParse(JSON.parse(text)).success;
  } catch {
    return false;
  }
}

let failed = false;
for (const file of files) {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(file));
  } catch (err) {
    console.error(`FAIL ${file}: unreadable (${err instanceof Error ? err.message : String(err)})`);
    failed = true;
    continue;
  }
  if (isUnsignedList(text)) {
    console.error(`FAIL ${file}: unsigned list: run lists:sign`);
    failed = true;
    continue;
  }
  const r = await verifySignedList(text, { keys, now });
  if (r.ok) {
    console.log(
      `OK   ${file}: v${r.list.version}, ${r.list.blocked.length} blocked, ${r.list.brands.length} brands, key ${r.keyId}, expires ${r.list.expires}`,
    );
  } else {
    console.error(`FAIL ${file}: ${r.reason}${r.detail ? ` (${r.detail})` : ''}`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
