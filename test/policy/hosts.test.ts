import { describe, expect, test } from 'vitest';
import punycode from 'punycode/punycode.js';
import {
  checkEndpointUrl,
  hostMatches,
  isPageGuardException,
  normalizeHostEntry,
} from '../../lib/policy/index';

describe('normalizeHostEntry', () => {
  test.each([
    ['evil.example', 'evil.example'],
    ['  EVIL.Example.  ', 'evil.example'],
    ['*.evil.example', 'evil.example'],
    ['.evil.example', 'evil.example'],
    ['https://login.evil.example/path?q=1#x', 'login.evil.example'],
    ['쿠팡.한국', punycode.toASCII('쿠팡.한국')],
    [punycode.toASCII('쿠팡.한국'), punycode.toASCII('쿠팡.한국')],
    ['intranet', 'intranet'],
    ['my_host.corp.example', 'my_host.corp.example'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeHostEntry(input)).toBe(expected);
  });

  test.each([
    [''],
    ['   '],
    ['evil example.com'],
    ['evil.example/path'],
    ['evil.example:8080'],
    ['user@evil.example'],
    ['ftp://evil.example/'],
    ['javascript:alert(1)'],
    ['-bad.example'],
    ['a..b'],
    ['a'.repeat(64) + '.example'],
    ['x.'.repeat(130) + 'example'],
    ['<script>.example'],
    [42],
    [null],
    [{ host: 'evil.example' }],
  ])('rejects %j', (input) => {
    expect(normalizeHostEntry(input)).toBeNull();
  });
});

describe('hostMatches / isPageGuardException', () => {
  test('a domain matches itself and its subdomains only', () => {
    expect(hostMatches('corp.example', 'corp.example')).toBe(true);
    expect(hostMatches('a.b.corp.example', 'corp.example')).toBe(true);
    expect(hostMatches('evilcorp.example', 'corp.example')).toBe(false);
    expect(hostMatches('corp.example.evil', 'corp.example')).toBe(false);
  });
  test('page guard exceptions take raw host names', () => {
    expect(isPageGuardException('Wiki.Corp.Example.', ['corp.example'])).toBe(true);
    expect(isPageGuardException('corp.example.evil.test', ['corp.example'])).toBe(false);
    expect(isPageGuardException('', ['corp.example'])).toBe(false);
  });
});

describe('checkEndpointUrl', () => {
  test.each([
    ['https://lists.corp.example/coupang.json', true],
    ['http://127.0.0.1:8080/report', true],
    ['http://localhost:3000/r', true],
    ['http://reports.test/r', true],
    ['http://lists.localhost/', true],
    ['http://[::1]:9000/', true],
    ['http://lists.corp.example/coupang.json', false],
    ['http://127.0.0.1.evil.example/', false],
    ['ftp://lists.corp.example/', false],
    ['javascript:alert(1)', false],
    ['https://user:pw@lists.corp.example/', false],
    ['not a url', false],
    ['https://' + `${'a'.repeat(60)}.`.repeat(40) + 'example/', false],
  ])('%s → %s', (url, ok) => {
    expect(checkEndpointUrl(url).ok).toBe(ok);
  });
  test('names why plain http was refused', () => {
    expect(checkEndpointUrl('http://lists.corp.example/')).toEqual({ ok: false, problem: 'insecure-url' });
  });
});
