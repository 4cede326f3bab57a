/**
 * Words smishing hosts put next to a brand name (refund, login, delivery ... in English and in romanised Korean:
 * bosang 보상, hwanbul 환불, baesong 배송). A label that is only a real word near the brand ("kupang", the city;
 * "coupant", French) becomes a look-alike when one of these stands next to it. Scam vocabulary, not brand
 * knowledge: the brand's own words come from the list.
 */
const LURE = new Set(
  (
    'account auth bonus bosang cancel cash center check claim confirm cs customer delivery deliver event free gift ' +
    'gogaek help helpdesk hwanbul injeung join kr login logon member members membership notice order pay payment ' +
    'point points prize refund reward safe secure security service signin sinchung support track tracking update ' +
    'verify verification wallet win baesong jeopsu'
  ).split(' '),
);

/** True when one of the words of `text` (split at hyphens, underscores, digits and dots) is a lure word. */
export function hasLureWord(text: string): boolean {
  for (const w of text.toLowerCase().split(/[-_.0-9\s]+/)) if (LURE.has(w)) return true;
  return false;
}
