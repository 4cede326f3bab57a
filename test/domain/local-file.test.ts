import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isLocalFileUrl, localFileKey, localFileName, localFileVerdict } from '../../lib/domain/local-file';
import { pageAllowanceKey } from '../../lib/policy/allowance';
import { scanPage } from '../../lib/page/index';
import { displayKind } from '../../lib/ui/display-kind';

/**
 * Red team 33, r01: a kit saved from an attachment or built as a download is opened from disk. A file page has no
 * host: the domain guard says nothing (an unknown host's word), the page guard reads it on what it shows.
 */
const KIT_URL = `file:///C:/Users/kim/Downloads/${encodeURIComponent('쿠팡_피해보상_신청서')}.html`;

describe('file: addresses', () => {
  it('are told apart from web addresses', () => {
    expect(isLocalFileUrl(KIT_URL)).toBe(true);
    expect(isLocalFileUrl('FILE:///home/kim/a.html')).toBe(true);
    expect(isLocalFileUrl('file://server/share/a.html')).toBe(true);
    for (const u of [
      'https://coupang.com/',
      'http://file.example/',
      'filesystem:https://a/',
      '',
      null,
      undefined,
    ])
      expect(isLocalFileUrl(u)).toBe(false);
  });

  it('name their file readably: decoded, no path, no query, as text', () => {
    expect(localFileName(KIT_URL)).toBe('쿠팡_피해보상_신청서.html');
    expect(localFileName('file:///home/kim/%3Cb%3Ex%3C%2Fb%3E.html?a=1#top')).toBe('<b>x</b>.html');
    expect(localFileName('file://server/share/Form%20A.htm')).toBe('Form A.htm');
    // a broken escape stays as written; bidi and zero-width characters cannot reorder or hide the name
    expect(localFileName('file:///tmp/a%E0%A4%A.html')).toBe('a%E0%A4%A.html');
    expect(localFileName('file:///tmp/%E2%80%AEfdp.exe%E2%80%8B.html')).toBe('fdp.exe.html');
    expect(localFileName('file:///home/kim/')).toBeNull();
    expect(localFileName('https://a.example/x.html')).toBeNull();
    const long = localFileName(`file:///tmp/${'가'.repeat(300)}.html`)!;
    expect(long.length).toBeLessThanOrEqual(120);
    expect(long.endsWith('.html')).toBe(true);
  });

  it('get no host and no reasons from the domain guard: what an unknown host gets', () => {
    const v = localFileVerdict(KIT_URL);
    expect(v).toMatchObject({ verdict: 'unknown', hostname: null, registrableDomain: null, reasons: [] });
    expect(v.brand).toBeUndefined();
    expect(displayKind(v.verdict, null)).toBe('unknown');
    expect(displayKind(v.verdict, 'suspicious-page')).toBe('suspicious-page');
  });

  it('a page warning\'s "Continue anyway" covers that one file, never its folder', () => {
    expect(localFileKey(`${KIT_URL}?x=1#y`)).toBe(
      'file:///C:/Users/kim/Downloads/%EC%BF%A0%ED%8C%A1_%ED%94%BC%ED%95%B4%EB%B3%B4%EC%83%81_%EC%8B%A0%EC%B2%AD%EC%84%9C.html',
    );
    expect(pageAllowanceKey('file:///home/kim/a.html', null)).toBe('file:///home/kim/a.html');
    expect(pageAllowanceKey('file:///home/kim/a.html', [['ipfs']])).toBe('file:///home/kim/a.html');
    expect(pageAllowanceKey('file:///home/kim/b.html', null)).not.toBe(
      pageAllowanceKey('file:///home/kim/a.html', null),
    );
    expect(pageAllowanceKey('file://Server/share/a.html', null)).toBe('file://server/share/a.html');
    expect(localFileKey('https://a.example/')).toBeNull();
  });
});

describe('the page guard on a file page', () => {
  const scan = (file: string, url: string) => {
    const html = readFileSync(new URL(`../fixtures/local-file/${file}`, import.meta.url), 'utf8');
    return scanPage(parseHTML(html).document as unknown as Document, url, {
      parseHtml: (m) => parseHTML(m).document as unknown as Document,
    });
  };
  const urls = [KIT_URL, 'file:///home/kim/%EB%B3%B4%EC%83%81.html', 'file://server/share/form.html'];

  it('warns about a kit asking a Coupang "compensation" resident number, wherever the file is', () => {
    for (const u of urls) expect(scan('kit-compensation.html', u).verdict).toBe('suspicious-page');
  });

  it("leaves honest local files alone: a saved Coupang receipt, a developer's widget test page", () => {
    for (const u of urls) {
      expect(scan('receipt-saved.html', u).verdict).toBe('clean');
      expect(scan('dev-test-page.html', u).verdict).toBe('clean');
    }
  });

  it('judges it as on a host it does not know (no host to vouch for or against it)', () => {
    for (const f of ['kit-compensation.html', 'receipt-saved.html', 'dev-test-page.html'])
      expect(scan(f, KIT_URL).verdict).toBe(scan(f, 'https://unknown-host.example/form.html').verdict);
  });
});
