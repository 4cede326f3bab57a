import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { pageEvidenceStrength } from '../../lib/ui/evidence-strength';
import { scriptOf, type CharScript } from '../../lib/ui/idn-segments';

describe('how sure the words may sound', () => {
  it('calls a page a fake when it asks for a resident number and posts it elsewhere', () => {
    expect(
      pageEvidenceStrength([
        { code: 'brand-logo', weight: 3 },
        { code: 'asks-resident-id', weight: 4 },
        { code: 'form-posts-elsewhere', weight: 3 },
      ]),
    ).toBe('strong');
    expect(
      pageEvidenceStrength([
        { code: 'asks-card', weight: 4 },
        { code: 'asks-otp', weight: 4 },
      ]),
    ).toBe('strong');
  });

  it('stays careful with a password field on a page that looks like Coupang', () => {
    expect(
      pageEvidenceStrength([
        { code: 'brand-title', weight: 3 },
        { code: 'asks-password', weight: 4 },
      ]),
    ).toBe('likely');
    // context reasons (negative weight) never count
    expect(
      pageEvidenceStrength([
        { code: 'asks-card', weight: -1 },
        { code: 'asks-otp', weight: 4 },
      ]),
    ).toBe('likely');
  });
});

describe('the writing system of a look-alike letter', () => {
  it.each([
    ['а', 'cyrillic'],
    ['ο', 'greek'],
    ['օ', 'armenian'],
    ['ó', 'accented'],
    ['ａ', 'fullwidth'],
    ['ı', 'accented'],
    ['ꓲ', 'other'],
  ] as const)('%s is %s', (ch, script) => {
    expect(scriptOf(ch)).toBe(script);
  });

  it('every writing system has its sentence in both languages', () => {
    const scripts: CharScript[] = ['cyrillic', 'greek', 'armenian', 'accented', 'fullwidth', 'other'];
    for (const lang of ['ko', 'en']) {
      const m = JSON.parse(
        readFileSync(new URL(`../../public/_locales/${lang}/messages.json`, import.meta.url), 'utf8'),
      ) as Record<string, { message: string }>;
      for (const s of scripts) expect(m[`warn_char_${s}`]?.message).toContain('$FOUND$');
    }
  });
});
