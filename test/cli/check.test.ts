import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { cidPdf, codes } from '../pdf/build';

// each test starts the CLI as a child process (a cold tsx start): on a loaded 2-core machine one took over the
// default 20 s limit; the limit only guards against a hang, it asserts no speed
vi.setConfig({ testTimeout: 180_000 });

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Runs the check command the way `npm run check` does (node --import tsx cli/check.ts). */
function check(args: string[], stdin?: string) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'cli/check.ts', ...args], {
    cwd: root,
    input: stdin,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const jsonLines = (out: string) =>
  out
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Record<string, unknown>);

describe('check command', () => {
  it('--json: one object per input, in order, with the contract fields', () => {
    const inputs = [
      'https://www.coupang.com/',
      'coupang-refund.com',
      'not a url',
      'xn--cupang-wqf.com',
      'coupon.com',
    ];
    const r = check(['--json', ...inputs]);
    expect(r.code).toBe(0);
    const rows = jsonLines(r.out);
    expect(rows.map((o) => o.input)).toEqual(inputs);
    expect(rows.map((o) => o.verdict)).toEqual(['official', 'lookalike', 'invalid', 'lookalike', 'unknown']);
    for (const o of rows) {
      expect(o).toHaveProperty('hostname');
      expect(o).toHaveProperty('registrableDomain');
      expect(Array.isArray(o.reasons)).toBe(true);
      for (const reason of o.reasons as Array<{ code: unknown }>) expect(typeof reason.code).toBe('string');
    }
    expect(rows[1]).toMatchObject({
      hostname: 'coupang-refund.com',
      registrableDomain: 'coupang-refund.com',
    });
    expect(rows[3]).toMatchObject({ unicodeHostname: 'cоupang.com', brand: { id: 'coupang' } });
  });

  it('--stdin: one line per input until EOF, order kept, blank lines skipped', () => {
    const hosts = Array.from({ length: 300 }, (_, i) =>
      i % 3 === 0 ? `shop${i}.coupang-event.com` : `site${i}.example.com`,
    );
    const r = check(['--stdin', '--json'], hosts.join('\n') + '\n\n');
    expect(r.code).toBe(0);
    const rows = jsonLines(r.out);
    expect(rows.map((o) => o.input)).toEqual(hosts);
    expect(rows.filter((o) => o.verdict === 'lookalike')).toHaveLength(100);
  });

  it('--no-blocklist judges with the engine alone', () => {
    expect(jsonLines(check(['--json', 'coupang-shop.com']).out)[0]?.verdict).toBe('blocked');
    expect(jsonLines(check(['--json', '--no-blocklist', 'coupang-shop.com']).out)[0]?.verdict).toBe(
      'lookalike',
    );
  });

  it('readable lines by default, with terminal control characters escaped', () => {
    const r = check(['coupang-refund.com', 'evil\u001b[31m.com']);
    expect(r.code).toBe(0);
    const lines = r.out.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^lookalike\s+coupang-refund\.com .*combosquat\(refund\)/);
    expect(r.out).not.toContain('\u001b');
    expect(lines[1]).toContain('\\u{1b}');
  });

  it('--message: a link at the end of a long message is read, and the cut middle is named', () => {
    const text = `[쿠팡] 환불 안내입니다. ${'이번 주 인기 상품입니다. '.repeat(2_000)}\n신청: coupang-refund。com/r`;
    const r = check(['--message', '-'], text);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^scam /);
    expect(r.out).toContain('coupang-refund。com/r  lookalike');
    expect(r.out).toMatch(/note {4}long message: \d+ characters in the middle not read/);
    const json = jsonLines(check(['--json', '--message', '-'], text).out)[0]!;
    expect(json.skipped).toBe(text.length - 20_000);
  });

  it('exit 2 with a helpful message on usage errors; --help exits 0', () => {
    const none = check([]);
    expect(none.code).toBe(2);
    expect(none.err).toMatch(/nothing to check/);
    expect(none.err).toMatch(/Usage/);
    const bad = check(['--frobnicate', 'coupang.com']);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/unknown option --frobnicate/);
    expect(check(['--page', 'x.html']).code).toBe(2);
    expect(check(['--page', 'missing.html', '--url', 'https://a.example/']).err).toMatch(/cannot read/);
    const help = check(['--help']);
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/--no-blocklist/);
  });

  it('--page: the page guard on a saved page, combined with the domain verdict', () => {
    const page = 'test/fixtures/pages/fake/f01-login-clone-ko.html';
    const fake = jsonLines(
      check(['--json', '--page', page, '--url', 'https://cpg-member.xyz/member/login.html']).out,
    )[0]!;
    expect(fake.verdict).toBe('suspicious-page');
    expect(fake.page).toMatchObject({ verdict: 'suspicious-page' });
    expect((fake.page as { score: number }).score).toBeGreaterThan(0);
    expect((fake.reasons as Array<{ code: string }>).map((r) => r.code)).toContain('asks-password');

    // a look-alike address wins over the page
    const both = jsonLines(check(['--json', '--page', page, '--url', 'https://coupang-login.xyz/']).out)[0]!;
    expect(both.verdict).toBe('lookalike');

    // an official host is never a suspicious page
    const official = jsonLines(
      check(['--json', '--page', page, '--url', 'https://login.coupang.com/login/login.pang']).out,
    )[0]!;
    expect(official.verdict).toBe('official');

    const news = jsonLines(
      check([
        '--json',
        '--page',
        'test/fixtures/pages/benign/b01-news-breach-ko.html',
        '--url',
        'https://news.example.kr/a',
      ]).out,
    )[0]!;
    expect(news.verdict).toBe('unknown');
  });

  it('--page FILE.pdf: the text of a PDF judged as the page (red team 34, class B)', () => {
    const lines = [
      'coupang',
      '[쿠팡] 해외 결제 승인 안내',
      '쿠팡 고객님, 해외 결제 1,290,000원이 승인되었습니다.',
      '본인이 결제하지 않았다면 오늘 안에 결제 취소 전담팀으로 전화하십시오.',
      '결제 취소 전담팀: 070-7701-2233 (24시간 상담)',
    ];
    const abc = [...new Set(lines.join(''))].join('');
    const content = lines.map((l, i) => `BT /F1 12 Tf 1 0 0 1 40 ${800 - 20 * i} Tm ${codes(abc, l)} Tj ET`);
    const file = join(mkdtempSync(join(tmpdir(), 'cg-pdf-')), 'notice.pdf');
    writeFileSync(file, cidPdf(abc, content.join('\n'), '[쿠팡] 결제 승인 안내'));
    const r = jsonLines(check(['--json', '--page', file, '--url', 'http://pay-desk.example/notice']).out)[0]!;
    expect(r.verdict).toBe('suspicious-page');
    expect((r.reasons as Array<{ code: string }>).map((x) => x.code)).toContain('callback-lure');
  });
});
