/** Strict base64 / base64url helpers (no Buffer: runs in Node and in both browsers). */

const STD = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const URL_SAFE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

export function encodeBase64(bytes: Uint8Array, urlSafe = false): string {
  const abc = urlSafe ? URL_SAFE : STD;
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1] ?? 0;
    const c = bytes[i + 2] ?? 0;
    const n = (a << 16) | (b << 8) | c;
    const left = bytes.length - i;
    out += abc[(n >> 18) & 63]! + abc[(n >> 12) & 63]!;
    out += left > 1 ? abc[(n >> 6) & 63]! : urlSafe ? '' : '=';
    out += left > 2 ? abc[n & 63]! : urlSafe ? '' : '=';
  }
  return out;
}

/**
 * Decodes base64 (standard, padded or not) or base64url. Strict: any character outside the alphabet or an
 * encoding that does not round-trip (non-zero spare bits) gives null, so one string has exactly one meaning.
 */
export function decodeBase64(text: string): Uint8Array | null {
  if (typeof text !== 'string' || text.length > 10_000_000) return null;
  const urlSafe = /[-_]/.test(text);
  const s = text.replace(/=+$/, '');
  if (!(urlSafe ? /^[A-Za-z0-9_-]*$/ : /^[A-Za-z0-9+/]*$/).test(s) || s.length % 4 === 1) return null;
  const abc = urlSafe ? URL_SAFE : STD;
  const out = new Uint8Array(Math.floor((s.length * 3) / 4));
  let bits = 0;
  let acc = 0;
  let j = 0;
  for (const ch of s) {
    acc = (acc << 6) | abc.indexOf(ch);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[j++] = (acc >> bits) & 255;
    }
  }
  if ((acc & ((1 << bits) - 1)) !== 0) return null;
  const padded = text.length - s.length;
  if (padded > 0 && (urlSafe || (s.length + padded) % 4 !== 0)) return null;
  return out;
}
