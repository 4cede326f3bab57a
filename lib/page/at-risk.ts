import type { FieldKind } from './lexicon';
import type { PageReason, PageVerdict } from './types';

/**
 * The second chance at the moment of risk (issue #11): when the user starts typing into a field that takes a
 * secret, the content script scans again with everything now on the page and asks `warnAtRisk`. The bar is
 * lower than the page warning's: the field itself is the risk, so any claim to be the brand that nothing on
 * the page contradicts is enough.
 */

/** Field kinds whose value must never be typed into a fake: a secret, an identity number, money. */
const SECRET_KINDS = new Set<FieldKind>([
  'seed',
  'voucher',
  'password',
  'resident',
  'card',
  'bank',
  'otp',
  'entrance',
  'customs',
  'sim',
]);

export function isSecretKind(kind: FieldKind): boolean {
  return SECRET_KINDS.has(kind);
}

/** The page state a field's second chance was last spent on: the field's kind and the page's change count. */
export interface FieldCheck {
  kind: FieldKind;
  generation: number;
}

/**
 * Is the second chance due for this event on this field? Only for an event the user made (`trusted`: a page's
 * synthetic key or focus event never spends it), on a field that takes a secret, and only when the page state
 * it was last spent on is gone: never checked, its kind changed (a field can change type), or the page changed
 * since (`generation`). A page that uses the check up while it looks harmless (el.focus(), dispatched keys) and
 * then puts its claim up is checked again at the user's next key.
 */
export function checkDue(
  last: FieldCheck | undefined,
  kind: FieldKind,
  generation: number,
  trusted: boolean,
): boolean {
  if (!trusted || !isSecretKind(kind)) return false;
  return !last || last.kind !== kind || last.generation !== generation;
}

/**
 * How long after a re-check made at a key the next one waits (ms): ten times what the check cost, at most
 * 800 ms, so a page that changes between every two keys costs the user at most a tenth of the main thread, not
 * a full scan per key. A re-check due sooner runs when the wait is over (the keys in between reach the page:
 * docs/threat-model.md, attack 12, limit). Checks made at a focus, a field's first or a new kind never wait.
 */
export function recheckGap(costMs: number): number {
  return Math.min(800, Math.max(0, costMs) * 10);
}

/** Context that says whose page it really is (not merely "we are not the brand", which a kit can write). */
const OWNER = /context-(?:other-site|article|affiliate|discussion|comparison|reader-form|checkout)/;

/** A reason that says whose page it really is (someone else's than the brand's). */
export function isOwnerContext(r: PageReason): boolean {
  return r.group === 'identity' && r.weight < 0 && OWNER.test(r.code);
}

/**
 * Warn before the first character reaches the page? Yes when the fresh verdict is already suspicious, or when
 * the page claims the brand at all (identity reasons worth at least `minIdentity` in total, one of them at
 * least 1; for a password, one of at least 1.5) and nothing on it says whose page it is instead, and the field
 * takes a secret.
 */
export function warnAtRisk(verdict: PageVerdict, kind: FieldKind, minIdentity = 1): boolean {
  if (verdict.verdict === 'suspicious-page') return true;
  if (!isSecretKind(kind)) return false;
  let claim = 0;
  let strongest = 0;
  let disclaimed = false;
  for (const r of verdict.reasons) {
    if (r.group !== 'identity') continue;
    if (r.weight < 0 && OWNER.test(r.code)) return false;
    if (r.weight < 0 && r.code === 'context-not-affiliated') disclaimed = true;
    if (r.weight > 0) {
      claim += r.weight;
      strongest = Math.max(strongest, r.weight);
    }
  }
  // A disclaimer the verdict believed (negative weight) says whose page it is not; it is believed here too where
  // the brand is only named in passing (no slot, no notice in its voice: every claim below 1.5).
  if (disclaimed && strongest < 1.5) return false;
  // A firm whose name the host spells and the page's title or main heading says, under a title that is not the
  // brand's own, is that firm's page where the brand is only named (every claim below 1.5: no slot, no voice): the
  // card or code it asks is for its own promotion or card ("쿠팡에서 누리카드로 결제하면 10% 할인" on
  // nuricard.example). The scorer does not let that name excuse a card asked for the page warning (score.ts
  // firmTitle), though the same name in a header on any other host would (−2, an owner here too); here it says
  // whose the box is. A kit must buy a host that spells another firm and wear its name in its title, and still
  // never put the brand in a slot or speak in its voice (page69).
  if (verdict.firm && strongest < 1.5) return false;
  // A password is every site's own login: a passing mention of the brand (every claim below 1.5: a name in a
  // sentence, a title about it) on a page with a login of its own is not the brand's login. It takes a slot, the
  // brand's voice or the brand's account asked for by name; the other secrets are no one's to ask for under the
  // brand's name, as the verdict's spoken rule says.
  if (kind === 'password' && strongest < 1.5) return false;
  // (… nor where every password the page asks is one the scorer weighed as the page's own — its id box named for the
  // site, a sign-in in its own top bar, an integration's API secret: below a password's full weight — page68)
  if (kind === 'password' && ownPasswordsOnly(verdict)) return false;
  return claim >= minIdentity && strongest >= 1;
}

/** The weight of a password ask the scorer reads as the brand's: score.ts KIND_REASON.password is this very value */
export const BRAND_PASSWORD = 3;

/** The page asks for passwords, and the scorer weighed every one of them below the brand's: the page's own logins */
function ownPasswordsOnly(verdict: PageVerdict): boolean {
  let own = false;
  for (const r of verdict.reasons)
    if (r.code === 'asks-password') {
      if (r.weight >= BRAND_PASSWORD) return false;
      own = r.weight > 0;
    }
  return own;
}
