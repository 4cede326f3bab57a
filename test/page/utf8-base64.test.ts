import { describe, expect, it } from 'vitest';
import { utf8Base64 } from '../../lib/page/collect';

/**
 * One base64-to-UTF-8 decoder for the collector (a script's played lines: strict, a string that is no UTF-8 is no line)
 * and the scorer (the brand's name written or painted from atob: loose, as it always read them).
 */
describe('utf8Base64', () => {
  const b64 = (s: string) => btoa(String.fromCharCode(...new TextEncoder().encode(s)));
  it('reads UTF-8 text, strict or loose', () => {
    expect(utf8Base64(b64('쿠팡 고객센터 안내'))).toBe('쿠팡 고객센터 안내');
    expect(utf8Base64(b64('쿠팡 고객센터 안내'), true)).toBe('쿠팡 고객센터 안내');
  });
  it('gives nothing for bytes that are no UTF-8 when strict, and U+FFFD for them when loose', () => {
    expect(utf8Base64('/w==')).toBe('');
    expect(utf8Base64('/w==', true)).toBe('\uFFFD');
  });
  it('gives nothing for what is not base64, either way', () => {
    expect(utf8Base64('not base64!')).toBe('');
    expect(utf8Base64('not base64!', true)).toBe('');
  });
});
