// Generates a list signing key pair: `npm run lists:keygen -- --out FILE`.
// The private key (PKCS#8 PEM) goes to FILE (mode 600) and never into the repository; the public key
// (SPKI base64) and its key id are printed, ready for lib/lists/keys.ts or the `listPublicKeys` policy.
import { existsSync, writeFileSync } from 'node:fs';
import { generateKeyPair } from '../lib/lists/crypto';

const i = process.argv.indexOf('--out');
const out = i >= 0 ? process.argv[i + 1] : undefined;
if (!out) {
  console.error('usage: npm run lists:keygen -- --out private-key.pem');
  process.exit(2);
}
if (existsSync(out)) {
  console.error(`${out} exists; refusing to overwrite a key`);
  process.exit(2);
}
const pair = await generateKeyPair();
writeFileSync(out, pair.privatePem, { mode: 0o600 });
console.log(`private key: ${out} (keep it secret, outside the repository)`);
console.log(`key id:      ${pair.keyId}`);
console.log(`public key:  ${pair.publicSpki}`);
