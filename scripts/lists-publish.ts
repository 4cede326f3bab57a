// `npm run lists:publish -- --out DIR [--sources DIR] [--diff FILE] [--expires-days N] [--version N]`
// Builds the list from the sources (lists/sources, or an ingest run's DIR/sources), signs it with the key in
// the environment variable LIST_SIGNING_KEY (the publish workflow's secret; never a file), checks the result,
// and writes exactly what a static host or CDN serves:
//   DIR/coupang-guard-list.signed.json  DIR/index.html  DIR/status.json  [DIR/diff.json DIR/diff.md]
//   DIR/_headers (cache headers for Cloudflare Pages / Netlify)  DIR/.nojekyll (GitHub Pages)
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { importPrivateKey } from '../lib/lists/crypto';
import { signList, verifySignedList } from '../lib/lists/envelope';
import { PINNED_PUBLIC_KEYS } from '../lib/lists/keys';
import {
  HEADERS_FILE,
  LIST_FILE,
  publishStatus,
  statusPage,
  type PublishDiffEntry,
} from '../lib/lists/publish';
import { buildListFromSources } from '../lib/lists/sources';
import { flag } from './lists-args';
import { readSources, SOURCES_DIR } from './lists-sources';

const fail = (msg: string, code = 1): never => {
  console.error(`lists:publish: ${msg}`);
  process.exit(code);
};

const outFlag = flag('out');
if (!outFlag)
  fail(
    'usage: npm run lists:publish -- --out DIR [--sources DIR] [--diff FILE] [--expires-days N] [--version N]',
    2,
  );
const out = resolve(outFlag!);
const sources = resolve(flag('sources') ?? SOURCES_DIR);
const diffFile =
  flag('diff') ??
  (existsSync(`${dirname(sources)}/diff.json`) && flag('sources')
    ? `${dirname(sources)}/diff.json`
    : undefined);
const days = Number(flag('expires-days') ?? 14);
const now = new Date();
const version = Number(flag('version') ?? Math.floor(now.getTime() / 1000));
if (!(days > 0) || !Number.isSafeInteger(version) || version <= 0)
  fail('--expires-days and --version must be positive numbers', 2);

const keyText = process.env.LIST_SIGNING_KEY;
if (!keyText)
  fail('LIST_SIGNING_KEY is not set: publishing needs the release key (a secret of the publish workflow)', 2);
const signer = await importPrivateKey(keyText!);
if (!signer) fail('LIST_SIGNING_KEY is not an ECDSA P-256 private key (PKCS#8 PEM or JWK)', 2);

let list;
try {
  list = buildListFromSources(readSources(sources), { version, issued: now, expiresDays: days });
} catch (err) {
  fail(err instanceof Error ? err.message : String(err));
}
const text = await signList(list!, signer!);
// the file must verify with the key's public half before anything is written
const check = await verifySignedList(text, { keys: [signer!.publicKey], now: now.getTime() });
if (!check.ok) fail(`the signed list does not verify (${check.reason})`);

type Diff = { added: PublishDiffEntry[]; removed: PublishDiffEntry[] };
function readDiff(file: string): Diff {
  try {
    const raw = JSON.parse(readFileSync(file, 'utf8')) as Partial<Diff> | null;
    if (!raw || !Array.isArray(raw.added) || !Array.isArray(raw.removed))
      throw new Error('not {added, removed}');
    return { added: raw.added, removed: raw.removed };
  } catch (err) {
    return fail(`${file}: ${err instanceof Error ? err.message : String(err)}`);
  }
}
const diff: Diff | null = diffFile ? readDiff(diffFile) : null;

const bytes = Buffer.byteLength(text);
const status = publishStatus(
  list!,
  { keyId: signer!.publicKey.keyId, bytes, sha256: createHash('sha256').update(text).digest('hex') },
  diff,
);
mkdirSync(out, { recursive: true });
writeFileSync(`${out}/${LIST_FILE}`, text);
writeFileSync(`${out}/status.json`, `${JSON.stringify(status, null, 1)}\n`);
writeFileSync(`${out}/index.html`, statusPage(status, diff));
writeFileSync(`${out}/_headers`, HEADERS_FILE);
writeFileSync(`${out}/.nojekyll`, '');
if (diffFile) {
  copyFileSync(diffFile, `${out}/diff.json`);
  const md = diffFile.replace(/\.json$/, '.md');
  if (existsSync(md)) copyFileSync(md, `${out}/diff.md`);
}
console.log(
  `published v${status.version} (${status.blocked} blocked, ${bytes} bytes, key ${status.keyId}) → ${out}`,
);
if (!PINNED_PUBLIC_KEYS.some((k) => k.keyId === status.keyId))
  console.log(
    `note: key ${status.keyId} is not pinned in lib/lists/keys.ts: installs accept this list only when policy listPublicKeys names it`,
  );
