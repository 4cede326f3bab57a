// `npm run lists:sign -- --key FILE [--in lists/dist/list.json] [--out lists/dist/list.signed.json]`
// Signs a built list. The private key (PKCS#8 PEM or private JWK) comes from the environment variable
// LIST_SIGNING_KEY (the key text itself; the publish workflow's secret) or --key FILE outside the
// repository. Never commit a private key. The bundled list is not signed (lib/lists/bundled.ts).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importPrivateKey } from '../lib/lists/crypto';
import { signList } from '../lib/lists/envelope';
import { PINNED_PUBLIC_KEYS } from '../lib/lists/keys';
import { listDataSchema } from '../lib/lists/schema';
import { flag } from './lists-args';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const input = resolve(flag('in') ?? `${root}/lists/dist/list.json`);
const out = resolve(flag('out') ?? `${root}/lists/dist/list.signed.json`);
const keyFile = flag('key');
// A private key inside the work tree is one `git add` away from being published: refuse it.
if (keyFile && !relative(root, resolve(keyFile)).startsWith('..')) {
  console.error('lists:sign: the key file is inside the repository; keep private keys outside it');
  process.exit(2);
}
const keyText = keyFile ? readFileSync(keyFile, 'utf8') : process.env.LIST_SIGNING_KEY;
if (!keyText) {
  console.error('lists:sign: no key: pass --key FILE or set LIST_SIGNING_KEY');
  process.exit(2);
}
const signer = await importPrivateKey(keyText);
if (!signer) {
  console.error('lists:sign: the key is not an ECDSA P-256 private key (PKCS#8 PEM or JWK)');
  process.exit(2);
}
const parsed = listDataSchema.safeParse(JSON.parse(readFileSync(input, 'utf8')));
if (!parsed.success) {
  console.error(`lists:sign: ${input} does not fit the list schema: ${parsed.error.issues[0]?.message}`);
  process.exit(1);
}
const text = await signList(parsed.data, signer);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, text);
const pinned = PINNED_PUBLIC_KEYS.some((k) => k.keyId === signer.publicKey.keyId);
console.log(
  `signed v${parsed.data.version} with key ${signer.publicKey.keyId} → ${out} (${text.length} bytes)`,
);
if (!pinned)
  console.log(
    `note: key ${signer.publicKey.keyId} is not pinned in lib/lists/keys.ts; the extension accepts it only when the\n` +
      `      policy listPublicKeys names it: ${signer.publicKey.spki}`,
  );
