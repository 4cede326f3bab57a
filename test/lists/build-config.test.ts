// LIST_URL at build time: empty → no fetching; a real address only with a pinned release key.
import { describe, expect, test } from 'vitest';
import { buildListUrl } from '../../lib/lists/build-config';

describe('buildListUrl', () => {
  test('no LIST_URL: the build fetches nothing, with or without keys', () => {
    expect(buildListUrl({}, 0)).toBe('');
    expect(buildListUrl({ LIST_URL: '  ' }, 1)).toBe('');
  });
  test('an https address with a pinned key is used', () => {
    expect(buildListUrl({ LIST_URL: 'https://lists.example.org/v1/list.json' }, 1)).toBe(
      'https://lists.example.org/v1/list.json',
    );
    expect(buildListUrl({ LIST_URL: 'http://lists.e2e.test:8080/list.json' }, 2)).toBe(
      'http://lists.e2e.test:8080/list.json',
    );
  });
  test('refused: no pinned key, plain http to the internet, credentials, not a URL', () => {
    expect(() => buildListUrl({ LIST_URL: 'https://lists.example.org/l.json' }, 0)).toThrow(
      /pins no release key/,
    );
    expect(() => buildListUrl({ LIST_URL: 'http://lists.example.org/l.json' }, 1)).toThrow(/https/);
    expect(() => buildListUrl({ LIST_URL: 'https://u:p@lists.example.org/l.json' }, 1)).toThrow(/password/);
    expect(() => buildListUrl({ LIST_URL: 'lists.example.org' }, 1)).toThrow(/not a URL/);
  });
});
