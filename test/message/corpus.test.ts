// The message corpus (test/fixtures/messages): every scam text flagged, no genuine notification or chat flagged.
import { describe, expect, test } from 'vitest';
import { check, corpus } from './helpers';

const messages = corpus();

describe('message corpus', () => {
  test('holds at least 100 messages, scams of every family and genuine notifications', () => {
    expect(messages.length).toBeGreaterThanOrEqual(100);
    const families = (e: string) => new Set(messages.filter((m) => m.expect === e).map((m) => m.family));
    for (const f of [
      'compensation',
      'refund',
      'customs',
      'delivery',
      'card-callback',
      'app-install',
      'remote-support',
      'account',
    ])
      expect(families('flag')).toContain(f);
    for (const f of ['order', 'delivery', 'return', 'eats', 'play', 'wow', 'pay'])
      expect(families('clean')).toContain(f);
  });

  test.each(messages.filter((m) => m.expect === 'flag').map((m) => [m.file, m] as const))(
    '%s is flagged',
    (_f, m) => {
      expect(check(m.text).verdict).not.toBe('clean');
    },
  );

  test.each(messages.filter((m) => m.expect === 'clean').map((m) => [m.file, m] as const))(
    '%s stays calm',
    (_f, m) => {
      const v = check(m.text);
      expect(v.verdict, JSON.stringify(v.reasons)).toBe('clean');
    },
  );

  test('most scams are called scams outright, not merely suspicious', () => {
    const scams = messages.filter((m) => m.expect === 'flag');
    const outright = scams.filter((m) => check(m.text).verdict === 'scam').length;
    expect(outright / scams.length).toBeGreaterThanOrEqual(0.85);
  });
});
