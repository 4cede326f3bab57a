import { describe, expect, test } from 'vitest';
import { bundledList } from '../../lib/lists/bundled';
import {
  ALLOW_PRIORITY,
  asciiHost,
  buildAllowRule,
  buildBlockRules,
  type BlockTarget,
  type DnrRule,
  type FrameType,
} from '../../lib/lists/dnr-rules';
import { beyondBundled, blockTargetsOf, staticRuleset } from '../../lib/lists/static-rules';
import { readWarningParams, warningUrl } from '../../lib/lists/warning-url';

const BASE = 'chrome-extension://kacgcpbgjlnmmbneikbojlbinmemhkpo/';

/** How Chrome and Firefox evaluate these rules for a top-frame or sub-frame request: domains, then the regex. */
function evaluate(rules: DnrRule[], url: string, type: FrameType = 'main_frame'): { rule: DnrRule } | null {
  const host = new URL(url).hostname;
  const hits = rules.filter((r) => {
    const inDomains = r.condition.requestDomains.some((d) => host === d || host.endsWith(`.${d}`));
    const re = r.condition.regexFilter;
    return inDomains && r.condition.resourceTypes.includes(type) && (!re || new RegExp(re, 'i').test(url));
  });
  hits.sort((a, b) => b.priority - a.priority || (a.action.type === 'allow' ? -1 : 1));
  const rule = hits[0];
  return rule ? { rule } : null;
}

const targets = (hosts: string[], extra: Partial<BlockTarget> = {}): BlockTarget[] =>
  hosts.map((host) => ({ host, subdomains: true, ...extra }));

describe('DNR block rules', () => {
  test('the bundled list packs into one rule that blocks top frames and sub-frames, no regex', () => {
    const { rules, covered, skipped } = buildBlockRules(bundledList.blocked);
    expect(rules).toHaveLength(1);
    expect(rules[0]!.condition.regexFilter).toBeUndefined();
    expect(covered).toBe(bundledList.blocked.length);
    expect(skipped).toBe(0);
    for (const b of bundledList.blocked) {
      const original = `https://${b.host}/login?next=/order&x=1#frag`;
      expect(evaluate(rules, original)?.rule.action.type, b.host).toBe('block');
      expect(evaluate(rules, original, 'sub_frame')?.rule.action.type, b.host).toBe('block');
      // subdomains and ports too
      expect(evaluate(rules, `http://deep.sub.${b.host}:8080/`)).not.toBeNull();
    }
  });

  test('the static ruleset is the bundled list; dynamic rules hold only what comes on top of it', () => {
    expect(staticRuleset(bundledList)).toEqual(buildBlockRules(bundledList.blocked).rules);
    const extra = { host: 'only-remote.example', subdomains: true };
    const all = [
      ...blockTargetsOf(bundledList),
      extra,
      { host: bundledList.blocked[0]!.host, subdomains: false },
    ];
    expect(beyondBundled(all, bundledList)).toEqual([
      extra,
      { host: bundledList.blocked[0]!.host, subdomains: false },
    ]);
    expect(beyondBundled(blockTargetsOf(bundledList), bundledList)).toEqual([]);
  });

  test('official and unrelated hosts are never matched', () => {
    const { rules } = buildBlockRules(bundledList.blocked);
    for (const url of [
      'https://www.coupang.com/',
      'https://login.coupang.com/login',
      'https://shop.com/',
      'https://coupang-shop.com.example.org/', // a different registrable domain that merely contains one
      'https://xcoupang-shop.com/',
    ])
      expect(evaluate(rules, url), url).toBeNull();
  });

  test('exact hosts, path prefixes and IDNs', () => {
    const { rules, covered } = buildBlockRules([
      { host: 'exact.example', subdomains: false },
      { host: 'hacked-blog.example', subdomains: true, path: '/wp-content/coupang/' },
      { host: '쿠팡이벤트.kr', subdomains: true },
    ]);
    expect(covered).toBe(3);
    expect(evaluate(rules, 'https://exact.example/a')).not.toBeNull();
    expect(evaluate(rules, 'https://user@exact.example:444/a')).not.toBeNull();
    expect(evaluate(rules, 'https://www.exact.example/a')).toBeNull();
    expect(evaluate(rules, 'https://exact.example.evil.test/')).toBeNull();
    expect(evaluate(rules, 'https://hacked-blog.example/wp-content/coupang/login.html')).not.toBeNull();
    expect(evaluate(rules, 'https://www.hacked-blog.example/wp-content/coupang/')).not.toBeNull();
    expect(evaluate(rules, 'https://hacked-blog.example/blog/post')).toBeNull();
    const idn = new URL('https://쿠팡이벤트.kr/').href;
    expect(idn).toMatch(/xn--/);
    expect(evaluate(rules, idn)).not.toBeNull();
  });

  test('narrower entries under a blocked domain take no rule of their own; bad hosts are skipped', () => {
    const { rules, covered, skipped } = buildBlockRules([
      { host: 'evil.example', subdomains: true },
      { host: 'a.evil.example', subdomains: false },
      { host: 'evil.example', subdomains: true, path: '/x' },
      { host: 'bad host', subdomains: true },
      { host: 'a/b', subdomains: true },
    ]);
    expect(rules).toHaveLength(1);
    expect(covered).toBe(3);
    expect(skipped).toBe(2);
  });

  test('200,000 domains fit in a few rules, inside the regex and dynamic rule limits', () => {
    const many = targets(Array.from({ length: 200_000 }, (_, i) => `bad-${i}.example`));
    const { rules, covered, skipped } = buildBlockRules(many);
    expect(rules.length).toBe(200);
    expect(rules.every((r) => r.condition.regexFilter === undefined)).toBe(true);
    expect(covered).toBe(200_000);
    expect(skipped).toBe(0);
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
    expect(evaluate(rules, 'https://bad-199999.example/')).not.toBeNull();
  });

  test('over the rule budget, entries are counted as skipped, never silently dropped', () => {
    const many = targets(
      Array.from({ length: 50 }, (_, i) => `x${i}.example`),
      { subdomains: false },
    );
    const r = buildBlockRules(many, { maxRegexRules: 10 });
    expect(r.rules).toHaveLength(10);
    expect(r.rules.every((x) => x.condition.regexFilter)).toBe(true);
    expect(r.covered + r.skipped).toBe(50);
    expect(r.skipped).toBe(40);
  });

  test('an allow rule for "Continue anyway" wins over the block for exactly that host', () => {
    const { rules } = buildBlockRules(targets(['evil.example']));
    const allow = buildAllowRule(7, 'www.evil.example')!;
    expect(allow.priority).toBe(ALLOW_PRIORITY);
    const all = [...rules, allow];
    expect(evaluate(all, 'https://www.evil.example/pay')?.rule.action.type).toBe('allow');
    expect(evaluate(all, 'https://www.evil.example/pay', 'sub_frame')?.rule.action.type).toBe('allow');
    expect(evaluate(all, 'https://evil.example/pay')?.rule.action.type).toBe('block');
    expect(evaluate(all, 'https://m.www.evil.example/')?.rule.action.type).toBe('block');
    expect(buildAllowRule(8, 'not a host')).toBeNull();
  });

  test('asciiHost', () => {
    expect(asciiHost('WWW.Example.COM.')).toBe('www.example.com');
    expect(asciiHost('쿠팡.com')).toMatch(/^xn--.*\.com$/);
    for (const bad of ['', 'a b', 'a/b', 'user@host', 'host:80', '[::1]', 'a..b'])
      expect(asciiHost(bad), bad).toBeNull();
  });
});

describe('warning page addresses', () => {
  test('the original URL, verdict and ticket come back; garbage gives nothing', () => {
    const original = 'https://evil.example/a?b=1&c=%20+x#y';
    expect(readWarningParams(warningUrl(BASE, original, 'lookalike'))).toEqual({
      url: original,
      verdict: 'lookalike',
      ticket: null,
    });
    const ticketed = warningUrl(BASE, original, 'lookalike', 'AAAAAAAAAAAAAAAAAAAAAA');
    expect(ticketed.startsWith(`${BASE}warning.html?t=AAAAAAAAAAAAAAAAAAAAAA&u=`)).toBe(true);
    expect(readWarningParams(ticketed)).toEqual({
      url: original,
      verdict: 'lookalike',
      ticket: 'AAAAAAAAAAAAAAAAAAAAAA',
    });
    expect(readWarningParams('garbage')).toEqual({ url: null, verdict: null, ticket: null });
  });
});
