import { readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { toASCII } from 'punycode';
import type { TestServer } from './harness/server';

/**
 * The test sites the warning tests and `npm run screenshots` visit: an official host, a combosquat, a
 * known-bad host, an IDN look-alike, a Coupang login clone on an unrelated host, an unrelated news site.
 */
export const HOMOGLYPH = toASCII('coupаng.com'); // Cyrillic а: xn--coupng-6nf.com
export const FAKE_PAGE_HOST = 'cpg-member.xyz';
export const LOOKALIKE_HOST = 'coupang-refund.test';
export const BLOCKED_HOST = 'coupang-shop.com';
export const OFFICIAL_HOST = 'www.coupang.com';
export const UNKNOWN_HOST = 'news.example.test';
/** A Coupang login clone from the page-guard fixtures. */
export const FAKE_PAGE = readFileSync(
  new URL('../fixtures/pages/fake/f01-login-clone-ko.html', import.meta.url),
  'utf8',
);

export const simplePage = (title: string, body = '') =>
  `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>${title}</title></head><body><h1>${title}</h1>${body}</body></html>`;

export function serveSites(server: TestServer): void {
  const any = (html: string) => (_req: unknown, res: ServerResponse) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(html);
  };
  server
    .page(
      'start.example.test',
      '/',
      simplePage('Start', `<a id="go" href="http://${LOOKALIKE_HOST}/">link</a>`),
    )
    .route(OFFICIAL_HOST, any(simplePage('쿠팡!')))
    .route(LOOKALIKE_HOST, any(simplePage('Fake refund', '<form><input type="password" name="pw"></form>')))
    .route(BLOCKED_HOST, any(simplePage('Fake shop')))
    .route(HOMOGLYPH, any(simplePage('Fake login')))
    .route(UNKNOWN_HOST, any(simplePage('News')))
    .route(FAKE_PAGE_HOST, any(FAKE_PAGE));
}
