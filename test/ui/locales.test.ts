import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { reasonKey } from '../../lib/ui/reason-key';

/**
 * Locale hygiene for every key (not only the UI's): both languages carry the same keys with the same
 * placeholders, nothing is empty, everything has a description for translators, and every reason code the
 * engines can emit has its own text.
 */
const root = new URL('../../', import.meta.url);
interface Entry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
const load = (lang: string): Record<string, Entry> =>
  JSON.parse(readFileSync(new URL(`public/_locales/${lang}/messages.json`, root), 'utf8')) as Record<
    string,
    Entry
  >;
const ko = load('ko');
const en = load('en');

const used = (msg: string): string[] =>
  [...msg.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => (m[1] ?? '').toLowerCase()).sort();
const placeholderSig = (e: Entry): string =>
  JSON.stringify(
    Object.entries(e.placeholders ?? {})
      .map(([k, v]) => [k.toLowerCase(), v.content])
      .sort(),
  );

/** String literals of a TypeScript union type (`export type Name = | 'a' | 'b';`) read from its source. */
function unionLiterals(file: string, typeName: string): string[] {
  const src = readFileSync(new URL(file, root), 'utf8');
  const start = src.indexOf(`export type ${typeName} =`);
  if (start < 0) throw new Error(`${typeName} not found in ${file}`);
  const rest = src
    .slice(start)
    .replace(/\/\/[^\n]*/g, '')
    .replace(/\/\*[\s\S]*?\*\//g, '');
  const body = rest.slice(0, rest.indexOf(';'));
  return [...body.matchAll(/'([^']+)'/g)].map((m) => m[1] ?? '');
}

describe('locales', () => {
  it('ko and en have the same keys', () => {
    expect(Object.keys(ko).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(Object.keys(en))('%s: same placeholders in ko and en, all defined and used', (key) => {
    const k = ko[key];
    const e = en[key];
    expect(k && e).toBeTruthy();
    if (!k || !e) return;
    expect(placeholderSig(k)).toBe(placeholderSig(e));
    const defined = Object.keys(e.placeholders ?? {})
      .map((n) => n.toLowerCase())
      .sort();
    expect(used(e.message).filter((v, i, a) => a.indexOf(v) === i)).toEqual(defined);
    expect(used(k.message).filter((v, i, a) => a.indexOf(v) === i)).toEqual(defined);
  });

  it.each(Object.keys(en))('%s: message and description present in both', (key) => {
    for (const e of [ko[key], en[key]]) {
      expect(e?.message.trim().length).toBeGreaterThan(0);
      expect(e?.description?.trim().length ?? 0).toBeGreaterThan(0);
    }
    expect(key).toMatch(/^[A-Za-z0-9_@]+$/);
  });

  it('Korean UI text is written in Korean, not left in English', () => {
    const same = Object.keys(en).filter(
      (k) => /[a-z]{3}/i.test(en[k]?.message ?? '') && ko[k]?.message === en[k]?.message,
    );
    expect(same).toEqual([]);
  });

  // One word for one thing, one tone, no English left inside Korean.
  const RETIRED: [RegExp, string][] = [
    [
      /공동현관\s*(?!비밀번호)(번호|출입|비번)|출입\s*번호|비번/,
      '공동현관 비밀번호 (one word for the entrance code)',
    ],
    [/흉내/, '사칭 (the word for imitating a brand)'],
    [/KISA/, '한국인터넷진흥원 (spelled out)'],
    [/(어요|아요|해요|세요|에요|예요|워요)([.!?…]|\s|$)/, '합니다체 (one tone throughout)'],
  ];
  it.each(RETIRED)('Korean texts avoid %s: use %s', (pattern) => {
    const hits = Object.entries(ko)
      .filter(([, v]) => pattern.test(v.message))
      .map(([k, v]) => `${k}: ${v.message}`);
    expect(hits).toEqual([]);
  });

  it('no English inside Korean texts, beyond names and technical terms', () => {
    const allowed = new Set([
      'IP',
      'JSON',
      'IT',
      'https',
      'SPKI',
      'base64',
      'JWK',
      'CVC',
      'APK',
      'AnyDesk',
      'QR',
      // Chrome's own Korean name of the file-access switch: ‘파일 URL에 대한 액세스 허용’
      'URL',
    ]);
    allowed.add('TeamViewer').add('fake-shop.example').add('ko');
    const hits: string[] = [];
    for (const [k, v] of Object.entries(ko)) {
      const words = v.message.replace(/\$[A-Za-z0-9_]+\$/g, '').match(/[A-Za-z][A-Za-z0-9.+-]*/g) ?? [];
      for (const w of words) if (!allowed.has(w)) hits.push(`${k}: ${w}`);
    }
    expect(hits).toEqual([]);
  });

  it('punycode and code points appear only in the technical details', () => {
    for (const [lang, table] of [
      ['ko', ko],
      ['en', en],
    ] as const) {
      const hits = Object.entries(table)
        .filter(
          ([k, v]) =>
            /퓨니코드|punycode|U\+[0-9A-F]{4}|CODEPOINT/i.test(v.message) && !k.startsWith('warn_tech_'),
        )
        .map(([k]) => `${lang}: ${k}`);
      expect(hits).toEqual([]);
    }
  });

  it('one word for the organisation in English (organization)', () => {
    expect(Object.entries(en).filter(([, v]) => /organisation/.test(v.message))).toEqual([]);
  });

  const domainCodes = unionLiterals('lib/domain/types.ts', 'ReasonCode');
  const pageCodes = unionLiterals('lib/page/types.ts', 'PageReasonCode');

  it('reads the reason codes from the engine types', () => {
    expect(domainCodes).toContain('homoglyph');
    expect(pageCodes).toContain('asks-password');
  });

  it.each([...domainCodes, ...pageCodes])('reason %s has a reason_ text', (code) => {
    expect(en[reasonKey(code)]?.message).toBeTruthy();
    expect(ko[reasonKey(code)]?.message).toBeTruthy();
  });

  it('domain and page reason codes never share a key', () => {
    const d = new Set(domainCodes.map(reasonKey));
    expect(pageCodes.map(reasonKey).filter((k) => d.has(k))).toEqual([]);
  });

  it('every UI locale key named in the code exists', () => {
    const dirs = [
      'entrypoints/warning',
      'entrypoints/popup',
      'entrypoints/options',
      'entrypoints/background',
      'lib/ui',
    ];
    const files: string[] = [];
    const walk = (dir: string): void => {
      const abs = new URL(`${dir}/`, root);
      let names: string[] = [];
      try {
        names = readdirSync(abs);
      } catch {
        return;
      }
      for (const n of names) {
        const p = join(dir, n);
        if (statSync(new URL(p, root)).isDirectory()) walk(p);
        else if (/\.(ts|html)$/.test(n)) files.push(p);
      }
    };
    dirs.forEach(walk);
    const missing: string[] = [];
    for (const f of files) {
      const src = readFileSync(new URL(f, root), 'utf8');
      for (const m of src.matchAll(
        /['"`]((?:warn|popup|options_ui|options_value|advice|report|badge|list_problem)_[a-z0-9_]+)['"`]/g,
      )) {
        const key = m[1] ?? '';
        if (!en[key]) missing.push(`${f}: ${key}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
