/**
 * Adversarial test set: look-alike domains of a brand domain for each of dnstwist's generator classes (own
 * implementation of the classes, not dnstwist's code), in Unicode; `toAscii` gives the punycode form.
 * Used by test/domain/classes.test.ts and by the benchmark's look-alike share.
 */
import punycode from 'punycode/punycode.js';

export const FUZZ_CLASSES = [
  'addition',
  'bitsquatting',
  'cyrillic',
  'homoglyph',
  'hyphenation',
  'insertion',
  'omission',
  'plural',
  'repetition',
  'replacement',
  'subdomain',
  'transposition',
  'vowel-swap',
  'dictionary',
  'tld-swap',
  'various',
] as const;
export type FuzzClass = (typeof FUZZ_CLASSES)[number];

// Keyboard rows of the three layouts dnstwist models; neighbours are computed from the rows.
const LAYOUTS = [
  ['1234567890', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm'],
  ['1234567890', 'qwertzuiop', 'asdfghjkl', 'yxcvbnm'],
  ['1234567890', 'azertyuiop', 'qsdfghjklm', 'wxcvbn'],
];

function neighbours(c: string): Set<string> {
  const out = new Set<string>();
  for (const rows of LAYOUTS) {
    rows.forEach((row, r) => {
      const i = row.indexOf(c);
      if (i < 0) return;
      for (const [rr, ii] of [
        [r, i - 1],
        [r, i + 1],
        [r - 1, i],
        [r - 1, i + 1],
        [r + 1, i - 1],
        [r + 1, i],
      ] as const) {
        const ch = rows[rr]?.[ii];
        if (ch) out.add(ch);
      }
    });
  }
  out.delete(c);
  return out;
}

/** Look-alike characters per letter: ASCII tricks, Latin with diacritics, Cyrillic, Greek, small capitals. */
const GLYPHS: Record<string, string[]> = {
  a: ['à', 'á', 'â', 'ã', 'ä', 'å', 'ɑ', 'ạ', 'ǎ', 'ă', 'ȧ', 'ą', 'а', 'α'],
  c: ['e', 'ç', 'ć', 'č', 'ĉ', 'ċ', 'ƈ', 'ᴄ', 'с', 'ϲ'],
  e: ['c', 'é', 'è', 'ê', 'ë', 'ē', 'ĕ', 'ě', 'ė', 'ẹ', 'ę', 'ȩ', 'е'],
  g: ['q', 'ɢ', 'ɡ', 'ġ', 'ğ', 'ǵ', 'ģ', 'ĝ', 'ǧ', 'ǥ', 'ԍ'],
  l: ['1', 'i', 'ɫ', 'ł', 'ӏ', 'ĺ', 'ľ'],
  n: ['m', 'r', 'ń', 'ṅ', 'ṇ', 'ñ', 'ņ', 'ǹ', 'ň', 'ŋ', 'ꞑ', 'п'],
  o: ['0', 'ȯ', 'ọ', 'ỏ', 'ơ', 'ó', 'ö', 'ô', 'õ', 'ø', 'ᴏ', 'о', 'ο'],
  p: ['ƿ', 'ƥ', 'ṕ', 'ṗ', 'р', 'ρ'],
  s: ['ʂ', 'ś', 'ṣ', 'ṡ', 'ș', 'ŝ', 'š', 'ꜱ', 'ѕ'],
  t: ['ţ', 'ŧ', 'ṫ', 'ṭ', 'ț', 'ƫ', 'т'],
  u: ['v', 'ᴜ', 'ǔ', 'ŭ', 'ü', 'ʉ', 'ù', 'ú', 'û', 'ũ', 'ū', 'ų', 'ư', 'ů', 'ű', 'υ'],
  y: ['ʏ', 'ý', 'ÿ', 'ŷ', 'ƴ', 'ȳ', 'ɏ', 'у'],
  r: ['ʀ', 'ɼ', 'ɽ', 'ŕ', 'ŗ', 'ř', 'г'],
  k: ['lc', 'ḳ', 'ķ', 'ᴋ', 'к'],
  w: ['vv', 'ŵ', 'ẁ', 'ẃ', 'ẅ', 'ᴡ', 'ԝ'],
  m: ['rn', 'nn', 'ṁ', 'ṃ', 'ᴍ', 'м'],
  i: ['1', 'l', 'í', 'ì', 'ï', 'ı', 'і'],
};

const CYRILLIC: Record<string, string> = {
  a: 'а',
  b: 'ь',
  c: 'с',
  d: 'ԁ',
  e: 'е',
  g: 'ԍ',
  h: 'һ',
  i: 'і',
  j: 'ј',
  k: 'к',
  l: 'ӏ',
  m: 'м',
  o: 'о',
  p: 'р',
  q: 'ԛ',
  s: 'ѕ',
  t: 'т',
  v: 'ѵ',
  w: 'ԝ',
  x: 'х',
  y: 'у',
};

export const DICTIONARY = [
  'login',
  'secure',
  'event',
  'refund',
  'shop',
  'mall',
  'pay',
  'account',
  'verify',
  'support',
  'help',
  'delivery',
  'order',
  'app',
  'online',
  'store',
  'official',
  'service',
  'korea',
  'update',
  'center',
  'sale',
  'gift',
  'member',
  'auth',
  'my',
  'web',
  'mobile',
  'global',
  'kr',
  'cs',
  'safe',
  'check',
  'track',
  'reward',
  'bonus',
  'free',
  'win',
];

export const TLDS = [
  'net',
  'org',
  'co',
  'kr',
  'co.kr',
  'or.kr',
  'shop',
  'xyz',
  'top',
  'info',
  'biz',
  'online',
  'site',
  'vip',
  'app',
  'io',
  'me',
  'cc',
  'cn',
  'ru',
  'store',
  'club',
  'live',
  'work',
  'click',
  'link',
  'com.br',
  'de',
  'jp',
  'co.jp',
  'asia',
  'icu',
  'buzz',
  'sbs',
  'cfd',
  'rest',
  'pics',
  'world',
  'one',
  'win',
  'pro',
  'events',
  'in',
  'tk',
  'ml',
];

function uniq(xs: Iterable<string>, not: string): string[] {
  const s = new Set(xs);
  s.delete(not);
  return [...s];
}

/** Variants of `name.tld` per class (Unicode form). */
export function variants(domain: string): Record<FuzzClass, string[]> {
  const dot = domain.indexOf('.');
  const name = domain.slice(0, dot);
  const tld = domain.slice(dot + 1);
  const d = (x: string) => `${x}.${tld}`;
  const at = (i: number, s: string, drop = 1) => name.slice(0, i) + s + name.slice(i + drop);
  const idx = [...name].map((_, i) => i);

  const out = {} as Record<FuzzClass, string[]>;
  out.addition = uniq(
    [...'abcdefghijklmnopqrstuvwxyz0123456789'].map((c) => d(name + c)),
    domain,
  );
  out.bitsquatting = uniq(
    idx.flatMap((i) =>
      [1, 2, 4, 8, 16, 32, 64, 128]
        .map((m) => String.fromCharCode(name.charCodeAt(i) ^ m))
        .filter((c) => /^[a-z0-9-]$/.test(c))
        .map((c) => d(at(i, c))),
    ),
    domain,
  );
  const cyr = [...name].map((c) => CYRILLIC[c] ?? c).join('');
  out.cyrillic = uniq(
    [d(cyr), ...idx.filter((i) => CYRILLIC[name[i]!]).map((i) => d(at(i, CYRILLIC[name[i]!]!)))],
    domain,
  );
  const single = idx.flatMap((i) => (GLYPHS[name[i]!] ?? []).map((g) => at(i, g)));
  const double: string[] = [];
  for (let i = 0; i < name.length; i++)
    for (let j = i + 1; j < name.length; j++)
      for (const g of (GLYPHS[name[i]!] ?? []).slice(0, 4))
        for (const h of (GLYPHS[name[j]!] ?? []).slice(0, 4))
          double.push(name.slice(0, i) + g + name.slice(i + 1, j) + h + name.slice(j + 1));
  out.homoglyph = uniq([...single, ...double].map(d), domain);
  out.hyphenation = uniq(
    idx.slice(1).map((i) => d(at(i, '-', 0))),
    domain,
  );
  out.insertion = uniq(
    idx
      .slice(0, -1)
      .flatMap((i) => [...neighbours(name[i]!)].flatMap((c) => [d(at(i, c, 0)), d(at(i + 1, c, 0))])),
    domain,
  );
  out.omission = uniq(
    idx.map((i) => d(at(i, ''))),
    domain,
  );
  out.plural = uniq(
    idx.slice(2, -2).map((i) => d(at(i + 1, /[sxz]/.test(name[i]!) ? 'es' : 's', 0))),
    domain,
  );
  out.repetition = uniq(
    idx.map((i) => d(at(i, name[i]!, 0))),
    domain,
  );
  out.replacement = uniq(
    idx.flatMap((i) => [...neighbours(name[i]!)].map((c) => d(at(i, c)))),
    domain,
  );
  out.subdomain = uniq(
    idx.slice(1, -1).map((i) => `${name.slice(0, i)}.${name.slice(i)}.${tld}`),
    domain,
  );
  out.transposition = uniq(
    idx.slice(0, -1).map((i) => d(name.slice(0, i) + name[i + 1] + name[i] + name.slice(i + 2))),
    domain,
  );
  out['vowel-swap'] = uniq(
    idx.filter((i) => 'aeiou'.includes(name[i]!)).flatMap((i) => [...'aeiou'].map((v) => d(at(i, v)))),
    domain,
  );
  out.dictionary = uniq(
    DICTIONARY.flatMap((w) => [d(name + w), d(`${name}-${w}`), d(w + name), d(`${w}-${name}`)]),
    domain,
  );
  out['tld-swap'] = uniq(
    TLDS.map((t) => `${name}.${t}`),
    domain,
  );
  const flatTld = tld.replace(/\./g, '');
  out.various = uniq(
    [
      `${name}${flatTld}.${tld}`,
      `${name}-${flatTld}.com`,
      `${name}${flatTld}.com`,
      `www${name}.${tld}`,
      `www-${name}.${tld}`,
      `${name}.${tld}.com`,
      `m-${name}.${tld}`,
    ],
    domain,
  );
  return out;
}

export function toAscii(host: string): string {
  return punycode.toASCII(host);
}
