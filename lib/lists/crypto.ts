import { decodeBase64, encodeBase64 } from './base64';

/**
 * ECDSA P-256 with SHA-256 through WebCrypto (`globalThis.crypto.subtle`: Node 20, Chrome, Firefox).
 * Public keys are written as SPKI DER in base64 (optionally PEM-wrapped) or as a JWK JSON string.
 * A key's id is the first 16 hex digits of SHA-256 over its SPKI DER bytes: it names the key and cannot
 * point at a different one.
 */
const ALG = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const SIGN_ALG = { name: 'ECDSA', hash: 'SHA-256' } as const;

export interface PublicKeyInfo {
  keyId: string;
  key: CryptoKey;
  /** SPKI DER as standard base64 */
  spki: string;
}

const subtle = (): SubtleCrypto => globalThis.crypto.subtle;

/** Copies into a fresh ArrayBuffer-backed view (WebCrypto wants a plain BufferSource). */
export function bytes(view: Uint8Array): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(new ArrayBuffer(view.byteLength));
  out.set(view);
  return out;
}

function hex(buf: ArrayBuffer): string {
  return Array.from(new Uint8Array(buf), (b) => b.toString(16).padStart(2, '0')).join('');
}

function pemBody(text: string): string {
  return text
    .replace(/-----(BEGIN|END) [A-Z ]+-----/g, '')
    .replace(/\s+/g, '')
    .trim();
}

export async function keyIdOf(spkiDer: Uint8Array): Promise<string> {
  return hex(await subtle().digest('SHA-256', bytes(spkiDer))).slice(0, 16);
}

/** Imports a public key; null when the text is not a P-256 public key in one of the accepted forms. */
export async function importPublicKey(text: string): Promise<PublicKeyInfo | null> {
  try {
    if (typeof text !== 'string' || text.length > 20_000) return null;
    const t = text.trim();
    let key: CryptoKey;
    if (t.startsWith('{')) {
      const jwk = JSON.parse(t) as JsonWebKey;
      if (jwk.kty !== 'EC' || jwk.crv !== 'P-256' || typeof jwk.x !== 'string' || typeof jwk.y !== 'string')
        return null;
      key = await subtle().importKey('jwk', { kty: 'EC', crv: 'P-256', x: jwk.x, y: jwk.y }, ALG, true, [
        'verify',
      ]);
    } else {
      const der = decodeBase64(pemBody(t));
      if (!der || der.length < 32) return null;
      key = await subtle().importKey('spki', bytes(der), ALG, true, ['verify']);
    }
    if (key.type !== 'public') return null;
    const spki = new Uint8Array(await subtle().exportKey('spki', key));
    return { keyId: await keyIdOf(spki), key, spki: encodeBase64(spki) };
  } catch {
    return null;
  }
}

export interface PrivateKeyInfo {
  key: CryptoKey;
  publicKey: PublicKeyInfo;
}

/** Imports a signing key: PKCS#8 PEM ("BEGIN PRIVATE KEY"), bare PKCS#8 base64, or a private JWK. */
export async function importPrivateKey(text: string): Promise<PrivateKeyInfo | null> {
  try {
    const t = text.trim();
    let key: CryptoKey;
    if (t.startsWith('{')) {
      const jwk = JSON.parse(t) as JsonWebKey;
      key = await subtle().importKey('jwk', jwk, ALG, true, ['sign']);
    } else {
      const der = decodeBase64(pemBody(t));
      if (!der) return null;
      key = await subtle().importKey('pkcs8', bytes(der), ALG, true, ['sign']);
    }
    if (key.type !== 'private') return null;
    const jwk = await subtle().exportKey('jwk', key);
    const publicKey = await importPublicKey(JSON.stringify({ kty: 'EC', crv: 'P-256', x: jwk.x, y: jwk.y }));
    return publicKey ? { key, publicKey } : null;
  } catch {
    return null;
  }
}

/** A fresh key pair: the private half as PKCS#8 PEM, the public half as SPKI base64. */
export async function generateKeyPair(): Promise<{ privatePem: string; publicSpki: string; keyId: string }> {
  const pair = await subtle().generateKey(ALG, true, ['sign', 'verify']);
  const pkcs8 = encodeBase64(new Uint8Array(await subtle().exportKey('pkcs8', pair.privateKey)));
  const spki = new Uint8Array(await subtle().exportKey('spki', pair.publicKey));
  const lines = pkcs8.match(/.{1,64}/g) ?? [];
  return {
    privatePem: `-----BEGIN PRIVATE KEY-----\n${lines.join('\n')}\n-----END PRIVATE KEY-----\n`,
    publicSpki: encodeBase64(spki),
    keyId: await keyIdOf(spki),
  };
}

/** Signs bytes; the signature is IEEE P1363 (r ‖ s, 64 bytes), as WebCrypto writes it. */
export async function signBytes(key: CryptoKey, data: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await subtle().sign(SIGN_ALG, key, bytes(data)));
}

export async function verifyBytes(key: CryptoKey, signature: Uint8Array, data: Uint8Array): Promise<boolean> {
  try {
    if (signature.length !== 64) return false;
    return await subtle().verify(SIGN_ALG, key, bytes(signature), bytes(data));
  } catch {
    return false;
  }
}
