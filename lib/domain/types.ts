/** Verdict of the domain guard. Shared by the extension, the CLI and the benchmark. */
export type DomainVerdictKind = 'official' | 'blocked' | 'lookalike' | 'unknown' | 'invalid';

/** Stable reason codes: UIs localise them, tests and reports key on them. */
export type ReasonCode =
  | 'official'
  | 'official-host'
  | 'blocklist'
  | 'typo'
  | 'homoglyph'
  | 'mixed-script'
  | 'brand-in-subdomain'
  | 'combosquat'
  | 'tld-swap'
  | 'hangul-brand'
  | 'userinfo-trick'
  | 'hosting-platform'
  | 'brand-in-path'
  | 'redirect'
  | 'ip-address'
  | 'local-host'
  | 'non-web-scheme'
  | 'invalid-input';

export interface CharSwap {
  /** index in the Unicode label where the look-alike character stands */
  index: number;
  /** the character that is there (e.g. Cyrillic "о") */
  found: string;
  /** the character it imitates (e.g. Latin "o") */
  imitates: string;
  /** code point of `found`, e.g. "U+043E" */
  codePoint: string;
}

export interface Reason {
  code: ReasonCode;
  /** brand id this reason is about (e.g. "coupang") */
  brand?: string;
  /** the label or text that triggered the rule */
  match?: string;
  /** characters swapped for look-alikes (homoglyph, typo) */
  swaps?: CharSwap[];
  /** short machine-readable detail (e.g. "omission", "transposition", "com-suffix") */
  detail?: string;
  /** ASCII (punycode) form of `match` when it differs from the Unicode form */
  punycode?: string;
}

export interface DomainVerdict {
  input: string;
  verdict: DomainVerdictKind;
  /** hostname in ASCII (punycode) form, lower case, no trailing dot; null when there is none */
  hostname: string | null;
  /** hostname as Unicode (IDN decoded) */
  unicodeHostname: string | null;
  /** registrable domain (eTLD+1, private suffixes respected) in ASCII */
  registrableDomain: string | null;
  /** the brand imitated or owned */
  brand?: { id: string; name: string; home: string; officialDomain: string; hangulName?: string };
  reasons: Reason[];
  /**
   * a look-alike the user marked "This is a real Coupang site" (this exact host): no address warning, but it is
   * not official — the page guard still reads it, and the UI says "allowed by you" (lib/policy/official-allowance.ts)
   */
  allowedByUser?: true;
}
