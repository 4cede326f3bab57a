import type { BrandNames } from '../messages/ui';

/** The brand's name in the UI language: Hangul for Korean when the list has it, else the Latin name. */
export function brandLabel(brand: BrandNames | null | undefined, uiLocale: string, fallback: string): string {
  if (!brand) return fallback;
  if (/^ko\b/i.test(uiLocale) && brand.hangul) return brand.hangul;
  return brand.latin || fallback;
}

/** "coupang" → "Coupang", "coupangeats" stays readable; display names from the engine win when present. */
export function latinDisplayName(name: string | undefined, id: string): string {
  const base = name && name.trim() ? name.trim() : id;
  return base.charAt(0).toUpperCase() + base.slice(1);
}
