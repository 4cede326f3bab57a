import { toASCII } from 'punycode/punycode.js';
import { describe, expect, it } from 'vitest';
import { classify, compileLists, isOfficialHost } from '../../lib/domain/index';
import { bundledList } from '../../lib/lists/bundled';
import type { ListData } from '../../lib/lists/schema';

const list: ListData = {
  ...bundledList,
  blocked: [
    { host: 'evil.example', subdomains: true, source: 'test' },
    { host: 'only.this.example', subdomains: false, source: 'test' },
    { host: 'hacked.example.org', subdomains: true, path: '/coupang/', source: 'test' },
    { host: '쿠팡몰.com', subdomains: true, source: 'test' },
    { host: '203.0.113.9', subdomains: false, source: 'test' },
  ],
};
const lists = compileLists(list, {
  officialDomains: ['corp-intranet.example'],
  blockedDomains: ['Policy-Blocked.Example.'],
});

describe('compiled lists', () => {
  it('blocks a host and its subdomains, or the exact host only', () => {
    expect(classify('evil.example', lists).verdict).toBe('blocked');
    expect(classify('a.b.evil.example', lists).verdict).toBe('blocked');
    expect(classify('notevil.example', lists).verdict).toBe('unknown');
    expect(classify('only.this.example', lists).verdict).toBe('blocked');
    expect(classify('sub.only.this.example', lists).verdict).toBe('unknown');
  });

  it('blocks a path on a hacked site, not the whole site', () => {
    expect(classify('https://hacked.example.org/coupang/login', lists).verdict).toBe('blocked');
    expect(classify('https://hacked.example.org/blog/', lists).verdict).toBe('unknown');
    expect(classify('hacked.example.org', lists).verdict).toBe('unknown');
  });

  it('takes Unicode entries and IP addresses', () => {
    expect(classify(toASCII('쿠팡몰.com'), lists).verdict).toBe('blocked');
    expect(classify('쿠팡몰.com', lists).verdict).toBe('blocked');
    expect(classify('http://203.0.113.9/', lists).verdict).toBe('blocked');
  });

  it('names the list entry and its source, and still the brand imitated', () => {
    const v = classify('coupang-refund.evil.example', lists);
    expect(v.reasons[0]).toEqual({ code: 'blocklist', match: 'evil.example', detail: 'test' });
    expect(v.brand?.id).toBe('coupang');
  });

  it('adds policy domains: official ones with their subdomains, blocked ones too', () => {
    const v = classify('portal.corp-intranet.example', lists);
    expect(v.verdict).toBe('official');
    expect(v.reasons).toEqual([{ code: 'official', match: 'corp-intranet.example', detail: 'policy' }]);
    expect(classify('x.policy-blocked.example', lists).verdict).toBe('blocked');
  });

  it('official hosts win over the brand rules', () => {
    expect(classify('coupang.com', lists).verdict).toBe('official');
    expect(classify('coupang.com', lists).reasons[0]).toMatchObject({ code: 'official', brand: 'coupang' });
    expect(classify('coupang.onelink.me', lists).reasons[0]).toMatchObject({ code: 'official-host' });
  });

  it('isOfficialHost answers from the same tables', () => {
    expect(isOfficialHost('login.coupang.com', lists)).toBe(true);
    expect(isOfficialHost('COUPANG.COM.', lists)).toBe(true);
    expect(isOfficialHost('coupang.onelink.me', lists)).toBe(true);
    expect(isOfficialHost('x.coupang.onelink.me', lists)).toBe(false);
    expect(isOfficialHost('coupang.com.evil.example', lists)).toBe(false);
    expect(isOfficialHost('a.corp-intranet.example', lists)).toBe(true);
  });

  it('accepts list data as it is (compiled once, reused)', () => {
    expect(classify('evil.example', list).verdict).toBe('blocked');
    expect(classify('x.evil.example', list).verdict).toBe('blocked');
  });

  it('brand names come from the list', () => {
    const renamed: ListData = {
      ...list,
      brands: [
        {
          id: 'acme',
          name: 'Acme',
          latin: ['acmeshop'],
          hangul: ['애크미'],
          domains: ['acmeshop.com'],
          hosts: [],
          home: 'https://acmeshop.com/',
        },
      ],
    };
    const acme = compileLists(renamed);
    expect(classify('acmeshop-refund.com', acme).brand).toMatchObject({ id: 'acme', name: 'Acme' });
    expect(classify('애크미.kr', acme).verdict).toBe('lookalike');
    expect(classify('coupang-refund.com', acme).verdict).toBe('unknown');
  });

  it('a short brand name counts as a whole token, not inside other words', () => {
    const short: ListData = {
      ...list,
      brands: [
        { id: 'ssg', latin: ['ssg'], hangul: [], domains: ['ssg.com'], hosts: [], home: 'https://ssg.com/' },
      ],
    };
    const ssg = compileLists(short);
    expect(classify('ssg-event.net', ssg).verdict).toBe('lookalike');
    expect(classify('ssg.shop', ssg).verdict).toBe('lookalike');
    expect(classify('my-ssg2.kr', ssg).verdict).toBe('lookalike');
    expect(classify('classgroup.com', ssg).verdict).toBe('unknown');
    expect(classify('crossgate.io', ssg).verdict).toBe('unknown');
  });
});
