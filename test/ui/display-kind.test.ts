import { describe, expect, it } from 'vitest';
import { badgeSpec, displayKind, isWarning, type DisplayKind } from '../../lib/ui/display-kind';

describe('display kind and badge', () => {
  it.each([
    ['official', 'clean', 'official'],
    ['official', 'suspicious-page', 'official'],
    ['blocked', null, 'blocked'],
    ['lookalike', 'clean', 'lookalike'],
    ['unknown', 'suspicious-page', 'suspicious-page'],
    ['unknown', 'clean', 'unknown'],
    ['unknown', null, 'unknown'],
    ['invalid', null, 'none'],
    [null, null, 'none'],
    [null, 'suspicious-page', 'suspicious-page'],
  ] as const)('domain %s + page %s → %s', (d, p, expected) => {
    expect(displayKind(d, p)).toBe(expected);
  });

  it('a look-alike the user marked as a real site: "allowed", never official, and a fake page on it still warns', () => {
    expect(displayKind('lookalike', 'clean', true)).toBe('allowed');
    expect(displayKind('lookalike', null, true)).toBe('allowed');
    expect(displayKind('lookalike', 'suspicious-page', true)).toBe('suspicious-page');
    // the mark only lifts a look-alike
    expect(displayKind('blocked', null, true)).toBe('blocked');
    expect(displayKind('official', null, true)).toBe('official');
    const allowed = badgeSpec('allowed');
    expect(allowed.textKey).not.toBe(badgeSpec('official').textKey);
    expect(allowed.color).not.toBe(badgeSpec('official').color);
    expect(allowed.titleKey).toBe('badge_title_allowed');
    expect(isWarning('allowed')).toBe(false);
  });

  const kinds: DisplayKind[] = [
    'official',
    'blocked',
    'lookalike',
    'suspicious-page',
    'allowed',
    'unknown',
    'none',
  ];
  it('official gets a calm mark, warnings a clear one, unknown pages nothing', () => {
    const spec = Object.fromEntries(kinds.map((k) => [k, badgeSpec(k)]));
    expect(spec.official?.textKey).toBe('badge_text_official');
    for (const k of ['blocked', 'lookalike', 'suspicious-page'] as const) {
      expect(spec[k]?.textKey).toBe('badge_text_warning');
      expect(spec[k]?.color).not.toBe(spec.official?.color);
      expect(isWarning(k)).toBe(true);
    }
    expect(spec.unknown?.textKey).toBeNull();
    expect(spec.none?.textKey).toBeNull();
    expect(new Set(kinds.map((k) => badgeSpec(k).titleKey)).size).toBe(kinds.length);
  });

  /** WCAG relative luminance contrast of white badge text on the badge colour. */
  const contrast = (hex: string): number => {
    const c = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
    const lin = c.map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    const L = 0.2126 * (lin[0] ?? 0) + 0.7152 * (lin[1] ?? 0) + 0.0722 * (lin[2] ?? 0);
    return 1.05 / (L + 0.05);
  };
  it.each(kinds)('badge colour for %s keeps white text at AA contrast', (k) => {
    expect(contrast(badgeSpec(k).color)).toBeGreaterThanOrEqual(4.5);
  });
});
