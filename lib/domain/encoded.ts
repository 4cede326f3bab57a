/**
 * What a kit writes encoded so that a filter reading the address misses the brand: base64 (`Y291cGFuZw==`), hex
 * (`636f7570616e67`) and ROT13 (`pbhcnat-ybtva.arg`). Read only where the host speaks for nobody (classify.ts's
 * findCarried): an honest site's tracking values are base64 too, but not on a throwaway host.
 */

/** A base64 or base64url run: eight characters or more, letters of both cases or digits among them. */
const BASE64 = /^(?=.*[A-Z])(?=.*[a-z0-9])[A-Za-z0-9+/_-]{8,400}={0,2}$/;
/** Bytes written as hex pairs: four bytes or more. */
const HEX = /^(?:[0-9a-f]{2}){4,200}$/i;
/** Letters, dots and hyphens only (a host or a word ROT13 may hide). */
const ROT_TEXT = /^[a-z][a-z.-]{4,80}$/i;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Bytes as UTF-8 text, or null when they are not text (a control character, an invalid sequence). */
function asText(bytes: Uint8Array): string | null {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return null;
  }
  // eslint-disable-next-line no-control-regex -- a control character says the bytes were no text
  return /[\u0000-\u0008\u000e-\u001f\u007f]/.test(text) ? null : text;
}

/** A base64 (or base64url) text's bytes as UTF-8 text, or null when it is no base64 or spells no text. */
export function base64Text(s: string): string | null {
  let b = s.replace(/-/g, '+').replace(/_/g, '/').replace(/=+$/, '');
  if (b.length % 4 === 1) return null;
  while (b.length % 4) b += '=';
  let raw: string;
  try {
    raw = atob(b);
  } catch {
    return null;
  }
  const bytes = new Uint8Array(raw.length);
  for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
  return asText(bytes);
}

function fromHex(s: string): string | null {
  const bytes = new Uint8Array(s.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(s.slice(2 * i, 2 * i + 2), 16);
  return asText(bytes);
}

/** Each Latin letter moved thirteen places (its own inverse). */
export function rot13(s: string): string {
  return s.replace(/[a-z]/gi, (c) => {
    const code = c.charCodeAt(0);
    const base = code < 97 ? 65 : 97;
    return String.fromCharCode(((code - base + 13) % 26) + base);
  });
}

/**
 * The readings of `part` a kit's script would decode: hex, base64 and ROT13 where its shape allows each (none for
 * most parts). A part of hex digits is read as hex, not as base64 too.
 */
export function decodings(part: string): string[] {
  const out: string[] = [];
  if (HEX.test(part)) {
    const t = fromHex(part);
    if (t) out.push(t);
  } else if (BASE64.test(part)) {
    const t = base64Text(part);
    if (t) out.push(t);
  }
  if (ROT_TEXT.test(part)) out.push(rot13(part));
  return out;
}
