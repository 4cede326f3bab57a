/**
 * A cheap first look at a host, for the content script at document_start (attack 10 of issue #10, issue #16):
 * could the domain guard call this host a look-alike? It must cost nothing on ordinary pages and carries no
 * list, so it is one regular expression over the ASCII (punycode) host: letter runs that every one-letter
 * typo, omission, swap or digit-for-letter of the Coupang names of the bundled list keeps ("coup…", "…pang",
 * "cupa", "oupa", "upan", and the few that lose the "p"), and `znvkd` (쿠팡 typed with the Korean keyboard
 * off). Punycode keeps the ASCII letters of a homoglyph name in order (`xn--coupng-…`), so those pass too;
 * Hangul names (쿠팡 in an IDN), Rocket names and brands in a path do not: those are judged when the
 * navigation starts, as before.
 *
 * A hit costs an honest page one extra load at most (the content script stops it until the background has
 * judged the address); a miss costs a look-alike only the early stop. test/domain/hint.test.ts keeps it in
 * step with the list and measures it on the corpora.
 */
const HINT = /coup(?!on|le)|cou.?ang|couap|copua|pang|cupa|oupa|upan|znvkd/;

export function mayImitateBrand(host: string): boolean {
  return HINT.test(host.toLowerCase());
}
