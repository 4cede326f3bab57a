// The frozen message corpus (test/fixtures/messages-frozen): written by an author who never saw the rules, and never
// tuned on. Scored once on 2026-12-03 05:24 UTC: 40/49 scams flagged, 2/35 genuine messages flagged (two personal
// chats that mention a compensation with a number or a short link). The floors are what it measured.
import { describe, expect, test } from 'vitest';
import { check, corpus } from './helpers';

const messages = corpus('messages-frozen').map((m) => ({ ...m, verdict: check(m.text).verdict }));
const scams = messages.filter((m) => m.expect === 'flag');
const genuine = messages.filter((m) => m.expect === 'clean');

describe('frozen message corpus', () => {
  test('holds scams and genuine messages of many kinds', () => {
    expect(scams.length).toBeGreaterThanOrEqual(40);
    expect(genuine.length).toBeGreaterThanOrEqual(30);
  });

  test('flags at least 40 of the 49 scams', () => {
    const missed = scams.filter((m) => m.verdict === 'clean').map((m) => m.file);
    expect(scams.length - missed.length, missed.join(' ')).toBeGreaterThanOrEqual(40);
  });

  test('flags at most 2 genuine messages', () => {
    const wrong = genuine.filter((m) => m.verdict !== 'clean').map((m) => `${m.file} (${m.verdict})`);
    expect(wrong.length, wrong.join(' ')).toBeLessThanOrEqual(2);
  });
});
