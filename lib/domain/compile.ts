/**
 * Turns list data (brands, official domains, known-bad hosts) into the lookup structures classify() needs. Done
 * once per list (the background and the CLI compile at start-up); classify() then only does map look-ups and,
 * for the rare labels that share most letters with a brand, an approximate match.
 */
import punycode from 'punycode/punycode.js';
import { getDomain } from 'tldts';
import type { Brand, ListData } from '../lists/schema';
import {
  editDistance,
  hangulToKeys,
  olderRomanizations,
  romanize,
  romanizations,
  soundRomanizations,
  stripSeparators,
  toJamo,
} from '../letters';
import { foldLabel } from './fold';
import { glueWords } from './lure';
import type { SharedHostRule } from './path-site';
import { hostLabelMask, MAX_COST, popcount, tokenShape, type TokenShape } from './prefilter';

export interface BrandInfo {
  id: string;
  /** the brand's own Latin name ("Coupang Eats"), else its first Latin spelling */
  name: string;
  /** first Hangul name, e.g. "쿠팡" */
  hangulName?: string;
  home: string;
  /** the brand's main registrable domain */
  officialDomain: string;
}

/**
 * How a brand token is matched:
 * - typo: exact, homoglyphs and one typing slip (the core brand and the names built on it: coupang, coupangeats)
 * - strict: exact and homoglyphs only (short names and stand-alone names made of ordinary words, e.g. rocketnow,
 *   where one slip lands on real words such as "pocketnow")
 * - exact: exact only (names under 5 letters)
 */
export type MatchMode = 'typo' | 'strict' | 'exact';

/** The list's `lends` that are people a product is for (a seller, a rider), not pages (login, payment). */
const ROLE_LENDS = new Set(['seller', 'rider', 'affiliate']);

/**
 * Where a token comes from: the brand's Latin names, its aliases' domain tokens (coupay, rocketwow), its Hangul
 * names typed with the Korean keyboard layout switched off (쿠팡 → znvkd), or spelled in Revised Romanization
 * (쿠팡 → kupang).
 */
export type TokenKind = 'name' | 'alias' | 'keyboard' | 'romanized';

export interface BrandToken {
  /** folded Latin token, e.g. "coupangeats" */
  text: string;
  brand: BrandInfo;
  mode: MatchMode;
  kind: TokenKind;
  /** spelled out anywhere in a label whatever its length (keyboard forms read as nonsense in Latin) */
  anywhere: boolean;
  /** a label can only match when it holds at least this many of the token's letters */
  need: number;
  /**
   * matched only as one run of letters, never across a hyphen or a dot: a romanised name with a service word glued
   * on (`kupangwow`), which split (`kupang-wow-wisata`) is the city's name beside an ordinary word
   */
  joined?: boolean;
  shape: TokenShape;
}

/** A brand name in a script other than Latin (쿠팡, 로켓와우, 酷澎, クーパン), matched in IDN labels. */
export interface HangulName {
  name: string;
  brand: BrandInfo;
  /** for the brand's own Hangul names: the name in jamo, compared with one letter part changed (쿠빵, 구팡) */
  jamo?: string;
  /** length in syllables (characters) */
  length: number;
  /**
   * a service name with one vowel typed on a neighbouring key (로켓와으 for 로켓와우): a look-alike with more evidence
   * only, as a real word near the brand is (domain38's round)
   */
  weak?: boolean;
}

export interface OfficialEntry {
  brand?: BrandInfo;
  /** true: every subdomain is official too */
  subdomains: boolean;
  source: 'list' | 'policy';
}

export interface BlockedRule {
  subdomains: boolean;
  path?: string;
  source: string;
}

export interface HostEntry {
  official?: OfficialEntry;
  blocked?: BlockedRule[];
}

/** A redirector (list data): the address in the first of `params` found is where the link leads. */
export interface RedirectRule {
  /** the path exactly (a trailing slash or none), or every path under it when it ends in `*` */
  path: string;
  params: readonly string[];
}

export interface CompiledLists {
  readonly kind: 'compiled-lists';
  readonly version: number;
  /** ASCII host -> what the lists say about it (and, with `subdomains`, about every host under it) */
  readonly hosts: ReadonlyMap<string, HostEntry>;
  /**
   * registrable domain of every host in `hosts`: a host under an entry has the entry's registrable domain, so a host
   * whose registrable domain is not here has no entry (one probe settles most hosts)
   */
  readonly registrables: ReadonlySet<string>;
  /**
   * hostLabelMask of the first label of each of `registrables`, as a bit set by maskBit (a probe of a few kB, where a
   * set of numbers costs a hash look-up for every host)
   */
  readonly registrableMasks: Int32Array;
  /** entries with no registrable domain (public suffixes, single labels, IP addresses), as ".key" */
  readonly wide: readonly string[];
  readonly tokens: readonly BrandToken[];
  /**
   * per token, by gate, TOKEN_FIELDS numbers: letter mask, look-alike classes, class pairs, letters needed,
   * distinct letters, mode (0 exact, 1 strict, 2 typo), index in `tokens`
   */
  readonly tokenTable: Int32Array;
  /**
   * per gate, GATE_FIELDS numbers: letter mask, letters needed, first and end row in tokenTable, and its key: the
   * gate's rarest letters, so many that a label with enough of the gate's letters holds one of them (a label
   * holding none is turned away with one AND)
   */
  readonly gateTable: Int32Array;
  /**
   * which gates a label's letters can open, by the gates' keys: four tables of 128 over bits 0-6, 7-13, 14-20 and
   * 21-25 of a label's letter mask, each a bit per gate; null past 31 gates (every gate is tried then)
   */
  readonly keyGates: Int32Array | null;
  /**
   * whether a label's letters open any gate, in four table reads a word and no branch: per word of six gates, four
   * tables of 128 over bits 0-6, 7-13, 14-20 and 21-27 of the letter mask give each gate's count of the label's
   * letters in a five-bit field; the counts plus `gateBias` (16 less each gate's threshold) carry into a field's top
   * bit (`gateHigh`) exactly when the label holds enough of that gate's letters. Null past 30 gates (GATE_WORDS_MAX)
   */
  readonly gateCounts: Int32Array | null;
  readonly gateBias: Int32Array;
  readonly gateHigh: Int32Array;
  /**
   * the tokens that may be spelled across labels (splittable()), in groups sharing most letters: per group its
   * common letter mask and member count, then each member's letter mask and index in `tokens`
   */
  readonly splitTable: Int32Array;
  /**
   * by a * 128 + b (char codes): 1 when the letters a, b stand side by side in a token of `splitTable`. A token
   * spelled across a dot has such a pair on both sides of it, so a host with none at any dot is not tested further
   */
  readonly splitPairs: Uint8Array;
  readonly hangul: readonly HangulName[];
  readonly brands: readonly BrandInfo[];
  /**
   * folded words that are real words somewhere (the list's `words`, and the romanised brand names: Kupang is a
   * city): a label that is just such a word needs more evidence than the match (match-brand.ts)
   */
  readonly weakWords: ReadonlySet<string>;
  /** those weak words real only in their own countries (list `homeWords`: `cupang`), elsewhere the brand's slip */
  readonly homeWords: ReadonlySet<string>;
  /**
   * an alias's tokens (and spellings) to the people its product is for, as the list's `lends` names them (`seller`
   * for rocketgrowth and wingseller): a product's name beside its own people's word is the programme's own name
   */
  readonly roles: ReadonlyMap<string, ReadonlySet<string>>;
  /**
   * by char codes a (1) and a * 128 + b (2): the last letter or two of a token; a top-level label that starts with
   * none of them cannot be where a token spelled across the dots ends ("coupa.ng")
   */
  readonly tails: Uint8Array;
  /**
   * hosts where anyone can publish (list data), by exact host (and ".host" for those whose every subdomain is the
   * platform): how their paths name sites (path-site.ts)
   */
  readonly sharedHosts: ReadonlyMap<string, SharedHostRule>;
  /**
   * suffixes (".typeform.com") of the shared hosts whose every subdomain is the platform, by their last two labels
   * ("typeform.com"): a host's own last two labels find the few that may be its, in one probe
   */
  readonly sharedHostSuffixes: ReadonlyMap<string, readonly string[]>;
  /**
   * code and documentation platforms (list `codeHosts.hosts`: github.io, readthedocs.io …), as suffixes with their
   * leading dot, and the words developers name a project with there (`codeHosts.words`: api, sdk, crawler …)
   */
  readonly codeHosts: readonly string[];
  readonly devWords: ReadonlySet<string>;
  /**
   * the brands' abbreviations (list `short`: cp, cpng, cpay), counted only next to lure words with a second cue
   * (classify.ts); `shortStarts`: their first two letters as a * 128 + b, for a one-probe test per label
   */
  readonly shortNames: ReadonlyMap<string, BrandInfo>;
  /** the abbreviations that name a brand alone (list `ownShort`: cpng, the ticker): one lure word is cue enough */
  readonly ownShort: ReadonlySet<string>;
  /** the stock tickers among them (list `tickers`: cpng): said by investors and fans beside a visit's words too */
  readonly tickers: ReadonlySet<string>;
  /**
   * those of `ownShort` that start with a c, as they sound with k or q for it (`kpang`, `qpang`, `kpng`: the sound
   * rule's one letter): a kit's name alone on a lure TLD, never anyone's abbreviation beside words (QPang was a game)
   */
  readonly ownShortSounds: readonly string[];
  /**
   * the brands' own page extensions (list `pageExtensions`: `pang`, Coupang's servlet pages), by extension: a page
   * so named on another host copies the brand's address
   */
  readonly pageExtensions: ReadonlyMap<string, BrandInfo>;
  /** the brands' own path prefixes (list `pagePaths`: `/vp/products/`), each with its brand */
  readonly pagePaths: readonly { prefix: string; brand: BrandInfo }[];
  /** the brands' own account pages (list `accountPaths`: `/np/order/`), each with its brand */
  readonly accountPaths: readonly { prefix: string; brand: BrandInfo }[];
  /** the core brand's names with typo matching (coupang, coupangeats …): spread over label and suffix too */
  readonly coreNames: readonly string[];
  /**
   * the brand's long names matched as written or without slips (names and aliases such as `rocketwow`,
   * `wowmembership`, `rocketnow`, romanisations left out, and the official domains' names of nine letters or more,
   * `aboutcoupang`), each name and its forms
   * with one letter left out, with its brand: productSlip's one slip (a letter dropped, doubled, put in or changed,
   * two swapped) of the name as the whole registrable name (domain68)
   */
  readonly productSlips: ReadonlyMap<string, BrandInfo>;
  /** the names productSlips was built from: the names themselves are other rules' */
  readonly productNames: ReadonlySet<string>;
  /** the letter masks of productNames (hostLabelMask), each once: the fast path's test before productSlip */
  readonly productMasks: Int32Array;
  /**
   * productNames' first three letters, and their first letter with their last three (threeKey): one slip after the
   * first letter keeps one or the other of a name of nine letters or more, the fast path's first test
   */
  readonly productHeads: Uint8Array;
  readonly productTails: Int32Array;
  /**
   * productNames' first letters, one bit each (a to z): productHeads' and productTails' entries all name one, so a
   * registrable label starting with none of them is no product slip, without a table read (domspeed6)
   */
  readonly productFirsts: number;
  /**
   * the core name squeezed: two of its inner letters left out or a vowel for a vowel (`copng`, `cupng`, `coopeng`),
   * squeezedNames: the matcher's slips take one such edit in a name of seven letters
   */
  readonly squeezed: ReadonlySet<string>;
  /**
   * the core name as Korean romanisation says it (saidNames: `koupeng`, `coopeng`, `kupng`), the list's words and the
   * name itself left out: saidOrShuffled's, as a registrable name alone
   */
  readonly said: ReadonlySet<string>;
  /**
   * the core name with two slips of a hand on a keyboard (slippedNames: a key for its neighbour, a digit for the
   * letter under it, a vowel for a vowel, a letter left out or doubled, two neighbours swapped): `co7pag`,
   * `couanb`, `voupangg` — slippedHost's, where kits register
   */
  readonly slipped: ReadonlySet<string>;
  /**
   * what struckName reads a name with: the core name, its forms one slip away with a letter put in anywhere among
   * the slips (`once`: a key struck on the way, any letter, the first place too) and the names left out (`not`: the
   * list's words, the squeezed names, SLIPPED_WORDS). Two slips of which one at least is such a letter
   * (`icoupagng`, `gcoupng`, `coauupang`) are slippedHost's alone on the cheap and kit TLDs only (domain66's round;
   * `coupongo.kr`, `coolpang.co.kr` are firms' names). Read at lookup, not spelt out: the names are some 32,000.
   */
  readonly struck: {
    readonly root: string;
    readonly once: ReadonlySet<string>;
    readonly not: ReadonlySet<string>;
  };
  /**
   * the letter masks (hostLabelMask) a word can have that is a `slipped` name or that struckName can answer for (a
   * `once` form with a letter a to z put in: its mask, or its mask with that letter's), each once: slipOrServiceMay's
   * one set lookup of the registrable label's first word before it is sliced and read (domspeed6)
   */
  readonly slipMasks: ReadonlySet<number>;
  /**
   * the brand's service words (serviceWords: `eats`, `play`, `wow`, `flex` — what the core name's sub-brands and
   * aliases add to it), each with its letter mask: serviceLureHost's
   */
  readonly services: ReadonlyMap<string, number>;
  /**
   * the service words whose workers the list names (an alias lending `rider`: Coupang Flex, 쿠팡이츠 배달파트너 as
   * `coupangeatsrider`): `flex`, `eats`; serviceLureHost reads a rider's or a driver's role beside them only
   */
  readonly riderServices: ReadonlySet<string>;
  /** the core name's letter mask: a label holding two of its letters fewer is no two slips of it */
  readonly coreMask: number;
  /** the core name's length (the slipped names' is one less or two more at most): slipOrServiceMay's */
  readonly coreLength: number;
  /** how many of the core name's letters a label holds at least to be two slips of it (coreMask's count less two) */
  readonly coreKept: number;
  /** the service words (`services`' keys) and their letter masks, as arrays for the common path's test */
  readonly serviceList: readonly string[];
  readonly serviceMasks: Int32Array;
  /** the core name spelt backwards (`gnapuoc`), '' without one: reversedHost's */
  readonly reversed: string;
  /** the char code the core names start with (they are all built on the core name), -1 without one */
  readonly coreFirst: number;
  /** letter mask of the core name's first five letters ("coupa"): what a name run into the suffix starts with */
  readonly coreHeadMask: number;
  /**
   * the words of the brands' Latin names and aliases ("eats", "play", "wow", "flex"): a short link named the brand
   * and these (`is.gd/coupangwow`) still names nothing but the brand
   */
  readonly brandWords: ReadonlySet<string>;
  /**
   * the brands' Latin names as their apps' URL schemes (`coupang://`, `coupangeats://`), each with its brand: a deep
   * link of the brand's app (classify.ts)
   */
  readonly appSchemes: ReadonlyMap<string, BrandInfo>;
  /**
   * by a * 128 + b (char codes): 1 when a lure, filler or brand word (brandWords) starts with the letters a, b, 2
   * when one ends with them (both: 3): a label neither starts nor ends so has no such word glued at an end
   */
  readonly glueEnds: Uint8Array;
  /** the abbreviations of `shortNames`, as an array (a label's probe walks it) */
  readonly shortList: readonly string[];
  readonly shortStarts: Uint8Array;
  /** the letters (hostLabelMask) every abbreviation's first two share: a plain label lacking one starts with none */
  readonly shortMask: number;
  /** the last four digits of every official number (7011 of 1577-7011): a host that carries them borrows them */
  readonly officialDigits: ReadonlySet<string>;
  /** the official numbers in full, digits only (15777011): a host named by one borrows the brand's voice */
  readonly officialNumbers: readonly string[];
  /** the first digit every official number shares ('' when they do not share one: no number is then probed) */
  readonly officialNumberHead: string;
  /** redirectors by exact host; those covering every subdomain under ".host" keys too */
  readonly redirectors: ReadonlyMap<string, readonly RedirectRule[]>;
  /** suffixes (".safelinks.protection.outlook.com") of the redirectors that cover every subdomain */
  readonly redirectorSuffixes: readonly string[];
}

export interface PolicyExtra {
  /** more registrable domains to treat as official (with all subdomains), e.g. from enterprise policy */
  officialDomains?: readonly string[];
  /** more domains to block (with all subdomains) */
  blockedDomains?: readonly string[];
}

function normaliseHost(host: string): string | null {
  const h = host.trim().toLowerCase().replace(/\.+$/, '');
  if (!h || h.length > 253) return null;
  try {
    return punycode.toASCII(h);
  } catch {
    return null;
  }
}

/** Letters two others pass for at a glance (`vv` for w, `rn` for m): an alias matched as written is looked for so too. */
const TWO_FOR_ONE: Record<string, string> = { w: 'vv', m: 'rn' };

/** An alias with each of its w and m written as two letters, one at a time (`rocketvvow`, `rocketwovv`). */
function twoForOne(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length && out.length < 4; i++) {
    const two = TWO_FOR_ONE[text[i]!];
    if (two) out.push(text.slice(0, i) + two + text.slice(i + 1));
  }
  return out;
}

function modeFor(text: string, root: string): MatchMode {
  if (text.length < 5) return 'exact';
  if (text.length >= 7 && text.includes(root)) return 'typo';
  return 'strict';
}

/** Fields per token in CompiledLists.tokenTable. */
export const TOKEN_FIELDS = 7;
/** Fields per gate in CompiledLists.gateTable. */
export const GATE_FIELDS = 5;
/** Names shorter than this only count as a whole token of a label (match-brand.ts). */
export const ANYWHERE_MIN = 7;
/** Letters tokens matched only as written must share to be tested through one gate. */
const EXACT_GATE_LETTERS = 4;

export function compileLists(list: ListData, extra: PolicyExtra = {}): CompiledLists {
  const hosts = new Map<string, HostEntry>();
  const entry = (host: string): HostEntry | null => {
    const key = normaliseHost(host);
    if (key === null) return null;
    let e = hosts.get(key);
    if (!e) hosts.set(key, (e = {}));
    return e;
  };
  const brands: BrandInfo[] = [];
  const tokens: BrandToken[] = [];
  const hangul: HangulName[] = [];
  // the service names of four syllables or more, for their vowels typed on a neighbouring key (below)
  const keyed: { name: string; brand: BrandInfo }[] = [];
  const weakWords = new Set<string>();
  const homeWords = new Set<string>();
  const roles = new Map<string, Set<string>>();
  const coreRomanized: string[] = [];
  const shortNames = new Map<string, BrandInfo>();
  const ownShort = new Set<string>();
  const tickers = new Set<string>();
  const pageExtensions = new Map<string, BrandInfo>();
  const pagePaths: { prefix: string; brand: BrandInfo }[] = [];
  const accountPaths: { prefix: string; brand: BrandInfo }[] = [];
  const brandWords = new Set<string>();
  const appSchemes = new Map<string, BrandInfo>();
  const addToken = (
    text: string,
    brand: BrandInfo,
    kind: TokenKind,
    asWritten = false,
    joined = false,
  ): void => {
    // a name must fold to ASCII letters (a wildcard in a token would match any look-alike label)
    if (!/^[a-z0-9]{3,40}$/.test(text) || tokens.some((t) => t.text === text)) return;
    if (kind === 'keyboard' && text.length < 5) return;
    const shape = tokenShape(text);
    // keyboard forms are matched as written, and so are aliases not built on the core name (rocketwow, coupay:
    // secondary names, where approximate matching would cost every host time for little); romanisations take one
    // slip (kupaang, koopang)
    const exact = asWritten || kind === 'keyboard' || (kind === 'alias' && !text.includes(root));
    const mode = exact ? 'exact' : kind === 'romanized' ? 'typo' : modeFor(text, root);
    // romanisations take letters added only, so a label holds all their letters
    const slack = mode === 'exact' || kind === 'romanized' ? 0 : MAX_COST;
    const need = Math.max(1, popcount(shape.mask) - slack);
    tokens.push({
      text,
      brand,
      mode,
      kind,
      anywhere: kind === 'keyboard',
      need,
      shape,
      ...(joined ? { joined } : {}),
    });
  };
  // The first brand of the list is the core brand; names built on it get typo matching (see MatchMode).
  const root = foldLabel(list.brands[0]?.latin[0] ?? '').text;
  const services = serviceWords(
    root,
    list.brands.flatMap((b) => [...b.latin, ...(b.aliases ?? []).map((a) => a.token ?? '')]),
  );
  for (const b of list.brands) {
    // frozen: verdicts hand this very object out
    const info: BrandInfo = Object.freeze({
      id: b.id,
      name: b.name ?? b.latin[0] ?? b.id,
      home: b.home,
      officialDomain: b.domains[0] ?? b.hosts[0] ?? '',
      ...(b.hangul[0] ? { hangulName: b.hangul[0] } : {}),
    });
    brands.push(info);
    for (const d of b.domains) {
      const e = entry(d);
      if (e) e.official = { brand: info, subdomains: true, source: 'list' };
    }
    for (const h of b.hosts) {
      const e = entry(h);
      if (e && !e.official) e.official = { brand: info, subdomains: false, source: 'list' };
    }
    for (const latin of b.latin) {
      addToken(foldLabel(latin).text, info, 'name');
      if (/^[a-z][a-z0-9]*$/.test(latin)) appSchemes.set(latin, info);
    }
    // an alias built on one of the brand's names (coupangwing) adds nothing: the name is spelled out in it
    for (const a of b.aliases ?? [])
      for (const t of [a.token, ...(a.spellings ?? [])]) {
        if (t)
          for (const r of a.lends.filter((x) => ROLE_LENDS.has(x)))
            roles.set(t, (roles.get(t) ?? new Set()).add(r));
        if (t && !b.latin.some((l) => t.includes(foldLabel(l).text)))
          // the alias's own token also with a letter written as two (its other spellings are a change already)
          for (const v of t === a.token ? [t, ...twoForOne(t)] : [t]) addToken(v, info, 'alias');
      }
    for (const name of scriptNames(b)) {
      const n = stripSeparators(name.normalize('NFC').toLowerCase());
      if (!n || hangul.some((h) => h.name === n)) continue;
      const own = b.hangul.includes(name);
      hangul.push({
        name: n,
        brand: info,
        length: [...n].length,
        ...(own && HANGUL_ONLY.test(n) ? { jamo: toJamo(n) } : {}),
      });
      // a service name of four syllables or more with ㅐ and ㅔ exchanged (로켓배송 as 로켓베송): the two sound the same
      // and Koreans mix them up in writing, so the name reads and sounds as the brand's
      // (since domain32's round also a later syllable's first consonant for one of its own sound, 로켓배송 as 로겟배송,
      // and the last syllable's vowel with the y-glide of a cute ending, 로켓배숑: read and said as the name)
      // (since domain38's round ㅐ/ㅔ in a three-syllable name too, 쿠페이 as 쿠패이: said the same, and no word)
      if (!own && HANGUL_ONLY.test(n) && [...n].length >= 3)
        for (const v of [...aeSwaps(n), ...([...n].length >= 4 ? soundSwaps(n) : [])])
          if (!hangul.some((h) => h.name === v)) hangul.push({ name: v, brand: info, length: [...v].length });
      if (!own && HANGUL_ONLY.test(n) && [...n].length >= 4) keyed.push({ name: n, brand: info });
      if (HANGUL_ONLY.test(n)) {
        addToken(hangulToKeys(n).toLowerCase(), info, 'keyboard');
        // every Hangul name of the brand's as it is romanised by its sound (쿠팡플레이 → kupangpeullei, 로켓프레시 →
        // roketpeuresi, 쿠페이 → kupei): generated from the list's names, matched as written
        // (the core name's own are its romanisations below, slips allowed)
        if (!(own && b === list.brands[0]))
          for (const r of soundRomanizations(n)) {
            addToken(r, info, 'romanized', true);
            // a short one may be a word or a name somewhere (kupei): a look-alike with more evidence only
            if (r.length < ANYWHERE_MIN) weakWords.add(r);
          }
        // the core name in the older systems, McCune–Reischauer's and Yale's (khuphang, khwuphang)
        else for (const r of olderRomanizations(n)) addToken(r, info, 'romanized', true);
        if (own && b === list.brands[0]) {
          // the core brand's name as Koreans spell it in Latin letters; the Revised Romanization is a real word
          // somewhere (Kupang, the city), the other spellings are not
          weakWords.add(romanize(n));
          for (const r of romanizations(n)) {
            addToken(r, info, 'romanized');
            coreRomanized.push(r);
          }
        }
      }
    }
    for (const w of b.words ?? []) weakWords.add(w);
    for (const w of b.homeWords ?? []) if (weakWords.has(w)) homeWords.add(w);
    for (const a of b.short ?? []) if (!shortNames.has(a)) shortNames.set(a, info);
    for (const a of b.ownShort ?? []) if (shortNames.get(a) === info) ownShort.add(a);
    for (const a of b.tickers ?? []) tickers.add(a);
    for (const x of b.pageExtensions ?? []) if (!pageExtensions.has(x)) pageExtensions.set(x, info);
    for (const x of b.pagePaths ?? []) pagePaths.push({ prefix: `/${x}/`, brand: info });
    for (const x of b.accountPaths ?? []) accountPaths.push({ prefix: `/${x}/`, brand: info });
    for (const a of [...b.latin, ...(b.aliases ?? []).map((x) => x.text)])
      for (const w of a.toLowerCase().split(/[^a-z]+/)) if (w.length >= 2) brandWords.add(w);
  }
  // A service name of four syllables or more with one vowel after its first syllable typed on a neighbouring key of
  // the 2-beolsik layout (로켓와우 as 로켓와으: ㅜ on n, ㅡ on m), as a Latin name's key slips are read; not said
  // the same, so a look-alike only with more evidence (weak: a lure word, a Korean suffix, a TLD phishing all but
  // owns). Only the Rocket and WOW names (로켓…, 로케트…, 와우…), the brand's own coinages: a loan phrase's slip
  // (프레시백 as 프레시빅, "fresh big") may be a shop's name. Not for a name that holds one of the brands' own names
  // (쿠팡캐시: 쿠팡 in it is read already), and never for a name of the list's own.
  const own = hangul.filter((h) => h.jamo !== undefined).map((h) => h.name);
  for (const { name, brand } of keyed)
    if (COINED.test(name) && !own.some((o) => name.includes(o)))
      for (const v of vowelKeySlips(name))
        if (!hangul.some((h) => h.name === v))
          hangul.push({ name: v, brand, length: [...v].length, weak: true });
  // The brands built on the core name (coupangeats, coupangpay) with the core romanised (kupangeats, qupangpay): a
  // romanisation too short to be looked for inside a longer word is not found in them otherwise, and the city
  // Kupang never takes a service word glued on. Matched as written.
  // The same for the service names among the aliases (coupangflex, coupangman: kupangflex, kupangman), but those
  // the list's words name as the city's own businesses too (kupangtravel, kupanglogistics); and the spellings of
  // those names (coupangichu, as 이츠 is also written: kupangichu).
  for (const [i, b] of list.brands.entries())
    for (const text of [
      ...(i === 0 ? [] : b.latin),
      ...(b.aliases ?? []).flatMap((a) => [a.token ?? '', ...(a.spellings ?? [])]),
    ]) {
      const name = foldLabel(text).text;
      if (!root || !name.startsWith(root) || name === root) continue;
      for (const r of coreRomanized) {
        const compound = r + name.slice(root.length);
        // the list's words say which are also names of the city's businesses (kupangtravel)
        // (with a service word of three letters, `wow`, `pay`, `ads`, as one run of letters only, since domain46's
        // round: such a word is everyone's, and `kupang-wow-wisata` is the city's name beside ordinary words; the name
        // and the word apart are read as any other romanisation is; one the list's words name, `kupangwow`, is read
        // as a real word near the brand is, beside a lure word only: `kupangwow-hwakin`, while `kupangwow.com` may be
        // the city's, tune8's decision)
        const joined = name.length - root.length <= 3;
        if (r.length < ANYWHERE_MIN && (joined || !weakWords.has(compound)))
          addToken(compound, brands[i]!, 'romanized', true, joined);
      }
    }
  for (const d of extra.officialDomains ?? []) {
    const e = entry(d);
    if (e && !e.official) e.official = { subdomains: true, source: 'policy' };
  }
  for (const b of list.blocked) {
    const e = entry(b.host);
    if (e)
      (e.blocked ??= []).push({
        subdomains: b.subdomains,
        source: b.source,
        ...(b.path ? { path: b.path } : {}),
      });
  }
  for (const d of extra.blockedDomains ?? []) {
    const e = entry(d);
    if (e) (e.blocked ??= []).push({ subdomains: true, source: 'policy' });
  }
  // Longest names first: "coupangeats" explains a label better than "coupang".
  tokens.sort((a, b) => b.text.length - a.text.length);
  hangul.sort((a, b) => b.name.length - a.name.length);
  const registrables = new Set<string>();
  const registrableMasks = new Int32Array(MASK_BITS >>> 5);
  const wide: string[] = [];
  for (const key of hosts.keys()) {
    const r = getDomain(key, { allowPrivateDomains: true });
    if (!r) {
      wide.push('.' + key);
      continue;
    }
    registrables.add(r);
    const bit = maskBit(hostLabelMask(r.slice(0, r.indexOf('.'))));
    registrableMasks[bit >>> 5]! |= 1 << (bit & 31);
  }
  // Gates: tokens built on a shorter one (coupangeats on coupang) share its letter test, and tokens matched only as
  // written (keyboard forms, which need every letter) share one on the letters they have in common. A label with
  // fewer than `threshold` of a gate's letters cannot hold enough of any member's.
  const gates: { mask: number; exact: boolean; members: number[] }[] = [];
  const bySize = tokens.map((_, i) => i).sort((a, b) => tokens[a]!.text.length - tokens[b]!.text.length);
  for (const i of bySize) {
    const t = tokens[i]!;
    const m = t.shape.mask;
    const exact = t.mode === 'exact';
    // the most specific gate that fits: the one sharing the most letters
    let g: (typeof gates)[number] | undefined;
    for (const x of gates) {
      const shared = popcount(x.mask & m);
      const fits = exact && x.exact ? shared >= EXACT_GATE_LETTERS : !x.exact && (x.mask & m) === x.mask;
      if (fits && (!g || shared > popcount(g.mask & m))) g = x;
    }
    if (g) {
      g.mask &= m;
      g.members.push(i);
    } else gates.push({ mask: m, exact, members: [i] });
  }
  const tokenTable = new Int32Array(tokens.length * TOKEN_FIELDS);
  const gateTable = new Int32Array(gates.length * GATE_FIELDS);
  let row = 0;
  gates.forEach((gate, g) => {
    const members = gate.members.map((i) => [tokens[i]!, i] as const);
    const threshold = Math.min(...members.map(([t]) => t.need - popcount(t.shape.mask & ~gate.mask)));
    gateTable.set(
      [gate.mask, threshold, row, row + members.length, gateKey(gate.mask, threshold)],
      g * GATE_FIELDS,
    );
    for (const [t, i] of members) {
      tokenTable.set(
        [
          t.shape.mask,
          t.shape.classes,
          t.shape.pairs,
          t.need,
          t.shape.distinct,
          t.mode === 'exact' ? 0 : t.mode === 'strict' ? 1 : 2,
          i,
        ],
        row++ * TOKEN_FIELDS,
      );
    }
  });
  let keyGates: Int32Array | null = null;
  if (gates.length <= 31) {
    keyGates = new Int32Array(4 * 128);
    for (let g = 0; g < gates.length; g++) {
      const key = gateTable[g * GATE_FIELDS + 4]!;
      for (let part = 0; part < 4; part++)
        for (let v = 0; v < 128; v++)
          if (((v << (7 * part)) & key) !== 0) keyGates[part * 128 + v]! |= 1 << g;
    }
  }
  const { gateCounts, gateBias, gateHigh } = packedGates(gateTable);
  const product = productSlipTable(list, tokens, weakWords, brands, root);
  const slipWords = new Set([
    ...weakWords,
    ...ownShort,
    ...brandWords,
    ...glueWords(),
    ...tokens.map((t) => t.text),
  ]);
  // (the squeezed forms of the slip words: read by slippedNames and left out of struckName's names)
  const slipSqueezed = squeezedNames(root, slipWords);
  const slipped = slippedNames(root, slipWords, slipSqueezed);
  const struckOnce = new Set(slipEdits(root, root, true));
  return {
    kind: 'compiled-lists',
    version: list.version,
    hosts,
    registrables,
    registrableMasks,
    wide,
    tokens,
    tokenTable,
    gateTable,
    keyGates,
    gateCounts,
    gateBias,
    gateHigh,
    splitTable: splitTable(tokens),
    splitPairs: splitPairs(tokens),
    hangul,
    brands,
    weakWords,
    homeWords,
    roles,
    tails: tokenTails(tokens.filter(splittable)),
    shortNames,
    ownShort,
    tickers,
    ownShortSounds: [...ownShort]
      .filter((a) => a.startsWith('c'))
      .flatMap((a) => ['k' + a.slice(1), 'q' + a.slice(1)]),
    pageExtensions,
    pagePaths,
    accountPaths,
    brandWords,
    appSchemes,
    coreNames: tokens.filter((t) => t.mode === 'typo' && t.kind === 'name').map((t) => t.text),
    productSlips: product.slips,
    productNames: product.names,
    productMasks: Int32Array.from(new Set([...product.names].map(hostLabelMask))),
    productHeads: product.heads,
    productTails: product.tails,
    productFirsts: [...product.names].reduce(
      (bits, name) => (/^[a-z]/.test(name) ? bits | (1 << (name.charCodeAt(0) - 97)) : bits),
      0,
    ),
    coreHeadMask: root.length >= 5 ? hostLabelMask(root.slice(0, 5)) : -1,
    // (of the abbreviations, those that cut one piece out of the name, `cpang`, `coupg`: a short form's, read by
    // findShort's rules alone; `cupng`, letters dropped here and there, keeps the outline's reading: domain48's round)
    reversed: root.length >= 5 ? [...root].reverse().join('') : '',
    squeezed: squeezedNames(root, new Set([...weakWords, ...[...ownShort].filter((a) => cutOf(root, a))])),
    said: saidNames(root, new Set([...weakWords, ...tokens.map((t) => t.text)])),
    slipped,
    struck: { root, once: struckOnce, not: new Set([...slipWords, ...slipSqueezed, ...SLIPPED_WORDS]) },
    slipMasks: slipMasksOf(slipped, struckOnce),
    coreMask: root.length >= 5 ? hostLabelMask(root) : -1,
    coreLength: root.length,
    coreKept: root.length >= 5 ? popcount(hostLabelMask(root)) - 2 : 99,
    serviceList: [...services.keys()],
    serviceMasks: Int32Array.from(services.values()),
    services,
    riderServices: new Set(
      [...services.keys()].filter((w) =>
        list.brands.some((b) =>
          (b.aliases ?? []).some((a) => a.lends.includes('rider') && (a.token ?? '').startsWith(root + w)),
        ),
      ),
    ),
    coreFirst: sharedFirst(tokens.filter((t) => t.mode === 'typo' && t.kind === 'name').map((t) => t.text)),
    shortStarts: shortStartTable(shortNames.keys()),
    shortList: [...shortNames.keys()],
    glueEnds: glueEndTable([...glueWords(), ...brandWords]),
    shortMask: [...shortNames.keys()].reduce((m, a) => m & hostLabelMask(a.slice(0, 2)), -1),
    officialDigits: officialDigits(list),
    officialNumbers: officialNumbers(list),
    officialNumberHead: numberHead(officialNumbers(list)),
    ...compileWeb(list),
  };
}

/** Gates per word of CompiledLists.gateCounts: six five-bit fields. */
export const GATES_PER_WORD = 6;
/**
 * Words of CompiledLists.gateCounts at most: five, 30 gates, so that a bit per gate still fits in one 32-bit
 * integer beside mayImitate's sign (classify.ts gateBits), as keyGates' 31 do. Each word costs a label four table
 * reads more; the list has as many words as its gates need, not this many (three until domain52, when the
 * nineteenth gate, `wingseller`'s, turned the packed counts off and the scan back on the gate table: domain53).
 */
export const GATE_WORDS_MAX = 5;

/** CompiledLists.gateCounts, gateBias and gateHigh for the gates of `gateTable`. */
function packedGates(gateTable: Int32Array): {
  gateCounts: Int32Array | null;
  gateBias: Int32Array;
  gateHigh: Int32Array;
} {
  const gates = gateTable.length / GATE_FIELDS;
  const words = Math.ceil(gates / GATES_PER_WORD);
  const gateBias = new Int32Array(words);
  const gateHigh = new Int32Array(words);
  // GATE_WORDS_MAX words at most (four reads a label each), and every count below 16 so that no field carries into
  // the next
  let letters = 0;
  for (let g = 0; g < gates; g++) letters = Math.max(letters, popcount(gateTable[g * GATE_FIELDS]!));
  if (words > GATE_WORDS_MAX || letters > 15) return { gateCounts: null, gateBias, gateHigh };
  const gateCounts = new Int32Array(words * 512);
  for (let g = 0; g < gates; g++) {
    const w = Math.floor(g / GATES_PER_WORD);
    const shift = 5 * (g % GATES_PER_WORD);
    const mask = gateTable[g * GATE_FIELDS]!;
    // a count of 15 at most plus a bias of 16 at most stays below the next field (16 + 15 < 32)
    const threshold = gateTable[g * GATE_FIELDS + 1]!;
    gateBias[w]! |= (threshold <= 0 ? 16 : 16 - Math.min(threshold, 16)) << shift;
    gateHigh[w]! |= 16 << shift;
    for (let part = 0; part < 4; part++)
      for (let v = 0; v < 128; v++)
        gateCounts[w * 512 + part * 128 + v]! += popcount((v << (7 * part)) & mask) << shift;
  }
  return { gateCounts, gateBias, gateHigh };
}

/** The char code every one of `names` starts with, or -1. */
function sharedFirst(names: readonly string[]): number {
  const c = names[0]?.charCodeAt(0) ?? -1;
  return names.every((n) => n.charCodeAt(0) === c) ? c : -1;
}

/** By a * 128 + b: 1 when one of `words` starts with the letters a, b, 2 when one ends with them. */
function glueEndTable(words: readonly string[]): Uint8Array {
  const t = new Uint8Array(128 * 128);
  for (const w of words) {
    if (w.length < 2) continue;
    t[((w.charCodeAt(0) & 127) << 7) | (w.charCodeAt(1) & 127)]! |= 1;
    t[((w.charCodeAt(w.length - 2) & 127) << 7) | (w.charCodeAt(w.length - 1) & 127)]! |= 2;
  }
  return t;
}

/** By a * 128 + b (char codes below 128): 1 when an abbreviation starts with the letters a, b. */
function shortStartTable(abbrs: Iterable<string>): Uint8Array {
  const t = new Uint8Array(128 * 128);
  for (const a of abbrs) t[(a.charCodeAt(0) & 127) * 128 + (a.charCodeAt(1) & 127)] = 1;
  return t;
}

function officialNumbers(list: ListData): string[] {
  const { customerCentre, numbers } = list.contacts;
  const all = [customerCentre, ...(numbers ?? []).map((x) => x.number)].map((n) => n.replace(/\D/g, ''));
  return [...new Set(all.filter((d) => d.length >= 8))];
}

function numberHead(numbers: readonly string[]): string {
  const heads = new Set(numbers.map((n) => n[0]));
  return heads.size === 1 ? [...heads][0]! : '';
}

function officialDigits(list: ListData): Set<string> {
  const out = new Set<string>();
  const { customerCentre, numbers } = list.contacts;
  for (const n of [customerCentre, ...(numbers ?? []).map((x) => x.number)]) {
    const digits = n.replace(/\D/g, '');
    if (digits.length >= 8) out.add(digits.slice(-4));
  }
  return out;
}

/** The last two labels of a host name ("weebly.com" of "x.weebly.com"; the host itself when it has fewer). */
export function lastTwoLabels(host: string): string {
  const dot = host.lastIndexOf('.');
  return dot > 0 ? host.slice(host.lastIndexOf('.', dot - 1) + 1) : host;
}

function compileWeb(
  list: ListData,
): Pick<
  CompiledLists,
  'sharedHosts' | 'sharedHostSuffixes' | 'redirectors' | 'redirectorSuffixes' | 'codeHosts' | 'devWords'
> {
  const sharedHosts = new Map<string, SharedHostRule>();
  const sharedHostSuffixes = new Map<string, string[]>();
  for (const s of list.sharedHosts ?? []) {
    const bare = normaliseHost(s.host);
    if (bare === null) continue;
    const host = s.subdomains ? '.' + bare : bare;
    if (s.subdomains) {
      const tail = lastTwoLabels(bare);
      const same = sharedHostSuffixes.get(tail);
      if (!same) sharedHostSuffixes.set(tail, [host]);
      else if (!same.includes(host)) same.push(host);
    }
    const old = sharedHosts.get(host);
    const prefixes = [...(old?.prefixes ?? [])];
    for (const p of s.site) {
      const segs = p.split('/').filter(Boolean);
      if (!prefixes.some((q) => q.join('/') === segs.join('/'))) prefixes.push(segs);
    }
    prefixes.sort((a, b) => b.length - a.length);
    // two entries for one host (a remote list and the bundled one): the stricter reading wins
    sharedHosts.set(host, {
      prefixes,
      alias: (old?.alias ?? true) && s.alias === true,
      shortener: (old?.shortener ?? false) || s.shortener === true || s.claim === true,
      pages: (old?.pages ?? false) || s.pages === true,
      titled: (old?.titled ?? false) || s.titled === true,
      ids: (old?.ids ?? false) || s.ids === true,
      chat: (old?.chat ?? false) || s.chat === true,
      invites: (old?.invites ?? false) || s.invites === true,
      hosting: (old?.hosting ?? false) || (s.hosting === true && s.subdomains === true),
      query: [...new Set([...(old?.query ?? []), ...(s.query ?? [])])],
    });
  }
  const redirectors = new Map<string, RedirectRule[]>();
  const redirectorSuffixes: string[] = [];
  for (const r of list.redirectors ?? []) {
    const host = normaliseHost(r.host);
    if (host === null) continue;
    const key = r.subdomains ? '.' + host : host;
    let rules = redirectors.get(key);
    if (!rules) redirectors.set(key, (rules = []));
    rules.push({ path: r.path, params: r.params });
    if (r.subdomains && !redirectorSuffixes.includes(key)) redirectorSuffixes.push(key);
  }
  const codeHosts: string[] = [];
  for (const h of list.codeHosts?.hosts ?? []) {
    const host = normaliseHost(h);
    if (host !== null) codeHosts.push('.' + host);
  }
  const devWords = new Set(list.codeHosts?.words ?? []);
  return { sharedHosts, sharedHostSuffixes, redirectors, redirectorSuffixes, codeHosts, devWords };
}

const HANGUL_ONLY = /^[\uac00-\ud7a3]+$/;

/** The vowels a Hangul syllable's middle may hold that sound alike (ㅐ ㅔ, ㅒ ㅖ), by their index among the vowels. */
const AE_SWAP: Readonly<Record<number, number>> = { 1: 5, 5: 1, 3: 7, 7: 3 };

/** `name` (Hangul syllables) with one ㅐ written as ㅔ or the other way round, each syllable in turn. */
function aeSwaps(name: string): string[] {
  const chars = [...name];
  const out: string[] = [];
  chars.forEach((c, i) => {
    const code = c.charCodeAt(0) - 0xac00;
    const vowel = Math.floor(code / 28) % 21;
    const to = AE_SWAP[vowel];
    if (to === undefined) return;
    const swapped = String.fromCharCode(0xac00 + code + (to - vowel) * 28);
    out.push([...chars.slice(0, i), swapped, ...chars.slice(i + 1)].join(''));
  });
  return out;
}
/** First consonants heard as one sound (ㄱ ㄲ ㅋ, ㄷ ㄸ ㅌ, ㅂ ㅃ ㅍ, ㅈ ㅉ ㅊ, ㅅ ㅆ), by their index among the initials. */
const SOUND_GROUPS: readonly (readonly number[])[] = [
  [0, 1, 15],
  [3, 4, 16],
  [7, 8, 17],
  [12, 13, 14],
  [9, 10],
];
/** A vowel and the same vowel with a y-glide (ㅏ ㅑ, ㅓ ㅕ, ㅗ ㅛ, ㅜ ㅠ), by their index among the vowels. */
/** The initial consonants' indices of the silent ㅇ and of ㅎ. */
const SILENT = 11;
const ASPIRATE_H = 18;
const GLIDE: Readonly<Record<number, number>> = { 0: 2, 2: 0, 4: 6, 6: 4, 8: 12, 12: 8, 13: 17, 17: 13 };
/**
 * Last consonants said as one sound before a consonant or at a word's end (ㄱ ㄲ ㅋ as [ㄱ]; ㄷ ㅅ ㅆ ㅈ ㅊ ㅌ as [ㄷ];
 * ㅂ ㅍ as [ㅂ]), by their index among the finals: 로켓 is said 로켇, so a name written with the other letter is
 * said the same (domain38's round). ㅎ is left out: it changes the next consonant.
 */
const FINAL_GROUPS: readonly (readonly number[])[] = [
  [1, 2, 24],
  [7, 19, 20, 22, 23, 25],
  [17, 26],
];

/**
 * `name` (Hangul syllables) as it is still read and said: a syllable after the first with its first consonant
 * changed for one of its own sound (로켓배송 → 로겟배송, 로켓빼송), and the last syllable's vowel with or without
 * its y-glide (로켓배숑, as cute endings are written), a silent ㅇ between vowels written ㅎ (로켓와후). The first syllable is kept: another first sound is another
 * name (포켓배송), as for the core name.
 */
function soundSwaps(name: string): string[] {
  const chars = [...name];
  const out: string[] = [];
  const put = (i: number, code: number): void => {
    out.push([...chars.slice(0, i), String.fromCharCode(0xac00 + code), ...chars.slice(i + 1)].join(''));
  };
  chars.forEach((c, i) => {
    const code = c.charCodeAt(0) - 0xac00;
    const initial = Math.floor(code / 588);
    const vowel = Math.floor(code / 28) % 21;
    if (i > 0)
      for (const g of SOUND_GROUPS)
        if (g.includes(initial)) for (const to of g) if (to !== initial) put(i, code + (to - initial) * 588);
    const glide = GLIDE[vowel];
    if (i === chars.length - 1 && glide !== undefined) put(i, code + (glide - vowel) * 28);
    // (since domain35's round a silent ㅇ after an open syllable written ㅎ, 로켓와우 as 로켓와후: between vowels ㅎ is
    // not heard, 좋아 is said 조아, so the name is said the same)
    const before = i > 0 ? chars[i - 1]!.charCodeAt(0) - 0xac00 : -1;
    if (i > 0 && initial === SILENT && before >= 0 && before % 28 === 0)
      put(i, code + (ASPIRATE_H - SILENT) * 588);
    // (since domain38's round a last consonant written as another said the same, 로켓배송 as 로켇배송: before a
    // consonant or at the end, where it is not carried over to a silent ㅇ)
    const final = code % 28;
    const next = i + 1 < chars.length ? chars[i + 1]!.charCodeAt(0) - 0xac00 : -1;
    if (final !== 0 && (next < 0 || Math.floor(next / 588) !== SILENT))
      for (const g of FINAL_GROUPS)
        if (g.includes(final)) for (const to of g) if (to !== final) put(i, code + to - final);
  });
  return out;
}

/**
 * The vowels typed with one key on the 2-beolsik layout and those on the keys beside each (by their index among the
 * vowels: ㅏ on k beside ㅐ o, ㅑ i, ㅓ j, ㅡ m, ㅣ l …), as keyNeighbours reads the keyboard's rows.
 */
const VOWEL_KEYS: Readonly<Record<number, readonly number[]>> = {
  0: [1, 2, 4, 18, 20],
  1: [0, 2, 5, 20],
  2: [0, 1, 4, 6],
  4: [0, 2, 6, 8, 13, 18],
  5: [1, 20],
  6: [2, 4, 8, 12],
  8: [4, 6, 12, 13, 17],
  12: [6, 8],
  13: [4, 8, 17, 18],
  17: [8, 13],
  18: [0, 4, 13],
  20: [0, 1, 5],
};

/** The brand's coined service names' heads: Rocket (로켓, 로케트) and WOW (와우). */
const COINED = /^(?:로켓|로케트|와우)/;

/** `name` with one vowel after its first syllable typed on a neighbouring key (로켓와우 → 로켓와으, 로켓와오 …). */
function vowelKeySlips(name: string): string[] {
  const chars = [...name];
  const out: string[] = [];
  for (let i = 1; i < chars.length; i++) {
    const code = chars[i]!.charCodeAt(0) - 0xac00;
    const vowel = Math.floor(code / 28) % 21;
    for (const to of VOWEL_KEYS[vowel] ?? [])
      out.push(
        [
          ...chars.slice(0, i),
          String.fromCharCode(0xac00 + code + (to - vowel) * 28),
          ...chars.slice(i + 1),
        ].join(''),
      );
  }
  return out;
}

/** Names in a script other than Latin: the brand's Hangul names and its aliases written without Latin letters. */
function scriptNames(b: Brand): string[] {
  const out = [...b.hangul];
  for (const a of b.aliases ?? []) if (!/[a-z]/i.test(a.text)) out.push(a.text);
  return out;
}

/**
 * Tokens looked for across labels ("cou.pang.com"): names and aliases of seven letters or more. Shorter names
 * count only as a whole token of a label; keyboard forms and romanisations are not split by anyone.
 */
export function splittable(t: BrandToken): boolean {
  return t.text.length >= 7 && (t.kind === 'name' || t.kind === 'alias');
}

/** The tokens looked for across labels: a token holding another one (coupangeats holds coupang) is found through it. */
function splitMembers(tokens: readonly BrandToken[]): BrandToken[] {
  return tokens.filter(
    (t) => splittable(t) && !tokens.some((o) => o !== t && splittable(o) && t.text.includes(o.text)),
  );
}

function splitTable(tokens: readonly BrandToken[]): Int32Array {
  // a token holding another one (coupangeats holds coupang) is found through it: "coupa.ngeats" holds coupang too
  const members = new Set(splitMembers(tokens));
  const keep = tokens.map((t, i) => [t, i] as const).filter(([t]) => members.has(t));
  const groups: { mask: number; members: (readonly [BrandToken, number])[] }[] = [];
  for (const m of keep) {
    const g = groups.find((x) => popcount(x.mask & m[0].shape.mask) >= 5);
    if (g) {
      g.mask &= m[0].shape.mask;
      g.members.push(m);
    } else groups.push({ mask: m[0].shape.mask, members: [m] });
  }
  return Int32Array.from(
    groups.flatMap((g) => [g.mask, g.members.length, ...g.members.flatMap(([t, i]) => [t.shape.mask, i])]),
  );
}

function splitPairs(tokens: readonly BrandToken[]): Uint8Array {
  const pairs = new Uint8Array(128 * 128);
  for (const t of splitMembers(tokens))
    for (let i = 1; i < t.text.length; i++)
      pairs[((t.text.charCodeAt(i - 1) & 127) << 7) | (t.text.charCodeAt(i) & 127)] = 1;
  return pairs;
}

function tokenTails(tokens: readonly BrandToken[]): Uint8Array {
  const tails = new Uint8Array(128 * 128);
  for (const t of tokens) {
    const n = t.text.length;
    tails[t.text.charCodeAt(n - 1) & 127] = 1;
    if (n > 1) tails[((t.text.charCodeAt(n - 2) & 127) << 7) | (t.text.charCodeAt(n - 1) & 127)] = 2;
  }
  return tails;
}

/** Letters of host names from rarest to most common (roughly: English and romanised Korean). */
const RARITY = 'qjzxvwyfkbhgpmcdultsronaie';

/** The `popcount(mask) - threshold + 1` rarest letters of a gate: a label passing the gate holds one of them. */
function gateKey(mask: number, threshold: number): number {
  let left = popcount(mask) - Math.max(0, threshold) + 1;
  let key = 0;
  for (const ch of RARITY) {
    const bit = 1 << (ch.charCodeAt(0) - 97);
    if (left <= 0) break;
    if (mask & bit) {
      key |= bit;
      left--;
    }
  }
  return threshold <= 0 ? -1 : key;
}

const MASK_BITS = 1 << 15;

/** The bit of a letter mask in CompiledLists.registrableMasks (a hash: other masks may share it). */
export function maskBit(mask: number): number {
  return Math.imul(mask, 0x9e3779b1) >>> 17;
}

/** May a registrable domain whose first label has the letter mask `mask` be one of `registrables`? */
export function mayBeRegistrable(lists: CompiledLists, mask: number): boolean {
  const bit = maskBit(mask);
  return (lists.registrableMasks[bit >>> 5]! & (1 << (bit & 31))) !== 0;
}

/**
 * The official entry `host` (lower-case ASCII, no trailing dot) falls under: the host itself, or a parent entry
 * that covers its subdomains. No URL parsing, no brand matching.
 */
export function officialEntryOf(host: string, lists: CompiledLists): OfficialEntry | undefined {
  const own = lists.hosts.get(host)?.official;
  if (own) return own;
  for (let i = host.indexOf('.'); i >= 0; i = host.indexOf('.', i + 1)) {
    const e = lists.hosts.get(host.slice(i + 1))?.official;
    if (e?.subdomains) return e;
  }
  return undefined;
}

export function isCompiled(x: ListData | CompiledLists): x is CompiledLists {
  return (x as CompiledLists).kind === 'compiled-lists';
}

/**
 * Is `short` the name `root` with one run of letters cut out (`cpang`: `ou`, `coupg`: `an`)? A short form people
 * write so; letters dropped at two places (`cupng`) are the name's outline squeezed.
 */
function cutOf(root: string, short: string): boolean {
  const cut = root.length - short.length;
  if (cut <= 0) return false;
  for (let i = 1; i + cut < root.length; i++)
    if (root.slice(0, i) + root.slice(i + cut) === short) return true;
  return false;
}

/** The vowels a squeezed name swaps for one another (`i` left out: `coping`, `caping` are words). */
const SQUEEZE_VOWELS = 'aeou';

/**
 * The core name (`coupang`) with exactly two edits, each an inner letter left out or a vowel swapped for another
 * (SQUEEZE_VOWELS), first and last letters kept, for a name of seven letters or fewer: `copng`, `cupng`, `cpang`,
 * `coupg`, `coopeng`, `copeng`. The matcher takes one such slip in a seven-letter name and two in longer ones; two
 * here are still the brand's outline, as no word of any language has it (`coupon` is no such form: it lacks the g).
 * Forms one edit away, the matcher's own, the list's real words (`cupang`, `kopang`) and its own abbreviations
 * with one run of letters cut out (`cpang`, `coupg`: cutOf; their rules are findShort's, where `cpang.kr` alone
 * stays anyone's, tune6's decision) are left out.
 */
function squeezedNames(root: string, words: ReadonlySet<string>): ReadonlySet<string> {
  return twoEdits(root, words, (s) => {
    const out: string[] = [];
    for (let i = 1; i < s.length - 1; i++) {
      out.push(s.slice(0, i) + s.slice(i + 1));
      if (SQUEEZE_VOWELS.includes(s[i]!))
        for (const v of SQUEEZE_VOWELS) if (v !== s[i]) out.push(s.slice(0, i) + v + s.slice(i + 1));
    }
    return out;
  });
}

/**
 * How Korean romanisation writes a vowel run of a name said aloud: ㅜ as `ou`, `oo`, `u` or `uu`; ㅏ as `a`, or said
 * as its neighbours ㅓ and ㅐ (`e`, `eo`, `ae`), or swallowed before `ng` (`kupng`). Other runs stay as written.
 */
const SAID_VOWELS: Readonly<Record<string, readonly string[]>> = {
  ou: ['ou', 'oo', 'u', 'uu'],
  a: ['a', 'e', 'eo', 'ae', ''],
};

/**
 * The core name (`coupang`, 쿠팡) as it is said and written in Korean romanisation (domain62's round): its first
 * letter `c` as `k` or `q`, each vowel run as SAID_VOWELS spells it, an inner single consonant doubled (`pp`), the
 * rest kept: `koupeng`, `coopeng`, `kupng`, `quupaeng`. `root` itself and `words` (the city Kupang, the fish cupang)
 * are left out. Not one of the 110,000 benign names holds one as a word; a name of another shape (`capang`, `kaupang`,
 * a's for the ㅜ) is none of them.
 */
function saidNames(root: string, words: ReadonlySet<string>): ReadonlySet<string> {
  const runs = root.match(/[aeiou]+|[^aeiou]+/g) ?? [];
  if (runs.length < 4 || !/^[a-z]+$/.test(root)) return new Set();
  let out = [''];
  runs.forEach((run, i) => {
    let ways: readonly string[] = [run];
    if (i === 0 && run[0] === 'c') ways = ['c', 'k', 'q'].map((c) => c + run.slice(1));
    else if (SAID_VOWELS[run]) ways = SAID_VOWELS[run]!;
    else if (i > 0 && i < runs.length - 1 && run.length === 1) ways = [run, run + run];
    out = out.flatMap((head) => ways.map((w) => head + w));
  });
  return new Set(out.filter((n) => n !== root && n.length >= 4 && !words.has(n)));
}

/** `root` with exactly two of `edits`, none of the one-edit forms, `root` itself or `words`. */
function twoEdits(
  root: string,
  words: ReadonlySet<string>,
  edits: (s: string) => string[],
): ReadonlySet<string> {
  if (root.length < 6 || root.length > 7) return new Set();
  const one = new Set(edits(root));
  const two = new Set<string>();
  for (const a of one) for (const b of edits(a)) if (b !== root && !one.has(b) && !words.has(b)) two.add(b);
  return two;
}

/**
 * The firm's own infrastructure and business words among its aliases (`coupangcdn`, `coupangcorp`, `coupangads`): no
 * service a customer uses, and words hosts of every trade are named with (`cdn-…`, `ads-…`).
 */
const FIRM_WORDS = ['cdn', 'corp', 'ads'];

/**
 * What the core name's sub-brands and aliases add to it as a word of three or four letters (`coupangeats` → `eats`,
 * `coupangwow` → `wow`, `coupangflex` → `flex`), lure and filler words (`pay`) and the firm's own (FIRM_WORDS) left
 * out: the brand's service names a kit writes without the brand (`eats-refund-kr.com`), each with its letter mask.
 */
function serviceWords(root: string, names: readonly string[]): ReadonlyMap<string, number> {
  const out = new Map<string, number>();
  const glue = new Set([...glueWords(), ...FIRM_WORDS]);
  for (const n of names) {
    const w = n.toLowerCase();
    if (!w.startsWith(root)) continue;
    const rest = w.slice(root.length);
    if (/^[a-z]{3,4}$/.test(rest) && !glue.has(rest)) out.set(rest, hostLabelMask(rest));
  }
  return out;
}

/** Words of a language two slips of a hand from a core name, as the halves and popular names hold them. */
const SLIPPED_WORDS = ['coupon'];

/** Three letters a-z of `s` from `at` as an index below 26³ (productHeads, productTails), or -1. */
export function threeKey(s: string, at: number): number {
  const a = s.charCodeAt(at) - 97;
  const b = s.charCodeAt(at + 1) - 97;
  const c = s.charCodeAt(at + 2) - 97;
  return a >= 0 && a < 26 && b >= 0 && b < 26 && c >= 0 && c < 26 ? a * 676 + b * 26 + c : -1;
}

/** Long names productSlip reads one slip of: nine letters or more, one slip of which lands on no common word. */
const PRODUCT_MIN = 9;

/**
 * productSlips (CompiledLists): the long names that take no slips in the matcher (aliases matched as written or
 * strictly, not built on the core name, and official domains' names), not the list's words (`rocketgrowth`,
 * `wingseller`: names others share) nor the two-for-one forms (`rocketvvow`), each with its one-letter-less forms.
 */
function productSlipTable(
  list: ListData,
  tokens: readonly BrandToken[],
  weakWords: ReadonlySet<string>,
  brands: readonly BrandInfo[],
  root: string,
): { slips: Map<string, BrandInfo>; names: Set<string>; heads: Uint8Array; tails: Int32Array } {
  const named = new Map<string, BrandInfo>();
  for (const t of tokens)
    if (t.mode !== 'typo' && (t.kind === 'alias' || t.kind === 'name') && !/vv|rn/.test(t.text))
      named.set(t.text, t.brand);
  list.brands.forEach((b, i) => {
    for (const d of b.domains) {
      const name = d.slice(0, d.indexOf('.'));
      if (/^[a-z]+$/.test(name) && brands[i]) named.set(name, brands[i]);
    }
  });
  const slips = new Map<string, BrandInfo>();
  const names = new Set<string>();
  for (const [name, brand] of named) {
    if (name.length < PRODUCT_MIN || weakWords.has(name) || name === root) continue;
    names.add(name);
    for (let i = 0; i <= name.length; i++) {
      const form = i === name.length ? name : name.slice(0, i) + name.slice(i + 1);
      if (!slips.has(form)) slips.set(form, brand);
    }
  }
  const heads = new Uint8Array(26 * 26 * 26);
  const tails = new Int32Array(26 * 26 * 26);
  for (const name of names) {
    const head = threeKey(name, 0);
    const tail = threeKey(name, name.length - 3);
    if (head >= 0) heads[head] = 1;
    if (tail >= 0 && /^[a-z]/.test(name)) tails[tail]! |= 1 << (name.charCodeAt(0) - 97);
  }
  return { slips, names, heads, tails };
}

/** slipMasks (CompiledLists): the masks of the slipped names and of every `once` form with a letter a to z put in. */
function slipMasksOf(slipped: ReadonlySet<string>, once: ReadonlySet<string>): Set<number> {
  const masks = new Set<number>();
  for (const name of slipped) masks.add(hostLabelMask(name));
  for (const form of once) {
    const m = hostLabelMask(form);
    masks.add(m);
    for (let c = 97; c <= 122; c++) masks.add(m | hostLabelMask(String.fromCharCode(c)));
  }
  return masks;
}

/** The letters a key struck on the way puts into a name (slippedNames). */
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** The keyboard's rows, the digits' above the letters', each row half a key right of the one above. */
const KEYBOARD = ['1234567890', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

/** The keys around `c` a finger slips onto: its row's neighbours and the keys touching it above and below. */
function keysAround(c: string): string {
  const r = KEYBOARD.findIndex((row) => row.includes(c));
  if (r < 0) return '';
  const x = KEYBOARD[r]!.indexOf(c) + r * 0.5;
  let out = '';
  for (let q = Math.max(0, r - 1); q <= Math.min(KEYBOARD.length - 1, r + 1); q++)
    for (let i = 0; i < KEYBOARD[q]!.length; i++) {
      const d = Math.abs(i + q * 0.5 - x);
      if (q === r ? d === 1 : d <= 0.5) out += KEYBOARD[q]![i];
    }
  return out;
}

/**
 * The slips of a hand on `s` (slippedNames): a key for one touching it, a vowel for a vowel, a letter left out (not
 * the first) or doubled, two neighbours swapped; with `struck`, since domain66's round, a letter put in anywhere, the
 * first place too, on a name of `root`'s length or longer (a key struck on the way: `icoupagng`, `gcoupng`).
 */
function slipEdits(root: string, s: string, struck = false): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    const at = (x: string): string => s.slice(0, i) + x + s.slice(i + 1);
    for (const k of keysAround(c)) out.push(at(k));
    if (SQUEEZE_VOWELS.includes(c)) for (const v of SQUEEZE_VOWELS) if (v !== c) out.push(at(v));
    // (the first letter kept: the eye reads a name by it)
    if (i > 0) out.push(at(''));
    out.push(at(c + c));
    if (i + 1 < s.length && s[i + 1] !== c) out.push(s.slice(0, i) + s[i + 1] + c + s.slice(i + 2));
  }
  if (struck && s.length >= root.length)
    for (let i = 0; i <= s.length; i++) for (const k of LETTERS) out.push(s.slice(0, i) + k + s.slice(i));
  return out;
}

/**
 * Is `name` the core name with two slips of a hand of which one at least is a letter struck on the way (any letter
 * put in anywhere, the first place too: `icoupagng`, `gcoupng`, `cupahng`), not one of the list's `slipped`, its
 * words or the names one slip away? One letter taken out of it gives a name one slip away (the letters put in and the
 * other slips commute), so at most nine set lookups.
 */
export function struckName(name: string, lists: CompiledLists): boolean {
  const { root, once, not } = lists.struck;
  if (root.length < 6 || root.length > 7 || name.length < root.length - 1 || name.length > root.length + 2)
    return false;
  if (once.has(name) || not.has(name) || lists.slipped.has(name)) return false;
  let near = false;
  for (let i = 0; i < name.length && !near; i++) {
    const c = name.charCodeAt(i);
    // (the letter struck: a digit comes of a key slipped onto the row above only, one slip of `once`)
    near = c >= 97 && c <= 122 && once.has(name.slice(0, i) + name.slice(i + 1));
  }
  return near && editDistance(name, root, 1) > 1;
}

/**
 * The core name (`coupang`) with exactly two slips of a hand on a keyboard, for a name of six or seven letters: a
 * key for one touching it (`b` for `g`, `p` for `o`; a digit for a letter under it, `7` for `u`), a vowel for a
 * vowel (SQUEEZE_VOWELS), a letter left out, a letter doubled, two neighbours swapped (`co7pag`, `couanb`,
 * `ceupanb`, `cpupangg`, `oupqng`). What two arbitrary edits reach (`coupons`: s for g, no key of it; `coupage`) is
 * a word's; two slips a finger makes are a kit's. One-edit forms (the matcher's own, `coupant`), the squeezed
 * names' edits alone (squeezedNames), the list's real words and abbreviations are left out.
 */
function slippedNames(
  root: string,
  words: ReadonlySet<string>,
  squeezed: ReadonlySet<string>,
): ReadonlySet<string> {
  const slipped = twoEdits(root, words, (s) => slipEdits(root, s));
  // (a slip on a slip at one place is one edit of the name, the matcher's to read)
  // (five letters are other names' too: `coupa`, `copan`, `upang`)
  return new Set(
    [...slipped].filter(
      (n) =>
        n.length >= root.length - 1 &&
        !squeezed.has(n) &&
        !SLIPPED_WORDS.includes(n) &&
        editDistance(n, root, 1) > 1,
    ),
  );
}
