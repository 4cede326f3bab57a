/**
 * Canonical JSON: the byte form a list signature covers.
 *
 * - objects: keys sorted by UTF-16 code units (JavaScript's default sort), no whitespace;
 * - arrays: in order; strings: as `JSON.stringify` writes them (minimal escapes, non-ASCII kept as is);
 * - numbers: finite only, as `JSON.stringify` writes them (lists hold integers only); booleans, null.
 * Returns null for anything JSON cannot hold (undefined, functions, NaN, cycles, very deep nesting).
 */
export function canonicalJson(value: unknown): string | null {
  const parts: string[] = [];
  return write(value, parts, 0) ? parts.join('') : null;
}

const MAX_DEPTH = 64;

function write(value: unknown, out: string[], depth: number): boolean {
  if (depth > MAX_DEPTH) return false;
  if (value === null) {
    out.push('null');
    return true;
  }
  switch (typeof value) {
    case 'boolean':
      out.push(value ? 'true' : 'false');
      return true;
    case 'number':
      if (!Number.isFinite(value)) return false;
      out.push(JSON.stringify(value));
      return true;
    case 'string':
      out.push(JSON.stringify(value));
      return true;
    case 'object':
      break;
    default:
      return false;
  }
  if (Array.isArray(value)) {
    out.push('[');
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out.push(',');
      if (!write(value[i], out, depth + 1)) return false;
    }
    out.push(']');
    return true;
  }
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj).sort();
  out.push('{');
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i] as string;
    if (i > 0) out.push(',');
    out.push(JSON.stringify(k), ':');
    if (!write(obj[k], out, depth + 1)) return false;
  }
  out.push('}');
  return true;
}
