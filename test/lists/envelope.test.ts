import { describe, expect, test } from 'vitest';
import { decodeBase64, encodeBase64 } from '../../lib/lists/base64';
import { canonicalJson } from '../../lib/lists/canonical';
import { importPublicKey, signBytes } from '../../lib/lists/crypto';
import { LIST_FORMAT, verifySignedList } from '../../lib/lists/envelope';
import { trustedKeys } from '../../lib/lists/keys';
import { listWith, signed, throwawayKey } from './helpers';

describe('canonical JSON', () => {
  test('sorts keys at every depth, keeps array order, no whitespace', () => {
    expect(canonicalJson({ b: 1, a: [3, { d: true, c: null }], é: 'ü"\n' })).toBe(
      '{"a":[3,{"c":null,"d":true}],"b":1,"é":"ü\\"\\n"}',
    );
  });
  test('refuses what JSON cannot hold', () => {
    expect(canonicalJson({ a: undefined })).toBeNull();
    expect(canonicalJson(NaN)).toBeNull();
    const deep: unknown[] = [];
    let cur = deep;
    for (let i = 0; i < 100; i++) cur.push((cur = []));
    expect(canonicalJson(deep)).toBeNull();
  });
});

describe('strict base64', () => {
  test('round-trips and refuses non-canonical encodings', () => {
    const bytes = new Uint8Array([0, 1, 2, 250, 251, 252, 253]);
    for (const urlSafe of [false, true]) expect(decodeBase64(encodeBase64(bytes, urlSafe))).toEqual(bytes);
    const good = encodeBase64(new Uint8Array([255]), true); // "_w"
    expect(decodeBase64(good)).toEqual(new Uint8Array([255]));
    expect(decodeBase64('_x')).toBeNull(); // spare bits set
    expect(decodeBase64('ab$c')).toBeNull();
    expect(decodeBase64('a')).toBeNull();
  });
});

describe('signed list envelope', () => {
  test('a list signed with a trusted key verifies; the file is canonical JSON', async () => {
    const key = await throwawayKey();
    const list = listWith(1, ['a.example']);
    const text = await signed(list, key);
    expect(text.endsWith('}\n')).toBe(true);
    expect(canonicalJson(JSON.parse(text)) + '\n').toBe(text);
    const r = await verifySignedList(text, { keys: [key.publicKey], now: Date.now() });
    expect(r).toMatchObject({ ok: true, keyId: key.publicKey.keyId });
    if (r.ok) expect(r.list.blocked.at(-1)?.host).toBe('a.example');
  });

  test('names the reason for every kind of bad file', async () => {
    const key = await throwawayKey();
    const other = await throwawayKey();
    const text = await signed(listWith(1, ['a.example']), key);
    const keys = [key.publicKey];
    const reason = async (t: string, now?: number) => {
      const r = await verifySignedList(t, { keys, ...(now === undefined ? {} : { now }) });
      return r.ok ? 'ok' : r.reason;
    };
    expect(await reason('')).toBe('empty');
    expect(await reason('  \n')).toBe('empty');
    expect(await reason('<html>')).toBe('not-json');
    expect(await reason(JSON.stringify(JSON.parse(text), null, 2))).toBe('not-canonical');
    expect(await reason('{"format":"x"}')).toBe('schema');
    const env = JSON.parse(text) as Record<string, unknown>;
    expect(await reason(canonicalJson({ ...env, extra: 1 })!)).toBe('schema');
    expect(await reason(canonicalJson({ ...env, keyId: other.publicKey.keyId })!)).toBe('unknown-key');
    expect(await reason(canonicalJson({ ...env, signature: 'AAAA' })!)).toBe('bad-signature');
    const list = env.list as { version: number };
    expect(await reason(canonicalJson({ ...env, list: { ...list, version: list.version + 1 } })!)).toBe(
      'bad-signature',
    );
    expect(await reason(text, Date.now() + 365 * 864e5)).toBe('expired');
    expect(await reason(text, Date.now())).toBe('ok');
  });

  test('a validly signed payload that breaks the list schema is refused as schema', async () => {
    const key = await throwawayKey();
    const payload = { version: -1, brands: [] };
    const data = new TextEncoder().encode(`${LIST_FORMAT}\n${canonicalJson(payload)}`);
    const signature = encodeBase64(await signBytes(key.key, data), true);
    const text = canonicalJson({
      format: LIST_FORMAT,
      keyId: key.publicKey.keyId,
      list: payload,
      signature,
    })!;
    const r = await verifySignedList(text, { keys: [key.publicKey] });
    expect(r).toMatchObject({ ok: false, reason: 'schema' });
  });

  test('public keys import from SPKI base64, PEM and JWK with the same key id', async () => {
    const key = await throwawayKey();
    const spki = key.publicKey.spki;
    const pem = `-----BEGIN PUBLIC KEY-----\n${spki.match(/.{1,64}/g)!.join('\n')}\n-----END PUBLIC KEY-----\n`;
    const jwk = await crypto.subtle.exportKey('jwk', key.publicKey.key);
    for (const form of [spki, pem, JSON.stringify(jwk)])
      expect((await importPublicKey(form))?.keyId).toBe(key.publicKey.keyId);
    for (const junk of ['', 'AAAA', '{"kty":"RSA"}', 'not a key', '{'.repeat(50)])
      expect(await importPublicKey(junk)).toBeNull();
    const { keys, invalid } = await trustedKeys([spki, 'garbage']);
    expect(keys.map((k) => k.keyId)).toContain(key.publicKey.keyId);
    expect(invalid).toEqual(['garbage']);
  });
});
