import { describe, expect, it } from 'vitest';
import { backSteps, type TabCommit } from '../../lib/ui/back-steps';

const FAKE = 'http://coupang-refund.test/';
const warning: TabCommit = { url: FAKE, flagged: true, warning: true };

describe('"Go back" from the warning page', () => {
  it.each<[string, TabCommit[], number]>([
    ['fake page stopped before it loaded', [{ url: 'http://start.test/', flagged: false }, warning], 1],
    [
      'fake page loaded, then the warning',
      [{ url: 'http://start.test/', flagged: false }, { url: FAKE, flagged: true }, warning],
      2,
    ],
    ['fake page loaded as the first page of the tab', [{ url: FAKE, flagged: true }, warning], 2],
    ['another flagged page before this one', [{ url: 'http://other-fake.test/', flagged: true }, warning], 1],
    ['the fake page was allowed (Continue anyway) before', [{ url: FAKE, flagged: false }, warning], 1],
    ['a warning before the warning (reload)', [warning, warning], 1],
    [
      'a reload of the warning, by its ticket',
      [
        { url: FAKE, flagged: true },
        { ...warning, ticket: 'a' },
        { ...warning, ticket: 'a' },
      ],
      2,
    ],
    [
      'the warning issued twice after the fake page loaded (two entries)',
      [
        { url: 'http://start.test/', flagged: false },
        { url: FAKE, flagged: true },
        { ...warning, ticket: 'a' },
        { ...warning, ticket: 'b' },
      ],
      3,
    ],
    [
      'the warning issued twice before the fake page loaded',
      [
        { url: 'http://start.test/', flagged: false },
        { ...warning, ticket: 'a' },
        { ...warning, ticket: 'b' },
      ],
      2,
    ],
    ['nothing known', [], 1],
    ['last commit is not the warning', [{ url: FAKE, flagged: true }], 1],
  ])('%s', (_name, commits, expected) => {
    expect(backSteps(commits, FAKE)).toBe(expected);
  });
});
