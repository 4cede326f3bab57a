import type { MarkSignature } from './logo-sig';
import { tight } from './normalize';

/**
 * The names the page guard reads as "this page claims to be Coupang", derived from the list data
 * (lists/sources/brands.json: every brand's latin and hangul names, its aliases, ko/en/zh/ja, and its pageNames), so brand
 * knowledge lives in one place. Kept: the tight form of each name (the normaliser's form: "Rocket WOW" →
 * "rocketwow", "쿠팡 고객센터" → "쿠팡고객센터"), minus names that contain a shorter kept name ("쿠팡이츠" is
 * already found by "쿠팡") and names that only lend credibility to affiliate posts (Coupang Partners is how
 * bloggers earn from links, not a claim to be Coupang).
 * Pure; scripts/page-brand.ts writes the result to brand-names.data.ts and a unit test keeps them equal.
 */
export interface BrandSourceLike {
  latin: string[];
  hangul: string[];
  aliases?: { text: string; lends: string[] }[];
  /** names for the page guard only (a service's short name with an errand: "이츠 주문"; lib/lists/schema.ts) */
  pageNames?: string[];
}

export function buildPageBrandNames(brands: BrandSourceLike[]): string[] {
  const all = new Set<string>();
  for (const b of brands) {
    for (const n of [...b.latin, ...b.hangul]) all.add(tight(n));
    for (const a of b.aliases ?? [])
      if (!(a.lends.length === 1 && a.lends[0] === 'affiliate')) all.add(tight(a.text));
    for (const n of b.pageNames ?? []) all.add(tight(n));
  }
  // at least two letters of a CJK script or four Latin letters/digits: shorter forms occur inside ordinary words
  const names = [...all].filter((n) => (/^[a-z0-9]+$/.test(n) ? n.length >= 4 : n.length >= 2));
  names.sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0));
  const kept: string[] = [];
  for (const n of names) if (!kept.some((k) => n.includes(k))) kept.push(n);
  // the shortest first keeps the alternation cheap; "coupang" and "쿠팡" lead (most pages name the brand so)
  return kept.sort((a, b) => rank(a) - rank(b) || a.length - b.length || (a < b ? -1 : 1));
}

const rank = (n: string) => (n === 'coupang' ? 0 : n === '쿠팡' ? 1 : 2);

/**
 * The brand's own phone numbers (digits only) from the list data (lists/sources/contacts.json: the customer
 * centre, the other official lines and Korea's report lines): a page that urges a call to any other number
 * while posing as the brand is a callback lure. scripts/page-brand.ts writes them to brand-names.data.ts.
 */
export interface ContactsSourceLike {
  customerCentre: string;
  numbers?: { number: string }[];
  report?: { number: string }[];
}

export function buildPageNumbers(c: ContactsSourceLike): string[] {
  const all = [
    c.customerCentre,
    ...(c.numbers ?? []).map((n) => n.number),
    ...(c.report ?? []).map((n) => n.number),
  ];
  return [...new Set(all.map((n) => n.replace(/\D/g, '')).filter((n) => n.length >= 3))];
}

/** The brands' mark signatures as the page guard uses them: every brand's "marks", without `source`. */
export function buildPageBrandMarks(
  brands: { marks?: (MarkSignature & { source?: string })[] }[],
): MarkSignature[] {
  return brands.flatMap((b) =>
    (b.marks ?? []).map(({ id, palette, bands, aspect, hash }) => ({ id, palette, bands, aspect, hash })),
  );
}
