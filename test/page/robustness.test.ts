import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { scanPage } from '../../lib/page/index';
import { parse } from './helpers';

describe('hostile and odd input', () => {
  it('never throws and answers clean for pages it cannot read', () => {
    const cases: [string, string][] = [
      ['', 'https://a.example/'],
      ['<html></html>', 'not a url'],
      ['<title>쿠팡</title>', ''],
      ['<div>'.repeat(3000) + '쿠팡' + '</div>'.repeat(3000), 'https://a.example/'],
      [`<title>${'쿠팡 '.repeat(50_000)}</title>`, 'https://a.example/'],
      ['<form action="http://[::1"><input type=password></form>', 'https://a.example/'],
      [
        '<svg><title>Coupang</title><foreignObject><input type=password></foreignObject></svg>',
        'javascript:alert(1)',
      ],
    ];
    for (const [html, url] of cases) {
      const v = scanPage(parse(html), url);
      expect(['clean', 'suspicious-page']).toContain(v.verdict);
    }
  });

  it('a document whose getters throw is judged clean, not an exception', () => {
    const doc = new Proxy(parseHTML('<p>x</p>').document, {
      get(target, prop) {
        if (prop === 'childNodes' || prop === 'title') throw new Error('boom');
        return Reflect.get(target, prop);
      },
    }) as unknown as Document;
    expect(scanPage(doc, 'https://a.example/').verdict).toBe('clean');
  });

  it('bounds the walk on huge pages', () => {
    const rows = Array.from({ length: 30_000 }, (_, i) => `<p>item ${i}</p>`).join('');
    const doc = parse(`<html><body>${rows}<form><input type="password"></form></body></html>`);
    const v = scanPage(doc, 'https://a.example/', { limits: { maxElements: 1000 } });
    expect(v.verdict).toBe('clean');
  });

  it('evidence is text, never markup', () => {
    const doc = parse(
      '<html><head><title>쿠팡 &lt;img src=x onerror=alert(1)&gt;</title></head><body><input type="password"></body></html>',
    );
    const v = scanPage(doc, 'https://a.example/');
    expect(typeof v.reasons[0]?.evidence).toBe('string');
  });
});
