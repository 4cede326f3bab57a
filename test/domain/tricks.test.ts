import { describe, expect, it } from 'vitest';
import { classify, compileLists, type DomainVerdictKind, type ReasonCode } from '../../lib/domain/index';
import { bundledList } from '../../lib/lists/bundled';

const engine = compileLists({ ...bundledList, blocked: [] });

/** [input, verdict, hostname (ASCII) or null, a reason code that must be there (or undefined)] */
type Row = [string, DomainVerdictKind, string | null, ReasonCode | undefined];

const ROWS: Row[] = [
  // the brand in the user:password part: the real host is judged
  ['https://www.coupang.com@evil.example/', 'lookalike', 'evil.example', 'userinfo-trick'],
  ['www.coupang.com@evil.example', 'lookalike', 'evil.example', 'userinfo-trick'],
  ['http://coupang.com:pw@198.51.100.7/login', 'lookalike', '198.51.100.7', 'userinfo-trick'],
  ['https://help.example.org@evil.example/', 'unknown', 'evil.example', 'userinfo-trick'],
  ['https://user:pass@example.com/', 'unknown', 'example.com', undefined],
  ['https://attacker@www.coupang.com/', 'official', 'www.coupang.com', 'official'],
  // case, trailing dots, ports, paths
  ['HTTPS://WWW.COUPANG.COM/', 'official', 'www.coupang.com', 'official'],
  ['WWW.Coupang.Com', 'official', 'www.coupang.com', 'official'],
  ['www.coupang.com.', 'official', 'www.coupang.com', 'official'],
  ['coupang.com:8443/np/search?q=1', 'official', 'coupang.com', 'official'],
  ['http://coupang-refund.com:8080/', 'lookalike', 'coupang-refund.com', 'combosquat'],
  ['  coupang-refund.com  ', 'lookalike', 'coupang-refund.com', 'combosquat'],
  ['//coupang-refund.com/x', 'lookalike', 'coupang-refund.com', 'combosquat'],
  // what a browser does with odd host spellings
  ['http://coupang.com%2eevil.com/', 'lookalike', 'coupang.com.evil.com', 'brand-in-subdomain'],
  // the backslash ends the host (the browser opens evil.com) while the text shows www.coupang.com after an "@"
  ['http://evil.com\\@www.coupang.com/', 'lookalike', 'evil.com', 'brand-in-path'],
  ['http://www.coupang.com\\@evil.com/', 'official', 'www.coupang.com', 'official'],
  ['http://evil.com\\@news.naver.com/', 'unknown', 'evil.com', undefined],
  ['ｃｏｕｐａｎｇ.com', 'official', 'coupang.com', 'official'],
  ['http://co\u200Bupang-event.com/', 'lookalike', 'coupang-event.com', 'combosquat'],
  ['http://xn--cupang-wqf.com/', 'lookalike', 'xn--cupang-wqf.com', 'homoglyph'],
  // addresses that are not names
  ['192.168.0.1', 'unknown', '192.168.0.1', 'ip-address'],
  ['http://3232235777/', 'unknown', '192.168.1.1', 'ip-address'],
  ['http://0x7f.1/', 'unknown', '127.0.0.1', 'ip-address'],
  ['http://[::1]:8080/', 'unknown', '::1', 'ip-address'],
  ['https://[2001:db8::1]/coupang', 'lookalike', '2001:db8::1', 'ip-address'],
  ['https://[2001:db8::1]/about', 'unknown', '2001:db8::1', 'ip-address'],
  ['localhost', 'unknown', 'localhost', 'local-host'],
  ['http://localhost:3000/coupang', 'unknown', 'localhost', 'local-host'],
  ['coupang.localhost', 'unknown', 'coupang.localhost', 'local-host'],
  ['intranet', 'unknown', 'intranet', 'local-host'],
  // other schemes
  ['data:text/html,<b>hello</b>', 'invalid', null, 'non-web-scheme'],
  // (an HTML page carried in the address that names the brand is nobody's site: paths15.test.ts)
  ['data:text/html,<b>coupang</b>', 'lookalike', null, 'brand-in-path'],
  ['blob:https://coupang-refund.com/3f1c', 'lookalike', 'coupang-refund.com', 'combosquat'],
  ['blob:https://www.coupang.com/3f1c', 'official', 'www.coupang.com', 'official'],
  ['view-source:https://coupang-login.net/', 'lookalike', 'coupang-login.net', 'combosquat'],
  ['file:///etc/passwd', 'invalid', null, 'non-web-scheme'],
  ['about:blank', 'invalid', null, 'non-web-scheme'],
  ['chrome://settings', 'invalid', null, 'non-web-scheme'],
  ['chrome-extension://abcdefghijklmnop/warning.html', 'invalid', null, 'non-web-scheme'],
  ['javascript:alert(1)', 'invalid', null, 'non-web-scheme'],
  ['mailto:help@coupang.com', 'invalid', null, 'non-web-scheme'],
  ['wss://coupang-refund.com/socket', 'lookalike', 'coupang-refund.com', 'combosquat'],
  // garbage
  ['', 'invalid', null, 'invalid-input'],
  ['   ', 'invalid', null, 'invalid-input'],
  ['@@@', 'invalid', null, 'invalid-input'],
  ['http://', 'invalid', null, 'invalid-input'],
  ['http://x y.com/', 'invalid', null, 'invalid-input'],
  ['a'.repeat(100_000), 'invalid', null, 'invalid-input'],
  [`${'a'.repeat(300)}.com`, 'invalid', null, 'invalid-input'],
  ['http://xn--a.com/', 'unknown', 'xn--a.com', undefined],
];

describe('URL tricks and odd input', () => {
  it.each(ROWS.map((r) => [r[0].length > 60 ? r[0].slice(0, 40) + '…' : r[0], r] as const))(
    '%s',
    (_name, [input, verdict, hostname, code]) => {
      const v = classify(input, engine);
      expect(v.input).toBe(input);
      expect(v.verdict, JSON.stringify(v.reasons)).toBe(verdict);
      expect(v.hostname).toBe(hostname);
      if (code) expect(v.reasons.map((r) => r.code)).toContain(code);
      if (verdict === 'invalid') expect(v.registrableDomain).toBeNull();
    },
  );

  it('never throws, whatever it is given', () => {
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const pieces = [
      'http://',
      'https://',
      '@',
      ':',
      '/',
      '.',
      '..',
      '-',
      'xn--',
      '%2e',
      '\\',
      '[',
      ']',
      'coupang',
      '쿠팡',
      'о',
      '\u200b',
      '\u202e',
      '\0',
      ' ',
      '?#',
      'com',
    ];
    for (let i = 0; i < 3000; i++) {
      let s = '';
      const n = Math.floor(rnd() * 12);
      for (let k = 0; k < n; k++)
        s +=
          rnd() < 0.5
            ? pieces[Math.floor(rnd() * pieces.length)]
            : String.fromCodePoint(Math.floor(rnd() * 0x2ffff));
      const v = classify(s, engine);
      expect(['official', 'blocked', 'lookalike', 'unknown', 'invalid']).toContain(v.verdict);
      expect(Array.isArray(v.reasons)).toBe(true);
    }
    for (const weird of [null, undefined, 42, {}, []] as unknown as string[])
      expect(classify(weird, engine).verdict).toBe('invalid');
  });

  it('finds the brand deep in a long chain of labels', () => {
    const deep = `${'a.'.repeat(40)}coupang-login.${'b.'.repeat(10)}evil.com`;
    expect(classify(deep, engine).verdict).toBe('lookalike');
    expect(classify(`${'a.'.repeat(40)}evil.com`, engine).verdict).toBe('unknown');
  });

  it('uses the bundled list when none is given', () => {
    expect(classify('coupang-shop.com').verdict).toBe('blocked');
    expect(classify('coupang-shop.com', engine).verdict).toBe('lookalike');
  });
});
